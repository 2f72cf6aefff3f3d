// Turns one message template into text: `{name}` placeholders are filled from the params, and a
// Korean particle compiled after a placeholder — `{name|을|를}`, consonant form then vowel form
// (see compileParticles in ./josa.ts) — becomes the one that fits the value's final sound.
// A count with a noun is written once for every count, ICU-style:
// `{count, plural, one {# block} other {# blocks}}` (`#` is the count; `=0 {…}` matches exactly;
// the forms may hold other placeholders). English needs it; Korean writes `{count}개`.
// Islands import only this module (no string tables): their strings arrive as one language's
// catalog, picked by the island registry and compiled on the server.
import { particle } from './josa';

/** One language's strings, key → template. */
export type Messages = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;
// A plural group: up to two levels of braces inside (a form, and placeholders in it).
const PLURAL = /\{(\w+), plural,((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}/g;
const FORM = /(=\d+|one|other)\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g;

/**
 * Replaces each plural group by its form for the param's count (`#` → the count, digits grouped
 * as the book writes every count: 42,047; a count given as text is kept as given).
 */
function choosePlurals(template: string, params: Params): string {
  return template.replace(PLURAL, (whole, name: string, body: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    const count = typeof value === 'number' && Number.isInteger(value) ? groupDigits(value) : String(value);
    const n = Math.abs(Number(count.replace(/,/g, '')));
    const forms = new Map([...body.matchAll(FORM)].map((m) => [m[1], m[2]]));
    return (forms.get(`=${n}`) ?? forms.get(n === 1 ? 'one' : 'other') ?? forms.get('other') ?? '').replaceAll('#', count);
  });
}

/** The names a template fills, sorted: `{name}` placeholders and the counts of plural groups. */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]!))].sort();
}

/**
 * A param as the page shows it: an integer from 1,000 up has its digits grouped, as the book
 * writes every number in both languages (Korean writes `{count}개`, not a plural block, so the
 * grouping cannot wait for one). An identifier that is not a quantity (a problem number) is
 * passed as text and shown as given.
 */
function shown(value: string | number): string {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) >= 1000 ? groupDigits(value) : String(value);
}

/** Fills a compiled template; an unknown placeholder stays visible as `{name}`. */
export function renderTemplate(template: string, params: Params = {}): string {
  return choosePlurals(template, params).replace(PLACEHOLDER, (whole, name: string, consonant?: string, vowel?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = shown(params[name]!);
    return consonant === undefined ? value : value + particle(value, consonant, vowel!);
  });
}

/** The text of `key` in a catalog; a missing key returns the key itself, so a gap is visible. */
export function render(messages: Messages, key: string, params: Params = {}): string {
  return renderTemplate(Object.hasOwn(messages, key) ? messages[key]! : key, params);
}

/** A number with thousands separators; a fixed locale keeps server HTML and hydrated text identical. */
export function groupDigits(n: number): string {
  return n.toLocaleString('en-US');
}
