import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { permutations, subsets } from './combinatorics';
import { choiceTree, type ChoiceNode } from './choice-tree';

const walk = (node: ChoiceNode): ChoiceNode[] => [node, ...node.children.flatMap(walk)];
const asSet = (items: readonly (string | number)[]) => `{${items.join(', ')}}`;
const leaves = (root: ChoiceNode) => walk(root).filter((n) => n.kind === 'solution').map((n) => asSet(n.result!));

describe('choiceTree (the tree beside the choice stack)', () => {
  it('for subsets, its result leaves are exactly the subsets the core finds, in order', () => {
    const { results, trace } = subsets(['a', 'b', 'c']);
    const { root, truncated } = choiceTree(trace, trace.length);
    expect(truncated).toBe(false);
    expect(leaves(root)).toEqual(results!.map(asSet));
    expect(leaves(root)).toHaveLength(8);
  });

  it('for permutations, every leaf sits at depth n and there are n! of them', () => {
    const { results, trace } = permutations(['x', 'y', 'z']);
    const { root } = choiceTree(trace, trace.length);
    expect(leaves(root)).toEqual(results!.map(asSet));
    expect(leaves(root)).toHaveLength(6);
  });

  it('part way through, exactly one node is current and the tree only holds what happened so far', () => {
    const { trace } = subsets(['a', 'b', 'c']);
    const half = Math.floor(trace.length / 2);
    const { root } = choiceTree(trace, half);
    expect(walk(root).filter((n) => n.current)).toHaveLength(1);
    expect(leaves(root).length).toBeLessThan(8);
    expect(leaves(choiceTree(trace, 0).root)).toEqual([]);
  });

  it('stops at the node cap and says it did', () => {
    const { trace } = permutations(['a', 'b', 'c', 'd', 'e']);
    const { root, truncated } = choiceTree(trace, trace.length, 50);
    expect(truncated).toBe(true);
    expect(walk(root).length).toBeLessThanOrEqual(51);
  });
});

describe('choiceTree against the trace', () => {
  it('the path from the root to the current node is the choice stack of that step (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('subsets', 'permutations'), fc.integer({ min: 0, max: 4 }), fc.nat(), (mode, n, at) => {
        const items = ['a', 'b', 'c', 'd'].slice(0, n);
        const { trace } = mode === 'subsets' ? subsets(items) : permutations(items);
        const upTo = at % (trace.length + 1);
        const { root, truncated } = choiceTree(trace, upTo, 10_000);
        expect(truncated).toBe(false);
        // Find the current node and the chosen items on the way to it.
        const pathTo = (node: ChoiceNode, way: ChoiceNode[]): ChoiceNode[] | null => {
          if (node.current) return [...way, node];
          for (const c of node.children) {
            const p = pathTo(c, [...way, node]);
            if (p) return p;
          }
          return null;
        };
        const way = pathTo(root, [])!;
        const chosen = way.filter((x) => x.kind === 'place').map((x) => x.item);
        const state = trace.stateAt(upTo);
        expect(chosen).toEqual(state.chosen.map((i) => state.items[i]));
        // One node per place / skip / conflict / solution event so far.
        const events = Array.from({ length: upTo }, (_, i) => trace.event(i).kind).filter((k) => k !== 'try' && k !== 'done' && k !== 'backtrack');
        expect(walk(root).length - 1).toBe(events.length);
        expect(walk(root).filter((x) => x.current)).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
});
