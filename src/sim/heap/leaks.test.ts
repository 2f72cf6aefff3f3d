import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attempt } from '../errors';
import type { Trace } from '../trace';
import { leakSummary, parseAllocOps, simulateAllocator, type AllocEvent, type AllocOp, type HeapState } from './index';

/** The heap after a script (or after the commands before its run-time error). */
function finalOf(src: string, size = 1024): HeapState {
  return simulateAllocator(parseAllocOps(src), { size }).final;
}
const live = (s: HeapState) => s.blocks.filter((b) => !b.free).map((b) => ({ id: b.id, leaked: b.leaked === true, requested: b.requested }));

describe('leaks: which name labels which block', () => {
  it('a name given a new block no longer labels the old one, which is marked leaked', () => {
    const s = finalOf('a = malloc(10)\na = malloc(20)');
    expect(live(s)).toEqual([
      { id: undefined, leaked: true, requested: 10 },
      { id: 'a', leaked: false, requested: 20 },
    ]);
    expect(leakSummary(s)).toEqual({ lost: { bytes: 10, blocks: 1 }, reachable: { bytes: 20, blocks: 1 } });
  });
  it('freeing every block leaves nothing lost or reachable', () => {
    expect(leakSummary(finalOf('a = malloc 10, b = calloc 2 8, a = realloc a 40, free a, free b'))).toEqual({ lost: { bytes: 0, blocks: 0 }, reachable: { bytes: 0, blocks: 0 } });
  });
  it('realloc that moves a block keeps one labelled block, not a leak', () => {
    const s = finalOf('a = malloc 16, b = malloc 16, a = realloc a 200');
    expect(live(s)).toEqual([
      { id: 'b', leaked: false, requested: 16 },
      { id: 'a', leaked: false, requested: 200 },
    ]);
  });
  it('a failed realloc stores NULL in its name and leaks the old block; a failed malloc too', () => {
    expect(live(finalOf('a = malloc 16, a = realloc a 5000'))).toEqual([{ id: undefined, leaked: true, requested: 16 }]);
    expect(leakSummary(finalOf('a = malloc 16, a = malloc 5000'))).toEqual({ lost: { bytes: 16, blocks: 1 }, reachable: { bytes: 0, blocks: 0 } });
  });
  it('a malloc without a name is lost at once, and freeing it by address ends the leak', () => {
    expect(live(finalOf('malloc 24'))).toEqual([{ id: undefined, leaked: true, requested: 24 }]);
    expect(leakSummary(finalOf('malloc 24, free 0x1010')).lost).toEqual({ bytes: 0, blocks: 0 });
  });
  it('a freed (dangling) name given a new block leaks nothing', () => {
    expect(leakSummary(finalOf('a = malloc 10, free a, a = malloc 30')).lost.blocks).toBe(0);
  });
});

// The property: a plain reference that knows nothing of addresses follows which allocation each
// name holds; the simulator's labels and leak marks must say the same after every command.
type Op = AllocOp;
const NAMES = ['a', 'b', 'c'];
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('malloc' as const), size: fc.integer({ min: 0, max: 120 }), name: fc.constantFrom(...NAMES) }),
  fc.record({ op: fc.constant('malloc' as const), size: fc.integer({ min: 0, max: 60 }) }),
  fc.record({ op: fc.constant('calloc' as const), count: fc.integer({ min: 1, max: 4 }), size: fc.integer({ min: 1, max: 30 }), name: fc.constantFrom(...NAMES) }),
  fc.record({ op: fc.constant('realloc' as const), name: fc.constantFrom(...NAMES), size: fc.integer({ min: 0, max: 200 }) }),
  fc.record({ op: fc.constant('free' as const), name: fc.constantFrom(...NAMES) }),
);

interface RefBlock {
  requested: number;
  holder: string | null;
}

/**
 * The reference: name → allocation, allocations as plain records. `failed(op)` says whether
 * operation `op` returned NULL (the heap's fullness is the simulator's business, not the names').
 */
function reference(ops: readonly Op[], failed: (op: number) => boolean): RefBlock[][] {
  const names = new Map<string, RefBlock | null | 'freed'>();
  const blocks = new Set<RefBlock>();
  const out: RefBlock[][] = [];
  const drop = (name: string): void => {
    const held = names.get(name);
    if (held && held !== 'freed') held.holder = null;
  };
  ops.forEach((o, i) => {
    if (o.op === 'malloc' || o.op === 'calloc') {
      const requested = o.op === 'malloc' ? o.size : o.count * o.size;
      const name = o.name ?? null;
      if (name !== null) drop(name);
      if (failed(i)) {
        if (name !== null) names.set(name, null);
      } else {
        const b: RefBlock = { requested, holder: name };
        blocks.add(b);
        if (name !== null) names.set(name, b);
      }
    } else if (o.op === 'free') {
      const held = names.get(o.name);
      if (held && held !== 'freed') {
        blocks.delete(held);
        names.set(o.name, 'freed');
      }
    } else if (o.op === 'realloc') {
      const held = names.get(o.name)!;
      if (held === null) {
        if (!failed(i)) {
          const b: RefBlock = { requested: o.size, holder: o.name };
          blocks.add(b);
          names.set(o.name, b);
        }
      } else if (held !== 'freed') {
        if (o.size === 0) {
          blocks.delete(held);
          names.set(o.name, null);
        } else if (failed(i)) {
          drop(o.name);
          names.set(o.name, null);
        } else {
          held.requested = o.size;
        }
      }
    }
    out.push([...blocks].map((b) => ({ ...b })));
  });
  return out;
}

const key = (xs: { requested: number; holder: string | null }[]): string[] => xs.map((b) => `${b.holder ?? '(lost)'}:${b.requested}`).sort();

describe('leaks: the labels follow the names (property, against a plain reference)', () => {
  it('after every command, the live blocks carry the names that hold them; the others are leaked', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), fc.constantFrom(256, 512, 1024), (ops, size) => {
        const r = attempt(() => simulateAllocator(ops, { size }));
        // An error (free of an unknown or freed name…) ends the script there: compare up to it.
        const trace = (r.ok ? r.value.trace : r.error.trace) as Trace<HeapState, AllocEvent> | undefined;
        if (!trace) return;
        const ran = r.ok ? ops.length : Number(r.error.params['op']);
        const failedOps = new Set<number>();
        const lastEvent = new Map<number, number>();
        for (let i = 0; i < trace.length; i++) {
          const e = trace.event(i);
          if (e.kind === 'fail') failedOps.add(e.op);
          lastEvent.set(e.op, i + 1);
        }
        const expected = reference(ops.slice(0, ran), (op) => failedOps.has(op));
        expected.forEach((blocks, op) => {
          const s = trace.stateAt(lastEvent.get(op) ?? 0);
          const got = s.blocks.filter((b) => !b.free).map((b) => ({ requested: b.requested, holder: b.leaked ? null : (b.id ?? null) }));
          expect(key(got)).toEqual(key(blocks));
          // A block is leaked exactly when it has no name.
          for (const b of s.blocks) if (!b.free) expect(b.leaked === true).toBe(b.id === undefined);
          const lost = blocks.filter((b) => b.holder === null);
          expect(leakSummary(s).lost).toEqual({ bytes: lost.reduce((n, b) => n + b.requested, 0), blocks: lost.length });
        });
      }),
      { numRuns: 400 },
    );
  });
});
