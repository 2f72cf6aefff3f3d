// Finds the spellings src/i18n/terms.ts says to avoid in Korean text, outside code: in a catalog
// string or an MDX page, `push` in backticks or a fenced block is a name, not a Korean word.
import { TERMS, type Term } from './terms';

export interface AvoidedTerm {
  /** The term whose other spelling was found. */
  readonly term: Term;
  /** The text that matched, with a little context around it. */
  readonly found: string;
}

/**
 * The prose of a Korean MDX page or catalog string: fenced code blocks, inline code, import and
 * export lines, JSX tags (their props are code) and link targets are blanked out.
 */
export function proseOf(text: string): string {
  return text
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/^(?:import|export)\s[^\n]*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
    .replace(/\]\([^)\s]*\)/g, ']');
}

/** Every avoided spelling in the prose of `text`. */
export function avoidedTerms(text: string): AvoidedTerm[] {
  const prose = proseOf(text);
  const out: AvoidedTerm[] = [];
  for (const term of TERMS) {
    for (const pattern of term.avoid) {
      const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
      for (const m of prose.matchAll(global)) {
        out.push({ term, found: prose.slice(Math.max(0, m.index - 15), m.index + m[0].length + 15).replace(/\s+/g, ' ') });
      }
    }
  }
  return out;
}
