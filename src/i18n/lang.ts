/** The book's two languages. English is the fallback for anything missing. */
export const LANGS = ['en', 'ko'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A table of UI strings: one entry per key, each with both languages. */
export type Strings = Record<string, Record<Lang, string>>;

/**
 * Looks up `key` in `strings` and fills `{name}` placeholders from `params`.
 * A missing key returns the key itself, so a gap is visible instead of blank.
 */
export function format(
  strings: Strings,
  lang: Lang,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const entry = strings[key];
  const template = entry ? (entry[lang] ?? entry[DEFAULT_LANG]) : key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
