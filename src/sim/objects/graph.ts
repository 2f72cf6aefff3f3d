/**
 * Queries on the object graph of an `ObjectsState`: which objects refer to which, and which
 * of them sit in a reference cycle (what reference counting alone can never free).
 *
 * The graph: one node per live, uncached object; an edge for every item, dict value or
 * attribute that refers to another such object. Cached objects (small ints, None, True,
 * False) hold no references, so they can never be part of a cycle and are left out.
 */
import { isRef, type Obj, type ObjectsState } from './state';

/** Ids of the live uncached objects `o` refers to, in slot order (items, then fields; repeats kept). */
export function referencedIds(state: ObjectsState, o: Obj): number[] {
  const out: number[] = [];
  for (const v of [...o.items, ...o.fields.map(([, x]) => x)]) {
    if (isRef(v) && state.objects.get(v.ref)?.cached === null) out.push(v.ref);
  }
  return out;
}

/**
 * The strongly connected components of the object graph (Tarjan's algorithm, iterative so a
 * long chain of objects cannot overflow the call stack). Every live uncached object is in
 * exactly one component. Each component is sorted by id; components are ordered by their
 * smallest id.
 */
export function stronglyConnected(state: ObjectsState): number[][] {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const components: number[][] = [];
  const kids = new Map<number, number[]>();
  for (const o of state.objects.values()) if (o.cached === null) kids.set(o.id, referencedIds(state, o));
  let next = 0;

  for (const start of kids.keys()) {
    if (index.has(start)) continue;
    // Each frame is a node and how many of its children were looked at so far.
    const frames: [number, number][] = [[start, 0]];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const [id, k] = frame;
      const children = kids.get(id)!;
      if (k < children.length) {
        frame[1] = k + 1;
        const child = children[k]!;
        if (!index.has(child)) {
          index.set(child, next);
          low.set(child, next++);
          stack.push(child);
          onStack.add(child);
          frames.push([child, 0]);
        } else if (onStack.has(child)) {
          low.set(id, Math.min(low.get(id)!, index.get(child)!));
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent[0], Math.min(low.get(parent[0])!, low.get(id)!));
      if (low.get(id) === index.get(id)) {
        const component: number[] = [];
        let x: number;
        do {
          x = stack.pop()!;
          onStack.delete(x);
          component.push(x);
        } while (x !== id);
        components.push(component.sort((a, b) => a - b));
      }
    }
  }
  return components.sort((a, b) => a[0]! - b[0]!);
}

/**
 * The reference cycles of `state`: the strongly connected components of the object graph
 * that hold two or more objects, or one object that refers to itself. Sorted as
 * `stronglyConnected`. An object hanging off a cycle without being on it is not included.
 *
 * @example cyclesOf(simulateObjects('a = []\na.append(a)').final) → [[id of the list]]
 */
export function cyclesOf(state: ObjectsState): number[][] {
  return stronglyConnected(state).filter((c) => c.length > 1 || referencedIds(state, state.objects.get(c[0]!)!).includes(c[0]!));
}

/** Ids of the objects that are on some reference cycle (the union of `cyclesOf`). */
export function cycleMembers(state: ObjectsState): Set<number> {
  return new Set(cyclesOf(state).flat());
}

/** The objects reachable from the names of every frame (and from evaluation stacks). */
export function reachableIds(s: ObjectsState): Set<number> {
  const seen = new Set<number>();
  const stack: number[] = [];
  for (const f of s.frames) for (const [, v] of f.vars) if (isRef(v)) stack.push(v.ref);
  for (const o of s.objects.values()) if (o.held > 0) stack.push(o.id);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const o = s.objects.get(id);
    if (!o) continue;
    for (const v of o.items) if (isRef(v)) stack.push(v.ref);
    for (const [, v] of o.fields) if (isRef(v)) stack.push(v.ref);
  }
  return seen;
}
