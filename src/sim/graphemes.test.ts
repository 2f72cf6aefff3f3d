import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { graphemes, lastGraphemes } from './graphemes';

// Pieces that make segmentation hard: combining marks, ZWJ emoji, skin tones, flags (which pair
// up from the start of their run), Hangul jamo, surrogate pairs.
const PIECES = ['a', 'e\u0301', '\u0301', '안', '\u1100\u1161\u11a8', '👋🏽', '👩‍💻', '\u200d', '🇰', '🇷', '🇺', '🇸', '\n', '\r', ' ', '😀'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 300 }).map((xs) => xs.join(''));

describe('lastGraphemes', () => {
  it('gives the last max characters exactly as segmenting the whole text would', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 12 }), (s, max) => {
        const all = graphemes(s).map((g) => g.text);
        const got = lastGraphemes(s, max);
        expect(got.text).toBe(all.slice(all.length - Math.min(max, all.length)).join(''));
        expect(got.cut).toBe(all.length > max);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the end of a run of flags longer than its window', () => {
    const flags = '🇰🇷'.repeat(200) + '🇺';
    const all = graphemes(flags).map((g) => g.text);
    expect(lastGraphemes(flags, 3).text).toBe(all.slice(-3).join(''));
  });
});
