/** A grapheme cluster (what a reader calls one character) and its UTF-16 offset. */
export interface Grapheme {
  readonly text: string;
  readonly offset: number;
}

let segmenter: Intl.Segmenter | null = null;

/** Splits text into grapheme clusters: '안녕👋🏽' → ['안', '녕', '👋🏽'], 'e\u0301' stays one. */
export function graphemes(text: string): Grapheme[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const out: Grapheme[] = [];
  for (const s of segmenter.segment(text)) out.push({ text: s.segment, offset: s.index });
  return out;
}

const isRegionalIndicator = (cp: number | undefined) => cp !== undefined && cp >= 0x1f1e6 && cp <= 0x1f1ff;

/**
 * The last `max` grapheme clusters of `text` and whether any came before them, segmenting only
 * the end of the text, so the cost does not grow with the text's length. Equal to
 * `graphemes(text).slice(-max)`: a tail that starts inside a cluster drops that cluster, and a
 * tail never starts inside a run of flag letters, which pair up from the run's start.
 */
export function lastGraphemes(text: string, max: number): { text: string; cut: boolean } {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  if (max <= 0) return { text: '', cut: text.length > 0 };
  for (let width = max * 4 + 16; ; width *= 2) {
    let start = Math.max(0, text.length - width);
    // Not between a surrogate pair's halves, and back to the start of a run of flag letters.
    if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start]!)) start--;
    while (start >= 2 && isRegionalIndicator(text.codePointAt(start - 2))) start -= 2;
    const parts = [...segmenter.segment(text.slice(start))].map((s) => s.segment);
    // The first part may be the end of a cluster that began before `start`.
    if (start > 0) parts.shift();
    if (parts.length >= max || start === 0) return { text: parts.slice(-max).join(''), cut: start > 0 || parts.length > max };
  }
}
