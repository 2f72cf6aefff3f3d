// Where a pymalloc block lives: its arena, pool, block number and size class, read from a trace
// state by the address layout of ./arenas.ts (pool k of an arena at firstPool + k × poolSize,
// block j at pool + poolOverhead + j × blockSize). Views ask these instead of doing the arithmetic.
import type { Trace } from '../trace';
import { poolAddress, type PymallocEvent, type PymallocState } from './arenas';

/** A block of pymalloc, located. */
export interface BlockLocation {
  /** The block's address (what malloc returned). */
  readonly address: number;
  /** Arena descriptor index (its row in `arenas[]`). */
  readonly arena: number;
  /** Where that arena is mapped. */
  readonly base: number;
  /** Pool number inside the arena (0 = first usable pool). */
  readonly pool: number;
  readonly poolAddress: number;
  /** Block number inside the pool (0 = first block after the pool header). */
  readonly block: number;
  /** The size class the pool serves (or last served, while empty). */
  readonly sizeClass: number;
  readonly blockSize: number;
}

/**
 * The block that starts at `address` in `state`: arena, pool, block number and size class.
 * null when no block starts there: the address is outside every mapped arena's pools, in a
 * pool never carved from its arena, inside a pool header, past the pool's last whole block, or
 * not at the start of a block. Raw (non-pymalloc) addresses are therefore null.
 *
 * @example locateBlock(state, state.arenas[0].firstPool + 48 + 2 * 32) → { arena: 0, pool: 0, block: 2, sizeClass: 1, blockSize: 32, … } (a class-1 pool)
 */
export function locateBlock(state: PymallocState, address: number): BlockLocation | null {
  const { poolSize, poolOverhead, sizeClasses } = state.config;
  for (const a of state.arenas) {
    if (!a.mapped || address < a.firstPool || address >= a.firstPool + a.pools.length * poolSize) continue;
    const pool = Math.floor((address - a.firstPool) / poolSize);
    const sizeClass = a.pools[pool]!.sizeClass;
    if (sizeClass === null) return null;
    const blockSize = sizeClasses[sizeClass]!;
    const start = poolAddress(state, a.index, pool);
    const offset = address - start - poolOverhead;
    if (offset < 0 || offset % blockSize !== 0 || offset + blockSize > poolSize - poolOverhead) return null;
    return { address, arena: a.index, base: a.base, pool, poolAddress: start, block: offset / blockSize, sizeClass, blockSize };
  }
  return null;
}

/** The newest allocation of a trace: where the last block handed out landed, and the request that asked for it. */
export type NewestAllocation =
  /** A request pymalloc passed on to the raw allocator (0 bytes or more than 512). */
  | { readonly raw: true; readonly size: number; readonly address: number }
  /** `size` is the bytes requested; for a bulk operation, the block is the last one it took. */
  | ({ readonly raw: false; readonly size: number } & BlockLocation);

/**
 * The newest allocation among the first `end` events of a pymalloc trace (0 ≤ end ≤ length),
 * or null when none of them allocated. A bulk operation counts by its last block so far.
 */
export function newestAllocation(trace: Trace<PymallocState, PymallocEvent>, end: number): NewestAllocation | null {
  for (let i = end - 1; i >= 0; i--) {
    const e = trace.event(i);
    if (e.kind === 'raw-alloc') return { raw: true, size: e.size, address: e.address };
    if (e.kind !== 'alloc' && e.kind !== 'alloc-many') continue;
    let size = 0;
    for (let j = i - 1; j >= 0; j--) {
      const r = trace.event(j);
      if (r.kind === 'request') {
        size = r.size;
        break;
      }
    }
    // The pool got its class when it was taken, before this event: the state after it knows it.
    const where = locateBlock(trace.stateAt(i + 1), e.kind === 'alloc' ? e.address : e.last);
    if (where === null) throw new Error(`allocation at event ${i} is not a block of its state`);
    return { raw: false, size, ...where };
  }
  return null;
}
