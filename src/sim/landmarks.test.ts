import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attempt } from './errors';
import { buildTrace, type EventBase, type Trace } from './trace';
import { LANDMARKS, byKind, groupStep, landmarkSteps, landmarksOf, nextLandmark, previousLandmark, type LandmarkSpec } from './landmarks';
import { runCallStack } from './callstack';
import { checkBrackets } from './brackets';
import { simulateStackOps, parseStackOps } from './stackops';
import { permutations } from './backtracking/combinatorics';
import { growthTrace, listGrowth } from './cpython/list-growth';
import { parseAllocOps, simulateAllocator } from './heap/index';

type Ev = EventBase & { readonly n: number };
/** A trace of the given event kinds. */
function traceOf(kinds: readonly string[]): Trace<number, Ev> {
  return buildTrace<number, Ev>({
    initial: 0,
    apply: (s) => s + 1,
    narrate: (e) => ({ key: e.kind, params: {} }),
    run: (emit) => {
      kinds.forEach((kind, n) => {
        emit({ kind, n });
      });
    },
    snapshotEvery: 4,
  });
}

/** The plain reference: scan every position. */
const refNext = (steps: readonly number[], at: number) => steps.find((s) => s > at) ?? null;
const refPrev = (steps: readonly number[], at: number) => [...steps].reverse().find((s) => s < at) ?? null;

describe('landmarks: which steps are landmarks', () => {
  const spec = byKind({ call: 'call', ret: 'return' });
  it('a landmark event i is the step i + 1 (the state after it, narrated by it)', () => {
    expect([...landmarkSteps(traceOf(['line', 'call', 'line', 'ret', 'ret']), spec)]).toEqual([2, 4, 5]);
    expect(spec.names).toEqual(['call', 'return']);
  });
  it('agrees with a plain filter of the events, and next / previous agree with a linear scan (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('line', 'call', 'ret', 'x'), { maxLength: 60 }), fc.integer({ min: -1, max: 62 }), (kinds, at) => {
        const steps = landmarkSteps(traceOf(kinds), spec);
        const ref = kinds.flatMap((k, i) => (k === 'call' || k === 'ret' ? [i + 1] : []));
        expect([...steps]).toEqual(ref);
        expect(nextLandmark(steps, at)).toBe(refNext(ref, at));
        expect(previousLandmark(steps, at)).toBe(refPrev(ref, at));
      }),
    );
  });
  it("the end of a trace stopped by an error is an 'error' landmark when the player lists errors", () => {
    const r = attempt(() => checkBrackets('(]'));
    const trace = (r.ok ? r.value.trace : r.error.trace) as Trace<unknown, EventBase>;
    const steps = [...landmarkSteps(trace, LANDMARKS.brackets!)];
    expect(steps[steps.length - 1]).toBe(trace.length);
    // Popping an empty stack is an error event of the stack player.
    const s = attempt(() => simulateStackOps(parseStackOps('push 1, peek, pop, pop'), {}));
    const st = (s.ok ? s.value.trace : s.error.trace) as Trace<unknown, EventBase>;
    expect([...landmarkSteps(st, LANDMARKS.stack!)]).toEqual([1, 3, 4]);
  });
  it('steps of a grouping player: an event marks the group (statement) it belongs to', () => {
    // Groups start at events 0, 3, 5; step k shows the state at starts[k] (or the end).
    const toStep = groupStep([0, 3, 5]);
    // reference: the first k whose boundary is at or after p
    const boundary = (k: number, n: number) => ([0, 3, 5][k] ?? n);
    for (let p = 1; p <= 8; p++) {
      let k = 0;
      while (boundary(k, 8) < p) k++;
      expect(toStep(p)).toBe(k);
    }
    const marks = landmarksOf(traceOf(['a', 'call', 'b', 'call', 'call', 'x', 'x', 'ret']), byKind({ call: 'call', ret: 'return' }), toStep);
    expect([...marks.steps]).toEqual([1, 2, 3]);
  });
});

describe("landmarks: each player's kinds occur in its own traces", () => {
  const names = (trace: Trace<unknown, EventBase>, spec: LandmarkSpec) => {
    const seen = new Set<string>();
    for (let i = 0; i < trace.length; i++) {
      const n = spec.of(trace.raw!(i));
      if (n) seen.add(n);
    }
    if (trace.stopped?.reason === 'error') seen.add('error');
    return [...seen].sort();
  };
  it('call stack: call, return; and the recursion error', () => {
    expect(names(runCallStack('factorial', { n: 3 }).trace as Trace<unknown, EventBase>, LANDMARKS.callstack!)).toEqual(['call', 'return']);
  });
  it('backtracking: backtrack and solution', () => {
    expect(names(permutations(['a', 'b', 'c']).trace as Trace<unknown, EventBase>, LANDMARKS.choice!)).toEqual(['backtrack', 'solution']);
  });
  it('allocator: malloc, free, NULL', () => {
    const { trace } = simulateAllocator(parseAllocOps('a = malloc 10, b = malloc 9999, free a'), { size: 256 });
    expect(names(trace as Trace<unknown, EventBase>, LANDMARKS.allocator!)).toEqual(['free', 'malloc', 'null']);
  });
  it('list growth: the appends that resize the item array', () => {
    const steps = listGrowth(20, '3.12');
    const trace = growthTrace(steps, '3.12') as Trace<unknown, EventBase>;
    expect([...landmarkSteps(trace, LANDMARKS.listGrowth!)]).toEqual(steps.flatMap((s, i) => (s.resized ? [i + 1] : [])));
  });
});
