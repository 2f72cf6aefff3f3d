// A lab state as the book's views draw it: its frames for FrameView (chapter 3's), its objects
// for ObjectGraphView (chapter 7's, through the core's toObjectsState), and one way of naming
// an object — its real type and address — shared by the frames, the cards and the drawing.
import type { Obj, ObjectsState } from '../../sim/objects/state';
import type { LabValue } from '../../sim/lab/delta';
import type { LabObject, LabState } from '../../sim/lab/state';
import { toObjectsState } from '../../sim/lab/views';
import type { FrameModel } from '../views/frame-model';

/** An address as the lab prints it. */
export const hex = (id: number): string => `0x${id.toString(16)}`;

/** `list 0x1a2b3c`; a function, class or module adds its name: `function factorial 0x…`. */
export function objectName(o: Pick<LabObject, 'id' | 'type' | 'kind' | 'text'>): string {
  const named = (o.kind === 'function' || o.kind === 'class' || o.kind === 'module') && o.text ? ` ${o.text}` : '';
  return `${o.type}${named} ${hex(o.id)}`;
}

/** A slot's value as text: an atom's repr, or the name of the object it refers to. */
export function valueName(objects: LabState['objects'], v: LabValue): string {
  if (typeof v !== 'number') return v;
  const o = objects.get(v);
  return o ? objectName(o) : `object ${hex(v)}`;
}

/** The labeller ObjectGraphView names nodes with, for one state. */
export const graphLabeller =
  (state: LabState) =>
  (o: Obj): string =>
    valueName(state.objects, o.id);

/** Frames drawn at most (a recursion 50,000 deep shows its top). */
export const FRAME_WINDOW = 7;

export interface LabFrames {
  /** The top frames, the oldest of them first and the running one last. */
  readonly frames: readonly FrameModel[];
  /** Frames below those, not drawn. */
  readonly hidden: number;
  readonly depth: number;
}

/** The top `window` frames of `state` as FrameView draws them: O(window) however deep the stack. */
export function labFrames(state: LabState, window = FRAME_WINDOW): LabFrames {
  const out: FrameModel[] = [];
  let c = state.frames;
  while (c !== null && out.length < window) {
    const f = c.top;
    const below = c.below?.top ?? null;
    const name = (v: LabValue) => valueName(state.objects, v);
    const args = f.args.map((a) => f.locals.get(a)).filter((v) => v !== undefined);
    out.push({
      key: c.size,
      call: f.fn === '<module>' ? f.fn : `${f.fn}(${args.map(name).join(', ')})`,
      address: null,
      depth: c.size,
      line: f.line,
      size: null,
      slots: [...f.locals].map(([slot, v]) => ({ name: slot, text: name(v) })),
      returnsTo: below ? { fn: below.fn, line: below.line } : null,
      returning: f.returning === null ? null : name(f.returning),
    });
    c = c.below;
  }
  return { frames: out.reverse(), hidden: c === null ? 0 : c.size, depth: state.frames?.size ?? 0 };
}

/** The state for ObjectGraphView with at most `max` objects; `more` when some were left out. */
export function labGraph(state: LabState, max: number): { graph: ObjectsState; more: boolean } {
  const graph = toObjectsState(state, max + 1);
  if (graph.objects.size <= max) return { graph, more: false };
  return { graph: { ...graph, objects: new Map([...graph.objects].slice(0, max)) }, more: true };
}
