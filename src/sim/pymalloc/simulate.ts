// pymalloc's blocks, pools and arenas as CPython's obmalloc manages them (64-bit default build).
// Written from the description in the project's facts sheet (python-memory-facts.md §2.2) and
// the structure of `pymalloc_alloc` / `pymalloc_free` (obmalloc.c up to 3.11,
// pycore_obmalloc.h + obmalloc.c from 3.12); the code here is our own.
//
// What is modelled, and how faithfully:
// - usedpools[c]: the partly used pools of class c; allocation takes a block from the head pool.
//   A pool that fills up is unlinked; a full pool that gets a block back is linked at the FRONT.
// - A pool that becomes empty goes to the front of its arena's `freepools` (singly linked) and
//   can then serve ANY class. Reused for the class it last served, it keeps its free list.
// - Blocks are carved lazily: a fresh pool links only blocks 0 and 1 (`nextoffset`); one more
//   block is carved each time the free list runs dry, until `maxnextoffset` is passed. Freed
//   blocks go to the front of the pool's `freeblock` list (LIFO).
// - usable_arenas: arenas with a free pool, in increasing order of `nfreepools`; a new pool comes
//   from the head (the busiest arena) — "untouched" pools are carved in address order only when
//   `freepools` is empty. An arena whose count rises moves to the front of its new count's run
//   (what `nfp2lasta[]` achieves since 3.8); one that gets its first free pool back goes to the head.
// - An arena is unmapped when all its pools are empty. From 3.9 (bpo-37257) that is skipped when
//   the arena is the LAST one on usable_arenas, so at most one wholly empty arena is kept.
// - Arena descriptors: a freed descriptor is reused first (the `unused_arena_objects` list).
// - Addresses are made up but consistent: arena i is mapped at ARENA_ZONE + i × 2 MiB (plus 4 KiB
//   on 3.10+, where mmap's page alignment usually costs one 16 KiB pool: the model always gives an
//   arena 63 usable pools, as most arenas have in a real run; a few get 64); pool k starts
//   at the first pool-aligned address + k × POOL_SIZE; block j at pool + 48 + j × size.
//   Requests of 0 bytes or more than 512 go to the "raw" allocator at RAW_ZONE.
import { SimError } from '../errors';
import { hex } from '../hex';
import { buildTrace, inputLimitTrace, overLimit, throwIfError, type Narration, type RunOptions, type Trace } from '../trace';
import { pymallocConfig, sizeClassOf, blocksPerPool, type PymallocConfig } from './config';
import {
  PYMALLOC_MAX_BULK,
  PYMALLOC_MAX_OPS,
  PYMALLOC_MAX_TOTAL,
  applyPymalloc,
  arenaPlace,
  initialPymallocState,
  narratePymalloc,
  objectsAllocated,
  type PoolStatus,
  type PymallocBlock,
  type PymallocEvent,
  type PymallocOp,
  type PymallocState,
  type PymallocStats,
} from './arenas';

const RAW_ZONE = 0x55d0_0000_0000;

// ---------------------------------------------------------------- the machine

interface Pool {
  readonly arena: Arena;
  readonly index: number;
  readonly address: number;
  /** `szidx`; −1 before the pool was first initialised. */
  szidx: number;
  /** `ref.count`. */
  count: number;
  carved: number;
  capacity: number;
  /** The `freeblock` list; the head is the LAST element. */
  free: number[];
  /** The bottom entry of `free` was carved but never handed out (at most one such entry). */
  freshBottom: boolean;
  status: PoolStatus;
  prev: Pool | null;
  next: Pool | null;
  nextFree: Pool | null;
}

interface Arena {
  readonly index: number;
  readonly base: number;
  readonly firstPool: number;
  readonly total: number;
  nfree: number;
  /** Pools carved from the arena so far, by index (`pool_address` = firstPool + pools.length × POOL_SIZE). */
  readonly pools: Pool[];
  freepools: Pool | null;
}

interface Live {
  readonly name: string;
  readonly address: number;
  readonly size: number;
  readonly pool: Pool | null;
  readonly block: number;
  /** Allocation order (named() lists live objects by it). */
  readonly seq: number;
  /** Set for an object of a bulk allocation: kept in its run, not in the maps of single ones. */
  readonly run: BulkRun | null;
}

/**
 * The objects of one bulk allocation, `prefix[start]` … `prefix[start + count - 1]`, in
 * allocation order. Kept as one array rather than a name and an address per object in maps:
 * that bookkeeping was four fifths of a 10^6-object malloc-many.
 */
interface BulkRun {
  readonly prefix: string;
  readonly start: number;
  /** `seq` of its first object; the others follow without a gap. */
  readonly seq: number;
  readonly lives: BulkLive[];
  /** How many of `lives` are not freed. */
  alive: number;
}

/** An object of a bulk allocation: its name is made only when asked for. */
class BulkLive implements Live {
  freed = false;
  constructor(
    readonly run: BulkRun,
    readonly index: number,
    readonly address: number,
    readonly size: number,
    readonly pool: Pool | null,
    readonly block: number,
    readonly seq: number,
  ) {}
  get name(): string {
    return `${this.run.prefix}[${this.run.start + this.index}]`;
  }
}

const NAME_RE = /^[\p{L}_][\p{L}\p{N}_]*$/u;

function badName(name: string, op?: number): SimError {
  return new SimError('bad-name', 'error.pymalloc.badName', { name, ...(op === undefined ? {} : { op: op + 1 }) }, op);
}

function* liveOf(run: BulkRun): IterableIterator<Live> {
  if (run.alive === 0) return;
  for (const l of run.lives) if (!l.freed) yield l;
}

/** Addresses of arena `index` under `config`. */
type Emit = (e: PymallocEvent) => void;

/**
 * The allocator's working state, mutated in place. `emit` receives every event; in bulk mode
 * consecutive block events of one pool are merged by `Summariser` before they reach it.
 */
class Obmalloc {
  readonly config: PymallocConfig;
  private readonly capacities: number[];
  private readonly usedpools: (Pool | null)[];
  private usable: Arena[] = [];
  private readonly unusedDescriptors: number[] = [];
  private descriptors = 0;
  private readonly mapped = new Map<number, Arena>();
  /** Live objects allocated one at a time, by name (bulk ones are in `runs`). */
  private readonly singles = new Map<string, Live>();
  private readonly byAddress = new Map<number, Live>();
  /** Addresses of single objects freed and not handed out since (to tell a double free from a wild pointer). */
  private readonly freed = new Set<number>();
  /** Bulk allocations by prefix, oldest first. */
  private readonly runs = new Map<string, BulkRun[]>();
  private seq = 0;
  private readonly nextIndex = new Map<string, number>();
  private rawNext = RAW_ZONE;
  private anon = 0;
  allocatedTotal = 0;
  freedTotal = 0;
  highwater = 0;
  rawBlocks = 0;
  rawBytes = 0;
  op = 0;
  emit: Emit;

  constructor(version: string, emit: Emit) {
    this.config = pymallocConfig(version);
    this.capacities = this.config.sizeClasses.map((_, c) => blocksPerPool(c, version));
    this.usedpools = this.config.sizeClasses.map(() => null);
    this.emit = emit;
  }

  private usableOrder(): number[] {
    return this.usable.map((a) => a.index);
  }

  /** A fresh name for an anonymous allocation ("#1", "#2", …: not a valid user name, so no clash). */
  anonymousName(): string {
    return `#${++this.anon}`;
  }

  /** The next `count` names of a bulk prefix. */
  reserveBulk(prefix: string, count: number): number {
    const start = this.nextIndex.get(prefix) ?? 0;
    this.nextIndex.set(prefix, start + count);
    return start;
  }

  // ---- arenas

  private newArena(): Arena {
    const index = this.unusedDescriptors.pop() ?? this.descriptors++;
    const { base, firstPool } = arenaPlace(this.config, index);
    const arena: Arena = { index, base, firstPool, total: this.config.poolsPerArena, nfree: this.config.poolsPerArena, pools: [], freepools: null };
    this.mapped.set(index, arena);
    this.allocatedTotal++;
    this.highwater = Math.max(this.highwater, this.mapped.size);
    this.usable = [arena];
    this.emit({ kind: 'new-arena', op: this.op, arena: index, base, pools: arena.total, usable: this.usableOrder() });
    return arena;
  }

  /** `allocate_from_new_pool`: a pool for class `c` from the head of usable_arenas. */
  /** The pool `takePool` just (re)initialised: its block 0 belongs to the caller. */
  private initialisedPool: Pool | null = null;

  private takePool(c: number): Pool {
    const arena = this.usable[0] ?? this.newArena();
    let pool: Pool;
    let from: 'fresh' | 'freepools';
    if (arena.freepools) {
      pool = arena.freepools;
      arena.freepools = pool.nextFree;
      pool.nextFree = null;
      from = 'freepools';
    } else {
      const index = arena.pools.length;
      pool = {
        arena, index, address: arena.firstPool + index * this.config.poolSize,
        szidx: -1, count: 0, carved: 0, capacity: 0, free: [], freshBottom: false,
        status: 'untouched', prev: null, next: null, nextFree: null,
      };
      arena.pools.push(pool);
      from = 'fresh';
    }
    arena.nfree--;
    const keptList = pool.szidx === c;
    this.initialisedPool = keptList ? null : pool;
    if (!keptList) {
      // Initialise: block 0 is about to be handed out, block 1 heads the free list.
      pool.szidx = c;
      pool.capacity = this.capacities[c]!;
      pool.carved = 2;
      pool.free = [1];
      pool.freshBottom = true;
    }
    pool.status = 'used';
    this.frontlink(pool);
    this.emit({
      kind: 'take-pool', op: this.op, arena: arena.index, pool: pool.index, address: pool.address, sizeClass: c,
      from, keptList, capacity: pool.capacity, carved: pool.carved,
    });
    if (arena.nfree === 0) {
      this.usable.shift();
      this.emit({ kind: 'arena-full', op: this.op, arena: arena.index, usable: this.usableOrder() });
    }
    return pool;
  }

  /** A pool got empty: `insert_to_freepool` and the arena bookkeeping after it. */
  private poolEmptied(pool: Pool): void {
    const arena = pool.arena;
    this.unlink(pool);
    pool.status = 'empty';
    pool.nextFree = arena.freepools;
    arena.freepools = pool;
    const old = arena.nfree;
    arena.nfree = old + 1;
    this.emit({ kind: 'pool-empty', op: this.op, arena: arena.index, pool: pool.index, sizeClass: pool.szidx, freePools: arena.nfree });
    const at = this.usable.indexOf(arena);
    if (arena.nfree === arena.total) {
      const last = at === this.usable.length - 1;
      if (!(this.config.keepsOneEmptyArena && last)) {
        if (at >= 0) this.usable.splice(at, 1);
        this.mapped.delete(arena.index);
        this.unusedDescriptors.push(arena.index);
        this.freedTotal++;
        this.emit({ kind: 'arena-freed', op: this.op, arena: arena.index, base: arena.base, usable: this.usableOrder() });
        return;
      }
      this.emit({ kind: 'arena-kept', op: this.op, arena: arena.index });
      return;
    }
    if (old === 0) {
      this.usable.unshift(arena);
      this.emit({ kind: 'arena-usable', op: this.op, arena: arena.index, usable: this.usableOrder() });
      return;
    }
    // Keep usable_arenas sorted: move behind the last arena that still has `old` free pools.
    let lastOld = at;
    while (lastOld + 1 < this.usable.length && this.usable[lastOld + 1]!.nfree === old) lastOld++;
    if (lastOld === at) return;
    this.usable.splice(at, 1);
    this.usable.splice(lastOld, 0, arena);
    this.emit({ kind: 'arena-moved', op: this.op, arena: arena.index, freePools: arena.nfree, usable: this.usableOrder() });
  }

  // ---- usedpools lists

  private frontlink(pool: Pool): void {
    const head = this.usedpools[pool.szidx]!;
    pool.prev = null;
    pool.next = head;
    if (head) head.prev = pool;
    this.usedpools[pool.szidx] = pool;
  }

  private unlink(pool: Pool): void {
    if (pool.prev) pool.prev.next = pool.next;
    else this.usedpools[pool.szidx] = pool.next;
    if (pool.next) pool.next.prev = pool.prev;
    pool.prev = pool.next = null;
  }

  // ---- blocks

  /** Whether a single object of this name is live (bulk names, `p[i]`, are never single names). */
  hasSingle(name: string): boolean {
    return this.singles.has(name);
  }

  /** The live object named `name` (a single one, or `prefix[i]` of a bulk allocation). */
  find(name: string): Live | null {
    const single = this.singles.get(name);
    if (single) return single;
    const m = /^(.+)\[(\d+)\]$/.exec(name);
    if (!m) return null;
    const index = Number(m[2]);
    for (const run of this.runs.get(m[1]!) ?? []) {
      const k = index - run.start;
      if (k >= 0 && k < run.lives.length) {
        const l = run.lives[k]!;
        return l.freed ? null : l;
      }
    }
    return null;
  }

  /** Starts a bulk allocation of `prefix[start…]` (its objects come from `malloc(size, run)`). */
  beginRun(prefix: string, start: number): BulkRun {
    const run: BulkRun = { prefix, start, seq: this.seq, lives: [], alive: 0 };
    const list = this.runs.get(prefix);
    if (list) list.push(run);
    else this.runs.set(prefix, [run]);
    return run;
  }

  /**
   * `pymalloc_alloc` (or the raw allocator) for one request: a single object named `name`, or
   * the next object of a bulk `run` (its events carry no name; bulk events are summarised).
   */
  malloc(size: number, name: string | BulkRun): PymallocBlock {
    const bulk = typeof name !== 'string';
    const c = sizeClassOf(size, this.config.version);
    if (c === null) {
      const address = this.rawNext;
      this.rawNext += Math.max(32, Math.ceil((size + 16) / 16) * 16);
      this.rawBlocks++;
      this.rawBytes += size;
      this.remember(name, address, size, null, 0);
      if (!bulk) this.emit({ kind: 'raw-alloc', op: this.op, size, count: 1, address });
      return { raw: true, address, size };
    }
    const head = this.usedpools[c] ?? null;
    const pool = head ?? this.takePool(c);
    let block: number;
    let reused: boolean;
    if (head === null && this.initialisedPool === pool) {
      // A (re)initialised pool: block 0 was never on the list (CPython returns it directly).
      block = 0;
      reused = false;
    } else {
      block = pool.free.pop()!;
      reused = !(pool.free.length === 0 && pool.freshBottom);
    }
    if (pool.free.length === 0) {
      pool.freshBottom = false;
      if (pool.carved < pool.capacity) {
        // `pymalloc_pool_extend`: carve one more block only now that the list ran dry.
        pool.free.push(pool.carved++);
        pool.freshBottom = true;
      }
    }
    pool.count++;
    const blockSize = this.config.sizeClasses[c]!;
    const address = pool.address + this.config.poolOverhead + block * blockSize;
    this.remember(name, address, size, pool, block);
    const arena = pool.arena.index;
    this.emit({ kind: 'alloc', op: this.op, arena, pool: pool.index, block, address, sizeClass: c, name: bulk ? '' : name, reused, used: pool.count, carved: pool.carved });
    if (pool.free.length === 0) {
      this.unlink(pool);
      pool.status = 'full';
      this.emit({ kind: 'pool-full', op: this.op, arena, pool: pool.index, sizeClass: c });
    }
    return { raw: false, address, arena, pool: pool.index, block, sizeClass: c, blockSize, reused };
  }

  private remember(name: string | BulkRun, address: number, size: number, pool: Pool | null, block: number): void {
    const seq = this.seq++;
    if (typeof name !== 'string') {
      name.lives.push(new BulkLive(name, name.lives.length, address, size, pool, block, seq));
      name.alive++;
      return;
    }
    const l: Live = { name, address, size, pool, block, seq, run: null };
    this.singles.set(name, l);
    this.byAddress.set(address, l);
    this.freed.delete(address);
  }

  /**
   * The live allocation at `address`, or a SimError for a double free / unknown address. Only
   * the driven API frees by address; bulk objects are searched one by one.
   */
  lookup(address: number): Live {
    const l = this.byAddress.get(address);
    if (l) return l;
    let handedOut = this.freed.has(address);
    for (const list of this.runs.values()) {
      for (const run of list) {
        for (const b of run.lives) {
          if (b.address !== address) continue;
          if (!b.freed) return b;
          handedOut = true;
        }
      }
    }
    // Not live: an address handed out before was freed (and not handed out again since).
    if (handedOut) throw new SimError('double-free', 'error.pymalloc.doubleFree', { address: hex(address) });
    throw new SimError('unknown-address', 'error.pymalloc.unknownAddress', { address: hex(address) });
  }

  /** `pymalloc_free` (or the raw allocator's free) of a live allocation. */
  free(l: Live, bulk: boolean): void {
    if (l instanceof BulkLive) {
      l.freed = true;
      l.run.alive--;
    } else {
      this.singles.delete(l.name);
      this.byAddress.delete(l.address);
      this.freed.add(l.address);
    }
    const pool = l.pool;
    if (!pool) {
      this.rawBlocks--;
      this.rawBytes -= l.size;
      if (!bulk) this.emit({ kind: 'raw-free', op: this.op, bytes: l.size, count: 1, address: l.address });
      return;
    }
    const wasFull = pool.free.length === 0;
    pool.free.push(l.block);
    if (pool.free.length === 1) pool.freshBottom = false;
    pool.count--;
    const arena = pool.arena.index;
    this.emit({ kind: 'free', op: this.op, arena, pool: pool.index, block: l.block, address: l.address, sizeClass: pool.szidx, name: bulk ? '' : l.name, used: pool.count });
    if (wasFull) {
      pool.status = 'used';
      this.frontlink(pool);
      this.emit({ kind: 'pool-relinked', op: this.op, arena, pool: pool.index, sizeClass: pool.szidx });
      // A pool of one block would also be empty now; no class is that large.
    }
    if (pool.count === 0) this.poolEmptied(pool);
  }

  stats(): PymallocStats {
    const pools = new Array<number>(this.capacities.length).fill(0);
    const inUse = new Array<number>(this.capacities.length).fill(0);
    let unusedPools = 0;
    for (const arena of this.mapped.values()) {
      unusedPools += arena.nfree;
      for (const p of arena.pools) {
        if (p.count === 0) continue;
        pools[p.szidx]!++;
        inUse[p.szidx]! += p.count;
      }
    }
    const classes = this.config.sizeClasses.map((size, c) => ({
      sizeClass: c,
      size,
      pools: pools[c]!,
      blocksInUse: inUse[c]!,
      availableBlocks: pools[c]! * this.capacities[c]! - inUse[c]!,
    }));
    return {
      classes,
      arenasAllocated: this.allocatedTotal,
      arenasFreed: this.freedTotal,
      arenasInUse: this.mapped.size,
      arenasHighwater: this.highwater,
      unusedPools,
      bytesInAllocatedBlocks: classes.reduce((s, r) => s + r.blocksInUse * r.size, 0),
      bytesInAvailableBlocks: classes.reduce((s, r) => s + r.availableBlocks * r.size, 0),
      rawBlocks: this.rawBlocks,
      rawBytes: this.rawBytes,
    };
  }

  /** Live allocations named `prefix[…]` (all when prefix is undefined), oldest first. */
  *named(prefix: string | undefined): IterableIterator<Live> {
    // Only bulk objects have names with brackets; their runs are in allocation order.
    if (prefix !== undefined) {
      for (const run of this.runs.get(prefix) ?? []) yield* liveOf(run);
      return;
    }
    // Everything: single objects and runs (each a block of consecutive `seq`s) by `seq`.
    const parts: { seq: number; single: Live | null; run: BulkRun | null }[] = [];
    for (const l of this.singles.values()) parts.push({ seq: l.seq, single: l, run: null });
    for (const list of this.runs.values()) for (const run of list) if (run.alive > 0) parts.push({ seq: run.seq, single: null, run });
    parts.sort((a, b) => a.seq - b.seq);
    for (const p of parts) {
      if (p.single) yield p.single;
      else yield* liveOf(p.run!);
    }
  }

  newest(prefix: string | undefined): Live | null {
    let found: Live | null = null;
    for (const l of this.named(prefix)) found = l;
    return found;
  }
}

/**
 * Bulk operations emit summaries: consecutive block events of one pool become one
 * 'alloc-many' / 'free-many' event; pool and arena events pass through unchanged.
 */
class Summariser {
  private pending: { kind: 'alloc-many' | 'free-many'; op: number; arena: number; pool: number; count: number; reused: number; first: number; last: number; sizeClass: number; used: number; carved: number } | null = null;
  constructor(private readonly out: Emit) {}

  readonly emit: Emit = (e) => {
    if (e.kind === 'alloc' || e.kind === 'free') {
      const kind = e.kind === 'alloc' ? 'alloc-many' : 'free-many';
      const p = this.pending;
      if (p && p.kind === kind && p.arena === e.arena && p.pool === e.pool) {
        p.count++;
        p.last = e.address;
        p.used = e.used;
        if (e.kind === 'alloc') {
          p.carved = e.carved;
          if (e.reused) p.reused++;
        }
        return;
      }
      this.flush();
      this.pending = {
        kind, op: e.op, arena: e.arena, pool: e.pool, count: 1, first: e.address, last: e.address, sizeClass: e.sizeClass, used: e.used,
        reused: e.kind === 'alloc' && e.reused ? 1 : 0, carved: e.kind === 'alloc' ? e.carved : 0,
      };
      return;
    }
    this.flush();
    this.out(e);
  };

  flush(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    if (p.kind === 'alloc-many') {
      this.out({ kind: 'alloc-many', op: p.op, arena: p.arena, pool: p.pool, count: p.count, reused: p.reused, first: p.first, last: p.last, sizeClass: p.sizeClass, used: p.used, carved: p.carved });
    } else {
      this.out({ kind: 'free-many', op: p.op, arena: p.arena, pool: p.pool, count: p.count, sizeClass: p.sizeClass, used: p.used });
    }
  }
}

// ---------------------------------------------------------------- running operations

function checkSize(size: number, op?: number): void {
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new SimError('bad-size', 'error.pymalloc.badSize', { nbytes: String(size), ...(op === undefined ? {} : { op }) }, op);
  }
}

function checkOp(o: PymallocOp, i: number): void {
  switch (o.op) {
    case 'malloc':
      checkSize(o.size, i);
      if (o.name !== undefined && !NAME_RE.test(o.name)) throw badName(o.name, i);
      return;
    case 'free':
      if (!NAME_RE.test(o.name) && !/^[\p{L}_][\p{L}\p{N}_]*\[\d+\]$/u.test(o.name)) throw badName(o.name, i);
      return;
    case 'malloc-many':
      checkSize(o.size, i);
      if (!NAME_RE.test(o.prefix)) throw badName(o.prefix, i);
      if (!Number.isSafeInteger(o.count) || o.count < 1 || o.count > PYMALLOC_MAX_BULK) {
        throw new SimError('bad-count', 'error.pymalloc.badBulkCount', { count: String(o.count), max: PYMALLOC_MAX_BULK, op: i + 1 }, i);
      }
      return;
    case 'free-many':
      if (o.prefix !== undefined && !NAME_RE.test(o.prefix)) throw badName(o.prefix, i);
      if (o.keepEvery !== undefined && (!Number.isSafeInteger(o.keepEvery) || o.keepEvery < 2)) {
        throw new SimError('bad-count', 'error.pymalloc.badKeepEvery', { every: String(o.keepEvery), op: i + 1 }, i);
      }
      return;
    case 'free-newest':
      if (o.prefix !== undefined && !NAME_RE.test(o.prefix)) throw badName(o.prefix, i);
      return;
    default:
      throw new SimError('bad-op', 'error.pymalloc.badOp', { op: i + 1 }, i);
  }
}

/** Refuses, at the operation that passes it, a run that allocates more than PYMALLOC_MAX_TOTAL objects. */
function checkTotal(ops: readonly PymallocOp[]): void {
  let n = 0;
  ops.forEach((o, i) => {
    n += objectsAllocated([o]);
    if (n > PYMALLOC_MAX_TOTAL) throw new SimError('too-many', 'error.pymalloc.tooMany', { max: PYMALLOC_MAX_TOTAL, op: i + 1 }, i);
  });
}

/** Runs one operation on the machine (its `op` counter set by the caller). */
function runOp(m: Obmalloc, o: PymallocOp, i: number, out: Emit): void {
  switch (o.op) {
    case 'malloc': {
      const name = o.name ?? m.anonymousName();
      if (m.hasSingle(name)) throw new SimError('name-in-use', 'error.pymalloc.nameInUse', { name, op: i + 1 }, i);
      const c = sizeClassOf(o.size, m.config.version);
      out({ kind: 'request', op: i, size: o.size, count: 1, name, sizeClass: c, blockSize: c === null ? 0 : m.config.sizeClasses[c]! });
      m.emit = out;
      m.malloc(o.size, name);
      return;
    }
    case 'free': {
      const l = m.find(o.name);
      if (!l) throw new SimError('unknown-name', 'error.pymalloc.unknownName', { name: o.name, op: i + 1 }, i);
      m.emit = out;
      m.free(l, false);
      return;
    }
    case 'free-newest': {
      const l = m.newest(o.prefix);
      if (!l) throw new SimError('nothing-live', 'error.pymalloc.nothingLive', { op: i + 1 }, i);
      m.emit = out;
      m.free(l, false);
      return;
    }
    case 'malloc-many': {
      const c = sizeClassOf(o.size, m.config.version);
      const start = m.reserveBulk(o.prefix, o.count);
      out({ kind: 'request', op: i, size: o.size, count: o.count, name: `${o.prefix}[${start}…${start + o.count - 1}]`, sizeClass: c, blockSize: c === null ? 0 : m.config.sizeClasses[c]! });
      const s = new Summariser(out);
      m.emit = s.emit;
      let first = 0;
      const run = m.beginRun(o.prefix, start);
      for (let k = 0; k < o.count; k++) {
        const b = m.malloc(o.size, run);
        if (k === 0) first = b.address;
      }
      s.flush();
      if (c === null) out({ kind: 'raw-alloc', op: i, size: o.size, count: o.count, address: first });
      return;
    }
    case 'free-many': {
      const victims: Live[] = [];
      let position = 0;
      let kept = 0;
      for (const l of m.named(o.prefix)) {
        if (o.keepEvery !== undefined && position % o.keepEvery === 0) kept++;
        else victims.push(l);
        position++;
      }
      out({ kind: 'bulk-free', op: i, prefix: o.prefix ?? '', count: victims.length, kept });
      const s = new Summariser(out);
      m.emit = s.emit;
      let rawCount = 0;
      let rawBytes = 0;
      let rawFirst = 0;
      for (const l of victims) {
        if (l.pool === null) {
          if (rawCount === 0) rawFirst = l.address;
          rawCount++;
          rawBytes += l.size;
        }
        m.free(l, true);
      }
      s.flush();
      if (rawCount > 0) out({ kind: 'raw-free', op: i, bytes: rawBytes, count: rawCount, address: rawFirst });
      return;
    }
  }
}

// ---------------------------------------------------------------- public API

export interface Pymalloc {
  readonly config: PymallocConfig;
  /** A request of `n` bytes: a block from pymalloc (1..512) or the raw allocator (0, > 512). */
  malloc(n: number): PymallocBlock;
  /** Frees the block at `address`; SimError 'double-free' or 'unknown-address' otherwise. */
  free(address: number): void;
  /** Runs one `simulatePymalloc` operation (names as there); SimError on bad input. */
  run(op: PymallocOp): void;
  stats(): PymallocStats;
  /** The state a view draws (maintained with the same reducer as the trace). */
  state(): PymallocState;
  /** Events (narrated) of the last call. */
  lastEvents(): (PymallocEvent & { readonly msg: Narration })[];
}

/**
 * A pymalloc of CPython `version` ('3.8' … '3.14', see pymallocConfig) to drive call by call.
 * `malloc(24)` → `{ raw: false, arena: 0, pool: 0, block: 0, sizeClass: 1, address, … }`
 * (a float's 24 bytes take a 32-byte block); `malloc(0)` / `malloc(600)` → `{ raw: true, … }`.
 * `stats()` is shaped like `sys._debugmallocstats()`. Same machine and reducer as simulatePymalloc.
 *
 * @example const p = createPymalloc({ version: '3.13' }); const b = p.malloc(24); p.free(b.address);
 */
export function createPymalloc(options: { version: string }): Pymalloc {
  let state = initialPymallocState(options.version);
  let log: PymallocEvent[] = [];
  const record: Emit = (e) => {
    state = applyPymalloc(state, e);
    log.push(e);
  };
  const m = new Obmalloc(options.version, record);
  let ops = 0;
  const begin = (): void => {
    log = [];
    m.op = ops++;
    m.emit = record;
  };
  return {
    config: m.config,
    malloc(n) {
      checkSize(n);
      begin();
      const name = m.anonymousName();
      const c = sizeClassOf(n, m.config.version);
      record({ kind: 'request', op: m.op, size: n, count: 1, name, sizeClass: c, blockSize: c === null ? 0 : m.config.sizeClasses[c]! });
      return m.malloc(n, name);
    },
    free(address) {
      const l = m.lookup(address);
      begin();
      m.free(l, false);
    },
    run(o) {
      checkOp(o, ops);
      begin();
      runOp(m, o, m.op, record);
    },
    stats: () => m.stats(),
    state: () => state,
    lastEvents: () => log.map((e) => ({ ...e, msg: narratePymalloc(e) })),
  };
}

/**
 * Runs pymalloc operations (see PymallocOp) on CPython `version` and records a trace:
 * `request` (size → class, or raw), `new-arena`, `take-pool` (fresh / from freepools / same
 * class with its free list kept), `alloc` (a never-used block or a reused one), `pool-full`,
 * `arena-full`, `free`, `pool-relinked`, `pool-empty`, `arena-usable`, `arena-moved`,
 * `arena-freed`, `arena-kept` (3.9+), `raw-alloc` / `raw-free`; bulk operations summarise
 * block events per pool (`alloc-many`, `free-many`, after a `bulk-free` header), so
 * 100 000 allocations make a trace of a few thousand events.
 *
 * Throws SimError before running for bad operations ('bad-size', 'bad-name', 'bad-count',
 * 'bad-op'; index = operation number) or an unknown version, and mid-run, with the partial trace
 * in `error.trace`, for 'name-in-use', 'unknown-name' (freeing a name that is not live: never
 * allocated or already freed) and 'nothing-live'. `maxInputLength` (default 10 000) counts operations.
 *
 * @example simulatePymalloc([{ op: 'malloc-many', size: 24, count: 40000, prefix: 'f' }, { op: 'free-many', prefix: 'f' }], { version: '3.13' }).final
 */
export function simulatePymalloc(
  ops: readonly PymallocOp[],
  options: { version: string } & RunOptions,
): { final: PymallocState; trace: Trace<PymallocState, PymallocEvent> } {
  const initial = initialPymallocState(options.version);
  const max = overLimit(ops.length, options, PYMALLOC_MAX_OPS);
  if (max !== null) {
    const trace = inputLimitTrace(initial, ops.length, max, applyPymalloc, narratePymalloc);
    return { final: trace.final, trace };
  }
  ops.forEach(checkOp);
  checkTotal(ops);
  const trace = buildTrace<PymallocState, PymallocEvent>({
    initial,
    apply: applyPymalloc,
    narrate: narratePymalloc,
    ...(options.maxSteps === undefined ? {} : { maxSteps: options.maxSteps }),
    run(emit) {
      const m = new Obmalloc(options.version, emit);
      ops.forEach((o, i) => {
        m.op = i;
        runOp(m, o, i, emit);
      });
    },
  });
  throwIfError(trace);
  return { final: trace.final, trace };
}
