// What the recursion-tree view draws for one state of a call-stack trace: small trees in
// full; in big ones (fib 20, hanoi 10) finished subtrees off the current path collapse to one
// line with their value and size, and a very deep path (factorial 1200) elides its middle.
// Pure TS over the core's append-only call log, so a step costs O(visible nodes).
import type { CallNode, CallState } from '../../sim/callstack';
import { formatValue } from '../../sim/programs/types';

export type TreeItem =
  | {
      readonly kind: 'node';
      readonly id: number;
      readonly label: string;
      readonly status: 'active' | 'returned' | 'error';
      /** The return value (repr) once returned. */
      readonly value: string | null;
      readonly current: boolean;
      readonly children: readonly TreeItem[];
      /** > 0: a finished subtree of this many calls drawn as one line. */
      readonly collapsed: number;
    }
  | { readonly kind: 'elided'; readonly count: number };

export interface TreeIndex {
  readonly children: readonly (readonly number[])[];
  /** Calls in each node's whole subtree (the finished run). */
  readonly size: readonly number[];
}

/** Children lists and subtree sizes of a complete call log (ids are creation order). */
export function indexTree(nodes: readonly CallNode[]): TreeIndex {
  const children: number[][] = nodes.map(() => []);
  const size = nodes.map(() => 1);
  for (const n of nodes) if (n.parent !== null) children[n.parent]!.push(n.id);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const p = nodes[i]!.parent;
    if (p !== null) size[p]! += size[i]!;
  }
  return { children, size };
}

export interface TreeOptions {
  /** Trees with at most this many calls so far are drawn in full. */
  readonly full?: number;
  /** Paths deeper than this elide their middle. */
  readonly deep?: number;
}

/** The id of the call the step is about: the top frame, or the call that failed. */
export function currentCall(state: CallState): number | null {
  if (state.frames !== null) return state.frames.top.id;
  if (state.error && state.nodeCount > 0) return state.nodeCount - 1;
  return null;
}

export function visibleTree(state: CallState, index: TreeIndex, opts: TreeOptions = {}): TreeItem[] {
  const count = state.nodeCount;
  if (count === 0) return [];
  const nodes = state.log.nodes;
  const full = count <= (opts.full ?? 150);
  const deep = opts.deep ?? 30;
  const cur = currentCall(state);
  const finished = (n: CallNode) => n.returnedAt !== null && n.returnedAt < state.step;
  // The path root → current call, to elide the middle of a very deep one.
  const path: number[] = [];
  for (let id = cur; id !== null; id = nodes[id]!.parent) path.push(id);
  path.reverse();
  const skipFrom = path.length > deep ? path[6]! : -1;
  const resumeAt = path.length > deep ? path[path.length - 16]! : -1;

  const build = (id: number): TreeItem => {
    const n = nodes[id]!;
    const done = finished(n);
    const status: 'active' | 'returned' | 'error' = n.failed ? 'error' : done ? 'returned' : 'active';
    const value = done ? formatValue(n.returnValue) : null;
    const base = { kind: 'node' as const, id, label: n.label, status, value, current: id === cur };
    if (id === skipFrom) {
      const hidden = path.indexOf(resumeAt) - path.indexOf(skipFrom) - 1;
      return { ...base, collapsed: 0, children: [{ kind: 'elided', count: hidden }, build(resumeAt)] };
    }
    if (!full && done && id !== cur && index.size[id]! > 1) return { ...base, collapsed: index.size[id]!, children: [] };
    const kids = (index.children[id] ?? []).filter((c) => c < count).map(build);
    return { ...base, collapsed: 0, children: kids };
  };
  return [build(0)];
}
