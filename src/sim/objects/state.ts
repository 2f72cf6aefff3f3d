/**
 * The state of `simulateObjects` and its reducer. See ./simulate.ts for the model; this file
 * holds what both the simulator (a mutable working copy) and `stateAt` (replay from a
 * snapshot) need: the types, one `mutate(draft, event)` that both apply, and narration.
 */
import type { Narration, Trace } from '../trace';
import { cpythonRuntime, type GcThresholds } from '../cpython/runtime';

/** What a slot (a name, a list item, a dict value, an attribute) holds. */
export type Val =
  /** A reference to an object in `objects`. */
  | { readonly ref: number }
  /**
   * A value the model does not track as an object, shown inline: ints outside the small-int
   * cache, strings and tuples of constants. The compiler makes them constants of the code
   * object, so their real counts include references this model cannot see.
   */
  | { readonly atom: string };

export type ObjType = 'list' | 'tuple' | 'dict' | 'instance' | 'function' | 'int' | 'None' | 'bool';

/** 'immortal': 3.12+ (PEP 683), the count never changes. 'shared': a cached object before 3.12, count not modelled. */
export type Cached = 'immortal' | 'shared' | null;

export interface Obj {
  readonly id: number;
  readonly type: ObjType;
  /** The class of an instance, the function's name, or null. */
  readonly name: string | null;
  /** The value of a cached object ('7', 'None', 'True'), else null. */
  readonly text: string | null;
  /** Items of a list or tuple. */
  readonly items: readonly Val[];
  /** Entries of a dict (string keys) or attributes of an instance, in insertion order. */
  readonly fields: readonly (readonly [string, Val])[];
  /**
   * The reference count: references from names, from other objects and from evaluation
   * stacks (`held`). For a cached object only the program's own references (informative).
   */
  readonly refcount: number;
  /** References held by an evaluation stack (a value being computed, a call's arguments). */
  readonly held: number;
  readonly cached: Cached;
  /** Watched by the cyclic GC (containers; a dict only once it holds a container). */
  readonly tracked: boolean;
  /** GC generation (0 young … 2 oldest), null when untracked. */
  readonly gen: 0 | 1 | 2 | null;
}

export interface Frame {
  /** '<module>' or the function's name. */
  readonly name: string;
  /** Names in binding order. */
  readonly vars: readonly (readonly [string, Val])[];
  /** Line of the call (0 for the module). */
  readonly callLine: number;
}

export interface GcState {
  readonly enabled: boolean;
  readonly thresholds: GcThresholds;
  /** gen 0: container allocations − deallocations since the last collection; gen 1/2: collections of the younger generation. */
  readonly counts: readonly [number, number, number];
  /** Objects in the oldest generation after the last full collection, and promoted there since. */
  readonly longLivedTotal: number;
  readonly longLivedPending: number;
  /** Collections run, per generation. */
  readonly collections: readonly [number, number, number];
}

export interface ObjectsState {
  readonly version: string;
  /** frames[0] is the module (globals); then one per active call. */
  readonly frames: readonly Frame[];
  /** Live objects by id. */
  readonly objects: ReadonlyMap<number, Obj>;
  readonly gc: GcState;
  /** Lines printed so far. */
  readonly output: readonly string[];
  /** Line of the statement being executed (0 before the first). */
  readonly line: number;
  readonly freedByRefcount: number;
  readonly freedByGc: number;
}

export type ContainerType = 'list' | 'tuple' | 'dict' | 'instance' | 'function';

/** A stored reference: `take` = it takes over an evaluation-stack reference instead of adding one. */
export interface Put {
  readonly val: Val;
  readonly take: boolean;
}

export type ObjEvent =
  | { readonly kind: 'stmt'; readonly line: number; readonly depth: number; readonly code: string }
  /** A cached object (small int, None, True, False) appears in the program for the first time. */
  | { readonly kind: 'shared'; readonly id: number; readonly type: 'int' | 'None' | 'bool'; readonly text: string; readonly cached: 'immortal' | 'shared' }
  /** A new object, referenced by the evaluation stack (held 1). */
  | {
      readonly kind: 'alloc';
      readonly id: number;
      readonly type: ContainerType;
      readonly name: string | null;
      readonly items: readonly Put[];
      readonly fields: readonly (readonly [string, Put])[];
      readonly tracked: boolean;
      readonly label: string;
    }
  | { readonly kind: 'bind'; readonly frame: number; readonly name: string; readonly put: Put; readonly old: Val | null }
  | { readonly kind: 'unbind'; readonly frame: number; readonly name: string; readonly old: Val }
  /** obj[key] = … / obj.key = …; `key` is a list index or a field name; `old` null when new. */
  | { readonly kind: 'set'; readonly obj: number; readonly key: string | number; readonly put: Put; readonly old: Val | null; readonly attr: boolean }
  | { readonly kind: 'append'; readonly obj: number; readonly put: Put }
  | { readonly kind: 'remove'; readonly obj: number; readonly key: string | number; readonly old: Val; readonly attr: boolean }
  /** A dict starts being tracked (a container was stored in it). */
  | { readonly kind: 'track'; readonly obj: number }
  /** References loaded onto an evaluation stack and kept there (before a call runs). */
  | { readonly kind: 'hold'; readonly ids: readonly number[] }
  /** A value computed and thrown away (an expression statement, a getrefcount argument). */
  | { readonly kind: 'drop'; readonly val: Val }
  /**
   * A call: a frame is pushed. `moved`: the arguments' stack references move into the frame
   * (3.11+); otherwise the caller's stack keeps them until the return (≤3.10).
   */
  | { readonly kind: 'call'; readonly fn: number; readonly name: string; readonly line: number; readonly params: readonly (readonly [string, Val])[]; readonly moved: boolean }
  /** The frame is popped: its names let go; the result is held by the caller's stack. */
  | { readonly kind: 'return'; readonly fn: number; readonly name: string; readonly put: Put; readonly stackArgs: readonly number[] }
  | { readonly kind: 'free'; readonly id: number; readonly label: string; readonly cause: 'refcount' | 'gc'; readonly gcType: boolean }
  | { readonly kind: 'print'; readonly text: string; readonly label: string; readonly count: number | null; readonly why: 'count' | 'immortal' | 'shared' | 'atom' }
  | { readonly kind: 'gc-start'; readonly gen: 0 | 1 | 2; readonly reason: 'collect' | 'threshold'; readonly examined: number }
  | { readonly kind: 'gc-found'; readonly gen: 0 | 1 | 2; readonly unreachable: readonly number[]; readonly labels: string }
  | {
      readonly kind: 'gc-end';
      readonly gen: 0 | 1 | 2;
      readonly collected: number;
      /** Survivors moved to the next generation (or kept in the oldest). */
      readonly survivors: readonly number[];
      /** Tuples/dicts that hold no containers, no longer tracked. */
      readonly untracked: readonly number[];
      readonly reason: 'collect' | 'threshold';
    }
  | { readonly kind: 'gc-config'; readonly op: 'disable' | 'enable' | 'set_threshold'; readonly thresholds: GcThresholds };

/** A mutable working copy of the state; objects and frames stay immutable records. */
export interface Draft {
  version: string;
  frames: Frame[];
  objects: Map<number, Obj>;
  gc: GcState;
  output: string[];
  line: number;
  freedByRefcount: number;
  freedByGc: number;
  /** Evaluation-stack references each frame's caller keeps for the call (≤3.10), per frame index. */
}

export function thaw(s: ObjectsState): Draft {
  return { ...s, frames: s.frames.slice(), objects: new Map(s.objects), output: s.output.slice() };
}

export function freeze(d: Draft): ObjectsState {
  return { ...d, frames: d.frames.slice(), objects: new Map(d.objects), output: d.output.slice() };
}

export const isRef = (v: Val): v is Extract<Val, { readonly ref: number }> => 'ref' in v;

export function labelOf(o: Pick<Obj, 'type' | 'id' | 'name' | 'text'>): string {
  switch (o.type) {
    case 'instance':
      return `${o.name} #${o.id}`;
    case 'function':
      return `function ${o.name}`;
    case 'int':
      return `int ${o.text}`;
    case 'None':
    case 'bool':
      return o.text!;
    default:
      return `${o.type} #${o.id}`;
  }
}

/** How a value is named in narration: an object's label or the inline value. */
export function valText(d: { objects: ReadonlyMap<number, Obj> }, v: Val): string {
  if (!isRef(v)) return v.atom;
  const o = d.objects.get(v.ref);
  return o ? labelOf(o) : `#${v.ref}`;
}

function obj(d: Draft, id: number): Obj {
  const o = d.objects.get(id);
  if (!o) throw new Error(`no live object #${id}`);
  return o;
}

function change(d: Draft, id: number, f: (o: Obj) => Partial<Obj>): void {
  const o = obj(d, id);
  d.objects.set(id, { ...o, ...f(o) });
}

/** Stores a reference: +1, or the evaluation stack's reference moves into the slot. */
function store(d: Draft, p: Put): void {
  if (!isRef(p.val)) return;
  if (p.take) change(d, p.val.ref, (o) => ({ held: o.held - 1 }));
  else change(d, p.val.ref, (o) => ({ refcount: o.refcount + 1 }));
}

/** Drops a reference (the object is freed by a separate 'free' event when it reaches 0). */
function release(d: Draft, v: Val | null): void {
  if (v && isRef(v)) change(d, v.ref, (o) => ({ refcount: o.refcount - 1 }));
}

function setFrame(d: Draft, i: number, vars: (readonly [string, Val])[]): void {
  d.frames[i] = { ...d.frames[i]!, vars };
}

/** The one place where events change the state (used by the simulator and by replay). */
export function mutate(d: Draft, e: ObjEvent): void {
  switch (e.kind) {
    case 'stmt':
      d.line = e.line;
      return;
    case 'shared':
      d.objects.set(e.id, { id: e.id, type: e.type, name: null, text: e.text, items: [], fields: [], refcount: 0, held: 0, cached: e.cached, tracked: false, gen: null });
      return;
    case 'alloc': {
      for (const p of e.items) store(d, p);
      for (const [, p] of e.fields) store(d, p);
      d.objects.set(e.id, {
        id: e.id,
        type: e.type,
        name: e.name,
        text: null,
        items: e.items.map((p) => p.val),
        fields: e.fields.map(([k, p]) => [k, p.val] as const),
        refcount: 1,
        held: 1,
        cached: null,
        tracked: e.tracked,
        gen: e.tracked ? 0 : null,
      });
      const c = d.gc.counts;
      d.gc = { ...d.gc, counts: [c[0] + 1, c[1], c[2]] };
      return;
    }
    case 'bind': {
      store(d, e.put);
      const vars = d.frames[e.frame]!.vars.slice();
      const i = vars.findIndex(([n]) => n === e.name);
      if (i >= 0) vars[i] = [e.name, e.put.val];
      else vars.push([e.name, e.put.val]);
      setFrame(d, e.frame, vars);
      release(d, e.old);
      return;
    }
    case 'unbind':
      setFrame(d, e.frame, d.frames[e.frame]!.vars.filter(([n]) => n !== e.name));
      release(d, e.old);
      return;
    case 'set': {
      store(d, e.put);
      change(d, e.obj, (o) => {
        if (typeof e.key === 'number') {
          const items = o.items.slice();
          items[e.key] = e.put.val;
          return { items };
        }
        const fields = o.fields.slice();
        const i = fields.findIndex(([k]) => k === e.key);
        if (i >= 0) fields[i] = [e.key as string, e.put.val];
        else fields.push([e.key as string, e.put.val]);
        return { fields };
      });
      release(d, e.old);
      return;
    }
    case 'append':
      store(d, e.put);
      change(d, e.obj, (o) => ({ items: [...o.items, e.put.val] }));
      return;
    case 'remove':
      change(d, e.obj, (o) =>
        typeof e.key === 'number' ? { items: o.items.filter((_, i) => i !== e.key) } : { fields: o.fields.filter(([k]) => k !== e.key) },
      );
      release(d, e.old);
      return;
    case 'track':
      change(d, e.obj, () => ({ tracked: true, gen: 0 }));
      return;
    case 'hold':
      for (const id of e.ids) change(d, id, (o) => ({ refcount: o.refcount + 1, held: o.held + 1 }));
      return;
    case 'drop':
      if (isRef(e.val)) change(d, e.val.ref, (o) => ({ refcount: o.refcount - 1, held: o.held - 1 }));
      return;
    case 'call': {
      // The function object is kept by the call (the frame's reference, or the caller's stack).
      change(d, e.fn, (o) => ({ refcount: o.refcount + 1, held: o.held + 1 }));
      for (const [, v] of e.params) store(d, { val: v, take: e.moved });
      d.frames.push({ name: e.name, vars: e.params.map(([n, v]) => [n, v] as const), callLine: e.line });
      return;
    }
    case 'return': {
      // The result is loaded onto the stack first, then the frame lets go of its names.
      if (isRef(e.put.val) && !e.put.take) change(d, e.put.val.ref, (o) => ({ refcount: o.refcount + 1, held: o.held + 1 }));
      const frame = d.frames.pop()!;
      for (const [, v] of frame.vars) release(d, v);
      for (const id of e.stackArgs) change(d, id, (o) => ({ refcount: o.refcount - 1, held: o.held - 1 }));
      change(d, e.fn, (o) => ({ refcount: o.refcount - 1, held: o.held - 1 }));
      return;
    }
    case 'free': {
      const o = obj(d, e.id);
      d.objects.delete(e.id);
      for (const v of o.items) if (isRef(v) && d.objects.has(v.ref)) release(d, v);
      for (const [, v] of o.fields) if (isRef(v) && d.objects.has(v.ref)) release(d, v);
      if (e.cause === 'gc') d.freedByGc++;
      else d.freedByRefcount++;
      if (e.gcType && d.gc.counts[0] > 0) {
        const c = d.gc.counts;
        d.gc = { ...d.gc, counts: [c[0] - 1, c[1], c[2]] };
      }
      return;
    }
    case 'print':
      d.output.push(e.text);
      return;
    case 'gc-start': {
      // As gcmodule.c's collect(): the younger counts restart, the next generation counts one more.
      const c = d.gc.counts.slice() as [number, number, number];
      if (e.gen < 2) c[e.gen + 1]!++;
      for (let g = 0; g <= e.gen; g++) c[g] = 0;
      const n = d.gc.collections.slice() as [number, number, number];
      n[e.gen]!++;
      d.gc = { ...d.gc, counts: c, collections: n };
      return;
    }
    case 'gc-found':
      return;
    case 'gc-end': {
      const next = Math.min(e.gen + 1, 2) as 1 | 2;
      for (const id of e.survivors) if (d.objects.has(id)) change(d, id, () => ({ gen: next }));
      for (const id of e.untracked) if (d.objects.has(id)) change(d, id, () => ({ tracked: false, gen: null }));
      if (e.gen === 2) {
        let total = 0;
        for (const o of d.objects.values()) if (o.gen === 2) total++;
        d.gc = { ...d.gc, longLivedTotal: total, longLivedPending: 0 };
      } else if (e.gen === 1) {
        d.gc = { ...d.gc, longLivedPending: d.gc.longLivedPending + e.survivors.filter((id) => d.objects.get(id)?.gen === 2).length };
      }
      return;
    }
    case 'gc-config':
      d.gc = { ...d.gc, enabled: e.op === 'disable' ? false : e.op === 'enable' ? true : d.gc.enabled, thresholds: e.thresholds };
      return;
  }
}

export function applyObjects(s: ObjectsState, e: ObjEvent): ObjectsState {
  const d = thaw(s);
  mutate(d, e);
  return { ...d };
}

const putText = (labels: ReadonlyMap<number, string>, v: Val): string => (isRef(v) ? (labels.get(v.ref) ?? `#${v.ref}`) : v.atom);

/**
 * Narration. Events carry ids; the labels of objects are rebuilt from the ids and types the
 * events themselves record (`labels`), so narration needs no state.
 */
export function narrateWith(labels: ReadonlyMap<number, string>): (e: ObjEvent) => Narration {
  const v = (x: Val): string => putText(labels, x);
  return (e): Narration => {
    switch (e.kind) {
      case 'stmt':
        return { key: 'objects.stmt', params: { line: e.line, code: e.code } };
      case 'shared':
        return { key: e.cached === 'immortal' ? 'objects.shared.immortal' : 'objects.shared.cached', params: { label: labels.get(e.id) ?? e.text } };
      case 'alloc':
        return { key: e.tracked ? 'objects.alloc.tracked' : e.type === 'dict' ? 'objects.alloc.untrackedDict' : 'objects.alloc', params: { label: e.label } };
      case 'bind':
        return { key: e.old ? 'objects.rebind' : 'objects.bind', params: { name: e.name, target: v(e.put.val), old: e.old ? v(e.old) : '' } };
      case 'unbind':
        return { key: 'objects.unbind', params: { name: e.name, target: v(e.old) } };
      case 'set':
        return {
          key: e.attr ? 'objects.setAttr' : 'objects.setItem',
          params: { obj: labels.get(e.obj) ?? '', key: typeof e.key === 'number' ? e.key : e.attr ? e.key : `'${e.key}'`, target: v(e.put.val), old: e.old ? v(e.old) : '' },
        };
      case 'append':
        return { key: 'objects.append', params: { obj: labels.get(e.obj) ?? '', target: v(e.put.val) } };
      case 'remove':
        return { key: e.attr ? 'objects.delAttr' : 'objects.delItem', params: { obj: labels.get(e.obj) ?? '', key: typeof e.key === 'number' ? e.key : e.attr ? e.key : `'${e.key}'`, target: v(e.old) } };
      case 'track':
        return { key: 'objects.track', params: { obj: labels.get(e.obj) ?? '' } };
      case 'hold':
        return { key: 'objects.hold', params: { targets: e.ids.map((id) => labels.get(id) ?? '').join(', ') } };
      case 'drop':
        return { key: 'objects.drop', params: { target: v(e.val) } };
      case 'call':
        return { key: e.moved ? 'objects.call' : 'objects.callOld', params: { name: e.name, args: e.params.map(([n, x]) => `${n} → ${v(x)}`).join(', ') || '—' } };
      case 'return':
        return { key: 'objects.return', params: { name: e.name, target: v(e.put.val) } };
      case 'free':
        return { key: e.cause === 'gc' ? 'objects.free.gc' : 'objects.free.refcount', params: { label: e.label } };
      case 'print':
        return { key: `objects.print.${e.why}`, params: { text: e.text, label: e.label, count: e.count ?? '' } };
      case 'gc-start':
        return { key: e.reason === 'collect' ? 'objects.gc.collect' : 'objects.gc.auto', params: { gen: e.gen, examined: e.examined } };
      case 'gc-found':
        return e.unreachable.length === 0
          ? { key: 'objects.gc.nothing', params: { gen: e.gen } }
          : { key: 'objects.gc.found', params: { gen: e.gen, n: e.unreachable.length, labels: e.labels } };
      case 'gc-end':
        return { key: e.gen === 2 ? 'objects.gc.endFull' : 'objects.gc.end', params: { gen: e.gen, n: e.collected, next: Math.min(e.gen + 1, 2), survivors: e.survivors.length } };
      case 'gc-config':
        return { key: `objects.gc.${e.op === 'set_threshold' ? 'threshold' : e.op}`, params: { t0: e.thresholds[0], t1: e.thresholds[1], t2: e.thresholds[2] } };
    }
  };
}

export const DEFAULT_OBJECTS_VERSION = '3.13';

/** The initial state for a version. */
export function initialObjects(version: string = DEFAULT_OBJECTS_VERSION): ObjectsState {
  const rt = cpythonRuntime(version);
  return {
    version: rt.version,
    frames: [{ name: '<module>', vars: [], callLine: 0 }],
    objects: new Map(),
    gc: { enabled: true, thresholds: rt.gcThresholds, counts: [0, 0, 0], longLivedTotal: 0, longLivedPending: 0, collections: [0, 0, 0] },
    output: [],
    line: 0,
    freedByRefcount: 0,
    freedByGc: 0,
  };
}

/** Statement boundaries of a trace: the event index of each 'stmt' event, in order. */
export function statementStarts(trace: Trace<ObjectsState, ObjEvent>): number[] {
  const out: number[] = [];
  for (let i = 0; i < trace.length; i++) if (trace.event(i).kind === 'stmt') out.push(i);
  return out;
}
