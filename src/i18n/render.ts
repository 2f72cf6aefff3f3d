// Turns one message template into text: `{name}` placeholders are filled from the params, and a
// Korean particle compiled after a placeholder — `{name|을|를}`, consonant form then vowel form
// (see compileParticles in ./josa.ts) — becomes the one that fits the value's final sound.
// Islands import only this module (no string tables): their strings arrive as one language's
// catalog, picked by the island registry and compiled on the server.
import { particle } from './josa';

/** One language's strings, key → template. */
export type Messages = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

/** Fills a compiled template; an unknown placeholder stays visible as `{name}`. */
export function renderTemplate(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string, consonant?: string, vowel?: string) => {
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
