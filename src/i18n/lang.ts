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

/** One language's strings from one or more tables; keys can be limited to some prefixes. */
export function messagesFor(tables: Strings | readonly Strings[], lang: Lang, prefixes?: readonly string[]): Messages {
  const out: Record<string, string> = {};
  const list: readonly Strings[] = Array.isArray(tables) ? tables : [tables as Strings];
  for (const table of list) {
    for (const [key, entry] of Object.entries(table)) {
      if (prefixes && !prefixes.some((p) => key.startsWith(p))) continue;
      out[key] = entry[lang] ?? entry[DEFAULT_LANG];
    }
  }
  return out;
}

/** Looks up `key` in a two-language table (server-side and tests). */
export function format(strings: Strings, lang: Lang, key: string, params: Params = {}): string {
  const entry = strings[key];
  return entry ? fill({ [key]: entry[lang] ?? entry[DEFAULT_LANG] }, key, params) : key;
}
