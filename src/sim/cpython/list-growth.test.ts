import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyListSize, emptyListSizeByRelease, emptyListSizeMeasuredOn, emptyListSizeOfRelease, growthTrace, listFormulaOf, listGrowth, otherFormulaVersion, resizeCalculation, resizeCount, resizeTerms } from './list-growth';
import { LIST_VERSIONS, listCapacities, MAX_LIST_APPENDS } from './lists';
import { attempt, SimError } from '../errors';
import { t as message } from '../../i18n/messages';

const resizedTo = (version: string, n: number) => listGrowth(n, version).filter((s) => s.resized).map((s) => s.capacity);

describe('listGrowth', () => {
  it('reproduces the documented append sequences (facts §4.4)', () => {
    expect(resizedTo('3.8', 80)).toEqual([4, 8, 16, 25, 35, 46, 58, 72, 88]);
    expect(resizedTo('3.6', 80)).toEqual(resizedTo('3.8', 80));
    for (const v of ['3.9', '3.11', '3.13', '3.15']) expect(resizedTo(v, 70)).toEqual([4, 8, 16, 24, 32, 40, 52, 64, 76]);
    expect(listGrowth(65, '3.11').filter((s) => s.resized).map((s) => s.append)).toEqual([1, 5, 9, 17, 25, 33, 41, 53, 65]);
  });

  it('gives sys.getsizeof as measured on 3.11.7 (facts §4.4 table)', () => {
    const sizes = listGrowth(65, '3.11').map((s) => s.getsizeof);
    const table: [number, number][] = [[1, 88], [4, 88], [5, 120], [8, 120], [9, 184], [16, 184], [17, 248], [24, 248], [25, 312], [33, 376], [41, 472], [53, 568], [64, 568], [65, 664]];
    for (const [len, size] of table) expect([len, sizes[len - 1]]).toEqual([len, size]);
  });

  it('knows the empty-list size where every release agrees: 56 for 3.8–3.13; by release for 3.6–3.7; none for 3.14+', () => {
    expect(LIST_VERSIONS.map((v) => emptyListSize(v))).toEqual([null, null, 56, 56, 56, 56, 56, 56, null, null]);
    expect(LIST_VERSIONS.map(emptyListSizeByRelease)).toEqual([true, true, ...Array(8).fill(false)]);
    expect(['3.7', '3.8', '3.13', '3.14'].map(emptyListSizeMeasuredOn)).toEqual([null, '3.8–3.13', '3.8–3.13', null]);
    expect(listGrowth(3, '3.14').every((s) => s.getsizeof === null)).toBe(true);
    expect(listGrowth(1, '3.7')[0]!.getsizeof).toBeNull();
  });

  it('gives getsizeof([]) by release before 3.8: 64 upstream before 3.7.4 (24-byte GC header), 72 from 3.7.4 or with the bpo-27987 patch', () => {
    expect(['3.6.0', '3.6.15', '3.7.0', '3.7.3'].map((r) => emptyListSizeOfRelease(r))).toEqual([64, 64, 64, 64]);
    expect(['3.7.4', '3.7.16'].map((r) => emptyListSizeOfRelease(r))).toEqual([72, 72]);
    expect(emptyListSizeOfRelease('3.6.15', { alignmentPatch: true })).toBe(72);
    expect(['3.8.0', '3.13.0'].map((r) => emptyListSizeOfRelease(r, { alignmentPatch: true }))).toEqual([56, 56]);
    expect(emptyListSizeOfRelease('3.14.2')).toBeNull();
    expect(() => emptyListSizeOfRelease('3.5.10')).toThrow(SimError);
  });

  it('names the formula of each version', () => {
    expect(LIST_VERSIONS.map((v) => listFormulaOf(v).versions)).toEqual([...Array(3).fill('2.4–3.8'), ...Array(7).fill('3.9+')]);
    expect(listFormulaOf('3.8').expression).toBe('newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6)');
    expect(listFormulaOf('3.9').expression).toBe('(newsize + (newsize >> 3) + 6) & ~3');
  });

  it('spells out the formula with numbers that give the modelled capacity at every resize', () => {
    for (const v of LIST_VERSIONS) {
      for (const s of listGrowth(3000, v)) {
        if (s.resized) expect([v, s.append, s.terms!.result]).toEqual([v, s.append, s.capacity]);
        else expect(s.terms).toBeNull();
      }
    }
    expect(resizeTerms(5, 'upto-3.8')).toEqual({ newsize: 5, eighth: 0, extra: 3, sum: 8, result: 8 });
    expect(resizeTerms(17, 'from-3.9')).toEqual({ newsize: 17, eighth: 2, extra: 6, sum: 25, result: 24 });
  });

  it('a count like 2**32 or 2**40 is refused at once with the maximum, instead of never returning', () => {
    for (const n of [2 ** 32, 2 ** 40, MAX_LIST_APPENDS + 1]) {
      const started = performance.now();
      for (const run of [(): unknown => listGrowth(n, '3.13'), (): unknown => listCapacities(n, '3.13')]) {
        const r = attempt(run);
        expect(r.ok ? 'ran' : [r.error.code, r.error.params.max]).toEqual(['too-many-appends', MAX_LIST_APPENDS]);
        if (!r.ok) for (const lang of ['en', 'ko'] as const) expect(message(lang, r.error.key, r.error.params)).toContain(MAX_LIST_APPENDS.toLocaleString('en-US'));
      }
      expect(performance.now() - started).toBeLessThan(100);
    }
    expect(listCapacities(MAX_LIST_APPENDS, '3.8')).toHaveLength(MAX_LIST_APPENDS);
  });

  it('agrees with listCapacities and the bytes of one pointer per slot (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LIST_VERSIONS), fc.integer({ min: 0, max: 500 }), (v, n) => {
        const steps = listGrowth(n, v);
        const caps = listCapacities(n, v);
        expect(steps.map((s) => s.capacity)).toEqual(caps);
        steps.forEach((s, i) => {
          expect(s.append).toBe(i + 1);
          expect(s.capacity).toBeGreaterThanOrEqual(s.append);
          expect(s.resized).toBe(s.capacity !== (i === 0 ? 0 : caps[i - 1]));
          expect(s.itemBytes).toBe(8 * s.capacity);
        });
      }),
    );
  });

  it('rejects an unknown version and a bad count with SimErrors', () => {
    expect(() => listGrowth(3, '3.1')).toThrow(SimError);
    expect(() => listGrowth(-1, '3.13')).toThrow(SimError);
    expect(() => emptyListSize('4.0')).toThrow(SimError);
  });

  it('narrates every append with a key and parameters: the resize with its formula filled in, or no resize', () => {
    const steps = listGrowth(20, '3.13');
    expect(steps[0]!.msg).toEqual({ key: 'cpy.growth.resize', params: { n: 1, before: 0, after: 4, calc: '(1 + (1 >> 3) + 6) & ~3 = 7 & ~3 = 4', beforeBytes: 0, afterBytes: 32 } });
    expect(steps[5]!.msg).toEqual({ key: 'cpy.growth.noResize', params: { n: 6, capacity: 8 } });
    expect(steps[8]!.msg.params['calc']).toBe('(9 + (9 >> 3) + 6) & ~3 = 16 & ~3 = 16');
    expect(listGrowth(17, '3.8')[16]!.msg.params['calc']).toBe('17 + (17 >> 3) + 6 = 17 + 2 + 6 = 25');
    expect(resizeCalculation(resizeTerms(5, 'upto-3.8'), 'upto-3.8')).toBe('5 + (5 >> 3) + 3 = 5 + 0 + 3 = 8');
    for (const v of LIST_VERSIONS) {
      for (const s of listGrowth(300, v)) {
        if (s.resized) expect(s.msg).toMatchObject({ key: 'cpy.growth.resize', params: { n: s.append, before: s.capacityBefore, after: s.capacity, beforeBytes: 8 * s.capacityBefore, afterBytes: s.itemBytes } });
        else expect(s.msg).toEqual({ key: 'cpy.growth.noResize', params: { n: s.append, capacity: s.capacity } });
      }
    }
  });

  it('counts the reallocations and compares a version with the other formula by default', () => {
    expect(resizeCount(listGrowth(20, '3.13'))).toBe(4);
    expect(resizeCount(listGrowth(20, '3.8'))).toBe(4);
    expect(resizeCount(listGrowth(80, '3.8'))).toBe(9);
    expect(LIST_VERSIONS.map(otherFormulaVersion)).toEqual([...Array(3).fill('3.13'), ...Array(7).fill('3.8')]);
  });

  it('walks the appends as a trace: state n is the list after n appends, each event narrated by its step', () => {
    for (const v of ['3.7', '3.13', '3.14']) {
      const steps = listGrowth(30, v);
      const trace = growthTrace(steps, v);
      expect(trace.length).toBe(30);
      expect(trace.stopped).toBeNull();
      expect(trace.initial).toEqual({ length: 0, capacity: 0, itemBytes: 0, getsizeof: emptyListSize(v) });
      steps.forEach((s, i) => {
        expect(trace.stateAt(i + 1)).toEqual({ length: s.append, capacity: s.capacity, itemBytes: s.itemBytes, getsizeof: s.getsizeof });
        expect(trace.event(i)).toMatchObject({ kind: 'append', append: s.append, resized: s.resized, capacityBefore: s.capacityBefore, msg: s.msg });
      });
    }
  });
});
