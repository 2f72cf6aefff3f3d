/**
 * The state a lab trace steps through, and the one reducer both the builder and `stateAt` use.
 * Frames are a persistent stack (a recursion 50,000 deep costs one cell per step); objects live in
 * a Map that a draft mutates and a snapshot copies.
 */
import { peek, pop, push, replaceTop, type Stack } from '../pstack';
import type { LabKind, LabObjectDelta, LabStepDelta, LabValue } from './delta';

export interface LabFrame {
  /** The function's name, '<module>' for the program itself. */
  readonly fn: string;
  /** The names bound when it was called (its arguments), so a view can write `f(3)`. */
  readonly args: readonly string[];
  /** The line it is at (its current line; the call's line while it calls). */
  readonly line: number;
  /** Locals in binding order (at module level, the globals). */
  readonly locals: ReadonlyMap<string, LabValue>;
  /** Set on the step where the frame returns; the frame is gone from the next step on. */
  readonly returning: LabValue | null;
}

export interface LabObject {
  /** The real `id` (a wasm32 address). */
  readonly id: number;
  readonly type: string;
  readonly kind: LabKind;
  /** `sys.getsizeof` on wasm32 CPython 3.14. */
  readonly size: number;
  readonly refcount: number;
  readonly tracked: boolean;
  /** Length of a container or string; null for others. */
  readonly length: number | null;
  readonly items: readonly LabValue[];
  readonly entries: readonly (readonly [LabValue, LabValue])[];
  readonly fields: readonly (readonly [string, LabValue])[];
  readonly text: string | null;
}

export interface LabState {
  /** Steps applied. */
  readonly step: number;
  /** `toArray(frames)`: the module first, the running frame last. */
  readonly frames: Stack<LabFrame>;
  /**
   * Every object the tracer has described, by id, as last described. An object no longer
   * reachable from a frame is stale (freed, or its address reused later): draw what
   * `reachableObjects` returns.
   */
  readonly objects: ReadonlyMap<number, LabObject>;
  readonly stdout: string;
  readonly stderr: string;
  /** The running line (0 before the first step). */
  readonly line: number;
  /** The exception raised on this step, if any: [type, message]. */
  readonly exception: readonly [string, string] | null;
}

export const INITIAL_LAB_STATE: LabState = {
  step: 0,
  frames: null,
  objects: new Map(),
  stdout: '',
  stderr: '',
  line: 0,
  exception: null,
};

/** A state being built or replayed: the same shape with a Map that is ours to change. */
export interface LabDraft {
  step: number;
  frames: Stack<LabFrame>;
  objects: Map<number, LabObject>;
  stdout: string;
  stderr: string;
  line: number;
  exception: readonly [string, string] | null;
}

export const thawLab = (s: LabState): LabDraft => ({ ...s, objects: new Map(s.objects) });

export function objectOf(d: LabObjectDelta): LabObject {
  return {
    id: d.i,
    type: d.t,
    kind: d.k,
    size: d.s,
    refcount: d.r,
    tracked: d.g === 1,
    length: d.n ?? null,
    items: d.it ?? [],
    entries: d.d ?? [],
    fields: d.f ?? [],
    text: d.x ?? null,
  };
}

/** Applies one step to a draft (the builder's working state, or a replay from a snapshot). */
export function applyLabStep(s: LabDraft, e: LabStepDelta): void {
  let frames = s.frames;
  // A frame that returned on the step before leaves now.
  if (frames !== null && frames.top.returning !== null) frames = pop(frames);
  if (e.e === 'c') {
    frames = push(frames, { fn: e.f ?? '?', args: e.v ? Object.keys(e.v) : [], line: e.n, locals: new Map(), returning: null });
  }
  const top = peek(frames);
  if (top && frames !== null) {
    let locals = top.locals;
    if (e.v) {
      const next = new Map(locals);
      for (const name in e.v) {
        const v = e.v[name];
        if (v === null || v === undefined) next.delete(name);
        else next.set(name, v);
      }
      locals = next;
    }
    frames = replaceTop(frames, { fn: top.fn, args: top.args, line: e.n, locals, returning: e.e === 'r' ? (e.rv ?? 'None') : null });
  }
  if (e.o) for (const o of e.o) s.objects.set(o.i, objectOf(o));
  if (e.out) s.stdout += e.out;
  if (e.err) s.stderr += e.err;
  s.frames = frames;
  s.line = e.n;
  s.exception = e.e === 'x' ? (e.x ?? null) : null;
  s.step++;
}

const isRef = (v: LabValue): v is number => typeof v === 'number';

/**
 * The objects reachable from the frames' locals (and a returning value), in the order a view
 * would meet them: these are the ones to draw. Stops after `max` objects.
 */
export function reachableObjects(state: LabState, max = 10_000): LabObject[] {
  const out: LabObject[] = [];
  const seen = new Set<number>();
  const todo: number[] = [];
  const visit = (v: LabValue): void => {
    if (isRef(v) && !seen.has(v) && state.objects.has(v)) {
      seen.add(v);
      todo.push(v);
    }
  };
  for (let c = state.frames; c !== null; c = c.below) {
    for (const v of c.top.locals.values()) visit(v);
    if (c.top.returning !== null) visit(c.top.returning);
  }
  while (todo.length > 0 && out.length < max) {
    const o = state.objects.get(todo.shift()!)!;
    out.push(o);
    o.items.forEach(visit);
    for (const [k, v] of o.entries) {
      visit(k);
      visit(v);
    }
    for (const [, v] of o.fields) visit(v);
  }
  return out;
}

/** How narration names a value: the repr of an atom, or `list 0x…` for an object. */
export function valueText(objects: ReadonlyMap<number, LabObject>, v: LabValue): string {
  if (!isRef(v)) return v;
  const o = objects.get(v);
  return `${o ? o.type : 'object'} 0x${v.toString(16)}`;
}
