import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { echo, graphemeAt, positionsIn, sourcePosition } from './source-position';

/** Plain reference: walk the text grapheme by grapheme from the start, counting as a reader does. */
function referencePosition(text: string, offset: number): { line: number; column: number } {
  const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let line = 1;
  let column = 1;
  for (const g of seg.segment(text)) {
    if (offset < g.index + g.segment.length) return { line, column };
    if (g.segment === '\n' || g.segment === '\r' || g.segment === '\r\n') {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

// Texts mixing what trips offset arithmetic: line breaks of every kind, emoji (surrogate
// pairs, modifiers, ZWJ sequences), combining marks, Hangul, tabs.
const piece = fc.constantFrom('a', 'b', ' ', '\t', '\n', '\r\n', '\r', '👋', '👋🏽', '👨‍👩‍👧', 'e\u0301', '한', '\u1100\u1161', '=', '(', '#');
const script = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));

describe('source positions', () => {
  it('line and column agree with walking the text grapheme by grapheme', () => {
    fc.assert(
      fc.property(script, fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        expect(sourcePosition(text, offset)).toEqual(referencePosition(text, offset));
      }),
      { numRuns: 2000 },
    );
  });

  it('one locator answers every offset of a text as the reference does', () => {
    fc.assert(
      fc.property(script, (text) => {
        const at = positionsIn(text);
        for (let i = 0; i <= text.length; i++) expect(at(i)).toEqual(referencePosition(text, i));
      }),
      { numRuns: 300 },
    );
  });

  it('counts an emoji as one column and a CRLF as one line break', () => {
    const text = 'a = 1\r\nb = "👋🏽" + x';
    expect(sourcePosition(text, text.indexOf('x'))).toEqual({ line: 2, column: 11 });
    // Offset 55 of a three-line script is a line and a column, not "position 55".
    const long = 'a = malloc 100\nb = malloc 200\nfree a\nfree b\nfree c oops';
    expect(sourcePosition(long, long.indexOf('oops'))).toEqual({ line: 5, column: 8 });
  });
});

describe('echo and graphemes', () => {
  it('repeats a short text whole and cuts a long one to 20 graphemes and an ellipsis', () => {
    expect(echo('malloc')).toBe('malloc');
    const huge = 'x'.repeat(1_000_000);
    expect(echo(huge)).toBe('x'.repeat(20) + '…');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }).map((xs) => xs.join('')), (text) => {
        const gs = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
        expect(echo(text)).toBe(gs.length <= 20 ? text : gs.slice(0, 20).join('') + '…');
      }),
    );
  });

  it('never cuts an emoji in half', () => {
    const text = '👋🏽'.repeat(30);
    expect(echo(text)).toBe('👋🏽'.repeat(20) + '…');
    expect(graphemeAt('a👋🏽b', 2)).toBe('👋🏽');
    expect(graphemeAt('a👋🏽b', 1)).toBe('👋🏽');
  });
});
