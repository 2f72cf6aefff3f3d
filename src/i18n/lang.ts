import { groupDigits, render, type Messages, type Params } from './render';

/** The book's two languages. English is the fallback for anything missing. */
export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A table of UI strings: one entry per key, each with both languages. */
export type Strings = Record<string, Record<Lang, string>>;

// One language's strings (islands receive these from their mount point) and their renderer.
export type { Messages, Params };
export { groupDigits };

/** Fills `{name}` placeholders and Korean particle pairs; a missing key returns the key itself. */
export const fill = render;

