// The choice tree of a subsets / permutations trace (chapter 5): every decision the search made
// so far as a tree, rebuilt from the trace's events, so a view only has to draw it.
import type { Trace } from '../trace';
import type { ComboEvent, ComboState, Item } from './combinatorics';

export interface ChoiceNode {
  /**
   * 'root'; 'place': the item was chosen (permutations: for slot `position`; subsets: included);
   * 'skip': subsets only, the item was left out; 'conflict': permutations only, the item is
   * already used (a cut leaf); 'solution': a result leaf.
   */
  readonly kind: 'root' | 'place' | 'skip' | 'conflict' | 'solution';
  /** The item decided on (null for the root and for a solution). */
  readonly item: Item | null;
  /** The slot (permutations) or item index (subsets) decided; for a solution, its depth; −1 for the root. */
  readonly position: number;
  /** A solution leaf's result; null for every other node. */
  readonly result: readonly Item[] | null;
  readonly children: readonly ChoiceNode[];
  /** The node the search is at after the events read (exactly one, unless the tree was cut short). */
  readonly current: boolean;
}

export interface ChoiceTree {
  readonly root: ChoiceNode;
  /** True when the tree reached `max` nodes before `upTo` events (no node is then current). */
  readonly truncated: boolean;
}

type Building = { -readonly [K in keyof ChoiceNode]: K extends 'children' ? Building[] : ChoiceNode[K] };

/**
 * The choice tree after the first `upTo` events of a `subsets` / `permutations` trace: `place`
 * and `skip` open a child at depth position + 1 (what lies deeper was closed by backtracking),
 * `conflict` adds a cut leaf, `solution` a result leaf, `backtrack` returns to its position;
 * `try` and `done` add nothing. At most `max` nodes besides the root (then `truncated`).
 *
 * @example choiceTree(subsets(['a', 'b']).trace, Infinity).root.children.map((n) => n.kind) → ['place', 'skip']
 */
export function choiceTree(trace: Trace<ComboState, ComboEvent>, upTo: number, max = 200): ChoiceTree {
  const root: Building = { kind: 'root', item: null, position: -1, result: null, children: [], current: false };
  // The open path from the root to the node the search is in.
  const path: Building[] = [root];
  let count = 0;
  let last = root;
  const end = Math.min(upTo, trace.length);
  for (let i = 0; i < end; i++) {
    const e = trace.event(i);
    if (e.kind === 'try' || e.kind === 'done') continue;
    if (e.kind === 'solution') {
      const leaf: Building = { kind: 'solution', item: null, position: path.length - 1, result: e.result, children: [], current: false };
      path[path.length - 1]!.children.push(leaf);
      last = leaf;
    } else {
      path.length = Math.min(path.length, e.position + 1);
      if (e.kind === 'backtrack') {
        last = path[path.length - 1]!;
        continue;
      }
      const node: Building = { kind: e.kind, item: e.item, position: e.position, result: null, children: [], current: false };
      path[path.length - 1]!.children.push(node);
      if (e.kind !== 'conflict') path.push(node);
      last = node;
    }
    if (++count >= max) return { root, truncated: true };
  }
  last.current = true;
  return { root, truncated: false };
}
