import { tableOf } from '../../i18n/messages';
import { t as message } from '../../i18n/messages';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attempt, SimError } from '../errors';
import { type Strings } from '../../i18n/lang';
import type { Trace } from '../trace';
import {
  FIT_POLICIES,
  applyAlloc,
  createAllocator,
  generateAllocProblem,
  narrateAlloc,
  parseAllocOps,
  simulateAllocator,
  type AllocEvent,
  type AllocOp,
  type Allocator,
  type Block,
  type FitPolicy,
  type HeapState,
} from './index';

const TABLES: Strings = tableOf(['stop.', 'alloc.', 'error.alloc.']);
/** The parsed operations without where they are written (syntax.test.ts checks that). */
const opsOf = (src: string): AllocOp[] => parseAllocOps(src).map(({ source: _, ...op }) => op);
const keys = new Set<string>();
function collect(t: Trace<HeapState, AllocEvent>): void {
  for (const e of t.events()) keys.add(e.msg.key);
  if (t.stopMsg) keys.add(t.stopMsg.key);
}
function simError(fn: () => unknown): SimError {
  const r = attempt(fn);
  if (r.ok) throw new Error('expected a SimError');
  keys.add(r.error.key);
  if (r.error.trace) collect(r.error.trace as Trace<HeapState, AllocEvent>);
  return r.error;
}

/**
 * A crafted heap (header 16, align 16, base 0x1000): holes of 64, 32, 128, 48(→48) and 96
 * payload bytes separated by 16-byte allocated blocks, ending with an allocated block.
 */
const HOLES = [64, 32, 128, 48, 96];
function crafted(policy: FitPolicy): Allocator {
  const sizes: number[] = [];
  for (const h of HOLES) sizes.push(16, h);
  sizes.push(16);
  const total = sizes.reduce((a, s) => a + s + 16, 0);
  const a = createAllocator({ size: total, policy });
  const ptrs = sizes.map((s) => a.malloc(s)!);
  expect(a.stats().free).toBe(0);
  ptrs.forEach((p, i) => {
    if (i % 2 === 1) a.free(p);
  });
  return a;
}
const holeAddr = (a: Allocator, size: number): number => a.stats().blocks.find((b) => b.free && b.size === size)!.address;

describe('allocator: policies on a crafted heap', () => {
  it('the crafted heap has the intended holes', () => {
    expect(crafted('first-fit').stats().blocks.filter((b) => b.free).map((b) => b.size)).toEqual(HOLES);
  });
  it('first-fit takes the lowest address that fits', () => {
    const a = crafted('first-fit');
    const [h64, h128] = [holeAddr(a, 64), holeAddr(a, 128)];
    expect(a.malloc(40)).toBe(h64);
    expect(a.malloc(100)).toBe(h128);
  });
  it('best-fit takes the smallest block that fits', () => {
    const a = crafted('best-fit');
    const want = holeAddr(a, 48);
    expect(a.malloc(40)).toBe(want);
    // exact fit stops the scan early
    const b = crafted('best-fit');
    b.malloc(64);
    expect(b.lastEvents().filter((e) => e.kind === 'search').map((e) => (e.kind === 'search' ? e.verdict : ''))).toEqual(['exact']);
  });
  it('worst-fit takes the largest block', () => {
    const a = crafted('worst-fit');
    const want = holeAddr(a, 128);
    expect(a.malloc(10)).toBe(want);
    expect(a.lastEvents().filter((e) => e.kind === 'search')).toHaveLength(HOLES.length);
  });
  it('next-fit continues after the last allocation and wraps around', () => {
    const a = crafted('next-fit');
    const h128 = holeAddr(a, 128);
    const h96 = holeAddr(a, 96);
    const h64 = holeAddr(a, 64);
    // the last allocation ended at the tail block: the search wraps to the start
    expect(a.malloc(40)).toBe(h64);
    // continues after it: 32 is too small, 128 fits (first-fit would also pick 128 here)
    expect(a.malloc(40)).toBe(h128);
    // continues after the 128 block: 48 is too small for 80, then 96
    expect(a.malloc(80)).toBe(h96);
    // wraps: what is left of 128 (128 − 48 − 16 = 64) is the first that fits 50
    expect(a.malloc(50)).toBe(h128 + 64);
  });
  it('malloc returns NULL (not an error) when no block is big enough', () => {
    const a = crafted('first-fit');
    expect(a.malloc(129)).toBeNull();
    expect(a.lastEvents().at(-1)).toMatchObject({ kind: 'fail', need: 144, largest: 128 });
  });
});

describe('allocator: splitting, sizes and stats', () => {
  it('rounds requests up, splits, and reports both kinds of fragmentation', () => {
    const a = createAllocator({ size: 256 });
    const p = a.malloc(20)!;
    expect(p).toBe(0x1010);
    expect(a.stats()).toMatchObject({ used: 32, free: 256 - 32 - 32, headers: 32, largestFree: 192, internalFragmentation: 12, externalFragmentation: 0 });
    const q = a.malloc(0)!;
    expect(a.stats().blocks.find((b) => b.address === q)).toMatchObject({ size: 16, requested: 0 });
    a.malloc(10);
    a.free(q);
    const s = a.stats();
    expect(s.free).toBe(16 + 128);
    expect(s.externalFragmentation).toBeCloseTo(1 - 128 / 144);
  });
  it('does not split off a remainder too small for a header and a payload', () => {
    const a = createAllocator({ size: 96 }); // one free block of 80
    const p = a.malloc(60)!; // needs 64; 16 left = one header, no payload
    expect(a.stats().blocks).toEqual([{ address: p, size: 80, free: false, requested: 60, zeroed: false }]);
    expect(a.stats().internalFragmentation).toBe(20);
    expect(a.stats().externalFragmentation).toBe(0);
  });
  it('headerSize 0 and other alignments work', () => {
    const a = createAllocator({ size: 64, headerSize: 0, align: 8, base: 0 });
    expect([a.malloc(1), a.malloc(9), a.malloc(8)]).toEqual([0, 8, 24]);
  });
  it('calloc marks zeroed blocks and rejects overflow', () => {
    const a = createAllocator({ size: 512 });
    const p = a.calloc(4, 25)!;
    expect(a.stats().blocks[0]).toMatchObject({ address: p, requested: 100, size: 112, zeroed: true });
    expect(simError(() => a.calloc(2 ** 32, 2 ** 32)).code).toBe('calloc-overflow');
    expect(a.calloc(2 ** 20, 2 ** 20)).toBeNull();
  });
  it('bad options and sizes are SimErrors', () => {
    for (const o of [{ size: 0 }, { size: 100 }, { size: 256, align: 12 }, { size: 256, headerSize: 8 }, { size: 256, base: 3 }, { size: 256, policy: 'any' as FitPolicy }]) {
      expect(simError(() => createAllocator(o)).code).toBe('bad-option');
    }
    const a = createAllocator({ size: 256 });
    for (const n of [-1, 1.5, NaN]) expect(simError(() => a.malloc(n)).code).toBe('bad-size');
  });
});

describe('allocator: free and coalescing', () => {
  it('coalesces with the next, the previous and both neighbours', () => {
    const a = createAllocator({ size: 16 * 16, policy: 'first-fit' });
    const [p, q, r, s] = [a.malloc(16)!, a.malloc(16)!, a.malloc(16)!, a.malloc(16)!];
    a.free(p);
    a.free(r);
    expect(a.stats().blocks.map((b) => b.free)).toEqual([true, false, true, false, true]);
    expect(a.lastEvents().map((e) => e.kind)).toEqual(['free']);
    a.free(s); // merges with r (previous) and the tail (next)
    expect(a.lastEvents().map((e) => e.kind)).toEqual(['free', 'coalesce', 'coalesce']);
    a.free(q); // merges with both neighbours: one free block again
    expect(a.stats().blocks).toEqual([{ address: 0x1010, size: 240, free: true, requested: 0 }]);
  });
  it('double free and foreign free are SimErrors, even after coalescing', () => {
    const a = createAllocator({ size: 256 });
    const p = a.malloc(16)!;
    const q = a.malloc(16)!;
    a.free(p);
    a.free(q); // q is merged into p's block: it no longer starts a block
    expect(simError(() => a.free(q)).code).toBe('double-free');
    expect(simError(() => a.free(p)).code).toBe('double-free');
    expect(simError(() => a.free(p + 8)).code).toBe('foreign-free');
    expect(simError(() => a.free(0x9999)).code).toBe('foreign-free');
    expect(a.malloc(16)).toBe(p); // handed out again: live, freeable once
    a.free(p);
    a.free(null);
    expect(a.lastEvents().map((e) => e.kind)).toEqual(['free-null']);
  });
});

describe('allocator: realloc', () => {
  it('shrinks in place and coalesces the tail with a free neighbour', () => {
    const a = createAllocator({ size: 512 });
    const p = a.malloc(200)!;
    expect(a.realloc(p, 50)).toBe(p);
    expect(a.lastEvents().map((e) => e.kind)).toEqual(['realloc-in-place', 'coalesce']);
    expect(a.stats().blocks).toHaveLength(2);
    expect(a.stats().blocks[0]).toMatchObject({ size: 64, requested: 50 });
  });
  it('keeps the block when the size barely changes', () => {
    const a = createAllocator({ size: 512 });
    const p = a.malloc(100)!;
    expect(a.realloc(p, 110)).toBe(p);
    expect(a.lastEvents()).toMatchObject([{ kind: 'realloc-in-place', rest: null, absorbed: null, size: 112 }]);
  });
  it('grows in place into a free next block', () => {
    const a = createAllocator({ size: 512 });
    const p = a.malloc(32)!;
    expect(a.realloc(p, 300)).toBe(p);
    expect(a.lastEvents()).toMatchObject([{ kind: 'realloc-in-place', oldSize: 32, size: 304 }]);
    expect(a.stats().blocks.map((b) => b.size)).toEqual([304, 512 - 16 - 304 - 16]);
  });
  it('moves (malloc + copy + free) when the next block is in use', () => {
    const a = createAllocator({ size: 512 });
    const p = a.malloc(32)!;
    const q = a.malloc(32)!;
    const r = a.realloc(p, 100)!;
    expect(r).toBe(q + 32 + 16);
    expect(a.lastEvents().map((e) => e.kind)).toEqual(['search', 'split', 'allocate', 'realloc-move', 'free']);
    expect(a.lastEvents()).toContainEqual(expect.objectContaining({ kind: 'realloc-move', from: p, to: r, bytes: 32 }));
    expect(simError(() => a.realloc(p, 10)).code).toBe('use-after-free');
    expect(simError(() => a.realloc(p + 1, 10)).code).toBe('foreign-pointer');
  });
  it('returns NULL and keeps the old block when the move fails', () => {
    const a = createAllocator({ size: 256 });
    const p = a.malloc(32)!;
    a.malloc(16);
    expect(a.realloc(p, 1000)).toBeNull();
    expect(a.stats().blocks[0]).toMatchObject({ address: p, free: false, requested: 32 });
  });
  it('realloc(NULL, n) is malloc and realloc(p, 0) frees p', () => {
    const a = createAllocator({ size: 256 });
    const p = a.realloc(null, 10)!;
    expect(a.stats().used).toBe(16);
    expect(a.realloc(p, 0)).toBeNull();
    expect(a.lastEvents().map((e) => e.kind)).toEqual(['realloc-zero', 'coalesce']);
    expect(a.stats().used).toBe(0);
    expect(simError(() => a.free(p)).code).toBe('double-free');
  });
});

describe('simulateAllocator on parsed scripts', () => {
  it('runs a script, narrating every step; realloc failure leaks like in C', () => {
    const { final, trace } = simulateAllocator(parseAllocOps('a = malloc 100, b = calloc 4 25, a = realloc a 200, free b, c = malloc 10, c = realloc c 9999, free c'), { size: 512, policy: 'best-fit' });
    collect(trace);
    expect(final.handles['c']).toEqual({ address: null, freed: false });
    expect(final.handles['b']?.freed).toBe(true);
    // c's old block is no longer labelled c (c holds NULL): it is leaked.
    expect(final.blocks.filter((b) => !b.free).map((b) => [b.id, b.leaked])).toEqual([
      ['a', undefined],
      [undefined, true],
    ]);
    expect(trace.stateAt(trace.length)).toEqual(final);
    expect(trace.event(trace.length - 1).msg.key).toBe('alloc.freeNull');
  });
  it('stops with the partial trace on a bad handle', () => {
    const e = simError(() => simulateAllocator([{ op: 'malloc', size: 8, name: 'a' }, { op: 'free', name: 'a' }, { op: 'free', name: 'a' }], { size: 256 }));
    expect([e.code, e.index]).toEqual(['double-free', 2]);
    expect((e.trace as Trace<HeapState, AllocEvent>).final.blocks).toHaveLength(1);
    expect(simError(() => simulateAllocator([{ op: 'free', name: 'x' }], { size: 256 })).code).toBe('unknown-handle');
    expect(simError(() => simulateAllocator([{ op: 'malloc', size: 8, name: 'a' }, { op: 'free', name: 'a' }, { op: 'realloc', name: 'a', size: 1 }], { size: 256 })).code).toBe('use-after-free');
    expect(simError(() => simulateAllocator([{ op: 'malloc', size: -1 }], { size: 256 })).index).toBe(0);
    expect(simError(() => simulateAllocator([{ op: 'malloc', size: 1, name: '1x' }], { size: 256 })).code).toBe('bad-name');
    expect(simError(() => simulateAllocator([], { size: 8 })).code).toBe('bad-option');
  });
  it('frees raw addresses: a live block, a foreign address, one already freed', () => {
    expect(opsOf('a = malloc 16, free 0x1010, free(0X1010)')).toEqual([
      { op: 'malloc', size: 16, name: 'a' },
      { op: 'free-address', address: 0x1010 },
      { op: 'free-address', address: 0x1010 },
    ]);
    // The default heap starts at 0x1000 with a 16-byte header: the first payload is 0x1010.
    const ok = simulateAllocator(parseAllocOps('a = malloc 16, b = malloc 16, free 0x1010'), { size: 256 });
    collect(ok.trace);
    expect(ok.final.handles['a']).toEqual({ address: 0x1010, freed: true }); // left dangling
    expect(ok.final.blocks[0]).toMatchObject({ address: 0x1010, free: true });
    const twice = simError(() => simulateAllocator(parseAllocOps('a = malloc 16, b = malloc 16, free a, free 0x1010'), { size: 256 }));
    expect([twice.code, twice.key, twice.index, twice.params['address']]).toEqual(['double-free', 'error.alloc.doubleFree', 3, '0x1010']);
    // Inside a block, or never handed out: foreign.
    for (const script of ['a = malloc 32, free 0x1018', 'free 0x2000', 'a = malloc 16, free a, b = malloc 64, free 0x1020']) {
      expect(simError(() => simulateAllocator(parseAllocOps(script), { size: 256 })).code).toBe('foreign-free');
    }
    // After freeing by address, freeing the dangling name is a double free too.
    expect(simError(() => simulateAllocator(parseAllocOps('a = malloc 16, free 0x1010, free a'), { size: 256 })).code).toBe('double-free');
    expect(simError(() => parseAllocOps('free 0xzz')).code).toBe('bad-size');
  });
  it('limits', () => {
    const ops: AllocOp[] = Array.from({ length: 5 }, () => ({ op: 'malloc', size: 8 }));
    const limited = simulateAllocator(ops, { size: 1024, maxSteps: 3 });
    collect(limited.trace);
    expect(limited.trace.stopped?.reason).toBe('step-limit');
    const tooLong = simulateAllocator(ops, { size: 1024, maxInputLength: 2 });
    collect(tooLong.trace);
    expect(tooLong.trace.stopped?.reason).toBe('input-limit');
  });
  it('narrates in both languages', () => {
    const t = simulateAllocator(parseAllocOps('a = malloc 10'), { size: 256 }).trace;
    const e = t.event(t.length - 1);
    expect(message('en', e.msg.key, e.msg.params)).toBe('malloc(10) returns 0x1010: a block of 16 bytes, of which 6 bytes go unused (internal fragmentation).');
    expect(message('ko', e.msg.key, e.msg.params)).toContain('내부 단편화');
  });
});

// ---------------------------------------------------------------------------------------
// Property tests against a plain reference written separately from the allocator.

interface RefConfig {
  size: number;
  policy: FitPolicy;
  align: number;
  headerSize: number;
  base: number;
}
const refNeed = (c: RefConfig, n: number): number => Math.max(c.align, Math.ceil(n / c.align) * c.align);

/** The policy's choice, computed from its definition (not by simulating the scan). */
function refChoice(c: RefConfig, blocks: readonly Block[], need: number, rover: number): number | null {
  const fits = blocks.filter((b) => b.free && b.size >= need);
  if (fits.length === 0) return null;
  if (c.policy === 'first-fit') return fits[0]!.address;
  if (c.policy === 'next-fit') return (fits.find((b) => b.address + b.size > rover) ?? fits[0]!).address;
  const target = c.policy === 'best-fit' ? Math.min(...fits.map((b) => b.size)) : Math.max(...fits.map((b) => b.size));
  return fits.find((b) => b.size === target)!.address;
}

/** Structural checks through a byte-by-byte occupancy map of the heap. */
function checkHeap(c: RefConfig, blocks: readonly Block[], midOp = false): void {
  const owner = new Int32Array(c.size).fill(-1);
  blocks.forEach((b, i) => {
    for (let x = b.address - c.headerSize; x < b.address + b.size; x++) {
      const k = x - c.base;
      if (k < 0 || k >= c.size) throw new Error(`block ${i} leaves the heap`);
      if (owner[k] !== -1) throw new Error(`blocks ${owner[k]} and ${i} overlap`);
      owner[k] = i;
    }
    if (b.size < c.align || b.size % c.align !== 0 || b.address % c.align !== 0) throw new Error('misaligned block');
    if (i > 0 && blocks[i - 1]!.address >= b.address) throw new Error('blocks out of order');
    if (!midOp && i > 0 && b.free && blocks[i - 1]!.free) throw new Error('two adjacent free blocks');
    if (b.free ? b.requested !== 0 : b.requested > b.size) throw new Error('requested does not fit');
  });
  if (owner.includes(-1)) throw new Error('the blocks do not cover the heap');
}

type PropOp =
  | { t: 'malloc'; n: number }
  | { t: 'calloc'; count: number; n: number }
  | { t: 'realloc'; pick: number; n: number }
  | { t: 'free'; pick: number }
  | { t: 'stale'; pick: number }
  | { t: 'foreign'; pick: number };

const sizeArb = fc.oneof(fc.integer({ min: 0, max: 64 }), fc.integer({ min: 0, max: 400 }), fc.constant(0));
const opArb: fc.Arbitrary<PropOp> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ t: fc.constant('malloc' as const), n: sizeArb }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('calloc' as const), count: fc.integer({ min: 0, max: 8 }), n: fc.integer({ min: 0, max: 40 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('realloc' as const), pick: fc.nat(), n: sizeArb }) },
  { weight: 4, arbitrary: fc.record({ t: fc.constant('free' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('stale' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('foreign' as const), pick: fc.nat() }) },
);
const configArb: fc.Arbitrary<RefConfig> = fc
  .record({
    policy: fc.constantFrom(...FIT_POLICIES),
    align: fc.constantFrom(8, 16),
    header: fc.constantFrom(0, 1, 2),
    blocks: fc.integer({ min: 4, max: 128 }),
  })
  .map(({ policy, align, header, blocks }) => ({ policy, align, headerSize: header * align, size: blocks * 16, base: 0x1000 }));

describe('allocator properties (reference model)', () => {
  it('tiles the heap, never overlaps live bytes, coalesces, and picks what the policy defines', () => {
    // how often each interesting case came up, so the property is known to exercise them
    const seen = new Map<string, number>();
    const saw = (what: string): void => void seen.set(what, (seen.get(what) ?? 0) + 1);
    fc.assert(
      fc.property(configArb, fc.array(opArb, { minLength: 10, maxLength: 60, size: 'max' }), (c, ops) => {
        const a = createAllocator(c);
        // live payload address → [requested bytes, tag]; mem holds each live byte's tag
        const live = new Map<number, { n: number; tag: number }>();
        const mem = new Int32Array(c.size);
        const stale: number[] = [];
        let tag = 0;
        let rover = c.base;
        const claim = (addr: number, from: number, to: number, t: number): void => {
          for (let x = addr + from; x < addr + to; x++) {
            if (mem[x - c.base] !== 0) throw new Error('a new allocation overlaps live bytes');
            mem[x - c.base] = t;
          }
        };
        const release = (addr: number, from: number, to: number): void => {
          for (let x = addr + from; x < addr + to; x++) mem[x - c.base] = 0;
        };
        const handOut = (addr: number, n: number): void => {
          live.set(addr, { n, tag: ++tag });
          claim(addr, 0, n, tag);
          const i = stale.indexOf(addr);
          if (i >= 0) stale.splice(i, 1);
        };
        const blockAt = (addr: number): Block => a.stats().blocks.find((b) => b.address === addr)!;
        const afterSearch = (addr: number): void => {
          rover = addr + blockAt(addr).size;
        };
        for (const o of ops) {
          const before = a.stats().blocks;
          const addrs = [...live.keys()];
          if (o.t === 'malloc' || o.t === 'calloc') {
            const n = o.t === 'malloc' ? o.n : o.count * o.n;
            const want = refChoice(c, before, refNeed(c, n), rover);
            const got = o.t === 'malloc' ? a.malloc(n) : a.calloc(o.count, o.n);
            expect(got).toBe(want);
            saw(got === null ? 'malloc-null' : 'malloc');
            if (got !== null) {
              handOut(got, n);
              afterSearch(got);
            }
          } else if (o.t === 'free' || o.t === 'realloc') {
            if (addrs.length === 0) continue;
            const p = addrs[o.pick % addrs.length]!;
            const { n: old, tag: t } = live.get(p)!;
            if (o.t === 'free') {
              a.free(p);
              saw(a.lastEvents().length === 3 ? 'free-both' : 'free');
              release(p, 0, old);
              live.delete(p);
              stale.push(p);
              continue;
            }
            const i = before.findIndex((b) => b.address === p);
            const blk = before[i]!;
            const next = before[i + 1];
            const need = refNeed(c, o.n);
            const inPlace = need <= blk.size || (next?.free === true && blk.size + c.headerSize + next.size >= need);
            const want = o.n === 0 ? null : inPlace ? p : refChoice(c, before, need, rover);
            const got = a.realloc(p, o.n);
            expect(got).toBe(want);
            saw(o.n === 0 ? 'realloc-zero' : got === p ? 'realloc-in-place' : got === null ? 'realloc-null' : 'realloc-move');
            if (o.n === 0) {
              release(p, 0, old);
              live.delete(p);
              stale.push(p);
            } else if (got === p) {
              if (o.n < old) release(p, o.n, old);
              else claim(p, old, o.n, t);
              live.set(p, { n: o.n, tag: t });
            } else if (got !== null) {
              // the copy keeps the first min(old, n) bytes; the rest of the new block is new
              const kept = Math.min(old, o.n);
              for (let x = 0; x < kept; x++) if (mem[p + x - c.base] !== t) throw new Error('lost bytes before the move');
              release(p, 0, old);
              live.delete(p);
              stale.push(p);
              live.set(got, { n: o.n, tag: t });
              claim(got, 0, o.n, t);
              const j = stale.indexOf(got);
              if (j >= 0) stale.splice(j, 1);
              afterSearch(got);
            }
          } else if (o.t === 'stale') {
            if (stale.length === 0) continue;
            const p = stale[o.pick % stale.length]!;
            expect(attempt(() => a.free(p))).toMatchObject({ ok: false, error: { code: 'double-free' } });
            saw('double-free');
          } else {
            const p = c.base + (o.pick % c.size) + 1;
            if (live.has(p) || stale.includes(p)) continue;
            if (before.some((b) => b.address === p)) continue;
            expect(attempt(() => a.free(p))).toMatchObject({ ok: false, error: { code: 'foreign-free' } });
            saw('foreign-free');
          }
          const s = a.stats();
          checkHeap(c, s.blocks);
          expect(s.used + s.free + s.headers).toBe(c.size);
          // every live allocation's bytes lie inside its own allocated block, tagged as its own
          const allocated = s.blocks.filter((b) => !b.free);
          expect(allocated.map((b) => b.address).sort((x, y) => x - y)).toEqual([...live.keys()].sort((x, y) => x - y));
          for (const b of allocated) {
            const l = live.get(b.address)!;
            expect(b.requested).toBe(l.n);
            for (let x = 0; x < l.n; x++) if (mem[b.address + x - c.base] !== l.tag) throw new Error('bytes left their block');
          }
          expect(s.largestFree).toBe(Math.max(0, ...s.blocks.filter((b) => b.free).map((b) => b.size)));
        }
      }),
      { numRuns: 1000 },
    );
    if (process.env['HEAP_STATS']) console.log(JSON.stringify(Object.fromEntries(seen)));
    for (const what of ['malloc', 'malloc-null', 'realloc-zero', 'realloc-in-place', 'realloc-null', 'realloc-move', 'free', 'free-both', 'double-free', 'foreign-free']) {
      expect([what, (seen.get(what) ?? 0) > 50]).toEqual([what, true]);
    }
    {
    }
  });

  const nameArb = fc.constantFrom('a', 'b', 'c', 'd');
  const scriptArb: fc.Arbitrary<AllocOp[]> = fc.array(
    fc.oneof(
      fc.record({ op: fc.constant('malloc' as const), size: sizeArb, name: nameArb }),
      fc.record({ op: fc.constant('calloc' as const), count: fc.integer({ min: 0, max: 5 }), size: fc.integer({ min: 0, max: 50 }), name: nameArb }),
      fc.record({ op: fc.constant('realloc' as const), name: nameArb, size: sizeArb }),
      fc.record({ op: fc.constant('free' as const), name: nameArb }),
    ),
    { minLength: 5, maxLength: 40, size: 'max' },
  );

  it('simulateAllocator agrees with the mutable allocator, replays, and narrates every key in en + ko', () => {
    fc.assert(
      fc.property(configArb, scriptArb, (c, script) => {
        // keep only scripts whose handles are valid, tracking them the way C code would
        const ok: AllocOp[] = [];
        const st = new Map<string, boolean>();
        for (const o of script) {
          if (o.op === 'malloc' || o.op === 'calloc') st.set(o.name!, false);
          else if (o.op === 'free-address' || st.get(o.name) !== false) continue;
          else if (o.op === 'free') st.set(o.name, true);
          ok.push(o);
        }
        const { final, trace } = simulateAllocator(ok, c);
        const a = createAllocator(c);
        const ptr = new Map<string, number | null>();
        for (const o of ok) {
          if (o.op === 'malloc') ptr.set(o.name!, a.malloc(o.size));
          else if (o.op === 'calloc') ptr.set(o.name!, a.calloc(o.count, o.size));
          else if (o.op === 'realloc') ptr.set(o.name, a.realloc(ptr.get(o.name)!, o.size));
          else if (o.op === 'free') a.free(ptr.get(o.name)!);
        }
        // Names (and so leaks) are the simulator's: the mutable allocator only hands out addresses.
        const strip = (bs: readonly Block[]): Block[] => bs.map(({ id: _id, leaked: _leaked, ...b }) => b);
        expect(strip(final.blocks)).toEqual(strip(a.snapshot().blocks));
        expect(final.rover).toBe(a.snapshot().rover);
        for (const [name, p] of ptr) if (!final.handles[name]!.freed) expect(final.handles[name]!.address).toBe(p);
        let s = trace.initial;
        for (let i = 0; i < trace.length; i++) {
          const e = trace.event(i);
          if (!TABLES[e.msg.key]?.en || !TABLES[e.msg.key]?.ko) throw new Error(`missing message ${e.msg.key}`);
          s = applyAlloc(s, e);
          // a split leaves two free blocks side by side until the allocate that follows it
          checkHeap(c, s.blocks, i + 1 < trace.length && trace.event(i + 1).op === e.op);
        }
        expect(s).toEqual(final);
        expect(final.op).toBe(ok.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('generateAllocProblem: the answer is the block the policy defines, with real choices to make', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(...FIT_POLICIES), (seed, policy) => {
        const p = generateAllocProblem(seed, policy);
        expect(generateAllocProblem(seed, policy)).toEqual(p);
        const c = p.state.config;
        checkHeap(c, p.state.blocks);
        const holes = p.state.blocks.filter((b) => b.free);
        expect(holes.length).toBeGreaterThanOrEqual(4);
        expect(new Set(holes.map((b) => b.size)).size).toBe(holes.length);
        expect(holes.filter((b) => b.size >= p.need).length).toBeGreaterThanOrEqual(2);
        expect(holes.some((b) => b.size < p.need)).toBe(true);
        expect(p.need).toBe(refNeed(c, p.request));
        const want = refChoice(c, p.state.blocks, p.need, p.state.rover);
        expect(p.state.blocks[p.answer]!.address).toBe(want);
        // the allocator, brought to this very state through its public API, allocates there
        const a = rebuild(p.state);
        expect(a.malloc(p.request)).toBe(want);
        checkHeap(c, a.stats().blocks);
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * Reaches a generated state with malloc/free: allocate every block in order (an empty heap
 * has one free block, so every policy takes it), re-allocate the block whose end is the
 * rover (it is then the only free block), then free the holes.
 */
function rebuild(state: HeapState): Allocator {
  const a = createAllocator(state.config);
  const ptrs = state.blocks.map((b) => a.malloc(b.size)!);
  const k = state.blocks.findIndex((b) => b.address + b.size === state.rover);
  if (k >= 0) {
    a.free(ptrs[k]!);
    expect(a.malloc(state.blocks[k]!.size)).toBe(ptrs[k]);
  }
  state.blocks.forEach((b, i) => {
    if (b.free) a.free(ptrs[i]!);
  });
  const snap = a.snapshot();
  expect(snap.blocks.map((b) => [b.address, b.size, b.free])).toEqual(state.blocks.map((b) => [b.address, b.size, b.free]));
  if (state.config.policy === 'next-fit') expect(snap.rover).toBe(state.rover);
  return a;
}

describe('messages', () => {
  it('every emitted key has an English and a Korean sentence with the same placeholders', () => {
    // a few more corners
    collect(simulateAllocator(parseAllocOps('a = malloc 8, b = malloc 8, c = malloc 8, free a, free c, d = malloc 8, free b'), { size: 256, policy: 'worst-fit' }).trace);
    collect(simulateAllocator(parseAllocOps('a = malloc 64, b = malloc 8, c = malloc 32, d = malloc 8, free a, free c, e = malloc 30, f = malloc 1'), { size: 256, policy: 'best-fit' }).trace);
    collect(simulateAllocator(parseAllocOps('a = malloc 8, a = realloc a 64, a = realloc a 8, a = realloc a 8, b = malloc 8, a = realloc a 100, a = realloc a 0, free a'), { size: 512, policy: 'next-fit' }).trace);
    collect(simulateAllocator(parseAllocOps('a = malloc 200, b = malloc 8, a = realloc a 9999, x = calloc 1 8, y = malloc 9999'), { size: 512 }).trace);
    const a = createAllocator({ size: 256 });
    const p = a.malloc(8);
    a.realloc(p, 9999);
    for (const e of a.lastEvents()) keys.add(narrate(e));
    for (const [policy, n] of [['best-fit', 40], ['worst-fit', 10]] as const) {
      const h = crafted(policy);
      h.malloc(n);
      for (const e of h.lastEvents()) keys.add(narrate(e));
    }
    simError(() => createAllocator({ size: 256 }).realloc(0x99, 1));
    const missing = [...keys].filter((k) => !TABLES[k]?.en || !TABLES[k]?.ko);
    expect(missing).toEqual([]);
    const allKeys = Object.keys(tableOf(['alloc.', 'error.alloc.'])).filter((k) => !k.startsWith('error.'));
    expect(allKeys.filter((k) => !keys.has(k))).toEqual([]);
    const names = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
    for (const [key, t] of Object.entries(tableOf(['alloc.', 'error.alloc.']))) {
      expect([key, names(t.ko)]).toEqual([key, names(t.en)]);
      expect(t.ko).toMatch(/[가-힣]/);
    }
  });
});

const narrate = (e: AllocEvent): string => narrateAlloc(e).key;
