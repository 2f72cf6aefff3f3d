import { tableOf } from '../../i18n/messages';
import { placeholderNames } from '../../i18n/render';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attempt } from '../errors';
import {
  PYMALLOC_MAX_BULK,
  PYMALLOC_MAX_TOTAL,
  objectsAllocated,
  PYMALLOC_VERSIONS,
  arenasInUse,
  blocksPerPool,
  createPymalloc,
  emptyPymallocTrace,
  pymallocConfig,
  simulatePymalloc,
  sizeClassOf,
  statsOfState,
  type PymallocOp,
  type PymallocState,
} from './index';

function codeOf(fn: () => unknown): string {
  const r = attempt(fn);
  if (r.ok) throw new Error('expected a SimError');
  return r.error.code;
}

const small = (p: ReturnType<typeof createPymalloc>, n: number) => {
  const b = p.malloc(n);
  if (b.raw) throw new Error('expected a pymalloc block');
  return b;
};

describe('createPymalloc: one request at a time', () => {
  it('a float (24 bytes) takes a 32-byte block of class 1; the next one sits 32 bytes further', () => {
    const p = createPymalloc({ version: '3.11' });
    const a = small(p, 24);
    const b = small(p, 24);
    expect([a.sizeClass, a.blockSize, a.arena, a.pool, a.block]).toEqual([1, 32, 0, 0, 0]);
    expect(b.address - a.address).toBe(32);
    expect(b.block).toBe(1);
    expect(p.lastEvents().map((e) => e.kind)).toEqual(['request', 'alloc']);
  });

  it('the first request maps an arena and sets up a pool; the pool header takes 48 bytes', () => {
    const p = createPymalloc({ version: '3.9' });
    const a = small(p, 100);
    expect(p.lastEvents().map((e) => e.kind)).toEqual(['request', 'new-arena', 'take-pool', 'alloc']);
    const s = p.state();
    expect(a.address).toBe(s.arenas[0]!.firstPool + 48);
    expect(s.arenas[0]!.firstPool).toBe(s.arenas[0]!.base); // 4 KiB pools: page-aligned
    const q = createPymalloc({ version: '3.10' });
    small(q, 100);
    const r = q.state().arenas[0]!;
    expect(r.firstPool % 16384).toBe(0);
    expect(r.firstPool - r.base).toBeGreaterThan(0); // one pool given up to alignment: 63 usable
    expect(r.pools.length).toBe(63);
  });

  it('0 bytes and more than 512 bytes go to the raw allocator', () => {
    const p = createPymalloc({ version: '3.13' });
    expect(p.malloc(0).raw).toBe(true);
    expect(p.malloc(513).raw).toBe(true);
    expect(p.malloc(512).raw).toBe(false);
    const st = p.stats();
    expect([st.rawBlocks, st.rawBytes, st.arenasInUse]).toEqual([2, 513, 1]);
  });

  it('blocks are carved lazily: a fresh pool links two blocks, then one more each time the list runs dry', () => {
    const p = createPymalloc({ version: '3.12' });
    small(p, 24);
    expect(p.state().arenas[0]!.pools[0]).toMatchObject({ status: 'used', used: 1, carved: 2, capacity: 510 });
    small(p, 24);
    expect(p.state().arenas[0]!.pools[0]).toMatchObject({ used: 2, carved: 3 });
    for (let i = 0; i < 10; i++) small(p, 24);
    expect(p.state().arenas[0]!.pools[0]).toMatchObject({ used: 12, carved: 13 });
  });

  it('freed blocks are reused last-in, first-out', () => {
    const p = createPymalloc({ version: '3.13' });
    const [a, b, c] = [small(p, 40), small(p, 40), small(p, 40)];
    p.free(a.address);
    p.free(c.address);
    const d = small(p, 40);
    const e = small(p, 40);
    expect([d.address, e.address]).toEqual([c.address, a.address]);
    expect([d.reused, e.reused]).toEqual([true, true]);
    expect(small(p, 40).address).toBe(c.address + 48); // then the next fresh block
    expect(b.block).toBe(1);
  });

  it('a full pool leaves usedpools; freeing one of its blocks links it at the front again', () => {
    const v = '3.9';
    const cap = blocksPerPool(31, v); // 512-byte blocks: 7 per 4 KiB pool
    const p = createPymalloc({ version: v });
    const first = Array.from({ length: cap }, () => small(p, 512));
    expect(p.lastEvents().map((e) => e.kind)).toEqual(['request', 'alloc', 'pool-full']);
    const other = small(p, 512);
    expect(other.pool).toBe(1);
    p.free(first[3]!.address);
    expect(p.lastEvents().map((e) => e.kind)).toEqual(['free', 'pool-relinked']);
    const again = small(p, 512);
    expect([again.pool, again.address]).toEqual([0, first[3]!.address]);
  });

  it('an empty pool goes to its arena\'s freepools and can serve another class', () => {
    const p = createPymalloc({ version: '3.13' });
    const x = small(p, 24); // class 1 → pool 0
    small(p, 64); // class 3 → pool 1
    p.free(x.address);
    expect(p.lastEvents().map((e) => e.kind)).toEqual(['free', 'pool-empty']);
    const z = small(p, 200); // class 12: pool 0 from freepools, not a fresh pool 2
    expect([z.pool, z.block, z.reused]).toEqual([0, 0, false]);
    expect(p.lastEvents().find((e) => e.kind === 'take-pool')).toMatchObject({ from: 'freepools', keptList: false });
  });

  it('an empty pool reused for the class it last served keeps its free list', () => {
    const p = createPymalloc({ version: '3.13' });
    const a = small(p, 24);
    const b = small(p, 24);
    small(p, 64); // keeps the arena busy
    p.free(b.address);
    p.free(a.address);
    const c = small(p, 24);
    expect(p.lastEvents().find((e) => e.kind === 'take-pool')).toMatchObject({ from: 'freepools', keptList: true });
    expect(c.address).toBe(a.address);
  });

  it('double free and unknown addresses are SimErrors; the names have both languages', () => {
    const p = createPymalloc({ version: '3.13' });
    const a = small(p, 24);
    p.free(a.address);
    expect(codeOf(() => p.free(a.address))).toBe('double-free');
    expect(codeOf(() => p.free(a.address + 8))).toBe('unknown-address');
    expect(codeOf(() => p.malloc(-1))).toBe('bad-size');
    expect(codeOf(() => p.malloc(1.5))).toBe('bad-size');
    expect(codeOf(() => createPymalloc({ version: '3.7' }))).toBe('unknown-version');
    // A reused address is live again, then freeable once.
    const b = small(p, 24);
    expect(b.address).toBe(a.address);
    p.free(b.address);
  });
});

describe('arenas: ordering, freeing and the 3.9 change', () => {
  it('3.8 frees every arena once everything is freed; 3.9+ keeps exactly one', () => {
    for (const v of PYMALLOC_VERSIONS) {
      const { final } = simulatePymalloc(
        [
          { op: 'malloc-many', size: 24, count: 60_000, prefix: 'f' },
          { op: 'malloc-many', size: 300, count: 5_000, prefix: 's' },
          { op: 'free-many' },
        ],
        { version: v },
      );
      expect(final.arenasAllocated).toBeGreaterThan(2);
      expect([v, arenasInUse(final)]).toEqual([v, pymallocConfig(v).keepsOneEmptyArena ? 1 : 0]);
      expect(final.live).toBe(0);
    }
  }, 20_000);

  it('a loop of malloc + free maps and unmaps an arena each time on 3.8 only (bpo-37257)', () => {
    const loop: PymallocOp[] = Array.from({ length: 10 }, () => [
      { op: 'malloc', size: 24, name: 'x' } as const,
      { op: 'free', name: 'x' } as const,
    ]).flat();
    expect(simulatePymalloc(loop, { version: '3.8' }).final.arenasAllocated).toBe(10);
    expect(simulatePymalloc(loop, { version: '3.9' }).final.arenasAllocated).toBe(1);
  });

  it('0.1% survivors pin almost every arena: freeing all but every 1000th releases nothing', () => {
    for (const v of ['3.8', '3.13']) {
      const ops: PymallocOp[] = [
        { op: 'malloc-many', size: 64, count: 100_000, prefix: 't' },
        { op: 'free-many', prefix: 't', keepEvery: 1000 },
        { op: 'free-many', prefix: 't' },
      ];
      const { trace } = simulatePymalloc(ops, { version: v });
      const events = [...trace.events()];
      const after = (op: number) => trace.stateAt(events.findIndex((e) => e.op === op + 1));
      const allocated = after(0);
      const pinned = after(1);
      expect(pinned.live).toBe(100);
      expect(arenasInUse(allocated)).toBeGreaterThan(5);
      expect(arenasInUse(pinned)).toBe(arenasInUse(allocated));
      expect(arenasInUse(trace.final)).toBe(v === '3.8' ? 0 : 1);
    }
  }, 20_000);

  it('usable_arenas stays sorted by free pools and new pools come from its head', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(30), fc.nat(1_000_000)), { minLength: 1, maxLength: 120 }), (steps) => {
        const p = createPymalloc({ version: '3.9' });
        const live: number[] = [];
        for (const [alloc, cls, pick] of steps) {
          if (alloc || live.length === 0) {
            // Bursts of 300 blocks fill several pools and arenas quickly.
            for (let k = 0; k < 300; k++) live.push(small(p, 16 * (cls + 1)).address);
          } else {
            for (let k = 0; k < 200 && live.length > 0; k++) p.free(live.splice((pick + k * 7919) % live.length, 1)[0]!);
          }
          const s = p.state();
          const counts = s.usable.map((i) => s.arenas[i]!.freePools);
          expect(counts).toEqual(counts.slice().sort((a, b) => a - b));
          const withFree = s.arenas.filter((a) => a.mapped && a.freePools > 0).map((a) => a.index).sort((a, b) => a - b);
          expect(s.usable.slice().sort((a, b) => a - b)).toEqual(withFree);
          for (const e of p.lastEvents()) if (e.kind === 'take-pool') expect(e.arena).toBe(s.usable[0] ?? e.arena);
        }
      }),
      { numRuns: 25 },
    );
  }, 20_000);
});

describe('names of live objects (bulk objects are kept per allocation, not per name)', () => {
  type Op = PymallocOp;
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ op: fc.constant('malloc' as const), size: fc.integer({ min: 1, max: 512 }), name: fc.constantFrom('x', 'y', 'z') }),
    fc.record({ op: fc.constant('malloc' as const), size: fc.integer({ min: 1, max: 512 }) }),
    fc.record({ op: fc.constant('malloc-many' as const), size: fc.integer({ min: 1, max: 512 }), count: fc.integer({ min: 1, max: 40 }), prefix: fc.constantFrom('a', 'b') }),
    fc.record({ op: fc.constant('free' as const), name: fc.oneof(fc.constantFrom('x', 'y', 'z'), fc.tuple(fc.constantFrom('a', 'b'), fc.nat(60)).map(([p, i]) => `${p}[${i}]`)) }),
    fc.record({ op: fc.constant('free-newest' as const), prefix: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }) }).map((o) => (o.prefix === undefined ? { op: 'free-newest' as const } : o)),
    fc.record({ op: fc.constant('free-many' as const), prefix: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }), keepEvery: fc.option(fc.integer({ min: 2, max: 4 }), { nil: undefined }) }).map((o) => {
      const out: Op = { op: 'free-many', ...(o.prefix === undefined ? {} : { prefix: o.prefix }), ...(o.keepEvery === undefined ? {} : { keepEvery: o.keepEvery }) };
      return out;
    }),
  );

  /** Plain reference: one Map of live names in allocation order (a name allocated again goes last). */
  function reference(ops: readonly Op[]): { error: string | null; freed: string[]; live: number }[] {
    const live = new Map<string, true>();
    const next = new Map<string, number>();
    let anon = 0;
    const named = (prefix?: string) => [...live.keys()].filter((n) => prefix === undefined || n.startsWith(`${prefix}[`));
    return ops.map((o) => {
      let error: string | null = null;
      const freed: string[] = [];
      if (o.op === 'malloc') {
        const name = o.name ?? `#${++anon}`;
        if (live.has(name)) error = 'name-in-use';
        else live.set(name, true);
      } else if (o.op === 'malloc-many') {
        const start = next.get(o.prefix) ?? 0;
        next.set(o.prefix, start + o.count);
        for (let k = 0; k < o.count; k++) live.set(`${o.prefix}[${start + k}]`, true);
      } else if (o.op === 'free') {
        if (!live.has(o.name)) error = 'unknown-name';
        else freed.push(o.name);
      } else if (o.op === 'free-newest') {
        const all = named(o.prefix);
        if (all.length === 0) error = 'nothing-live';
        else freed.push(all.at(-1)!);
      } else if (o.op === 'free-many') {
        named(o.prefix).forEach((n, k) => {
          if (o.keepEvery === undefined || k % o.keepEvery !== 0) freed.push(n);
        });
      }
      for (const n of freed) live.delete(n);
      return { error, freed, live: live.size };
    });
  }

  it('which object each free takes, and the errors, agree with one map of names (property)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.constantFrom('3.8', '3.13'), (ops, version) => {
        const p = createPymalloc({ version });
        const got = ops.map((o) => {
          const r = attempt(() => p.run(o));
          const events = r.ok ? p.lastEvents() : [];
          const freed = events.flatMap((e) => (e.kind === 'free' ? [e.name] : []));
          const bulk = events.find((e) => e.kind === 'bulk-free');
          return { error: r.ok ? null : r.error.code, freed: o.op === 'free-many' ? [] : freed, many: bulk?.kind === 'bulk-free' ? bulk.count : null, live: p.state().live };
        });
        const want = reference(ops);
        expect(got.map((g) => ({ error: g.error, freed: g.freed, live: g.live }))).toEqual(
          want.map((w, k) => ({ error: w.error, freed: ops[k]!.op === 'free-many' ? [] : w.freed, live: w.live })),
        );
        got.forEach((g, k) => ops[k]!.op === 'free-many' && expect(g.many).toBe(want[k]!.freed.length));
      }),
      { numRuns: 300 },
    );
  });

  it('freeing by address finds bulk objects, and tells a double free from a wild pointer', () => {
    const p = createPymalloc({ version: '3.13' });
    p.run({ op: 'malloc-many', size: 24, count: 5, prefix: 'f' });
    const address = p.lastEvents().find((e) => e.kind === 'alloc-many')!;
    const first = (address as { first: number }).first;
    p.free(first);
    expect(p.state().live).toBe(4);
    expect(attempt(() => p.free(first)).ok ? 'freed twice' : (attempt(() => p.free(first)) as { error: { code: string } }).error.code).toBe('double-free');
    expect((attempt(() => p.free(first + 8)) as { ok: false; error: { code: string } }).error.code).toBe('unknown-address');
    p.run({ op: 'free-many', prefix: 'f' });
    expect(p.state().live).toBe(0);
  });
});

/** A plain reference: live allocations by name with their sizes, nothing else. */
type RefOp = { alloc: true; size: number } | { alloc: false; pick: number };
const refOps = fc.array(
  fc.oneof(
    fc.record({ alloc: fc.constant(true as const), size: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constantFrom(24, 28, 56, 64)) }),
    fc.record({ alloc: fc.constant(false as const), pick: fc.nat() }),
  ),
  { maxLength: 400 },
);

function checkAgainstReference(version: string, steps: RefOp[]): void {
  const p = createPymalloc({ version });
  const live = new Map<number, number>(); // address → size
  const config = pymallocConfig(version);
  for (const step of steps) {
    if (step.alloc) {
      const b = p.malloc(step.size);
      expect(live.has(b.address)).toBe(false); // no two live allocations share an address
      live.set(b.address, step.size);
      if (!b.raw) {
        const pool = p.state().arenas[b.arena]!;
        const base = pool.firstPool + b.pool * config.poolSize;
        expect(b.address).toBe(base + config.poolOverhead + b.block * b.blockSize);
        expect(b.block).toBeLessThan(blocksPerPool(b.sizeClass, version));
        expect(b.pool).toBeLessThan(config.poolsPerArena);
      }
    } else if (live.size > 0) {
      const addresses = [...live.keys()];
      const a = addresses[step.pick % addresses.length]!;
      p.free(a);
      live.delete(a);
    }
  }
  const st = p.stats();
  const perClass = config.sizeClasses.map(() => 0);
  let raw = 0;
  let rawBytes = 0;
  for (const size of live.values()) {
    const c = sizeClassOf(size, version);
    if (c === null) {
      raw++;
      rawBytes += size;
    } else perClass[c]!++;
  }
  expect(st.classes.map((r) => r.blocksInUse)).toEqual(perClass);
  expect([st.rawBlocks, st.rawBytes]).toEqual([raw, rawBytes]);
  for (const r of st.classes) expect(r.pools * blocksPerPool(r.sizeClass, version)).toBe(r.blocksInUse + r.availableBlocks);
  // The view state (built by the reducer from events) agrees with the machine.
  const s = p.state();
  expect(statsOfState(s)).toEqual(st);
  expect(s.live).toBe(perClass.reduce((a, b) => a + b, 0));
  const mapped = s.arenas.filter((a) => a.mapped);
  expect(mapped.length).toBe(st.arenasInUse);
  for (const a of mapped) {
    expect(a.freePools).toBe(a.pools.filter((q) => q.status === 'untouched' || q.status === 'empty').length);
    for (const q of a.pools) {
      expect(q.used).toBeLessThanOrEqual(q.carved);
      expect(q.carved).toBeLessThanOrEqual(q.capacity);
      expect(q.status === 'full').toBe(q.capacity > 0 && q.used === q.capacity);
      expect(q.status === 'empty' || q.status === 'untouched').toBe(q.used === 0);
    }
  }
  expect(st.arenasAllocated - st.arenasFreed).toBe(st.arenasInUse);
  expect(st.arenasHighwater).toBeGreaterThanOrEqual(st.arenasInUse);
}

describe('against a plain reference model (fast-check)', () => {
  it('blocks in use per class = live allocations per class; addresses unique and inside their pool', () => {
    for (const v of ['3.8', '3.9', '3.10', '3.13']) {
      fc.assert(fc.property(refOps, (steps) => checkAgainstReference(v, steps)), { numRuns: 40 });
    }
  }, 20_000);

  it('one class, allocations only: pools = ⌈n / blocks per pool⌉, arenas = ⌈pools / pools per arena⌉', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PYMALLOC_VERSIONS), fc.integer({ min: 1, max: 512 }), fc.integer({ min: 1, max: 60_000 }), (v, size, n) => {
        const { final } = simulatePymalloc([{ op: 'malloc-many', size, count: n, prefix: 'o' }], { version: v });
        const cap = blocksPerPool(sizeClassOf(size, v)!, v);
        const pools = Math.ceil(n / cap);
        const st = statsOfState(final);
        expect(st.classes[sizeClassOf(size, v)!]!.pools).toBe(pools);
        expect(st.arenasInUse).toBe(Math.ceil(pools / pymallocConfig(v).poolsPerArena));
      }),
      { numRuns: 40 },
    );
  }, 20_000);

  it('a bulk allocation ends in the same state as the same requests one by one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 2, max: 9 }), (n, size, k) => {
        const bulk: PymallocOp[] = [{ op: 'malloc-many', size, count: n, prefix: 'b' }, { op: 'free-many', prefix: 'b', keepEvery: k }];
        const single: PymallocOp[] = Array.from({ length: n }, (_, i) => ({ op: 'malloc', size, name: `b${i}` }));
        for (let i = 0; i < n; i++) if (i % k !== 0) single.push({ op: 'free', name: `b${i}` });
        const strip = (s: PymallocState) => ({ ...s, op: 0 });
        expect(strip(simulatePymalloc(bulk, { version: '3.9' }).final)).toEqual(strip(simulatePymalloc(single, { version: '3.9' }).final));
      }),
      { numRuns: 30 },
    );
  });
});

describe('simulatePymalloc', () => {
  it('the trace replays to the same state as the call-by-call machine', () => {
    const ops: PymallocOp[] = [
      { op: 'malloc', size: 24, name: 'a' },
      { op: 'malloc-many', size: 56, count: 3000, prefix: 't' },
      { op: 'malloc', size: 1000, name: 'big' },
      { op: 'free-many', prefix: 't', keepEvery: 10 },
      { op: 'free', name: 'a' },
      { op: 'free-newest' },
      { op: 'free-many' },
    ];
    const { trace, final } = simulatePymalloc(ops, { version: '3.10' });
    const p = createPymalloc({ version: '3.10' });
    ops.forEach((o) => p.run(o));
    expect({ ...final, op: 0 }).toEqual({ ...p.state(), op: 0 });
    expect(trace.stateAt(0).arenas).toEqual([]);
    expect(final.rawBlocks).toBe(0);
    expect(arenasInUse(final)).toBe(1);
  });

  it('100 000 allocations make a small trace (bulk events are summarised per pool)', () => {
    const { trace } = simulatePymalloc(
      [
        { op: 'malloc-many', size: 24, count: 100_000, prefix: 'f' },
        { op: 'free-many', prefix: 'f' },
      ],
      { version: '3.13' },
    );
    expect(trace.length).toBeLessThan(2_000);
    const kinds = new Set([...trace.events()].map((e) => e.kind));
    expect(kinds).toEqual(new Set(['request', 'new-arena', 'take-pool', 'alloc-many', 'pool-full', 'arena-full', 'bulk-free', 'pool-relinked', 'free-many', 'pool-empty', 'arena-usable', 'arena-moved', 'arena-freed', 'arena-kept']));
  }, 20_000);

  it('a bulk allocation over the maximum (10^6 took seconds) is refused at once, saying the maximum', () => {
    const started = performance.now();
    const r = attempt(() => simulatePymalloc([{ op: 'malloc', size: 8 }, { op: 'malloc-many', size: 24, count: 1_000_000, prefix: 'f' }], { version: '3.13' }));
    expect(performance.now() - started).toBeLessThan(100);
    expect(r.ok ? 'ran' : [r.error.code, r.error.index, r.error.params.max]).toEqual(['bad-count', 1, PYMALLOC_MAX_BULK]);
    // The maximum itself runs, and more is several operations with the same names.
    const { final } = simulatePymalloc(
      [{ op: 'malloc-many', size: 24, count: PYMALLOC_MAX_BULK, prefix: 'f' }, { op: 'malloc-many', size: 24, count: 10, prefix: 'f' }, { op: 'free', name: `f[${PYMALLOC_MAX_BULK + 9}]` }],
      { version: '3.13' },
    );
    expect(final.live).toBe(PYMALLOC_MAX_BULK + 9);
  }, 20_000);

  it('a run that allocates more than PYMALLOC_MAX_TOTAL objects in all is refused at the operation that passes it, before running', () => {
    const cycle: PymallocOp[] = [{ op: 'malloc-many', size: 24, count: PYMALLOC_MAX_BULK, prefix: 'f' }, { op: 'free-many', prefix: 'f' }];
    const upTo = Array.from({ length: PYMALLOC_MAX_TOTAL / PYMALLOC_MAX_BULK }, () => cycle).flat();
    expect(objectsAllocated(upTo)).toBe(PYMALLOC_MAX_TOTAL);
    const over = attempt(() => simulatePymalloc([...upTo, { op: 'malloc', size: 8 }], { version: '3.13' }));
    expect(over.ok ? 'ran' : [over.error.code, over.error.index, over.error.params.op, over.error.trace]).toEqual(['too-many', upTo.length, upTo.length + 1, undefined]);
  });

  it('counts the objects operations allocate as their sum', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.record({ op: fc.constant('malloc' as const), size: fc.integer({ min: 1, max: 600 }) }), fc.record({ op: fc.constant('malloc-many' as const), size: fc.constant(8), count: fc.integer({ min: 1, max: 1000 }), prefix: fc.constant('p') }), fc.constant({ op: 'free-many' as const }))), (ops) => {
        let sum = 0;
        for (const o of ops) if (o.op === 'malloc') sum += 1; else if (o.op === 'malloc-many') sum += o.count;
        expect(objectsAllocated(ops)).toBe(sum);
      }),
    );
  });

  it('bad operations are located SimErrors; mid-run errors carry the partial trace', () => {
    expect(codeOf(() => simulatePymalloc([{ op: 'malloc', size: -2 }], { version: '3.9' }))).toBe('bad-size');
    expect(codeOf(() => simulatePymalloc([{ op: 'malloc', size: 8, name: '1x' }], { version: '3.9' }))).toBe('bad-name');
    expect(codeOf(() => simulatePymalloc([{ op: 'malloc-many', size: 8, count: 0, prefix: 'x' }], { version: '3.9' }))).toBe('bad-count');
    expect(codeOf(() => simulatePymalloc([{ op: 'free-many', keepEvery: 1 }], { version: '3.9' }))).toBe('bad-count');
    expect(codeOf(() => simulatePymalloc([{ op: 'free-newest' }], { version: '3.9' }))).toBe('nothing-live');
    const r = attempt(() => simulatePymalloc([{ op: 'malloc', size: 8, name: 'a' }, { op: 'free', name: 'a' }, { op: 'free', name: 'a' }], { version: '3.9' }));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect([r.error.code, r.error.index]).toEqual(['unknown-name', 2]);
      expect((r.error.trace as { length: number }).length).toBeGreaterThan(3);
    }
    expect(codeOf(() => simulatePymalloc([{ op: 'malloc', size: 8, name: 'a' }, { op: 'malloc', size: 8, name: 'a' }], { version: '3.9' }))).toBe('name-in-use');
    expect(simulatePymalloc([{ op: 'malloc', size: 8 }, { op: 'malloc', size: 8 }], { version: '3.9', maxInputLength: 1 }).trace.stopped?.reason).toBe('input-limit');
    expect(simulatePymalloc([{ op: 'malloc-many', size: 8, count: 500, prefix: 'x' }], { version: '3.9', maxSteps: 3 }).trace.stopped?.reason).toBe('step-limit');
  });
});

describe('messages of the arena model', () => {
  const tables = tableOf(['stop.', 'pymalloc.', 'error.pymalloc.']) as Record<string, { en: string; ko: string }>;
  it('every emitted key and every key literal in arenas.ts and simulate.ts has en + ko with the same placeholders', () => {
    const keys = new Set<string>();
    const corpus: [string, PymallocOp[]][] = [
      ['3.8', [{ op: 'malloc', size: 24, name: 'a' }, { op: 'malloc', size: 0, name: 'z' }, { op: 'malloc', size: 9000 }, { op: 'free', name: 'a' }, { op: 'free', name: 'z' }, { op: 'free-newest' }]],
      ['3.9', [{ op: 'malloc-many', size: 600, count: 3, prefix: 'r' }, { op: 'malloc-many', size: 24, count: 20_000, prefix: 'f' }, { op: 'malloc', size: 24, name: 'q' }, { op: 'free-many', prefix: 'f', keepEvery: 3 }, { op: 'free-many', keepEvery: 2 }, { op: 'free-many', prefix: 'f' }, { op: 'free-many' }]],
      ['3.13', [{ op: 'malloc', size: 24, name: 'a' }, { op: 'malloc', size: 24, name: 'b' }, { op: 'malloc', size: 64, name: 'c' }, { op: 'free', name: 'b' }, { op: 'free', name: 'a' }, { op: 'malloc', size: 24, name: 'd' }, { op: 'free', name: 'd' }, { op: 'malloc', size: 100, name: 'e' }]],
    ];
    for (const [version, ops] of corpus) for (const e of simulatePymalloc(ops, { version }).trace.events()) keys.add(e.msg.key);
    const p = createPymalloc({ version: '3.9' });
    for (let i = 0; i < 7 * 64 + 1; i++) p.malloc(512);
    for (const e of p.lastEvents()) keys.add(e.msg.key);
    const src = ['arenas.ts', 'simulate.ts'].map((f) => readFileSync(join(__dirname, f), 'utf8')).join('\n');
    for (const m of src.matchAll(/'((?:pymalloc|error\.pymalloc)\.[A-Za-z.]+)'/g)) keys.add(m[1]!);
    expect(keys.size).toBeGreaterThan(35);
    const names = placeholderNames;
    for (const k of keys) {
      const t = tables[k];
      expect([k, Boolean(t?.en && t?.ko)]).toEqual([k, true]);
      expect([k, names(t!.ko)]).toEqual([k, names(t!.en)]);
      expect(t!.ko).toMatch(/[가-힣]/);
    }
  });
});

describe('emptyPymallocTrace (what the visualizer draws before its simulator loads)', () => {
  it('is the trace of no operations, for every version', () => {
    for (const version of PYMALLOC_VERSIONS) {
      const empty = emptyPymallocTrace(version);
      const run = simulatePymalloc([], { version }).trace;
      expect(empty.length).toBe(run.length);
      expect(empty.final).toEqual(run.final);
      expect(empty.stateAt(0)).toEqual(run.stateAt(0));
      expect(statsOfState(empty.final)).toEqual(statsOfState(run.final));
    }
  });
});
