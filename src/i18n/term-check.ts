// Finds the spellings src/i18n/terms.ts says to avoid in Korean text, outside code: in a catalog
// string or an MDX page, `push` in backticks or a fenced block is a name, not a Korean word.
import { TERMS, type Term } from './terms';

export interface AvoidedTerm {
  /** The term whose other spelling was found. */
  readonly term: Term;
  /** Its line in the text, from 1. */
  readonly line: number;
  /** The text that matched, with a little context around it. */
  readonly found: string;
}

/** `text` with each character but line breaks turned to a space (positions and lines stay). */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * The prose of a Korean MDX page or catalog string, with everything else blanked out in place
 * (so offsets and line numbers stay those of the file): fenced code blocks, inline code, import
 * and export lines, link targets, and JSX tags — whose props are code — except the text of a
 * `title` or `caption`, which readers see.
 */
export function proseOf(text: string): string {
  return text
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/^(?:import|export)\s[^\n]*$/gm, blank)
    .replace(/<\/?[A-Za-z][^<>]*>/g, (tag) => tag.replace(/(\b(?:title|caption)=")([^"]*)"|[^]/g, (m, attr: string | undefined, value: string | undefined) => (attr ? `${blank(attr)}${value} ` : blank(m))))
    .replace(/\]\([^)\s]*\)/g, (m) => ']' + blank(m.slice(1)));
}

/** Every avoided spelling in the prose of `text`. */
export function avoidedTerms(text: string): AvoidedTerm[] {
  const prose = proseOf(text);
  const out: AvoidedTerm[] = [];
  for (const term of TERMS) {
    for (const pattern of term.avoid) {
      const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
      for (const m of prose.matchAll(global)) {
        const line = prose.slice(0, m.index).split('\n').length;
        out.push({ term, line, found: prose.slice(Math.max(0, m.index - 15), m.index + m[0].length + 15).replace(/\s+/g, ' ') });
      }
    }
  }
  return out;
}
