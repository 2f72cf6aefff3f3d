import { graphemes } from './graphemes';

/**
 * Where a character of a typed script is, as a reader counts: 1-based line and column. Every
 * parser of a multi-line input reports its errors through this, so "position 55" never reaches
 * a learner. Lines break at '\n', '\r\n' or a lone '\r'; a column counts graphemes (what a
 * reader calls one character: '👋🏽' and 'e\u0301' are one column each), so an emoji or a
 * Hangul syllable written as jamo does not shift the columns after it.
 */
export interface SourcePosition {
  readonly line: number;
  readonly column: number;
}

/** Offsets where each line starts ('\r\n' is one break). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** Index of the last entry of the sorted `xs` that is ≤ `x` (xs[0] ≤ x). */
function lastAtMost(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (xs[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

// Below U+0300 no character joins the one before it, so each UTF-16 unit is one grapheme
// ('\r\n' aside, handled where the column is counted).
const PLAIN = /^[\u0000-\u02ff]*$/;

/**
 * A locator for many offsets of one text: the line breaks are found once, and a line that is
 * not plain text is split into graphemes once, the first time an offset in it is asked for.
 * An offset past the end gives the place just after the last character.
 */
export function positionsIn(text: string): (offset: number) => SourcePosition {
  const starts = lineStarts(text);
  const columns = new Map<number, number[] | null>();
  return (offset) => {
    const at = Math.max(0, Math.min(offset, text.length));
    const k = lastAtMost(starts, at);
    const start = starts[k]!;
    let graphemeStarts = columns.get(k);
    if (graphemeStarts === undefined) {
      const end = k + 1 < starts.length ? starts[k + 1]! : text.length;
      const line = text.slice(start, end);
      graphemeStarts = PLAIN.test(line) ? null : graphemes(line).map((g) => g.offset);
      columns.set(k, graphemeStarts);
    }
    const inLine = at - start;
    const lineLength = (k + 1 < starts.length ? starts[k + 1]! : text.length) - start;
    // Past the end of the text: the place after the last character.
    // (In plain text only '\r\n' is two units in one grapheme.)
    if (graphemeStarts === null) return { line: k + 1, column: inLine + (inLine > 0 && text[at] === '\n' && text[at - 1] === '\r' ? 0 : 1) };
    if (inLine >= lineLength) return { line: k + 1, column: graphemeStarts.length + 1 };
    // An offset inside a grapheme (the second half of an emoji) is that grapheme's column.
    return { line: k + 1, column: lastAtMost(graphemeStarts, inLine) + 1 };
  };
}

/** The line and column of one offset (see positionsIn for many). */
export function sourcePosition(text: string, offset: number): SourcePosition {
  return positionsIn(text)(offset);
}

/** The grapheme that starts at (or contains) `offset`: a whole emoji, never half of one. */
export function graphemeAt(text: string, offset: number): string {
  // A grapheme is short; look at the text around the offset rather than the whole text.
  const from = Math.max(0, offset - 32);
  const gs = graphemes(text.slice(from, offset + 64));
  for (const g of gs) if (from + g.offset + g.text.length > offset) return g.text;
  return '';
}

/** How many graphemes of a reader's text an error message repeats before cutting it. */
export const ECHO_GRAPHEMES = 20;

/**
 * A reader's text as an error message repeats it: whole when short, else its first
 * ECHO_GRAPHEMES graphemes and '…' (a 10^6-character token never comes back whole).
 */
export function echo(text: string, max = ECHO_GRAPHEMES): string {
  if (text.length <= max) return text;
  // Only the head is split: a grapheme is rarely longer than a few units.
  const headLength = max * 8;
  const head = graphemes(text.slice(0, headLength));
  if (head.length > max) return head.slice(0, max).map((g) => g.text).join('') + '…';
  if (text.length <= headLength) return text;
  // Huge graphemes (a pile of combining marks): keep the ones surely whole.
  return head.slice(0, -1).map((g) => g.text).join('') + '…';
}
