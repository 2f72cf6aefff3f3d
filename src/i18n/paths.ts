import { type Lang, LANGS } from './lang';

/** The site's base path, always ending in '/', e.g. '/stack-and-heap/'. */
export const BASE = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/** An internal URL under the base path: withBase('en/01-memory-layout/'). */
export function withBase(path = ''): string {
  return BASE + path.replace(/^\/+/, '');
}

/** The URL of a page of the book in a language ('' is the language's landing page). */
export function pageUrl(lang: Lang, slug = ''): string {
  return withBase(slug ? `${lang}/${slug}/` : `${lang}/`);
}

/** Splits a content entry id such as 'ko/01-memory-layout' into its language and slug. */
export function splitEntryId(id: string): { lang: Lang; slug: string } {
  const [lang, ...rest] = id.split('/');
  if (!lang || !(LANGS as readonly string[]).includes(lang)) {
    throw new Error(`content entry "${id}" is not under content/en or content/ko`);
  }
  return { lang: lang as Lang, slug: rest.join('/') };
}

export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'ko' : 'en');
