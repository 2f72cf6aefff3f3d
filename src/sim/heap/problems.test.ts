import { tableOf } from '../../i18n/messages';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createExercise, type Action, modelActions } from '../exercises/grader';
import type { Strings } from '../../i18n/lang';
import { FIT_POLICIES, type Block, type FitPolicy } from './model';
import { FIT_REQUESTS, fitExercise, fitTrace, generateFitProblem, type FitPickEvent } from './problems';

/** A plain reference of the four policies: the payload address a policy takes, or null. */
function refChoice(policy: FitPolicy, blocks: readonly Block[], need: number, rover: number): number | null {
  const free = blocks.filter((b) => b.free);
  const fits = free.filter((b) => b.size >= need);
  if (fits.length === 0) return null;
  if (policy === 'first-fit') return fits[0]!.address;
  if (policy === 'next-fit') return (fits.find((b) => b.address + b.size > rover) ?? fits[0]!).address;
  // Equal sizes: the lowest address (the first met in address order).
  const sorted = fits.slice().sort((a, b) => (policy === 'best-fit' ? a.size - b.size : b.size - a.size) || a.address - b.address);
  return sorted[0]!.address;
}
const roundUp = (n: number): number => Math.max(16, Math.ceil(n / 16) * 16);

describe('generateFitProblem', () => {
  it('is seeded, and the heap and requests do not depend on the policy', () => {
    for (const seed of [1, 2, 3, 99, 123456]) {
      const first = generateFitProblem(seed, 'first-fit');
      expect(generateFitProblem(seed, 'first-fit')).toEqual(first);
      expect(first.requests).toHaveLength(FIT_REQUESTS);
      for (const policy of FIT_POLICIES) {
        const p = generateFitProblem(seed, policy);
        expect(p.requests).toEqual(first.requests);
        expect(p.heap.blocks).toEqual(first.heap.blocks);
        expect(p.heap.config.policy).toBe(policy);
        // the rover matters (and is drawn) only for next-fit: at the end of an allocated block
        if (policy === 'next-fit') expect(p.heap.blocks.some((b) => !b.free && b.address + b.size === p.heap.rover)).toBe(true);
      }
    }
    expect(generateFitProblem(1, 'first-fit').requests).not.toEqual(generateFitProblem(2, 'first-fit').requests);
  });
});

describe('fitTrace and fitExercise', { timeout: 30_000 }, () => {
  it('every pick is the block the policy defines, and the allocator then takes exactly that block', () => {
    let nulls = 0;
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...FIT_POLICIES), (seed, policy) => {
        const p = generateFitProblem(seed, policy);
        const trace = fitTrace(p);
        expect(trace.stopped).toBeNull();
        let picks = 0;
        for (let i = 0; i < trace.length; i++) {
          const e = trace.event(i);
          if (e.kind !== 'pick') continue;
          const s = trace.stateAt(i);
          expect(s.next).toBe(e.op);
          expect(e.need).toBe(roundUp(p.requests[e.op]!));
          const want = refChoice(policy, s.heap.blocks, e.need, s.heap.rover);
          expect(e.address).toBe(want);
          if (want === null) nulls++;
          // the allocator's own outcome for this request agrees with the pick
          let j = i + 1;
          while (trace.event(j).kind !== 'allocate' && trace.event(j).kind !== 'fail') j++;
          const end = trace.event(j);
          expect(end.kind === 'allocate' ? end.address : null).toBe(want);
          picks++;
        }
        expect(picks).toBe(FIT_REQUESTS);
        expect(trace.final.next).toBe(FIT_REQUESTS);
        // the first request always has a real choice: one hole too small, two that fit
        const holes = p.heap.blocks.filter((b) => b.free);
        const need = roundUp(p.requests[0]!);
        expect(holes.some((b) => b.size < need)).toBe(true);
        expect(holes.filter((b) => b.size >= need).length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 400 },
    );
    expect(nulls).toBeGreaterThan(50);
  });

  it('the model answer completes the exercise with every step right', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const policy of FIT_POLICIES) {
        const trace = fitTrace(generateFitProblem(seed, policy));
        const ex = createExercise(trace, fitExercise);
        const model = modelActions(trace, fitExercise);
        expect(model).toHaveLength(FIT_REQUESTS);
        for (const a of model) expect(ex.submit(a).verdict).toBe('correct');
        expect(ex.done).toBe(true);
        expect(ex.score).toEqual({ correct: FIT_REQUESTS, wrong: 0, fixed: 0, undone: 0, assisted: false });
      }
    }
  });

  it('explains every wrong pick by what is wrong with it, and the right one by the rule', () => {
    const TABLES: Strings = tableOf(['alloc.', 'error.alloc.', 'allocfit.']);
    const reached = new Set<string>();
    for (let seed = 1; seed <= 60; seed++) {
      for (const policy of FIT_POLICIES) {
        const trace = fitTrace(generateFitProblem(seed, policy));
        for (const e of trace.events()) reached.add(e.msg.key);
        const ex = createExercise(trace, fitExercise);
        let firstTry = 0;
        while (!ex.done) {
          const heap = ex.state().heap;
          const pick = ex.expectedEvent() as FitPickEvent;
          // every block, from either end of the heap, so later blocks are tried before earlier ones too
          const blocks = seed % 2 === 0 ? heap.blocks.slice().reverse() : heap.blocks;
          const tries: Action[] = [{ type: 'null' }, ...blocks.map((b) => ({ type: 'pick', address: b.address }))];
          for (const [k, a] of tries.entries()) {
            const v = ex.submit(a);
            reached.add(v.reasonKey);
            const b = heap.blocks.find((x) => x.address === a['address']);
            const right = a.type === 'null' ? pick.address === null : a['address'] === pick.address;
            expect(v.verdict).toBe(right ? 'correct' : 'wrong');
            if (right) {
              expect(v.reasonKey).toBe(pick.address === null ? 'allocfit.why.null' : `allocfit.why.${policy.split('-')[0]}`);
              if (k === 0) firstTry++;
              break;
            }
            const want =
              a.type === 'null'
                ? 'allocfit.why.notNull'
                : !b!.free
                  ? 'allocfit.why.notFree'
                  : b!.size < pick.need
                    ? 'allocfit.why.tooSmall'
                    : policy === 'first-fit'
                      ? 'allocfit.why.notFirst'
                      : policy === 'next-fit'
                        ? 'allocfit.why.notNext'
                        : b!.size === pick.size
                          ? 'allocfit.why.tie'
                          : `allocfit.why.not${policy === 'best-fit' ? 'Best' : 'Worst'}`;
            expect(v.reasonKey).toBe(want);
            expect(ex.undo()).toBe(true);
          }
        }
        // Every request was answered right in the end; right first time only where the first try was.
        expect(ex.position).toBe(trace.length);
        expect(ex.score.correct).toBe(firstTry);
      }
    }
    expect([...reached].filter((k) => !TABLES[k]?.en || !TABLES[k]?.ko)).toEqual([]);
    // 'tie' needs two equal free blocks, which this corpus may not produce; the rest must all appear
    expect(Object.keys(tableOf(['allocfit.'])).filter((k) => !reached.has(k) && k !== 'allocfit.why.tie')).toEqual([]);
  });

  it('both languages use the same placeholders, and Korean is Korean', () => {
    const names = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
    for (const [key, t] of Object.entries(tableOf(['allocfit.']))) {
      expect([key, names(t.ko)]).toEqual([key, names(t.en)]);
      expect(t.ko).toMatch(/[가-힣]/);
    }
  });
});
