import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Trace } from '../trace';
import { poolAddress, type PymallocEvent, type PymallocOp, type PymallocState } from './arenas';
import { createPymalloc, simulatePymalloc } from './simulate';
import { PYMALLOC_VERSIONS } from './config';
import { locateBlock, newestAllocation } from './locate';

/** A few hundred objects of mixed sizes, some raw, with frees in between. */
const op: fc.Arbitrary<PymallocOp> = fc.oneof(
  fc.record({ op: fc.constant('malloc' as const), size: fc.integer({ min: 0, max: 600 }) }),
  fc.record({ op: fc.constant('malloc-many' as const), size: fc.integer({ min: 1, max: 520 }), count: fc.integer({ min: 1, max: 400 }), prefix: fc.constantFrom('a', 'b') }),
  fc.constant<PymallocOp>({ op: 'free-newest' }),
  fc.record({ op: fc.constant('free-many' as const), prefix: fc.constantFrom('a', 'b'), keepEvery: fc.integer({ min: 1, max: 5 }) }),
);
const run = (ops: PymallocOp[], version: string) => {
  // Frees of nothing are errors; skip ops until the run is valid by dropping the failing ones.
  const ok: PymallocOp[] = [];
  for (const o of ops) {
    try {
      simulatePymalloc([...ok, o], { version });
      ok.push(o);
    } catch {
      /* not applicable now */
    }
  }
  return simulatePymalloc(ok, { version }).trace;
};

/** The plain reference: the arithmetic the visualizer used to do from the event itself. */
function referenceNewest(tr: Trace<PymallocState, PymallocEvent>, end: number) {
  for (let i = end - 1; i >= 0; i--) {
    const e = tr.event(i);
    if (e.kind !== 'alloc' && e.kind !== 'alloc-many' && e.kind !== 'raw-alloc') continue;
    let req: Extract<PymallocEvent, { kind: 'request' }> | null = null;
    for (let j = i - 1; j >= 0 && !req; j--) {
      const r = tr.event(j);
      if (r.kind === 'request') req = r;
    }
    if (e.kind === 'raw-alloc') return { raw: true, size: e.size, address: e.address };
    const st = tr.stateAt(i + 1);
    const address = e.kind === 'alloc' ? e.address : e.last;
    const blockSize = st.config.sizeClasses[e.sizeClass]!;
    return {
      raw: false,
      size: req?.size ?? 0,
      sizeClass: e.sizeClass,
      blockSize,
      arena: e.arena,
      base: st.arenas[e.arena]!.base,
      pool: e.pool,
      poolAddress: poolAddress(st, e.arena, e.pool),
      block: (address - poolAddress(st, e.arena, e.pool) - st.config.poolOverhead) / blockSize,
      address,
    };
  }
  return null;
}

describe('locateBlock', () => {
  it('finds every block the allocator hands out, one call at a time', () => {
    for (const version of PYMALLOC_VERSIONS) {
      const p = createPymalloc({ version });
      for (let i = 0; i < 3000; i++) {
        const b = p.malloc(1 + ((i * 37) % 512));
        if (b.raw) throw new Error('expected a pymalloc block');
        expect(locateBlock(p.state(), b.address)).toEqual({
          address: b.address,
          arena: b.arena,
          base: p.state().arenas[b.arena]!.base,
          pool: b.pool,
          poolAddress: poolAddress(p.state(), b.arena, b.pool),
          block: b.block,
          sizeClass: b.sizeClass,
          blockSize: b.blockSize,
        });
      }
    }
  });

  it('agrees with every alloc event of random traces, and with the first block of every bulk run (property)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), fc.constantFrom(...PYMALLOC_VERSIONS), (ops, version) => {
        const trace = run(ops, version);
        for (let i = 0; i < trace.length; i++) {
          const e = trace.event(i);
          if (e.kind === 'alloc') {
            expect(locateBlock(trace.stateAt(i + 1), e.address)).toMatchObject({ arena: e.arena, pool: e.pool, block: e.block, sizeClass: e.sizeClass });
          } else if (e.kind === 'alloc-many') {
            const first = locateBlock(trace.stateAt(i + 1), e.first);
            const last = locateBlock(trace.stateAt(i + 1), e.last);
            expect(first).toMatchObject({ arena: e.arena, pool: e.pool, sizeClass: e.sizeClass });
            expect(last).toMatchObject({ arena: e.arena, pool: e.pool, sizeClass: e.sizeClass });
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is null where no block starts: raw memory, a pool header, the middle of a block, past the last block, an unused pool', () => {
    const p = createPymalloc({ version: '3.13' });
    const raw = p.malloc(600);
    const b = p.malloc(24);
    if (b.raw) throw new Error('expected a pymalloc block');
    const s = p.state();
    const pool = poolAddress(s, b.arena, b.pool);
    expect(locateBlock(s, raw.address)).toBeNull();
    expect(locateBlock(s, pool)).toBeNull();
    expect(locateBlock(s, pool + 47)).toBeNull();
    expect(locateBlock(s, b.address + 8)).toBeNull();
    const lastWhole = Math.floor((s.config.poolSize - 48) / 32) - 1;
    expect(locateBlock(s, pool + 48 + lastWhole * 32)).toMatchObject({ block: lastWhole });
    expect(locateBlock(s, pool + 48 + (lastWhole + 1) * 32)).toBeNull();
    expect(locateBlock(s, poolAddress(s, b.arena, b.pool + 1) + 48)).toBeNull();
    expect(locateBlock(createPymalloc({ version: '3.13' }).state(), b.address)).toBeNull();
  });

  it('forgets an arena once it is handed back to the OS', () => {
    const { trace } = simulatePymalloc(
      [
        { op: 'malloc-many', size: 512, count: 3000, prefix: 'x' },
        { op: 'free-many', prefix: 'x' },
      ],
      { version: '3.8' },
    );
    const freed = [...trace.events()].find((e) => e.kind === 'arena-freed');
    expect(freed).toBeDefined();
    const arena = trace.final.arenas[freed!.kind === 'arena-freed' ? freed!.arena : 0]!;
    expect(arena.mapped).toBe(false);
    expect(locateBlock(trace.final, arena.firstPool + 48)).toBeNull();
  });
});

describe('newestAllocation (the visualizer\'s "path of the last request")', () => {
  it('matches the arithmetic on the events at every step of random traces (property)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 10 }), fc.constantFrom(...PYMALLOC_VERSIONS), (ops, version) => {
        const trace = run(ops, version);
        for (let end = 0; end <= trace.length; end += Math.max(1, Math.floor(trace.length / 40))) {
          expect(newestAllocation(trace, end)).toEqual(referenceNewest(trace, end));
        }
        expect(newestAllocation(trace, trace.length)).toEqual(referenceNewest(trace, trace.length));
      }),
      { numRuns: 40 },
    );
  });

  it('names the request size and the block; a raw request says so; nothing allocated is null', () => {
    const { trace } = simulatePymalloc([{ op: 'malloc', size: 24 }, { op: 'malloc', size: 24 }, { op: 'malloc', size: 700 }], { version: '3.13' });
    expect(newestAllocation(trace, 0)).toBeNull();
    const kinds = [...trace.events()].map((e) => e.kind);
    const second = kinds.lastIndexOf('alloc') + 1;
    expect(newestAllocation(trace, second)).toMatchObject({ raw: false, size: 24, arena: 0, pool: 0, block: 1, sizeClass: 1, blockSize: 32 });
    expect(newestAllocation(trace, trace.length)).toMatchObject({ raw: true, size: 700 });
  });
});
