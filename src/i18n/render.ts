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
const PLURAL_HEAD = /\{(\w+), plural,/g;
const FORM = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;

/** The end of the `{…}` group whose `{` is at `open` (its `}`), or -1 when it is never closed. */
function closing(template: string, open: number): number {
  let depth = 0;
  for (let i = open; i < template.length; i++) {
    if (template[i] === '{') depth++;
    else if (template[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Reads the forms of a plural group after its head: { one: '# block', other: '# blocks' }, or null if malformed. */
function forms(template: string, from: number, end: number): Map<string, string> | null {
  const out = new Map<string, string>();
  let at = from;
  while (at < end) {
    FORM.lastIndex = at;
    const m = FORM.exec(template);
    if (!m) return template.slice(at, end).trim() === '' ? out : null;
    const open = at + m[0].length - 1;
    const close = closing(template, open);
    if (close < 0 || close > end) return null;
    out.set(m[1]!, template.slice(open + 1, close));
    at = close + 1;
  }
  return out;
}

/** English plural category of a count given as a number or as text ("1,234"). */
function category(value: string | number): 'one' | 'other' {
  return Math.abs(Number(String(value).replace(/,/g, ''))) === 1 ? 'one' : 'other';
}

/** Replaces each plural group by its form for the param's count (`#` → the count as given). */
function choosePlurals(template: string, params: Params): string {
  if (!template.includes(', plural,')) return template;
  let out = '';
  let last = 0;
  for (const m of template.matchAll(PLURAL_HEAD)) {
    if (m.index < last) continue;
    const end = closing(template, m.index);
    const options = end < 0 ? null : forms(template, m.index + m[0].length, end);
    const name = m[1]!;
    if (end < 0 || options === null || !Object.hasOwn(params, name)) continue;
    const value = params[name]!;
    const chosen = options.get(`=${String(value).replace(/,/g, '')}`) ?? options.get(category(value)) ?? options.get('other') ?? '';
    out += template.slice(last, m.index) + chosen.replaceAll('#', String(value));
    last = end + 1;
  }
  return out + template.slice(last);
}

/** The names a template fills, sorted: `{name}` placeholders and the counts of plural groups. */
export function placeholderNames(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]!))].sort();
}

/** Fills a compiled template; an unknown placeholder stays visible as `{name}`. */
export function renderTemplate(template: string, params: Params = {}): string {
  return choosePlurals(template, params).replace(PLACEHOLDER, (whole, name: string, consonant?: string, vowel?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = String(params[name]);
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
