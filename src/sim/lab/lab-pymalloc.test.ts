// The lab's objects as pymalloc operations: on real programs (Pyodide from node_modules, loaded
// once for this file) and, as a property, on random traces against a plain reference that
// recomputes what the frames reach at every step from `stateAt`.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyListSize } from '../cpython/list-growth';
import { objectSizePresets } from '../cpython/object-sizes';
import { simulatePymalloc } from '../pymalloc/simulate';
import { statsOfState } from '../pymalloc/arenas';
import type { LabStepDelta } from './delta';
import { labPymallocOps, opsUpTo, summaryAt } from './lab-pymalloc';
import { LabTrace } from './lab-trace';
import { loadLabRuntimeInNode } from './node-pyodide';
import type { LabRuntime } from './runtime';
import { reachableObjects } from './state';

let runtime: LabRuntime;
beforeAll(async () => {
  runtime = await loadLabRuntimeInNode(join(import.meta.dirname, '..', '..', '..'));
}, 60_000);

function traceOf(source: string): LabTrace {
  const trace = new LabTrace();
  trace.finish(runtime.run(source, {}, (steps) => trace.append(steps)));
  return trace;
}
const src = (...lines: string[]) => lines.join('\n') + '\n';
const ops = (run: ReturnType<typeof labPymallocOps>) => run.ops.map((o) => o.op);

describe('a real program', () => {
  it('tuples and a list are allocated with their 64-bit sizes, and freed when no variable reaches them', () => {
    const trace = traceOf(src('a = (1, 2)', 'b = (3, 4, 5)', 'c = [1, 2, 3]', 'a = None', 'done = 1'));
    const run = labPymallocOps(trace, '3.13');
    const tuple2 = objectSizePresets('3.13').find((p) => p.id === 'tuple2')!.size;
    const mallocs = run.ops.filter((o) => o.op.op === 'malloc');
    expect(mallocs.map((o) => [o.type, o.part, o.op.op === 'malloc' && o.op.size])).toEqual([
      ['tuple', 'object', tuple2],
      ['tuple', 'object', tuple2 + 8],
      ['list', 'object', emptyListSize('3.13')],
      // [1, 2, 3] is an empty list extended by a constant tuple (LIST_EXTEND): room for 4 items,
      // the capacity the run reports.
      ['list', 'items', 32],
    ]);
    const frees = run.ops.filter((o) => o.op.op === 'free');
    expect(frees).toHaveLength(1);
    expect(frees[0]!.type).toBe('tuple');
    // The free happens on the step after `a = None` ran.
    expect(trace.stateAt(frees[0]!.step).frames!.top.locals.get('a')).toBe('None');
    // Fed to the simulator: 3 objects alive in pymalloc's blocks at the end, 4 before the free.
    const end = simulatePymalloc(ops(run), { version: '3.13' }).final;
    expect(end.live).toBe(3);
    const before = simulatePymalloc(ops(run).slice(0, opsUpTo(run, frees[0]!.step - 1)), { version: '3.13' }).final;
    expect(before.live).toBe(4);
    // Two 56-byte tuple requests share class 3 (64-byte blocks) with the list object.
    expect(statsOfState(before).classes[3]!.blocksInUse).toBe(3);
  });

  it('a growing list reallocates its item array; big requests go to malloc; dicts and functions are counted, not placed', () => {
    const trace = traceOf(src('def f():', '    return 1', 'xs = []', 'for i in range(5):', '    xs.append(i)', 'big = [0] * 100', 'd = {}'));
    const run = labPymallocOps(trace, '3.12');
    const items = run.ops.filter((o) => o.part === 'items' && o.type === 'list' && o.op.op === 'malloc');
    // 3.9+ growth: 0 → 4 → 8 slots; 32 bytes fit no 64-byte block beyond 3/4, so the array moves.
    expect(items.map((o) => o.op.op === 'malloc' && o.op.size)).toEqual([32, 64, 800]);
    const s = summaryAt(run, trace.length);
    expect(s.raw).toBe(1); // 800 bytes: over 512, malloc's
    expect(s.unsized).toEqual([
      { type: 'dict', count: 1 },
      { type: 'function', count: 1 },
    ]);
    const final = simulatePymalloc(ops(run), { version: '3.12' }).final;
    expect(final.rawBlocks).toBe(1);
    // xs, its array, big (the object; its array is raw).
    expect(final.live).toBe(3);
  });

  it('a value returned stays alive until the caller binds it', () => {
    const trace = traceOf(src('def make():', '    t = (1, 2, 3)', '    return t', 'x = make()', 'y = 1'));
    const run = labPymallocOps(trace, '3.13');
    expect(run.ops.map((o) => o.op.op)).toEqual(['malloc']);
  });

  it('the same operations by version: str sizes follow the tables, 3.14 borrows 3.13', () => {
    const trace = traceOf(src(`s = 'x' * 100`, 'done = 1'));
    const size = (v: string) => (labPymallocOps(trace, v).ops[0]!.op as { size: number }).size;
    expect(size('3.11') - size('3.12')).toBe(8);
    expect(size('3.14')).toBe(size('3.13'));
    expect(labPymallocOps(trace, '3.14').sizesOf).toBe('3.13');
  });
});

// ---------------------------------------------------------------- property

const TYPES = [
  { t: 'tuple', k: 'tuple' as const, s: (n: number) => 24 + 4 * n },
  { t: 'list', k: 'list' as const, s: (n: number) => 28 + 4 * n },
  { t: 'dict', k: 'dict' as const, s: () => 40 },
];

/** Random steps: names bound to objects (often one another's items), calls and returns. */
const stepsArb = fc.array(
  fc.record({ kind: fc.integer({ min: 0, max: 9 }), name: fc.integer({ min: 0, max: 3 }), id: fc.integer({ min: 1, max: 12 }), type: fc.integer({ min: 0, max: 2 }), n: fc.integer({ min: 0, max: 100 }), child: fc.integer({ min: 0, max: 12 }) }),
  { maxLength: 80 },
);

interface RawStep {
  kind: number;
  name: number;
  id: number;
  type: number;
  n: number;
  child: number;
}

function deltasOf(raw: readonly RawStep[]): LabStepDelta[] {
  const out: LabStepDelta[] = [{ e: 'c', n: 1, f: '<module>' }];
  let depth = 1;
  for (const r of raw) {
    const ty = TYPES[r.type]!;
    const obj = { i: r.id, t: ty.t, k: ty.k, s: ty.s(r.n), r: 1, g: 1 as const, n: r.n, it: r.child > 0 ? [r.child] : [] };
    if (r.kind === 0 && depth < 4) {
      depth++;
      out.push({ e: 'c', n: 2, f: 'f', v: { p: r.id }, o: [obj] });
    } else if (r.kind === 1 && depth > 1) {
      depth--;
      out.push({ e: 'r', n: 3, rv: r.id, o: [obj] });
    } else if (r.kind <= 6) out.push({ e: 'l', n: 4, v: { [`v${r.name}`]: r.kind === 6 ? null : r.id }, o: [obj] });
    else out.push({ e: 'l', n: 5 });
  }
  return out;
}

describe('property: the live objects of the operations are what the frames reach', () => {
  it('after every step, the names alive in the simulator are the sized objects reached (plus held return values)', () => {
    fc.assert(
      fc.property(stepsArb, (raw) => {
        const deltas = deltasOf(raw);
        const trace = new LabTrace();
        trace.append(deltas);
        const run = labPymallocOps(trace, '3.13');
        // The operations replay without an error (no double free, no name reused while alive).
        simulatePymalloc(ops(run), { version: '3.13' });
        const alive = new Map<string, number>();
        let k = 0;
        for (let step = 1; step <= trace.length; step++) {
          for (; k < run.ops.length && run.ops[k]!.step <= step; k++) {
            const o = run.ops[k]!;
            if (o.part !== 'object') continue;
            if (o.op.op === 'malloc') alive.set(o.op.name!, o.id);
            else if (o.op.op === 'free') alive.delete(o.op.name);
          }
          // Reference: the sized objects reached from the frames and from the values returned
          // whose caller has not reached its next line yet (their evaluation stack holds them).
          const held = new Set<number>();
          for (let j = 0; j < step; j++) {
            const e = trace.event(j);
            if (e.kind !== 'return' || typeof e.delta.rv !== 'number') continue;
            let open = true;
            for (let m = j + 1; m < step; m++) {
              const later = trace.event(m);
              if ((later.kind === 'line' || later.kind === 'return') && later.depth <= e.depth - 1) open = false;
            }
            if (open) held.add(e.delta.rv);
          }
          const state = trace.stateAt(step);
          const roots = { ...state, frames: { top: { fn: '', args: [], line: 0, locals: new Map([...held].map((id, n) => [String(n), id])), returning: null }, below: state.frames, size: (state.frames?.size ?? 0) + 1 } };
          const reached = new Set(reachableObjects(roots, 1e9).filter((o) => o.type !== 'dict').map((o) => o.id));
          expect(new Set(alive.values())).toEqual(reached);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('stops whole steps at maxOps and says where', () => {
    const trace = new LabTrace();
    trace.append(deltasOf(Array.from({ length: 60 }, (_, i) => ({ kind: 2, name: i % 4, id: (i % 12) + 1, type: 1, n: 3, child: 0 }))));
    const run = labPymallocOps(trace, '3.13', { maxOps: 10 });
    expect(run.ops.length).toBeLessThanOrEqual(10);
    expect(run.cutAt).not.toBeNull();
    expect(run.ops.every((o) => o.step <= run.cutAt!)).toBe(true);
  });
});
