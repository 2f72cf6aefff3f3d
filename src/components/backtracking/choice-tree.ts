// The choice tree of a subsets / permutations trace up to a step, built from its events:
// `place` / `skip` open a child at depth position + 1, `conflict` is a cut leaf, `solution`
// a result leaf, `backtrack` closes back to its position. Capped at `max` nodes.
import type { ComboEvent } from '../../sim/backtracking/combinatorics';
import type { Trace } from '../../sim/trace';

export interface ChoiceNode {
  readonly kind: 'root' | 'place' | 'skip' | 'conflict' | 'solution';
  readonly item: string;
  readonly position: number;
  readonly result: string;
  readonly children: ChoiceNode[];
  current: boolean;
}

export function choiceTree<S>(trace: Trace<S, ComboEvent>, upTo: number, max = 200): { root: ChoiceNode; truncated: boolean } {
  const root: ChoiceNode = { kind: 'root', item: '', position: -1, result: '', children: [], current: false };
  const stack: ChoiceNode[] = [root];
  let count = 0;
  let last: ChoiceNode = root;
  for (let i = 0; i < upTo; i++) {
    const e = trace.event(i);
    if (e.kind === 'try' || e.kind === 'done') continue;
    if (e.kind === 'solution') {
      const leaf: ChoiceNode = { kind: 'solution', item: '', position: stack.length - 1, result: `{${e.result.join(', ')}}`, children: [], current: false };
      stack[stack.length - 1]!.children.push(leaf);
      last = leaf;
    } else {
      stack.length = Math.min(stack.length, e.position + 1);
      if (e.kind === 'backtrack') {
        last = stack[stack.length - 1]!;
        continue;
      }
      const node: ChoiceNode = { kind: e.kind, item: String(e.item), position: e.position, result: '', children: [], current: false };
      stack[stack.length - 1]!.children.push(node);
      if (e.kind !== 'conflict') stack.push(node);
      last = node;
    }
    if (++count >= max) return { root, truncated: true };
  }
  last.current = true;
  return { root, truncated: false };
}
