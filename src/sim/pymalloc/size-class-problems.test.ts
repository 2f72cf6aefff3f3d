
import { tableOf, t as message } from '../../i18n/messages';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PYMALLOC_VERSIONS, answerFor, generateSizeClassProblem, gradeSizeClass, pymallocConfig } from './index';
import { objectSizePresets } from '../cpython/index';

/** Plain reference: the class arithmetic written out. */
function reference(n: number, v: string) {
  if (n === 0 || n > 512) return { raw: true as const };
  const c = Math.ceil(n / 16) - 1;
  const size = 16 * (c + 1);
  const pool = Number(v.split('.')[1]) >= 10 ? 16384 : 4096;
  return { raw: false as const, sizeClass: c, blockSize: size, blocksPerPool: Math.floor((pool - 48) / size) };
}

describe('size-class problems', () => {
  it('the same seed gives the same problem; answers match the plain reference', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const p = generateSizeClassProblem(seed);
        expect(generateSizeClassProblem(seed)).toEqual(p);
        expect(p.questions).toHaveLength(4);
        for (const q of p.questions) {
          expect(PYMALLOC_VERSIONS).toContain(q.version);
          expect(q.answer).toEqual(reference(q.nbytes, q.version));
        }
        expect(p.questions.some((q) => q.answer.raw)).toBe(true);
        expect(p.questions.some((q) => !q.answer.raw)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('known answers: a float on 3.9 and 3.13, the boundaries 16/17 and 512/513', () => {
    expect(answerFor(24, '3.9')).toEqual({ raw: false, sizeClass: 1, blockSize: 32, blocksPerPool: 126 });
    expect(answerFor(24, '3.13')).toEqual({ raw: false, sizeClass: 1, blockSize: 32, blocksPerPool: 510 });
    expect(answerFor(16, '3.11')).toMatchObject({ sizeClass: 0 });
    expect(answerFor(17, '3.11')).toMatchObject({ sizeClass: 1 });
    expect(answerFor(512, '3.8')).toEqual({ raw: false, sizeClass: 31, blockSize: 512, blocksPerPool: 7 });
    expect(answerFor(513, '3.8')).toEqual({ raw: true });
    expect(answerFor(0, '3.14')).toEqual({ raw: true });
  });

  it('grading: the model answer is right; a wrong class, a wrong count or a blank is wrong', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 31 }), (seed, other) => {
        for (const q of generateSizeClassProblem(seed).questions) {
          const a = q.answer;
          const model = a.raw ? { choice: 'raw' as const, blocksPerPool: null } : { choice: a.sizeClass, blocksPerPool: a.blocksPerPool };
          expect(gradeSizeClass(q, model).correct).toBe(true);
          expect(gradeSizeClass(q, { choice: null, blocksPerPool: null }).correct).toBe(false);
          if (a.raw) {
            expect(gradeSizeClass(q, { choice: other, blocksPerPool: 1 }).correct).toBe(false);
          } else {
            expect(gradeSizeClass(q, { choice: 'raw', blocksPerPool: null }).classRight).toBe(false);
            expect(gradeSizeClass(q, { choice: a.sizeClass, blocksPerPool: a.blocksPerPool + 1 })).toMatchObject({ correct: false, classRight: true, blocksRight: false });
            if (other !== a.sizeClass) expect(gradeSizeClass(q, { choice: other, blocksPerPool: a.blocksPerPool }).classRight).toBe(false);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('the explanation shows the arithmetic in both languages', () => {
    const q = { id: 0, version: '3.13', nbytes: 24, object: null, answer: answerFor(24, '3.13') };
    const g = gradeSizeClass(q, { choice: 1, blocksPerPool: 510 });
    const en = message('en', g.key, g.params);
    expect(en).toContain('(24 − 1) >> 4 = 1');
    expect(en).toContain('(16384 − 48-byte header) // 32 = 510');
    expect(message('ko', g.key, g.params)).toContain('블록 510개');
    const names = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
    for (const t of Object.values(tableOf(['sizeClass.']))) expect(names(t.ko)).toEqual(names(t.en));
  });

  it('presets: a float is 24 bytes everywhere; str "abc" shrank from 52 to 44 bytes in 3.12', () => {
    for (const v of PYMALLOC_VERSIONS) {
      const byId = Object.fromEntries(objectSizePresets(v).map((p) => [p.id, p.size]));
      expect(byId['float']).toBe(24);
      expect(byId['str3']).toBe(Number(v.split('.')[1]) >= 12 ? 44 : 52);
      expect(byId['bytes600']! > pymallocConfig(v).smallRequestThreshold).toBe(true);
    }
  });
});
