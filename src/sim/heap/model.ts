import { hex } from '../hex';
import { SimError } from '../errors';
import { buildTrace, inputLimitTrace, overLimit, throwIfError, type Narration, type RunOptions, type Trace } from '../trace';

/**
 * A heap allocator on an explicit free list (chapter "the heap"): the model — options, the
 * state and its events, the reducer and narration, the algorithms, a call-by-call allocator and
 * the traced simulator of a list of operations. The script syntax is in ./syntax.ts, the
 * exercises' problems in ./problems.ts; ./index.ts re-exports all three.
 *
 * Model: a heap of `size` bytes from `base`, cut into blocks that tile it exactly. Every
 * block is a `headerSize`-byte header followed by its payload; `Block.address` is the
 * PAYLOAD address (what malloc returns and free takes), `Block.size` the payload bytes. The
 * free list is kept in address order, so "first" means "lowest address".
 *
 * - Sizes: a request of n bytes needs max(align, n rounded up to align) payload bytes.
 * - Split: a chosen block is split when the remainder can hold a header plus `align` bytes;
 *   otherwise the whole block is handed out (the slack is internal fragmentation).
 * - Next-fit: `rover` is the end of the last block handed out by a search. The next search
 *   starts at the first free block that ends after the rover (so a block the rover falls
 *   inside after coalescing still counts), runs to the end of the heap and wraps around.
 * - Best-fit stops early at an exact fit; worst-fit always scans the whole list.
 * - free coalesces with the next and then the previous neighbour, so two free blocks are
 *   never adjacent.
 * - realloc follows glibc: realloc(NULL, n) = malloc(n); realloc(p, 0) frees p and returns
 *   NULL (C17 leaves this implementation-defined, C23 undefined); shrinking and growing
 *   into a free next block happen in place; otherwise malloc + copy + free. When that malloc
 *   fails, NULL is returned and the old block is untouched (as in C).
 * - malloc(0) returns a minimal block (like glibc), not NULL.
 * - calloc(count, size): count × size ≥ 2^64 (size_t overflow) is a SimError here (C returns NULL).
 */

export type FitPolicy = 'first-fit' | 'next-fit' | 'best-fit' | 'worst-fit';
export const FIT_POLICIES: readonly FitPolicy[] = ['first-fit', 'next-fit', 'best-fit', 'worst-fit'];

export const ALLOC_MAX_OPS = 10_000;
export const MAX_HEAP_SIZE = 2 ** 31;
const SIZE_T_LIMIT = 2 ** 64;

export interface AllocatorOptions {
  /** Heap bytes, headers included (a multiple of `align`). */
  size: number;
  policy?: FitPolicy;
  /** Payload alignment, a power of two (default 16). */
  align?: number;
  /** Bytes of bookkeeping before every payload (default 16, like glibc on 64-bit; 0 allowed). */
  headerSize?: number;
  /** Address of the heap's first byte (default 0x1000). */
  base?: number;
}

export interface HeapConfig {
  readonly size: number;
  readonly policy: FitPolicy;
  readonly align: number;
  readonly headerSize: number;
  readonly base: number;
}

export interface Block {
  /** Payload address; the header occupies the `headerSize` bytes before it. */
  readonly address: number;
  /** Payload bytes (a multiple of align). */
  readonly size: number;
  readonly free: boolean;
  /** Bytes the program asked for (0 when free); `size − requested` is internal fragmentation. */
  readonly requested: number;
  /** The name that points at it (simulateAllocator): set when allocated for a name, dropped when that name is given another block. */
  readonly id?: string;
  /**
   * Allocated, and no name points at it any more (its name was given another block or NULL, or
   * the script allocated it without a name): the program can never free it, a memory leak.
   */
  readonly leaked?: true;
  /** Allocated by calloc (its bytes are zero). */
  readonly zeroed?: boolean;
}

/** A named pointer variable: its address (null = NULL) and whether it was freed (dangling). */
export interface Handle {
  readonly address: number | null;
  readonly freed: boolean;
}

/** Immutable; `op` counts handled operations (calls). */
export interface HeapState {
  readonly config: HeapConfig;
  /** In address order; they tile the heap exactly. */
  readonly blocks: readonly Block[];
  /** Next-fit's roving pointer (see the module comment). */
  readonly rover: number;
  readonly handles: Readonly<Record<string, Handle>>;
  readonly op: number;
}

export interface HeapStats {
  /** Payload bytes of allocated blocks. */
  readonly used: number;
  /** Payload bytes of free blocks. */
  readonly free: number;
  /** Header bytes of all blocks (used + free + headers = heap size). */
  readonly headers: number;
  readonly largestFree: number;
  readonly blocks: Block[];
  /** 1 − largestFree / free (0 when nothing is free). */
  readonly externalFragmentation: number;
  /** Σ (payload − requested) over allocated blocks. */
  readonly internalFragmentation: number;
}

/**
 * How a policy judged one free block: 'too-small'; 'fits' (first/next-fit: taken);
 * 'better' (best-fit: smallest so far / worst-fit: largest so far); 'not-better'; 'exact'
 * (best-fit: exact fit, taken at once).
 */
export type SearchVerdict = 'too-small' | 'fits' | 'better' | 'not-better' | 'exact';
export type AllocCall = 'malloc' | 'calloc' | 'realloc';

/** Every event has `op`, the index of the operation (call) it belongs to. Addresses are payload addresses. */
export type AllocEvent =
  | { readonly kind: 'search'; readonly op: number; readonly policy: FitPolicy; readonly address: number; readonly size: number; readonly need: number; readonly verdict: SearchVerdict }
  /** The free block keeps `size` bytes; the rest becomes a free block at `rest`. */
  | { readonly kind: 'split'; readonly op: number; readonly address: number; readonly size: number; readonly rest: number; readonly restSize: number }
  /** `discarded`: a script's call without "name =", whose result is stored nowhere (the block leaks at once). */
  | { readonly kind: 'allocate'; readonly op: number; readonly call: AllocCall; readonly address: number; readonly size: number; readonly requested: number; readonly name: string | null; readonly zeroed: boolean; readonly discarded?: true }
  /** The call returns NULL; `old` is realloc's block, which stays allocated. */
  | { readonly kind: 'fail'; readonly op: number; readonly call: AllocCall; readonly requested: number; readonly need: number; readonly largest: number; readonly name: string | null; readonly old: number | null }
  /** `name` is null when realloc frees the old block (the handle already points to the new one). */
  | { readonly kind: 'free'; readonly op: number; readonly address: number; readonly size: number; readonly name: string | null }
  | { readonly kind: 'free-null'; readonly op: number; readonly name: string | null }
  /** The free block at `address` absorbs the free block at `absorbed`; `size` is the result. */
  | { readonly kind: 'coalesce'; readonly op: number; readonly address: number; readonly size: number; readonly absorbed: number }
  /** realloc(p, 0): p is freed and the handle becomes NULL. */
  | { readonly kind: 'realloc-zero'; readonly op: number; readonly address: number; readonly size: number; readonly name: string | null }
  | {
      readonly kind: 'realloc-in-place';
      readonly op: number;
      readonly address: number;
      readonly oldSize: number;
      readonly size: number;
      readonly requested: number;
      readonly name: string | null;
      /** Grown into the free next block at this address. */
      readonly absorbed: number | null;
      /** A free tail split off at this address. */
      readonly rest: number | null;
      readonly restSize: number;
    }
  | { readonly kind: 'realloc-move'; readonly op: number; readonly from: number; readonly to: number; readonly bytes: number; readonly name: string | null };


function optionError(option: string, value: unknown): SimError {
  return new SimError('bad-option', 'error.alloc.badOption', { option, value: String(value) });
}

const isPow2 = (n: number): boolean => Number.isInteger(n) && n >= 1 && (n & (n - 1)) === 0;

/** Validates options (SimError 'bad-option') and fills defaults. */
export function heapConfig(o: AllocatorOptions): HeapConfig {
  const policy = o.policy ?? 'first-fit';
  const align = o.align ?? 16;
  const headerSize = o.headerSize ?? 16;
  const base = o.base ?? 0x1000;
  if (!FIT_POLICIES.includes(policy)) throw optionError('policy', policy);
  if (!isPow2(align) || align > 4096) throw optionError('align', align);
  if (!Number.isSafeInteger(headerSize) || headerSize < 0 || headerSize % align !== 0 || headerSize > 4096) throw optionError('headerSize', headerSize);
  if (!Number.isSafeInteger(base) || base < 0 || base % align !== 0) throw optionError('base', base);
  const size = o.size;
  if (!Number.isSafeInteger(size) || size % align !== 0 || size < headerSize + align || size > MAX_HEAP_SIZE) throw optionError('size', size);
  return { size, policy, align, headerSize, base };
}

/** An empty heap: one free block spanning it all. */
export function initialHeap(o: AllocatorOptions): HeapState {
  const config = heapConfig(o);
  const h = config.headerSize;
  return {
    config,
    blocks: [{ address: config.base + h, size: config.size - h, free: true, requested: 0 }],
    rover: config.base,
    handles: {},
    op: 0,
  };
}

/** Payload bytes a request of `n` bytes needs. */
export function needOf(config: HeapConfig, n: number): number {
  return Math.max(config.align, Math.ceil(n / config.align) * config.align);
}

function checkSize(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new SimError('bad-size', 'error.alloc.badSize', { size: String(n) });
}

/** count × size for calloc, checked: SimError 'bad-size' or 'calloc-overflow' (size_t overflow). */
export function callocBytes(count: number, size: number): number {
  checkSize(count);
  checkSize(size);
  if (count * size >= SIZE_T_LIMIT) throw new SimError('calloc-overflow', 'error.alloc.callocOverflow', { count, size });
  return count * size;
}

export function statsOf(s: HeapState): HeapStats {
  let used = 0;
  let free = 0;
  let largestFree = 0;
  let internal = 0;
  for (const b of s.blocks) {
    if (b.free) {
      free += b.size;
      largestFree = Math.max(largestFree, b.size);
    } else {
      used += b.size;
      internal += b.size - b.requested;
    }
  }
  return {
    used,
    free,
    headers: s.blocks.length * s.config.headerSize,
    largestFree,
    blocks: s.blocks.map((b) => ({ ...b })),
    externalFragmentation: free === 0 ? 0 : 1 - largestFree / free,
    internalFragmentation: internal,
  };
}

/** Free-block indices in the order the policy visits them. */
function visitOrder(s: HeapState): number[] {
  const free: number[] = [];
  s.blocks.forEach((b, i) => {
    if (b.free) free.push(i);
  });
  if (s.config.policy !== 'next-fit') return free;
  const k = free.findIndex((i) => s.blocks[i]!.address + s.blocks[i]!.size > s.rover);
  return k <= 0 ? free : [...free.slice(k), ...free.slice(0, k)];
}

/** The policy's search for `need` payload bytes: the visits (block index + verdict) and the chosen index. */
export function pickBlock(s: HeapState, need: number): { visits: { index: number; verdict: SearchVerdict }[]; index: number | null } {
  const policy = s.config.policy;
  const visits: { index: number; verdict: SearchVerdict }[] = [];
  let best: number | null = null;
  for (const i of visitOrder(s)) {
    const size = s.blocks[i]!.size;
    if (size < need) {
      visits.push({ index: i, verdict: 'too-small' });
    } else if (policy === 'first-fit' || policy === 'next-fit') {
      visits.push({ index: i, verdict: 'fits' });
      return { visits, index: i };
    } else if (policy === 'best-fit' && size === need) {
      visits.push({ index: i, verdict: 'exact' });
      return { visits, index: i };
    } else {
      const bs = best === null ? null : s.blocks[best]!.size;
      const better = bs === null || (policy === 'best-fit' ? size < bs : size > bs);
      visits.push({ index: i, verdict: better ? 'better' : 'not-better' });
      if (better) best = i;
    }
  }
  return { visits, index: best };
}

function indexAt(s: HeapState, address: number): number {
  const i = s.blocks.findIndex((b) => b.address === address);
  if (i < 0) throw new Error(`no block at ${hex(address)}`);
  return i;
}

function withHandle(s: HeapState, name: string | null, h: Handle): Readonly<Record<string, Handle>> {
  return name === null ? s.handles : { ...s.handles, [name]: h };
}

/**
 * `name` is about to be given another value: the live block it points at (if any) loses its
 * label and, as no other name can point at it (the script language has no pointer copies),
 * becomes leaked. Mutates `blocks`, the reducer's own copy.
 */
function dropName(s: HeapState, blocks: Block[], name: string | null): void {
  const h = name === null || !Object.prototype.hasOwnProperty.call(s.handles, name) ? undefined : s.handles[name];
  if (h === undefined || h.freed || h.address === null) return;
  const i = blocks.findIndex((b) => b.address === h.address && !b.free);
  if (i < 0) return;
  const { id: _, ...rest } = blocks[i]!;
  blocks[i] = { ...rest, leaked: true };
}

/** A free block record (payload address and bytes). */
export const freeBlock = (address: number, size: number): Block => ({ address, size, free: true, requested: 0 });

/** The reducer: pure, returns a new state (the block array is copied). */
export function applyAlloc(s: HeapState, e: AllocEvent): HeapState {
  const op = e.op + 1;
  const blocks = s.blocks.slice();
  switch (e.kind) {
    case 'search':
    case 'realloc-move':
    case 'free-null':
      return { ...s, op };
    case 'split': {
      const i = indexAt(s, e.address);
      blocks.splice(i, 1, freeBlock(e.address, e.size), freeBlock(e.rest, e.restSize));
      return { ...s, blocks, op };
    }
    case 'allocate': {
      // realloc's old block is not lost: the move and free events that follow deal with it.
      if (e.call !== 'realloc') dropName(s, blocks, e.name);
      const i = indexAt(s, e.address);
      const b: Block = { address: e.address, size: e.size, free: false, requested: e.requested, zeroed: e.zeroed };
      blocks[i] = e.name !== null ? { ...b, id: e.name } : e.discarded ? { ...b, leaked: true } : b;
      return { ...s, blocks, handles: withHandle(s, e.name, { address: e.address, freed: false }), rover: e.address + e.size, op };
    }
    case 'fail':
      // NULL overwrites the name: a block it pointed at (realloc's old block too) is lost.
      dropName(s, blocks, e.name);
      return { ...s, blocks, handles: withHandle(s, e.name, { address: null, freed: false }), op };
    case 'free':
    case 'realloc-zero': {
      const i = indexAt(s, e.address);
      blocks[i] = freeBlock(e.address, e.size);
      const h: Handle = e.kind === 'free' ? { address: e.address, freed: true } : { address: null, freed: false };
      return { ...s, blocks, handles: withHandle(s, e.name, h), op };
    }
    case 'coalesce': {
      const i = indexAt(s, e.address);
      if (blocks[i + 1]?.address !== e.absorbed) throw new Error('coalesce with a non-neighbour');
      blocks.splice(i, 2, freeBlock(e.address, e.size));
      return { ...s, blocks, op };
    }
    case 'realloc-in-place': {
      const i = indexAt(s, e.address);
      const old = blocks[i]!;
      const grown = e.size > e.oldSize;
      const b: Block = { ...old, size: e.size, requested: e.requested, zeroed: grown || e.requested > old.requested ? false : old.zeroed === true };
      blocks.splice(i, e.absorbed === null ? 1 : 2, ...(e.rest === null ? [b] : [b, freeBlock(e.rest, e.restSize)]));
      return { ...s, blocks, handles: withHandle(s, e.name, { address: e.address, freed: false }), op };
    }
  }
}

export function narrateAlloc(e: AllocEvent): Narration {
  switch (e.kind) {
    case 'search': {
      const worst = e.policy === 'worst-fit';
      const key = {
        'too-small': 'alloc.search.tooSmall',
        fits: 'alloc.search.fits',
        exact: 'alloc.search.exact',
        better: worst ? 'alloc.search.larger' : 'alloc.search.better',
        'not-better': worst ? 'alloc.search.notLarger' : 'alloc.search.notBetter',
      }[e.verdict];
      return { key, params: { policy: e.policy, address: hex(e.address), size: e.size, need: e.need } };
    }
    case 'split':
      return { key: 'alloc.split', params: { address: hex(e.address), size: e.size, rest: hex(e.rest), restSize: e.restSize } };
    case 'allocate':
      return {
        key: e.zeroed ? 'alloc.allocateZeroed' : 'alloc.allocate',
        params: { call: e.call, address: hex(e.address), size: e.size, requested: e.requested, waste: e.size - e.requested },
      };
    case 'fail': {
      const params = { call: e.call, requested: e.requested, need: e.need, largest: e.largest, address: e.old === null ? '' : hex(e.old), name: e.name ?? '' };
      const key = e.old === null ? 'alloc.fail' : e.name === null ? 'alloc.reallocFail' : 'alloc.reallocFailLeak';
      return { key, params };
    }
    case 'free':
      return { key: 'alloc.free', params: { address: hex(e.address), size: e.size } };
    case 'free-null':
      return { key: 'alloc.freeNull', params: {} };
    case 'coalesce':
      return { key: 'alloc.coalesce', params: { address: hex(e.address), absorbed: hex(e.absorbed), size: e.size } };
    case 'realloc-zero':
      return { key: 'alloc.reallocZero', params: { address: hex(e.address), size: e.size } };
    case 'realloc-in-place': {
      const key = e.absorbed !== null ? 'alloc.reallocGrow' : e.rest !== null ? 'alloc.reallocShrink' : 'alloc.reallocSame';
      return {
        key,
        params: { address: hex(e.address), requested: e.requested, size: e.size, oldSize: e.oldSize, absorbed: e.absorbed === null ? '' : hex(e.absorbed), rest: e.rest === null ? '' : hex(e.rest) },
      };
    }
    case 'realloc-move':
      return { key: 'alloc.reallocMove', params: { from: hex(e.from), to: hex(e.to), bytes: e.bytes } };
  }
}

/** What the shared algorithms need: emit an event (the caller reduces it) and read the state. */
interface Machine {
  emit(e: AllocEvent): void;
  current(): HeapState;
}

function allocCore(m: Machine, op: number, n: number, name: string | null, call: AllocCall, zeroed: boolean, old: number | null, discarded = false): number | null {
  const s = m.current();
  const cfg = s.config;
  const need = needOf(cfg, n);
  const { visits, index } = pickBlock(s, need);
  for (const v of visits) {
    const b = s.blocks[v.index]!;
    m.emit({ kind: 'search', op, policy: cfg.policy, address: b.address, size: b.size, need, verdict: v.verdict });
  }
  if (index === null) {
    m.emit({ kind: 'fail', op, call, requested: n, need, largest: statsOf(s).largestFree, name, old });
    return null;
  }
  const b = s.blocks[index]!;
  let size = b.size;
  if (b.size - need >= cfg.headerSize + cfg.align) {
    size = need;
    m.emit({ kind: 'split', op, address: b.address, size, rest: b.address + need + cfg.headerSize, restSize: b.size - need - cfg.headerSize });
  }
  m.emit(discarded ? { kind: 'allocate', op, call, address: b.address, size, requested: n, name, zeroed, discarded: true } : { kind: 'allocate', op, call, address: b.address, size, requested: n, name, zeroed });
  return b.address;
}

/**
 * The events of malloc(n) on a given heap (search, split, allocate or fail), numbered
 * `state.op`; `name` is the handle it is stored in. For traces that start from a prepared
 * heap rather than an empty one (the allocator exercise). SimError 'bad-size' for a bad n.
 */
export function mallocEvents(state: HeapState, n: number, name: string | null = null): AllocEvent[] {
  checkSize(n);
  const out: AllocEvent[] = [];
  let s = state;
  const m: Machine = {
    emit(e) {
      s = applyAlloc(s, e);
      out.push(e);
    },
    current: () => s,
  };
  allocCore(m, state.op, n, name, 'malloc', false, null);
  return out;
}

/** Emits the free of the live block at `address` and the coalescing that follows. */
function freeCore(m: Machine, op: number, address: number, name: string | null, zero: boolean): void {
  const s = m.current();
  const h = s.config.headerSize;
  const i = indexAt(s, address);
  const b = s.blocks[i]!;
  m.emit(zero ? { kind: 'realloc-zero', op, address, size: b.size, name } : { kind: 'free', op, address, size: b.size, name });
  let size = b.size;
  const next = s.blocks[i + 1];
  if (next?.free) {
    size += h + next.size;
    m.emit({ kind: 'coalesce', op, address, size, absorbed: next.address });
  }
  const prev = s.blocks[i - 1];
  if (prev?.free) m.emit({ kind: 'coalesce', op, address: prev.address, size: prev.size + h + size, absorbed: address });
}

function reallocCore(m: Machine, op: number, address: number, n: number, name: string | null): number | null {
  if (n === 0) {
    freeCore(m, op, address, name, true);
    return null;
  }
  const s = m.current();
  const { headerSize: h, align } = s.config;
  const need = needOf(s.config, n);
  const i = indexAt(s, address);
  const b = s.blocks[i]!;
  const inPlace = { kind: 'realloc-in-place', op, address, oldSize: b.size, requested: n, name } as const;
  if (need <= b.size) {
    if (b.size - need >= h + align) {
      const rest = address + need + h;
      m.emit({ ...inPlace, size: need, absorbed: null, rest, restSize: b.size - need - h });
      const next = s.blocks[i + 1];
      if (next?.free) m.emit({ kind: 'coalesce', op, address: rest, size: b.size - need + next.size, absorbed: next.address });
    } else {
      m.emit({ ...inPlace, size: b.size, absorbed: null, rest: null, restSize: 0 });
    }
    return address;
  }
  const next = s.blocks[i + 1];
  if (next?.free && b.size + h + next.size >= need) {
    const total = b.size + h + next.size;
    const split = total - need >= h + align;
    m.emit({ ...inPlace, size: split ? need : total, absorbed: next.address, rest: split ? address + need + h : null, restSize: split ? total - need - h : 0 });
    return address;
  }
  const to = allocCore(m, op, n, name, 'realloc', false, address);
  if (to === null) return null;
  m.emit({ kind: 'realloc-move', op, from: address, to, bytes: Math.min(b.requested, n), name });
  freeCore(m, op, address, null, false);
  return to;
}

export interface Allocator {
  readonly config: HeapConfig;
  /** The payload address, or null when no free block is big enough. SimError 'bad-size' for n < 0 or not an integer. */
  malloc(n: number): number | null;
  /** Zeroed memory for count × size bytes. SimError 'calloc-overflow' when count × size ≥ 2^64. */
  calloc(count: number, size: number): number | null;
  /**
   * realloc(null, n) = malloc(n); realloc(p, 0) frees p and returns null. SimError
   * 'use-after-free' when p was freed, 'foreign-pointer' when p is not a block's address.
   */
  realloc(address: number | null, n: number): number | null;
  /** free(null) does nothing. SimError 'double-free' for a freed pointer, 'foreign-free' for anything else that is not a live block's address. */
  free(address: number | null): void;
  stats(): HeapStats;
  /** The current immutable state. */
  snapshot(): HeapState;
  /** The events of the last call (for narrating one step of an interactive view). */
  lastEvents(): readonly AllocEvent[];
}

/**
 * A mutable allocator (options: see AllocatorOptions; SimError 'bad-option' for bad ones).
 * It runs the same algorithm and reducer as simulateAllocator.
 *
 * @example const a = createAllocator({ size: 256 }); const p = a.malloc(10); a.free(p);
 */
export function createAllocator(options: AllocatorOptions): Allocator {
  let state = initialHeap(options);
  let log: AllocEvent[] = [];
  // Addresses handed back by free and not handed out since: tells a double free from a foreign one even after coalescing.
  const freed = new Set<number>();
  const m: Machine = {
    emit(e) {
      state = applyAlloc(state, e);
      log.push(e);
    },
    current: () => state,
  };
  const live = (address: number): Block | undefined => state.blocks.find((b) => b.address === address && !b.free);
  const wasFreed = (address: number): boolean => freed.has(address) || state.blocks.some((b) => b.address === address && b.free);
  const handedOut = (a: number | null): number | null => {
    if (a !== null) freed.delete(a);
    return a;
  };
  return {
    config: state.config,
    malloc(n) {
      checkSize(n);
      log = [];
      return handedOut(allocCore(m, state.op, n, null, 'malloc', false, null));
    },
    calloc(count, size) {
      const n = callocBytes(count, size);
      log = [];
      return handedOut(allocCore(m, state.op, n, null, 'calloc', true, null));
    },
    realloc(address, n) {
      checkSize(n);
      if (address === null) {
        log = [];
        return handedOut(allocCore(m, state.op, n, null, 'realloc', false, null));
      }
      if (!live(address)) {
        if (wasFreed(address)) throw new SimError('use-after-free', 'error.alloc.reallocFreed', { address: hex(address) });
        throw new SimError('foreign-pointer', 'error.alloc.reallocForeign', { address: hex(address) });
      }
      log = [];
      const to = reallocCore(m, state.op, address, n, null);
      if (to !== address && (to !== null || n === 0)) freed.add(address);
      return handedOut(to);
    },
    free(address) {
      if (address === null) {
        log = [];
        m.emit({ kind: 'free-null', op: state.op, name: null });
        return;
      }
      if (!live(address)) {
        if (wasFreed(address)) throw new SimError('double-free', 'error.alloc.doubleFree', { address: hex(address) });
        throw new SimError('foreign-free', 'error.alloc.foreignFree', { address: hex(address) });
      }
      log = [];
      freeCore(m, state.op, address, null, false);
      freed.add(address);
    },
    stats: () => statsOf(state),
    snapshot: () => state,
    lastEvents: () => log.slice(),
  };
}

/** A learner's operation on named pointer variables ("a = malloc 100", "free a"). */
export type AllocOp =
  | { readonly op: 'malloc'; readonly size: number; readonly name?: string }
  | { readonly op: 'calloc'; readonly count: number; readonly size: number; readonly name?: string }
  /** name = realloc(name, size) */
  | { readonly op: 'realloc'; readonly name: string; readonly size: number }
  | { readonly op: 'free'; readonly name: string }
  /** free(0x1040): a raw address, which may be one malloc never returned or one already freed. */
  | { readonly op: 'free-address'; readonly address: number };

/** A pointer name: a letter or _ then letters, digits or _ (any script, so 버퍼 is a name). */
const NAME_RE = /^[\p{L}_][\p{L}\p{N}_]*$/u;

function checkOps(ops: readonly AllocOp[]): void {
  ops.forEach((o, i) => {
    const at = (e: SimError): SimError => new SimError(e.code, e.key, { ...e.params, op: i }, i);
    try {
      if (o.op === 'calloc') callocBytes(o.count, o.size);
      else if (o.op !== 'free' && o.op !== 'free-address') checkSize(o.size);
    } catch (e) {
      throw e instanceof SimError ? at(e) : e;
    }
    const name = 'name' in o ? o.name : undefined;
    if (name !== undefined && !NAME_RE.test(name)) throw new SimError('bad-name', 'error.alloc.badName', { name, op: i }, i);
  });
}

/**
 * Runs operations on named pointers through an allocator. Events: `search` (one per free
 * block the policy looks at, with its verdict), `split`, `allocate`, `fail` (NULL: no block is
 * big enough; not an error), `free`, `free-null`, `coalesce`, `realloc-zero`,
 * `realloc-in-place`, `realloc-move`. Each event's `op` is the index of its operation.
 *
 * `a = malloc n` when `a` already points to a block simply overwrites it (the block leaks).
 * A failed `a = realloc a n` sets `a` to NULL and leaks the old block, just as in C.
 *
 * Throws SimError before running for bad options ('bad-option') or operations ('bad-size',
 * 'calloc-overflow', 'bad-name'; index = operation number), and mid-run, with the partial
 * trace in `error.trace`, for 'unknown-handle', 'double-free' (free of a freed handle) and
 * 'use-after-free' (realloc of a freed handle); `free 0x…` of an address that is not a live
 * block's is 'double-free' when an earlier operation handed that address out, else 'foreign-free'.
 * `maxInputLength` (default 10,000) counts operations.
 *
 * @example simulateAllocator(parseAllocOps('a = malloc 100, free a'), { size: 512 }).final.blocks.length → 1
 */
export function simulateAllocator(
  ops: readonly AllocOp[],
  options: AllocatorOptions & RunOptions,
): { final: HeapState; trace: Trace<HeapState, AllocEvent> } {
  const initial = initialHeap(options);
  const max = overLimit(ops.length, options, ALLOC_MAX_OPS);
  if (max !== null) {
    const trace = inputLimitTrace(initial, ops.length, max, applyAlloc, narrateAlloc);
    return { final: trace.final, trace };
  }
  checkOps(ops);
  const trace = buildTrace<HeapState, AllocEvent>({
    initial,
    apply: applyAlloc,
    narrate: narrateAlloc,
    ...(options.maxSteps === undefined ? {} : { maxSteps: options.maxSteps }),
    run(emit, current) {
      const m: Machine = { emit, current };
      // Every address handed out so far: freeing one that is no longer live is a double free.
      const handedOut = new Set<number>();
      const note = (address: number | null): void => {
        if (address !== null) handedOut.add(address);
      };
      ops.forEach((o, op) => {
        if (o.op === 'malloc') {
          note(allocCore(m, op, o.size, o.name ?? null, 'malloc', false, null, o.name === undefined));
          return;
        }
        if (o.op === 'calloc') {
          note(allocCore(m, op, o.count * o.size, o.name ?? null, 'calloc', true, null, o.name === undefined));
          return;
        }
        if (o.op === 'free-address') {
          const s = current();
          const address = hex(o.address);
          if (!s.blocks.some((b) => !b.free && b.address === o.address)) {
            if (handedOut.has(o.address)) throw new SimError('double-free', 'error.alloc.doubleFree', { address, op }, op);
            throw new SimError('foreign-free', 'error.alloc.foreignFree', { address, op }, op);
          }
          // A live pointer to the block is left dangling, as in C.
          const holder = Object.entries(s.handles).find(([, h]) => h.address === o.address && !h.freed);
          freeCore(m, op, o.address, holder ? holder[0] : null, false);
          return;
        }
        const h = Object.prototype.hasOwnProperty.call(current().handles, o.name) ? current().handles[o.name] : undefined;
        if (h === undefined) throw new SimError('unknown-handle', 'error.alloc.unknownHandle', { name: o.name, op }, op);
        if (h.freed) {
          if (o.op === 'free') throw new SimError('double-free', 'error.alloc.doubleFreeHandle', { name: o.name, op }, op);
          throw new SimError('use-after-free', 'error.alloc.useAfterFree', { name: o.name, op }, op);
        }
        if (o.op === 'free') {
          if (h.address === null) emit({ kind: 'free-null', op, name: o.name });
          else freeCore(m, op, h.address, o.name, false);
        } else if (h.address === null) {
          note(allocCore(m, op, o.size, o.name, 'realloc', false, null));
        } else {
          note(reallocCore(m, op, h.address, o.size, o.name));
        }
      });
    },
  });
  throwIfError(trace);
  return { final: trace.final, trace };
}

