// Drawing a maze cell by cell (the maze player's editor): every change gives a maze the solver
// takes (one start, one goal, both open and apart) and says what it did, as a message key.
import type { Narration } from '../trace';
import { WALL, type Cell } from './maze';
import { OPEN, type Maze } from './maze-input';

/** The sizes the editor offers, rows and columns. */
export const DRAW_MIN_SIDE = 3;
export const DRAW_MAX_SIDE = 12;

/** What a click or Space does to a cell: toggle a wall, or put the start or the goal there. */
export type DrawTool = 'wall' | 'start' | 'goal';
export const DRAW_TOOLS: readonly DrawTool[] = ['wall', 'start', 'goal'];

const same = (a: Cell, b: Cell): boolean => a[0] === b[0] && a[1] === b[1];
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** `grid` with cell `at` set to `ch`. */
function setCell(grid: readonly string[], [r, c]: Cell, ch: string): string[] {
  return grid.map((row, i) => (i === r ? row.slice(0, c) + ch + row.slice(c + 1) : row));
}

/** An open `rows` × `cols` maze, start top left, goal bottom right. */
export function blankMaze(rows: number, cols: number): Maze {
  return { grid: Array.from({ length: rows }, () => OPEN.repeat(cols)), start: [0, 0], goal: [rows - 1, cols - 1] };
}

/**
 * `m` cut or extended to `rows` × `cols` (clamped to the editor's sizes): the cells both share
 * are kept, new cells are open, a start or goal that falls outside moves to the nearest edge
 * cell (and the goal to a free corner if that is where the start went).
 */
export function resizeMaze(m: Maze, rows: number, cols: number): Maze {
  rows = clamp(Math.trunc(rows), DRAW_MIN_SIDE, DRAW_MAX_SIDE);
  cols = clamp(Math.trunc(cols), DRAW_MIN_SIDE, DRAW_MAX_SIDE);
  let grid = Array.from({ length: rows }, (_, r) => (m.grid[r] ?? '').slice(0, cols).padEnd(cols, OPEN));
  const start: Cell = [clamp(m.start[0], 0, rows - 1), clamp(m.start[1], 0, cols - 1)];
  let goal: Cell = [clamp(m.goal[0], 0, rows - 1), clamp(m.goal[1], 0, cols - 1)];
  if (same(start, goal)) goal = same(start, [rows - 1, cols - 1]) ? [0, 0] : [rows - 1, cols - 1];
  grid = setCell(setCell(grid, start, OPEN), goal, OPEN);
  return { grid, start, goal };
}

/** `m` after the tool is used on `cell`, and what to say about it. */
export function drawCell(m: Maze, cell: Cell, tool: DrawTool): { maze: Maze; said: Narration } {
  // Rows and columns as a reader counts them: from 1.
  const params = { row: cell[0] + 1, col: cell[1] + 1 };
  if (tool === 'wall') {
    if (same(cell, m.start)) return { maze: m, said: { key: 'maze.draw.keepStart', params } };
    if (same(cell, m.goal)) return { maze: m, said: { key: 'maze.draw.keepGoal', params } };
    const wall = m.grid[cell[0]]![cell[1]] !== WALL;
    return { maze: { ...m, grid: setCell(m.grid, cell, wall ? WALL : OPEN) }, said: { key: wall ? 'maze.draw.wall' : 'maze.draw.open', params } };
  }
  const [moved, other] = tool === 'start' ? [m.start, m.goal] : [m.goal, m.start];
  // Onto the other mark: the two swap places.
  const next = same(cell, other) ? moved : other;
  const grid = setCell(m.grid, cell, OPEN);
  const maze = tool === 'start' ? { grid, start: cell, goal: next } : { grid, start: next, goal: cell };
  return { maze, said: { key: `maze.draw.${tool}${same(cell, other) ? 'Swap' : ''}`, params } };
}
