import { describe, expect, it } from 'vitest';
import { solveMaze } from '../../sim/backtracking/maze';
import { EXAMPLE_MAZE, generateMaze, mazeFrom } from '../../sim/backtracking/maze-input';

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
