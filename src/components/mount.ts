// What mount points (the .astro files chapters place) share: the props every one takes, and the
// language it renders in. Server side only.
import { isLang, type Lang } from '../i18n/lang';
import type { HeadingLevel } from './shell/island-props';

export interface MountProps {
  /** Default: the page's locale. */
  lang?: Lang;
  headingLevel?: HeadingLevel;
}

/** An island that draws seeded problems: the seed of the server-rendered one (default 1). */
export interface SeededMountProps extends MountProps {
  seed?: number;
}

/** A trace player: the example it starts with and its key in the page's URL. */
export interface PlayerMountProps extends MountProps {
  input?: string;
  id?: string;
}

/** The language of the page being built (Astro.currentLocale), English outside the locales. */
export const pageLang = (locale: string | undefined): Lang => (isLang(locale) ? locale : 'en');
