// Turns one message template into text: `{name}` placeholders are filled from the params, and a
// Korean particle written after a placeholder as a pair ("{call}이/가", "'{ch}'을/를") becomes
// the one that fits the value's final sound. Islands import only this module (no string
// tables): their strings arrive as one language's catalog, picked by the island registry.
import { PARTICLES, pickParticle, type Particle } from './josa';

/** One language's strings, key → template. */
export type Messages = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;

// {name}, then closing quotes that stay as written ('{ch}'), then an optional particle pair.
// A ')' is not skipped: in "프레임({size}바이트)이" the particle belongs to the word before '('.
const PLACEHOLDER = new RegExp(
  '\\{(\\w+)\\}([\'"’”»`]*)(' + PARTICLES.map((p) => p.replace('/', '\\/')).join('|') + ')?',
  'g',
);

/** Fills a template; an unknown placeholder stays visible as `{name}`. */
export function renderTemplate(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string, closers: string, pair: Particle | undefined) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = String(params[name]);
    return value + closers + (pair ? pickParticle(value, pair) : '');
  });
}

/** The text of `key` in a catalog; a missing key returns the key itself, so a gap is visible. */
export function render(messages: Messages, key: string, params: Params = {}): string {
  const template = Object.hasOwn(messages, key) ? messages[key]! : key;
  return renderTemplate(template, params);
}

/** A number with thousands separators; a fixed locale keeps server HTML and hydrated text identical. */
export function groupDigits(n: number): string {
  return n.toLocaleString('en-US');
}
