/**
 * The lab's objects as pymalloc requests: from a lab trace, the allocations and frees of the
 * program's objects in the order they happened, with 64-bit sizes, as operations for the core's
 * pymalloc simulator (`simulatePymalloc`). Pyodide is built without pymalloc, so this is a
 * simulation of where the same objects would go on 64-bit CPython, never a measurement.
 *
 * How the lab knows an object is gone: it does not, directly. The tracer reports objects it
 * sees (reachable from the running frame's variables and the globals its code names) and never
 * a free. An object that no frame's variables reach any more, through the objects as last
 * recorded, is taken as freed at that step: what reference counting does at once for most
 * objects. Two cases differ in the real interpreter: a cycle is freed later, by the cyclic GC;
 * an object held only where the lab does not look (a closure cell, a default argument, an item
 * past the items sent per container) is still alive.
 *
 * Requests (64-bit CPython, the book's tables, sizes64.ts): a tuple, str or bytes is one request
 * of its `sys.getsizeof`. A list is two, as list_resize makes them (CPython 3.8–3.13
 * listobject.c): the object (`getsizeof([])`, GC header included) and, when it has room for
 * items, its item array of 8 bytes per slot; a capacity change reallocates the array, which
 * pymalloc_realloc keeps in place when the new size still fits its block and is more than 3/4 of
 * it (obmalloc.c 3.8–3.13), and otherwise moves: a new block, then the old one freed. Objects the
 * tables have no size for (dict, set, instance, function, class, module…) are counted, not placed.
 * Small ints, floats and short strings are values in the lab, not objects, so they are not here.
 */
import type { PymallocOp } from '../pymalloc/arenas';
import { PYMALLOC_VERSIONS, pymallocConfig, sizeClassOf } from '../pymalloc/config';
import { checkVersion } from '../cpython/versions';
import { emptyListSize, POINTER_BYTES } from '../cpython/list-growth';
import type { Trace } from '../trace';
import type { LabStepDelta } from './delta';
import type { LabEvent } from './lab-trace';
import { push } from '../pstack';
import { size64, WASM32_SIZES } from './sizes64';
import { applyLabStep, INITIAL_LAB_STATE, reachableObjects, thawLab, type LabObject, type LabState } from './state';

/** Operations derived at most (each replay of the visualizer re-runs them all). */
export const LAB_PYMALLOC_MAX_OPS = 10_000;

/** The newest version the object-size tables were measured on; 3.14 borrows its sizes. */
const NEWEST_MEASURED = '3.13';

/** One operation, the lab step it happened at, and what it stands for. */
export interface LabPymallocOp {
  /** The operation happened on the way to this lab step (the state after `step` steps). */
  readonly step: number;
  readonly op: PymallocOp;
  /** The object's id (wasm32 address) and type. */
  readonly id: number;
  readonly type: string;
  /** 'object' the object itself; 'items' a list's item array. */
  readonly part: 'object' | 'items';
}

/** An object seen that has no 64-bit size in the tables. */
export interface LabUnsized {
  readonly step: number;
  readonly id: number;
  readonly type: string;
}

export interface LabPymallocRun {
  /** The CPython version simulated, and the version whose measured sizes were used. */
  readonly version: string;
  readonly sizesOf: string;
  readonly ops: readonly LabPymallocOp[];
  readonly unsized: readonly LabUnsized[];
  /** Lab steps walked (the trace's length, or `upTo`). */
  readonly steps: number;
  /** Set when the derivation stopped at LAB_PYMALLOC_MAX_OPS operations: the lab step it reached. */
  readonly cutAt: number | null;
}

/** What the operations up to a lab step amount to. */
export interface LabPymallocSummary {
  /** Requests fed to the simulator, and those over 512 bytes (pymalloc passes them to malloc). */
  readonly allocations: number;
  readonly raw: number;
  readonly frees: number;
  /** Objects seen whose size the tables do not give, by type, most first. */
  readonly unsized: readonly { readonly type: string; readonly count: number }[];
}

/** A name the simulator accepts (a letter or _ first, then letters, digits, _). */
function nameOf(type: string, id: number, suffix = ''): string {
  const t = type.replace(/[^\p{L}\p{N}_]/gu, '_');
  return `${/^[\p{L}_]/u.test(t) ? t : `_${t}`}_${id.toString(16)}${suffix}`;
}

/** The requests an object makes on 64-bit CPython `sizes`: [object, item array?], or null when unknown. */
function requestsOf(o: LabObject, sizes: string): { object: number; items: number } | null {
  if (o.kind === 'list' && o.type === 'list') {
    const capacity = (o.size - WASM32_SIZES.listEmpty) / WASM32_SIZES.pointer;
    return { object: emptyListSize(sizes)!, items: POINTER_BYTES * capacity };
  }
  const wide = size64(o, sizes);
  return wide === null ? null : { object: wide.size, items: 0 };
}

/** Whether pymalloc_realloc keeps a block of `from` bytes in place for `to` bytes (both small). */
function staysInPlace(from: number, to: number, version: string): boolean {
  const c = sizeClassOf(from, version);
  if (c === null || to === 0 || to > pymallocConfig(version).smallRequestThreshold) return false;
  const block = pymallocConfig(version).sizeClasses[c]!;
  return to <= block && 4 * to > 3 * block;
}

/** A step can change what the frames reach only when it binds, describes, pushes or pops. */
const mayChangeReach = (d: LabStepDelta, previous: LabStepDelta | undefined): boolean =>
  d.v !== undefined || d.o !== undefined || d.e === 'c' || d.e === 'r' || previous?.e === 'r';

/** `state` with one more frame whose variables are the values `held` (what the walk starts from). */
function withHeld(state: LabState, held: readonly { id: number }[]): LabState {
  if (held.length === 0) return state;
  const locals = new Map(held.map((h, k) => [String(k), h.id]));
  return { ...state, frames: push(state.frames, { fn: '', args: [], line: 0, locals, returning: null }) };
}

interface Held {
  readonly type: string;
  readonly name: string;
  /** The item array: its live name and bytes (0: none). */
  items: { name: string; bytes: number; count: number };
}

/**
 * The pymalloc operations of the objects of a lab trace, for CPython `version` (a
 * PYMALLOC_VERSIONS entry), over its first `upTo` steps (default: all recorded). Stops after
 * `maxOps` operations (default LAB_PYMALLOC_MAX_OPS) and says where. Unknown version → SimError.
 */
export function labPymallocOps(
  trace: Trace<LabState, LabEvent>,
  version: string,
  options: { upTo?: number; maxOps?: number } = {},
): LabPymallocRun {
  checkVersion(version, PYMALLOC_VERSIONS);
  const sizes = version === '3.14' ? NEWEST_MEASURED : version;
  const upTo = Math.min(options.upTo ?? trace.length, trace.length);
  const maxOps = options.maxOps ?? LAB_PYMALLOC_MAX_OPS;
  const ops: LabPymallocOp[] = [];
  const unsized: LabUnsized[] = [];
  const held = new Map<number, Held>();
  /** Objects seen without a size, by id, with the type they had (an address can be reused). */
  const unsizedSeen = new Map<number, string>();
  const draft = thawLab(INITIAL_LAB_STATE);
  let previous: LabStepDelta | undefined;
  let cutAt: number | null = null;
  /** Values returned and not yet bound: the caller's evaluation stack holds them until its next line. */
  let returned: { id: number; depth: number }[] = [];

  for (let i = 0; i < upTo && cutAt === null; i++) {
    const event = trace.event(i);
    const delta = event.delta;
    applyLabStep(draft, delta);
    const changed = mayChangeReach(delta, previous) || returned.length > 0;
    previous = delta;
    if ((delta.e === 'l' || delta.e === 'r') && returned.length > 0) returned = returned.filter((r) => r.depth < event.depth);
    if (delta.e === 'r' && typeof delta.rv === 'number') returned.push({ id: delta.rv, depth: event.depth - 1 });
    if (!changed) continue;
    const step = i + 1;
    const reached = reachableObjects(withHeld(draft, returned), Number.MAX_SAFE_INTEGER);
    const now = new Map(reached.map((o) => [o.id, o]));
    const before: LabPymallocOp[] = [];
    const allocs: LabPymallocOp[] = [];
    const after: LabPymallocOp[] = [];
    const free = (id: number, h: Held, into: LabPymallocOp[]) => {
      into.push({ step, id, type: h.type, part: 'object', op: { op: 'free', name: h.name } });
      if (h.items.bytes > 0) into.push({ step, id, type: h.type, part: 'items', op: { op: 'free', name: h.items.name } });
      held.delete(id);
    };
    // Gone: no longer reached. An id reached again as another type is a new object at a reused
    // address, so the old one was freed first.
    for (const [id, h] of held) {
      const o = now.get(id);
      if (!o) free(id, h, after);
      else if (o.type !== h.type) free(id, h, before);
    }
    for (const [id, type] of unsizedSeen) if (now.get(id)?.type !== type) unsizedSeen.delete(id);
    for (const o of reached) {
      const h = held.get(o.id);
      const want = h || unsizedSeen.has(o.id) ? null : requestsOf(o, sizes);
      if (h) {
        // A list whose capacity changed: its item array is reallocated.
        const items = requestsOf(o, sizes)?.items ?? 0;
        if (items === h.items.bytes || (h.items.bytes > 0 && staysInPlace(h.items.bytes, items, version))) {
          if (items !== h.items.bytes) h.items.bytes = items;
          continue;
        }
        const old = h.items;
        if (items > 0) {
          const name = nameOf(o.type, o.id, `_items${old.count + 1 > 1 ? `_${old.count + 1}` : ''}`);
          allocs.push({ step, id: o.id, type: o.type, part: 'items', op: { op: 'malloc', size: items, name } });
          h.items = { name, bytes: items, count: old.count + 1 };
        } else h.items = { name: old.name, bytes: 0, count: old.count };
        if (old.bytes > 0) allocs.push({ step, id: o.id, type: o.type, part: 'items', op: { op: 'free', name: old.name } });
        continue;
      }
      if (unsizedSeen.has(o.id)) continue;
      if (want === null) {
        unsizedSeen.set(o.id, o.type);
        unsized.push({ step, id: o.id, type: o.type });
        continue;
      }
      const name = nameOf(o.type, o.id);
      allocs.push({ step, id: o.id, type: o.type, part: 'object', op: { op: 'malloc', size: want.object, name } });
      const entry: Held = { type: o.type, name, items: { name: '', bytes: 0, count: 0 } };
      if (want.items > 0) {
        const items = nameOf(o.type, o.id, '_items');
        allocs.push({ step, id: o.id, type: o.type, part: 'items', op: { op: 'malloc', size: want.items, name: items } });
        entry.items = { name: items, bytes: want.items, count: 1 };
      }
      held.set(o.id, entry);
    }
    const batch = [...before, ...allocs, ...after];
    // A step's operations are kept whole, so the picture never shows half a step.
    if (ops.length + batch.length > maxOps) cutAt = i;
    else ops.push(...batch);
  }
  return { version, sizesOf: sizes, ops, unsized, steps: cutAt ?? upTo, cutAt };
}

/** How many of `run`'s operations happened by lab step `step` (the ops to replay there). */
export function opsUpTo(run: LabPymallocRun, step: number): number {
  let lo = 0;
  let hi = run.ops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (run.ops[mid]!.step <= step) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the operations by lab step `step` amount to: requests, those over 512 bytes, frees, unsized objects. */
export function summaryAt(run: LabPymallocRun, step: number): LabPymallocSummary {
  const threshold = pymallocConfig(run.version).smallRequestThreshold;
  let allocations = 0;
  let raw = 0;
  let frees = 0;
  for (let k = 0, n = opsUpTo(run, step); k < n; k++) {
    const o = run.ops[k]!.op;
    if (o.op === 'malloc') {
      allocations++;
      if (o.size === 0 || o.size > threshold) raw++;
    } else frees++;
  }
  const byType = new Map<string, number>();
  for (const u of run.unsized) if (u.step <= step) byType.set(u.type, (byType.get(u.type) ?? 0) + 1);
  const unsized = [...byType].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
  return { allocations, raw, frees, unsized };
}
