import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attempt } from '../errors';
import { solveMaze, WALL, type Cell } from './maze';
import { EXAMPLE_MAZE, formatMaze, generateMaze, mazeFrom, parseMazeText, type Maze } from './maze-input';
import { blankMaze, drawCell, DRAW_MAX_SIDE, DRAW_MIN_SIDE, DRAW_TOOLS, resizeMaze } from './maze-draw';

/** A maze of `#` and `.` with a start and a goal on two different open cells. */
const mazes = (maxSide: number) =>
  fc
    .record({ rows: fc.integer({ min: 1, max: maxSide }), cols: fc.integer({ min: 1, max: maxSide }) })
    .filter(({ rows, cols }) => rows * cols >= 2)
    .chain(({ rows, cols }) =>
      fc.record({
        walls: fc.array(fc.array(fc.boolean(), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
        start: fc.integer({ min: 0, max: rows * cols - 1 }),
        goalOffset: fc.integer({ min: 1, max: rows * cols - 1 }),
      }).map(({ walls, start, goalOffset }): Maze => {
        const goal = (start + goalOffset) % (rows * cols);
        const at = (i: number): Cell => [Math.floor(i / cols), i % cols];
        const [s, g] = [at(start), at(goal)];
        const grid = walls.map((row, r) => row.map((w, c) => (w && !(r === s[0] && c === s[1]) && !(r === g[0] && c === g[1]) ? '#' : '.')).join(''));
        return { grid, start: s, goal: g };
      }),
    );

/** The error (code, key, params, index) of parsing `text`. */
const errorOf = (text: string) => {
  const r = attempt(() => parseMazeText(text));
  if (r.ok) throw new Error(`parsed: ${text}`);
  return { code: r.error.code, key: r.error.key, params: r.error.params, index: r.error.index };
};

describe('a typed maze', () => {
  it('reads back what formatMaze writes (property: parse(format(m)) = m)', () => {
    fc.assert(
      fc.property(mazes(DRAW_MAX_SIDE + 3), (m) => {
        expect(parseMazeText(formatMaze(m))).toEqual(m);
      }),
      { numRuns: 500 },
    );
  });

  it('is read as a person types it: lower case marks, spaces around rows, blank lines around the maze, Windows line ends', () => {
    expect(parseMazeText('\n  s.#\r\n  ..g  \n\n')).toEqual({ grid: ['..#', '...'], start: [0, 0], goal: [1, 2] });
  });

  it('a row of another length is located at its line and column, counted from 1', () => {
    const text = 'S...\n...\n...G';
    // Line 2 ends after 3 cells: the error is where the 4th cell should be.
    expect(errorOf(text)).toEqual({ code: 'ragged', key: 'error.maze.rowLength', params: { line: 2, length: 3, width: 4, firstLine: 1 }, index: 8 });
    expect(text[8]).toBe('\n');
    // A longer row: at its first extra cell.
    const long = 'S..\n....\n..G';
    expect(errorOf(long)).toMatchObject({ params: { line: 2, length: 4, width: 3 }, index: 7 });
  });

  it('a stray character, a space inside a row and a second S or G are located', () => {
    expect(errorOf('S.\n.x\n.G')).toEqual({ code: 'bad-char', key: 'error.maze.badChar', params: { line: 2, col: 2, ch: 'x' }, index: 4 });
    expect(errorOf('S . G')).toMatchObject({ key: 'error.maze.space', params: { line: 1, col: 2 }, index: 1 });
    expect(errorOf('S.S\n..G')).toMatchObject({ key: 'error.maze.twoStarts', params: { line: 1, col: 3, firstLine: 1, firstCol: 1 }, index: 2 });
    expect(errorOf(' S.G\n.g.')).toMatchObject({ key: 'error.maze.twoGoals', params: { line: 2, col: 2, firstLine: 1, firstCol: 4 }, index: 6 });
  });

  it('a missing start or goal, an empty or too big maze are refused', () => {
    expect(errorOf('...\n..G')).toMatchObject({ code: 'no-start', key: 'error.maze.noStart' });
    expect(errorOf('S..\n...')).toMatchObject({ code: 'no-goal', key: 'error.maze.noGoal' });
    expect(errorOf('\n \n')).toMatchObject({ code: 'empty' });
    expect(errorOf('S' + '.'.repeat(50) + 'G')).toMatchObject({ code: 'too-big', params: { rows: 1, cols: 52, max: 50 } });
  });

  it('an unreachable goal is not an error: the solver reports no path', () => {
    const m = parseMazeText('S#.\n##.\n..G');
    expect(solveMaze(m.grid, m.start, m.goal).path).toBeNull();
  });
});

describe('mazeFrom (the maze player\'s input)', () => {
  it('"example" (or nothing) is the chapter\'s maze, and it has a path', () => {
    const maze = mazeFrom('example');
    expect(maze.grid).toEqual(EXAMPLE_MAZE);
    expect(mazeFrom('  ').grid).toEqual(EXAMPLE_MAZE);
    expect(solveMaze(maze.grid, maze.start, maze.goal).path).not.toBeNull();
  });

  it('a number is the seed of a generated maze: the same seed, the same maze', () => {
    expect(mazeFrom('42')).toEqual(generateMaze(42));
    expect(mazeFrom('43').grid).not.toEqual(mazeFrom('42').grid);
  });

  it('a grid is read as typed; a seed out of range or other text is refused, located', () => {
    expect(mazeFrom('S#\n.G')).toEqual({ grid: ['.#', '..'], start: [0, 0], goal: [1, 1] });
    for (const bad of ['0', '1234567']) expect(attempt(() => mazeFrom(bad))).toMatchObject({ ok: false, error: { code: 'bad-seed' } });
    expect(attempt(() => mazeFrom('maze'))).toMatchObject({ ok: false, error: { code: 'bad-char', params: { ch: 'm', line: 1, col: 1 } } });
  });
});

describe('drawing a maze', () => {
  const cell = (side: number) => fc.tuple(fc.nat(side - 1), fc.nat(side - 1));
  const step = fc.oneof(
    fc.record({ tool: fc.constantFrom(...DRAW_TOOLS), at: cell(DRAW_MAX_SIDE) }),
    fc.record({ rows: fc.integer({ min: 0, max: 20 }), cols: fc.integer({ min: 0, max: 20 }) }),
  );

  it('any sequence of cell changes and resizes leaves a maze with one start and one goal, open and apart, that the text keeps (property)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let m = blankMaze(5, 5);
        for (const s of steps) {
          if ('tool' in s) {
            const at: Cell = [Math.min(s.at[0], m.grid.length - 1), Math.min(s.at[1], m.grid[0]!.length - 1)];
            m = drawCell(m, at, s.tool).maze;
          } else m = resizeMaze(m, s.rows, s.cols);
          expect(m.grid.length).toBeGreaterThanOrEqual(DRAW_MIN_SIDE);
          expect(m.grid.length).toBeLessThanOrEqual(DRAW_MAX_SIDE);
          expect(m.start).not.toEqual(m.goal);
          expect(m.grid[m.start[0]]![m.start[1]]).toBe('.');
          expect(m.grid[m.goal[0]]![m.goal[1]]).toBe('.');
          expect(parseMazeText(formatMaze(m))).toEqual(m);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the wall tool toggles a cell and leaves the start and goal open; start and goal move or swap', () => {
    let m = blankMaze(3, 3);
    let r = drawCell(m, [1, 1], 'wall');
    expect(r.maze.grid[1]).toBe('.#.');
    expect(r.said).toEqual({ key: 'maze.draw.wall', params: { row: 2, col: 2 } }); // as a reader counts: from 1
    r = drawCell(r.maze, [1, 1], 'wall');
    expect(r.maze.grid[1]).toBe('...');
    expect(r.said.key).toBe('maze.draw.open');
    expect(drawCell(m, [0, 0], 'wall')).toEqual({ maze: m, said: { key: 'maze.draw.keepStart', params: { row: 1, col: 1 } } });
    // The start onto a wall opens it; onto the goal, the two swap.
    m = drawCell(drawCell(m, [0, 2], 'wall').maze, [0, 2], 'start').maze;
    expect(m).toMatchObject({ start: [0, 2], goal: [2, 2] });
    expect(m.grid[0]).toBe('...');
    expect(drawCell(m, [2, 2], 'start')).toMatchObject({ maze: { start: [2, 2], goal: [0, 2] }, said: { key: 'maze.draw.startSwap' } });
  });

  it('resizing keeps the shared cells and brings the start and goal inside', () => {
    const m = { grid: ['.#..', '..#.', '#...', '...#'].map((r) => r), start: [0, 0], goal: [3, 2] } as Maze;
    const small = resizeMaze(m, 3, 3);
    expect(small).toEqual({ grid: ['.#.', '..#', '#..'], start: [0, 0], goal: [2, 2] });
    const big = resizeMaze(m, 5, 6);
    expect(big.grid).toEqual(['.#....', '..#...', '#.....', '...#..', '......']);
    expect(resizeMaze(m, 1, 99).grid.map((r) => r.length)).toEqual([12, 12, 12]);
    expect(big.grid.join('').split('').filter((ch) => ch === WALL)).toHaveLength(4);
  });
});
