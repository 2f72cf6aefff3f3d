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
