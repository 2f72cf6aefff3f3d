// What the object graph player draws for one step: nodes (live objects and those freed in
// this step), their slots, the references between them, which objects sit in a cycle and
// which are unreachable (both asked of the core). Pure: a state in, a layout out (no DOM), so
// SSR and tests share it.
import { cycleMembers, reachableIds } from '../../sim/objects/graph';
import { isRef, labelOf, type Obj, type ObjectsState, type Val } from '../../sim/objects/state';

export interface SlotView {
  /** '[0]', "['k']", '.next' or a name. */
  key: string;
  /** The referenced object's id, or null for an inline value. */
  ref: number | null;
  /** The target's label or the inline value's text. */
  text: string;
  /** Target is a cached object (small int, None, True, False). */
  cached: boolean;
}

export interface NodeView {
  id: number;
  label: string;
  obj: Obj;
  slots: SlotView[];
  /** Slots not drawn (a container's items past the first MAX_SLOTS). */
  moreSlots: number;
  /** 'refcount' | 'gc' when freed in this step (drawn fading), else null. */
  freed: 'refcount' | 'gc' | null;
  inCycle: boolean;
  unreachable: boolean;
  x: number;
  y: number;
  h: number;
}

export interface FrameView {
  index: number;
  name: string;
  slots: SlotView[];
  x: number;
  y: number;
  h: number;
}

export interface EdgeView {
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** Drawn as a loop back to the right of the target (a back or same-column reference). */
  back: boolean;
  freed: boolean;
}

export interface GraphView {
  frames: FrameView[];
  /** The objects drawn: all of them, or `max` when there are more (see `layoutGraph`). */
  nodes: NodeView[];
  /** How many objects the state has (freed this step included), drawn or not. */
  total: number;
  cached: Obj[];
  edges: EdgeView[];
  width: number;
  height: number;
}

export const NODE_W = 170;
const FRAME_W = 150;
const HEAD = 24;
const ROW = 20;
const GAP = 14;
const COL = 220;
const LEFT = FRAME_W + 60;

/** How a node is named in its card, its drawing and every slot that refers to it. */
export type Labeller = (o: Obj) => string;

/** Slots drawn per object at most: a list of 400 items shows its first ones and a count, as a repr would elide. */
export const MAX_SLOTS = 16;

function slotsOf(s: ObjectsState, o: Obj, labels: ReadonlyMap<number, Obj>, label: Labeller): SlotView[] {
  const view = (key: string, v: Val): SlotView => {
    if (!isRef(v)) return { key, ref: null, text: v.atom, cached: false };
    const t = s.objects.get(v.ref) ?? labels.get(v.ref);
    return { key, ref: v.ref, text: t ? label(t) : `#${v.ref}`, cached: t?.cached != null };
  };
  const items = o.items.slice(0, MAX_SLOTS).map((v, i) => view(`[${i}]`, v));
  const fields = o.fields.slice(0, MAX_SLOTS - items.length).map(([k, v]) => view(o.type === 'dict' ? `['${k}']` : `.${k}`, v));
  return [...items, ...fields];
}

/**
 * The picture of `state`; `freed` are the objects freed since the previous step (their last
 * records, from the state before it), drawn fading where they were. `label` names the objects
 * (the chapter's `list #3`; the lab names them by their real addresses).
 *
 * At most `max` objects are drawn (a thousand cards is no picture, and drawing them costs a
 * jump 150 ms): first those freed in this step, then those no name reaches (the garbage the
 * chapter is about), then the nearest the names, newest first within a column.
 */
export function layoutGraph(
  state: ObjectsState,
  freed: ReadonlyMap<number, { obj: Obj; cause: 'refcount' | 'gc' }> = new Map(),
  label: Labeller = labelOf,
  max = Infinity,
): GraphView {
  const known = new Map<number, Obj>();
  for (const f of freed.values()) known.set(f.obj.id, f.obj);
  const frames: FrameView[] = [];
  let fy = 8;
  state.frames.forEach((f, index) => {
    const slots = f.vars.map(([name, v]) => {
      if (!isRef(v)) return { key: name, ref: null, text: v.atom, cached: false };
      const t = state.objects.get(v.ref);
      return { key: name, ref: v.ref, text: t ? label(t) : `#${v.ref}`, cached: t?.cached != null };
    });
    const h = HEAD + Math.max(1, slots.length) * ROW;
    frames.push({ index, name: f.name, slots, x: 8, y: fy, h });
    fy += h + GAP;
  });

  const all = new Map<number, Obj>();
  for (const o of state.objects.values()) if (o.cached === null) all.set(o.id, o);
  for (const [id, f] of freed) all.set(id, f.obj);
  // Columns by distance from the names; what no name reaches goes in the last column.
  const depth = new Map<number, number>();
  let frontier: number[] = [];
  for (const f of frames) for (const s of f.slots) if (s.ref !== null && all.has(s.ref) && !depth.has(s.ref)) depth.set(s.ref, 0), frontier.push(s.ref);
  for (let d = 1; frontier.length > 0; d++) {
    const next: number[] = [];
    for (const id of frontier) {
      const o = all.get(id)!;
      for (const v of [...o.items, ...o.fields.map(([, x]) => x)]) {
        if (isRef(v) && all.has(v.ref) && !depth.has(v.ref)) {
          depth.set(v.ref, Math.min(d, 3));
          next.push(v.ref);
        }
      }
    }
    frontier = next;
  }
  const maxDepth = Math.max(-1, ...depth.values());
  const reach = reachableIds(state);
  const cycles = cycleMembers(state);
  const colOf = (id: number) => depth.get(id) ?? maxDepth + 1;
  let drawn = [...all.values()];
  if (drawn.length > max) {
    const rank = (o: Obj) => (freed.has(o.id) ? 0 : reach.has(o.id) ? 2 : 1);
    drawn = drawn.sort((a, b) => rank(a) - rank(b) || colOf(a.id) - colOf(b.id) || b.id - a.id).slice(0, Math.max(0, max));
  }
  const colY: number[] = [];
  const nodes: NodeView[] = [];
  for (const o of drawn.sort((a, b) => a.id - b.id)) {
    const col = colOf(o.id);
    const slots = slotsOf(state, o, known, label);
    const moreSlots = o.items.length + o.fields.length - slots.length;
    const h = HEAD + (Math.max(1, slots.length) + (moreSlots > 0 ? 1 : 0)) * ROW;
    const y = colY[col] ?? 8;
    colY[col] = y + h + GAP;
    const f = freed.get(o.id);
    nodes.push({
      id: o.id,
      label: label(o),
      obj: o,
      slots,
      moreSlots,
      freed: f ? f.cause : null,
      inCycle: !f && cycles.has(o.id),
      unreachable: !f && !reach.has(o.id),
      x: LEFT + col * COL,
      y,
      h,
    });
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: EdgeView[] = [];
  const link = (x: number, y: number, ref: number | null, freedSource: boolean) => {
    const t = ref === null ? undefined : byId.get(ref);
    if (!t) return;
    const back = t.x <= x;
    edges.push({ from: { x, y }, to: back ? { x: t.x + NODE_W, y: t.y + HEAD / 2 } : { x: t.x, y: t.y + HEAD / 2 }, back, freed: freedSource || t.freed !== null });
  };
  for (const f of frames) f.slots.forEach((s, i) => link(f.x + FRAME_W, f.y + HEAD + i * ROW + ROW / 2, s.ref, false));
  for (const n of nodes) n.slots.forEach((s, i) => link(n.x + NODE_W, n.y + HEAD + i * ROW + ROW / 2, s.ref, n.freed !== null));
  const cached = [...state.objects.values()].filter((o) => o.cached !== null);
  const width = Math.max(LEFT + NODE_W, ...nodes.map((n) => n.x + NODE_W + 70));
  const height = Math.max(fy, ...colY, 40);
  return { frames, nodes, total: all.size, cached, edges, width, height };
}

/** SVG path of an edge: forward as an S-curve, backward as a loop out to the right. */
export function edgePath(e: EdgeView): string {
  const { from: a, to: b } = e;
  if (!e.back) {
    const mx = (a.x + b.x) / 2;
    return `M${a.x},${a.y} C${mx},${a.y} ${mx},${b.y} ${b.x},${b.y}`;
  }
  const out = Math.max(a.x, b.x) + 50;
  return `M${a.x},${a.y} C${out},${a.y} ${out},${b.y} ${b.x},${b.y}`;
}

export const FRAME_WIDTH = FRAME_W;
export const HEAD_HEIGHT = HEAD;
export const ROW_HEIGHT = ROW;
