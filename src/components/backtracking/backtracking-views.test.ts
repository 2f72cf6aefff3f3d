import { describe, expect, it } from 'vitest';
import { permutations, subsets } from '../../sim/backtracking/combinatorics';
import { solveMaze } from '../../sim/backtracking/maze';
import { generateMaze } from '../../sim/generators';
import { choiceTree, type ChoiceNode } from './choice-tree';
import { EXAMPLE_MAZE, mazeFrom } from './maze-input';

const walk = (node: ChoiceNode): ChoiceNode[] => [node, ...node.children.flatMap(walk)];
const leaves = (root: ChoiceNode) => walk(root).filter((n) => n.kind === 'solution').map((n) => n.result);
const asSet = (items: readonly (string | number)[]) => `{${items.join(', ')}}`;

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

describe('mazeFrom (the maze players\' input)', () => {
  it('"example" (or nothing) is the chapter\'s maze, and it has a path', () => {
    const maze = mazeFrom('example')!;
    expect(maze.grid).toEqual(EXAMPLE_MAZE);
    expect(mazeFrom('  ')!.grid).toEqual(EXAMPLE_MAZE);
    expect(solveMaze(maze.grid, maze.start, maze.goal).path).not.toBeNull();
  });

  it('a number is the seed of a generated maze: the same seed, the same maze', () => {
    expect(mazeFrom('42')).toEqual(generateMaze(42));
    expect(mazeFrom('42')).toEqual(mazeFrom('42'));
    expect(mazeFrom('43')!.grid).not.toEqual(mazeFrom('42')!.grid);
  });

  it('anything else is refused rather than guessed', () => {
    for (const bad of ['0', '-3', 'maze', '1.5', '1234567']) expect(mazeFrom(bad)).toBeNull();
  });
});
