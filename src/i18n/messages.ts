// Every string of the book, in one place per language: messages/en.json and messages/ko.json
// (flat keys, `{name}` placeholders, Korean particles after a placeholder written as a pair,
// "{name}을/를"). This module is for the server, tests and build scripts: it imports both
// catalogs whole. Islands never import it; they get one language's catalog from `select`.
import en from './messages/en.json' with { type: 'json' };
import ko from './messages/ko.json' with { type: 'json' };
import { DEFAULT_LANG, type Lang, type Strings } from './lang';
import { render, type Messages, type Params } from './render';
import { compileParticles } from './particles';

export type MessageKey = keyof typeof en;
/** The catalogs as written (what editors and the message test read). */
export const CATALOGS: Readonly<Record<Lang, Messages>> = { en, ko };
/** The catalogs as rendered: Korean particle pairs compiled for `render` (see ./josa.ts). */
const COMPILED: Readonly<Record<Lang, Messages>> = {
  en,
  ko: Object.fromEntries(Object.entries(ko).map(([key, template]) => [key, compileParticles(template)])),
};

/** The text of `key` in `lang` (English when a Korean string is missing). */
export function t(lang: Lang, key: string, params: Params = {}): string {
  const catalog = Object.hasOwn(COMPILED[lang], key) ? COMPILED[lang] : COMPILED[DEFAULT_LANG];
  return render(catalog, key, params);
}

/** A `t` bound to one language, for a page or a test. */
export const translator =
  (lang: Lang) =>
  (key: string, params: Params = {}): string =>
    t(lang, key, params);

/**
 * Does `key` belong to `domain`? A domain is a key prefix ending in '.' (the whole subtree:
 * 'brackets.' takes 'brackets.push' and 'brackets.why.x'), or a prefix ending in '.*' (direct
 * children only: 'exercise.*' takes 'exercise.check', not 'exercise.brackets.task'), or an exact key.
 */
export function inDomain(key: string, domain: string): boolean {
  if (domain.endsWith('.*')) {
    const head = domain.slice(0, -1);
    return key.startsWith(head) && !key.slice(head.length).includes('.');
  }
  return domain.endsWith('.') ? key.startsWith(domain) : key === domain;
}

/**
 * One language's strings for the given domains: what a page ships to an island. Domains that
 * start with '!' leave out every key containing what follows ('!.why.' drops exercise reasons).
 */
export function select(lang: Lang, domains: readonly string[]): Messages {
  const include = domains.filter((d) => !d.startsWith('!'));
  const exclude = domains.filter((d) => d.startsWith('!')).map((d) => d.slice(1));
  const out: Record<string, string> = {};
  for (const key of Object.keys(CATALOGS[DEFAULT_LANG])) {
    if (!include.some((d) => inDomain(key, d)) || exclude.some((part) => key.includes(part))) continue;
    out[key] = Object.hasOwn(COMPILED[lang], key) ? COMPILED[lang][key]! : COMPILED[DEFAULT_LANG][key]!;
  }
  return out;
}

/** Both languages of every key in the given domains (for tests that check a part of the core's strings). */
export function tableOf(domains: readonly string[]): Strings {
  return stringsOf(Object.keys(select(DEFAULT_LANG, domains)));
}

/** A two-language table of the given keys, read from the catalogs. */
export function stringsOf<const K extends string>(keys: readonly K[]): Record<K, Record<Lang, string>> & Strings {
  const out: Strings = {};
  for (const key of keys) {
    if (!Object.hasOwn(CATALOGS.en, key)) throw new Error(`No message '${key}' in messages/en.json`);
    out[key] = { en: CATALOGS.en[key]!, ko: CATALOGS.ko[key] ?? CATALOGS.en[key]! };
  }
  return out as Record<K, Record<Lang, string>> & Strings;
}
