// pymalloc's state as the views read it: the limits of a run, the types of its state, events and
// operations, the reducer and narration of its trace, and the figures drawn from a state. The
// simulator that makes the events (simulate.ts) is loaded by chapter 7's visualizer only when the
// reader makes a first request; until then the view draws the empty state from here.
import { hex } from '../hex';
import { buildTrace, type Narration, type Trace } from '../trace';
import { blocksPerPool, pymallocConfig, type PymallocConfig } from './config';


/**
 * Most objects one bulk operation allocates. A bulk allocation keeps its objects in one array
 * (BulkRun), not a name and an address per object in maps: 10^6 objects took 2.4 s (4.4 s with
 * the frees) on an idle machine, and run 4 to 7 times faster that way (measured side by side).
 * The maximum came down from 10^6 as well, so one
 * operation stays far under a second on a slow machine; the visualizer offers at most 100 000
 * at once, and more is several operations.
 */
export const PYMALLOC_MAX_BULK = 100_000;
/** Default limit of `simulatePymalloc` on the number of operations. */
export const PYMALLOC_MAX_OPS = 10_000;
/**
 * Most objects all the operations of one run allocate together. The visualizer replays every
 * operation on each click: allocating and freeing 100 000 objects over and over would make each
 * click slower than the last (0.5 s per 500 000 on this machine's Node, more in a page).
 */
export const PYMALLOC_MAX_TOTAL = 500_000;

/** How many objects `ops` allocate in all (a single malloc counts one). */
export function objectsAllocated(ops: readonly PymallocOp[]): number {
  let n = 0;
  for (const o of ops) n += o.op === 'malloc' ? 1 : o.op === 'malloc-many' && Number.isSafeInteger(o.count) ? Math.max(0, o.count) : 0;
  return n;
}

// ---------------------------------------------------------------- public types

/** Where a small request landed (`raw: false`), or a request pymalloc passed on (`raw: true`). */
export type PymallocBlock =
  | {
      readonly raw: false;
      readonly address: number;
      /** Arena descriptor index (its row in `arenas[]`). */
      readonly arena: number;
      /** Pool number inside the arena (0 = first usable pool). */
      readonly pool: number;
      /** Block number inside the pool. */
      readonly block: number;
      readonly sizeClass: number;
      readonly blockSize: number;
      /** The block had been handed out and freed before (it came off the pool's free list). */
      readonly reused: boolean;
    }
  | { readonly raw: true; readonly address: number; readonly size: number };

/** A row of `sys._debugmallocstats()`'s size-class table. */
export interface SizeClassStats {
  readonly sizeClass: number;
  readonly size: number;
  /** Pools holding at least one block of this class ("num pools"). */
  readonly pools: number;
  readonly blocksInUse: number;
  /** Free blocks in those pools, carved or not ("avail blocks"). */
  readonly availableBlocks: number;
}

/** What `sys._debugmallocstats()` reports, for this model. */
export interface PymallocStats {
  /** All 32 classes, including those with no pools (the real table omits those rows). */
  readonly classes: readonly SizeClassStats[];
  /** "# arenas allocated total": arenas ever mapped. */
  readonly arenasAllocated: number;
  /** "# arenas reclaimed": arenas ever unmapped. */
  readonly arenasFreed: number;
  /** "# arenas allocated current". */
  readonly arenasInUse: number;
  /** "# arenas highwater mark": the most in use at once. */
  readonly arenasHighwater: number;
  /** Empty and never-used pools in mapped arenas ("unused pools"). */
  readonly unusedPools: number;
  readonly bytesInAllocatedBlocks: number;
  readonly bytesInAvailableBlocks: number;
  /** Live requests that went to the raw allocator, and their bytes. */
  readonly rawBlocks: number;
  readonly rawBytes: number;
}

/**
 * 'untouched': never carved from the arena; 'used': in usedpools (some blocks free);
 * 'full': every block in use (on no list); 'empty': on its arena's freepools.
 */
export type PoolStatus = 'untouched' | 'used' | 'full' | 'empty';

export interface PoolView {
  readonly status: PoolStatus;
  /** The class it serves (or last served, while empty); null while untouched. */
  readonly sizeClass: number | null;
  /** Blocks in use (`ref.count`). */
  readonly used: number;
  /** Blocks carved so far (handed out at least once or on the free list). */
  readonly carved: number;
  /** Blocks this pool holds for its class (0 while untouched). */
  readonly capacity: number;
}

export interface ArenaView {
  /** Descriptor index: arenas are shown as rows in this order. */
  readonly index: number;
  /** Where this arena is (was) mapped. */
  readonly base: number;
  /** Address of pool 0 (`base` rounded up to a pool boundary). */
  readonly firstPool: number;
  /** False once the arena was handed back to the OS (the row stays, for the picture). */
  readonly mapped: boolean;
  readonly pools: readonly PoolView[];
  /** `nfreepools`: empty plus untouched pools. */
  readonly freePools: number;
}

/** The trace state: what a view draws. Immutable (pools arrays are copied on change). */
export interface PymallocState {
  readonly config: PymallocConfig;
  /** By descriptor index; an index is reused after its arena was freed. */
  readonly arenas: readonly ArenaView[];
  /** usable_arenas from head to tail (descriptor indices). */
  readonly usable: readonly number[];
  readonly arenasAllocated: number;
  readonly arenasFreed: number;
  readonly arenasHighwater: number;
  /** Live small allocations (blocks in use over all pools). */
  readonly live: number;
  readonly rawBlocks: number;
  readonly rawBytes: number;
  /** Operations handled so far. */
  readonly op: number;
}

/**
 * Trace events. Every event has `op` (the operation's index). Events that change a pool carry
 * its resulting `used` / `carved` counts, and events that reorder usable_arenas carry the new
 * order, so the reducer never has to re-run the algorithm.
 */
export type PymallocEvent =
  /** A request (or `count` equal requests of a bulk op) and the size class serving it (null = raw). */
  | { readonly kind: 'request'; readonly op: number; readonly size: number; readonly count: number; readonly name: string; readonly sizeClass: number | null; readonly blockSize: number }
  | { readonly kind: 'raw-alloc'; readonly op: number; readonly size: number; readonly count: number; readonly address: number }
  | { readonly kind: 'raw-free'; readonly op: number; readonly bytes: number; readonly count: number; readonly address: number }
  | { readonly kind: 'new-arena'; readonly op: number; readonly arena: number; readonly base: number; readonly pools: number; readonly usable: readonly number[] }
  /** usedpools[c] is empty: a pool comes from the head arena, 'fresh' (untouched) or from its freepools. */
  | { readonly kind: 'take-pool'; readonly op: number; readonly arena: number; readonly pool: number; readonly address: number; readonly sizeClass: number; readonly from: 'fresh' | 'freepools'; readonly keptList: boolean; readonly capacity: number; readonly carved: number }
  | { readonly kind: 'alloc'; readonly op: number; readonly arena: number; readonly pool: number; readonly block: number; readonly address: number; readonly sizeClass: number; readonly name: string; readonly reused: boolean; readonly used: number; readonly carved: number }
  /** Consecutive blocks of a bulk op from one pool, summarised. */
  | { readonly kind: 'alloc-many'; readonly op: number; readonly arena: number; readonly pool: number; readonly count: number; readonly reused: number; readonly first: number; readonly last: number; readonly sizeClass: number; readonly used: number; readonly carved: number }
  | { readonly kind: 'pool-full'; readonly op: number; readonly arena: number; readonly pool: number; readonly sizeClass: number }
  | { readonly kind: 'arena-full'; readonly op: number; readonly arena: number; readonly usable: readonly number[] }
  | { readonly kind: 'free'; readonly op: number; readonly arena: number; readonly pool: number; readonly block: number; readonly address: number; readonly sizeClass: number; readonly name: string; readonly used: number }
  | { readonly kind: 'free-many'; readonly op: number; readonly arena: number; readonly pool: number; readonly count: number; readonly sizeClass: number; readonly used: number }
  /** A bulk free starts: `count` objects will be freed, `kept` stay. */
  | { readonly kind: 'bulk-free'; readonly op: number; readonly prefix: string; readonly count: number; readonly kept: number }
  | { readonly kind: 'pool-relinked'; readonly op: number; readonly arena: number; readonly pool: number; readonly sizeClass: number }
  | { readonly kind: 'pool-empty'; readonly op: number; readonly arena: number; readonly pool: number; readonly sizeClass: number; readonly freePools: number }
  | { readonly kind: 'arena-usable'; readonly op: number; readonly arena: number; readonly usable: readonly number[] }
  | { readonly kind: 'arena-moved'; readonly op: number; readonly arena: number; readonly freePools: number; readonly usable: readonly number[] }
  | { readonly kind: 'arena-freed'; readonly op: number; readonly arena: number; readonly base: number; readonly usable: readonly number[] }
  | { readonly kind: 'arena-kept'; readonly op: number; readonly arena: number };

/**
 * An operation of `simulatePymalloc`. Names: single allocations take a plain name ("a", "x_1");
 * bulk ones are named `prefix[i]`, numbered on from the last index used with that prefix.
 */
export type PymallocOp =
  | { readonly op: 'malloc'; readonly size: number; readonly name?: string }
  | { readonly op: 'free'; readonly name: string }
  /** `count` requests of `size` bytes named `prefix[k]`, `prefix[k+1]`, … */
  | { readonly op: 'malloc-many'; readonly size: number; readonly count: number; readonly prefix: string }
  /**
   * Frees the live objects named `prefix[…]` (every live object when `prefix` is omitted), in
   * allocation order; with `keepEvery: k` the 1st, (k+1)th, (2k+1)th … of them are kept.
   */
  | { readonly op: 'free-many'; readonly prefix?: string; readonly keepEvery?: number }
  /** Frees the most recent live object (named `prefix[…]` when given). */
  | { readonly op: 'free-newest'; readonly prefix?: string };

// ---------------------------------------------------------------- reducer and narration

const ARENA_ZONE = 0x7f3a_0000_0000;
const ARENA_STRIDE = 0x20_0000;

/** Where arena descriptor `index` is mapped (made-up addresses, see simulate.ts) and its first pool. */
export function arenaPlace(config: PymallocConfig, index: number): { base: number; firstPool: number } {
  // A page-sized pool is always aligned by mmap; a larger one starts at the next pool boundary.
  const base = ARENA_ZONE + index * ARENA_STRIDE + (config.poolsPerArena < config.poolsPerAlignedArena ? 0x1000 : 0);
  const firstPool = Math.ceil(base / config.poolSize) * config.poolSize;
  return { base, firstPool };
}


const UNTOUCHED: PoolView = Object.freeze({ status: 'untouched', sizeClass: null, used: 0, carved: 0, capacity: 0 });

/** The state before anything was allocated. */
export function initialPymallocState(version: string): PymallocState {
  return {
    config: pymallocConfig(version),
    arenas: [],
    usable: [],
    arenasAllocated: 0,
    arenasFreed: 0,
    arenasHighwater: 0,
    live: 0,
    rawBlocks: 0,
    rawBytes: 0,
    op: 0,
  };
}

/** Arenas mapped now. */
export function arenasInUse(s: PymallocState): number {
  return s.arenasAllocated - s.arenasFreed;
}

function withPool(s: PymallocState, arena: number, pool: number, change: (p: PoolView) => PoolView, freeDelta = 0): PymallocState {
  const a = s.arenas[arena]!;
  const pools = a.pools.slice();
  pools[pool] = change(pools[pool]!);
  const arenas = s.arenas.slice();
  arenas[arena] = { ...a, pools, freePools: a.freePools + freeDelta };
  return { ...s, arenas };
}

/** The reducer: pure; copies only the arena row that changed. */
export function applyPymalloc(s0: PymallocState, e: PymallocEvent): PymallocState {
  const s = s0.op === e.op + 1 ? s0 : { ...s0, op: e.op + 1 };
  switch (e.kind) {
    case 'request':
    case 'bulk-free':
    case 'arena-kept':
      return s;
    case 'raw-alloc':
      return { ...s, rawBlocks: s.rawBlocks + e.count, rawBytes: s.rawBytes + e.size * e.count };
    case 'raw-free':
      return { ...s, rawBlocks: s.rawBlocks - e.count, rawBytes: s.rawBytes - e.bytes };
    case 'new-arena': {
      const { firstPool } = arenaPlace(s.config, e.arena);
      const arenas = s.arenas.slice();
      arenas[e.arena] = { index: e.arena, base: e.base, firstPool, mapped: true, pools: new Array<PoolView>(e.pools).fill(UNTOUCHED), freePools: e.pools };
      const allocated = s.arenasAllocated + 1;
      return { ...s, arenas, usable: e.usable, arenasAllocated: allocated, arenasHighwater: Math.max(s.arenasHighwater, allocated - s.arenasFreed) };
    }
    case 'take-pool':
      return withPool(s, e.arena, e.pool, () => ({ status: 'used', sizeClass: e.sizeClass, used: 0, carved: e.carved, capacity: e.capacity }), -1);
    case 'alloc':
      return { ...withPool(s, e.arena, e.pool, (p) => ({ ...p, used: e.used, carved: e.carved })), live: s.live + 1 };
    case 'alloc-many':
      return { ...withPool(s, e.arena, e.pool, (p) => ({ ...p, used: e.used, carved: e.carved })), live: s.live + e.count };
    case 'pool-full':
      return withPool(s, e.arena, e.pool, (p) => ({ ...p, status: 'full' }));
    case 'pool-relinked':
      return withPool(s, e.arena, e.pool, (p) => ({ ...p, status: 'used' }));
    case 'free':
      return { ...withPool(s, e.arena, e.pool, (p) => ({ ...p, used: e.used })), live: s.live - 1 };
    case 'free-many':
      return { ...withPool(s, e.arena, e.pool, (p) => ({ ...p, used: e.used })), live: s.live - e.count };
    case 'pool-empty':
      return withPool(s, e.arena, e.pool, (p) => ({ ...p, status: 'empty', used: 0 }), 1);
    case 'arena-full':
    case 'arena-usable':
    case 'arena-moved':
      return { ...s, usable: e.usable };
    case 'arena-freed': {
      const arenas = s.arenas.slice();
      arenas[e.arena] = { ...arenas[e.arena]!, mapped: false };
      return { ...s, arenas, usable: e.usable, arenasFreed: s.arenasFreed + 1 };
    }
  }
}

/** Narration of an event (keys in messages.ts, en + ko). Arena and pool numbers are shown as they are (0-based). */
export function narratePymalloc(e: PymallocEvent): Narration {
  switch (e.kind) {
    case 'request':
      if (e.sizeClass === null) {
        return { key: e.count === 1 ? 'pymalloc.request.raw' : 'pymalloc.request.rawMany', params: { size: e.size, count: e.count, name: e.name } };
      }
      return {
        key: e.count === 1 ? 'pymalloc.request' : 'pymalloc.request.many',
        params: { size: e.size, count: e.count, name: e.name, sizeClass: e.sizeClass, blockSize: e.blockSize },
      };
    case 'raw-alloc':
      return { key: e.count === 1 ? 'pymalloc.rawAlloc' : 'pymalloc.rawAlloc.many', params: { size: e.size, count: e.count, address: hex(e.address) } };
    case 'raw-free':
      return { key: e.count === 1 ? 'pymalloc.rawFree' : 'pymalloc.rawFree.many', params: { bytes: e.bytes, count: e.count, address: hex(e.address) } };
    case 'new-arena':
      return { key: 'pymalloc.newArena', params: { arena: e.arena, base: hex(e.base), pools: e.pools } };
    case 'take-pool':
      return {
        key: e.from === 'fresh' ? 'pymalloc.takePool.fresh' : e.keptList ? 'pymalloc.takePool.sameClass' : 'pymalloc.takePool.freepools',
        params: { arena: e.arena, pool: e.pool, address: hex(e.address), sizeClass: e.sizeClass, capacity: e.capacity },
      };
    case 'alloc':
      return {
        key: e.reused ? 'pymalloc.alloc.reused' : 'pymalloc.alloc.fresh',
        params: { arena: e.arena, pool: e.pool, block: e.block, address: hex(e.address), name: e.name, used: e.used, carved: e.carved },
      };
    case 'alloc-many':
      return {
        key: 'pymalloc.allocMany',
        params: { arena: e.arena, pool: e.pool, count: e.count, reused: e.reused, fresh: e.count - e.reused, first: hex(e.first), last: hex(e.last), used: e.used },
      };
    case 'pool-full':
      return { key: 'pymalloc.poolFull', params: { arena: e.arena, pool: e.pool, sizeClass: e.sizeClass } };
    case 'arena-full':
      return { key: 'pymalloc.arenaFull', params: { arena: e.arena } };
    case 'free':
      return { key: 'pymalloc.free', params: { arena: e.arena, pool: e.pool, block: e.block, address: hex(e.address), name: e.name, used: e.used } };
    case 'free-many':
      return { key: 'pymalloc.freeMany', params: { arena: e.arena, pool: e.pool, count: e.count, used: e.used } };
    case 'bulk-free':
      return {
        key: e.prefix === '' ? (e.kept > 0 ? 'pymalloc.bulkFree.allKeep' : 'pymalloc.bulkFree.all') : e.kept > 0 ? 'pymalloc.bulkFree.keep' : 'pymalloc.bulkFree',
        params: { prefix: e.prefix, count: e.count, kept: e.kept },
      };
    case 'pool-relinked':
      return { key: 'pymalloc.poolRelinked', params: { arena: e.arena, pool: e.pool, sizeClass: e.sizeClass } };
    case 'pool-empty':
      return { key: 'pymalloc.poolEmpty', params: { arena: e.arena, pool: e.pool, freePools: e.freePools } };
    case 'arena-usable':
      return { key: 'pymalloc.arenaUsable', params: { arena: e.arena } };
    case 'arena-moved':
      return { key: 'pymalloc.arenaMoved', params: { arena: e.arena, freePools: e.freePools } };
    case 'arena-freed':
      return { key: 'pymalloc.arenaFreed', params: { arena: e.arena, base: hex(e.base) } };
    case 'arena-kept':
      return { key: 'pymalloc.arenaKept', params: { arena: e.arena } };
  }
}

/** `sys._debugmallocstats()`-like figures from a trace state (the view's counters). */
export function statsOfState(s: PymallocState): PymallocStats {
  const pools = s.config.sizeClasses.map(() => 0);
  const inUse = s.config.sizeClasses.map(() => 0);
  let unusedPools = 0;
  for (const a of s.arenas) {
    if (!a.mapped) continue;
    unusedPools += a.freePools;
    for (const p of a.pools) {
      if (p.used === 0 || p.sizeClass === null) continue;
      pools[p.sizeClass]!++;
      inUse[p.sizeClass]! += p.used;
    }
  }
  const classes = s.config.sizeClasses.map((size, c) => ({
    sizeClass: c,
    size,
    pools: pools[c]!,
    blocksInUse: inUse[c]!,
    availableBlocks: pools[c]! * blocksPerPool(c, s.config.version) - inUse[c]!,
  }));
  return {
    classes,
    arenasAllocated: s.arenasAllocated,
    arenasFreed: s.arenasFreed,
    arenasInUse: arenasInUse(s),
    arenasHighwater: s.arenasHighwater,
    unusedPools,
    bytesInAllocatedBlocks: classes.reduce((t, r) => t + r.blocksInUse * r.size, 0),
    bytesInAvailableBlocks: classes.reduce((t, r) => t + r.availableBlocks * r.size, 0),
    rawBlocks: s.rawBlocks,
    rawBytes: s.rawBytes,
  };
}

/** Address of pool `pool` of an arena row. */
export function poolAddress(s: PymallocState, arena: number, pool: number): number {
  return s.arenas[arena]!.firstPool + pool * s.config.poolSize;
}

/** The trace of no operations on CPython `version`: what the visualizer draws before the first request. */
export function emptyPymallocTrace(version: string): Trace<PymallocState, PymallocEvent> {
  return buildTrace<PymallocState, PymallocEvent>({ initial: initialPymallocState(version), apply: applyPymalloc, narrate: narratePymalloc, run() {} });
}
