import { SimError } from '../errors';
import { buildTrace, inputLimitTrace, throwIfError, type Narration, type RunOptions, type Trace } from '../trace';
import { bump, ZERO, type Counters } from './counters';

export type Cell = readonly [row: number, col: number];
export type Dir = 'down' | 'right' | 'up' | 'left';

/** The fixed move order of the search. */
export const MOVE_ORDER: readonly Dir[] = ['down', 'right', 'up', 'left'];
export const DELTA: Readonly<Record<Dir, Cell>> = { down: [1, 0], right: [0, 1], up: [-1, 0], left: [0, -1] };
/** Largest grid accepted (cells); bigger → 'input-limit' stop. */
export const MAZE_MAX_CELLS = 2500;
export const WALL = '#';

export type Blocked = 'wall' | 'outside' | 'visited';

/**
 * `path` is the choice stack (start … current cell). `visited[r * cols + c]` marks cells
 * ever entered (dead ends stay visited). `trying` is the neighbour being considered.
 */
export interface MazeState {
  readonly grid: readonly string[];
  readonly rows: number;
  readonly cols: number;
  readonly start: Cell;
  readonly goal: Cell;
  readonly path: readonly Cell[];
  readonly visited: readonly boolean[];
  readonly trying: Cell | null;
  readonly counters: Counters;
  readonly outcome: null | 'found' | 'no-path';
}

export type MazeEvent =
  | { readonly kind: 'try'; readonly row: number; readonly col: number; readonly dir: Dir; readonly fromRow: number; readonly fromCol: number }
  | { readonly kind: 'conflict'; readonly row: number; readonly col: number; readonly dir: Dir; readonly why: Blocked }
  /** Step into (row, col) (`dir` null for the start cell). */
  | { readonly kind: 'place'; readonly row: number; readonly col: number; readonly dir: Dir | null }
  /** (row, col) is a dead end: step back out of it. */
  | { readonly kind: 'backtrack'; readonly row: number; readonly col: number }
  | { readonly kind: 'solution'; readonly length: number }
  | { readonly kind: 'no-path' };

export function applyMaze(s: MazeState, e: MazeEvent): MazeState {
  const counters = bump(s.counters, e.kind);
  switch (e.kind) {
    case 'try':
      return { ...s, counters, trying: [e.row, e.col] };
    case 'conflict':
      return { ...s, counters };
    case 'place': {
      const visited = s.visited.slice();
      visited[e.row * s.cols + e.col] = true;
      return { ...s, counters, visited, path: [...s.path, [e.row, e.col]], trying: null };
    }
    case 'backtrack':
      return { ...s, counters, path: s.path.slice(0, -1), trying: null };
    case 'solution':
      return { ...s, counters, outcome: 'found' };
    case 'no-path':
      return { ...s, counters, outcome: 'no-path', trying: null };
  }
}

/** A cell as the narration names it: row and column counted from 1. */
const cellParams = (e: { readonly row: number; readonly col: number }) => ({ row: e.row + 1, col: e.col + 1 });

export function narrateMaze(e: MazeEvent): Narration {
  switch (e.kind) {
    case 'try':
      return { key: `maze.try.${e.dir}`, params: cellParams(e) };
    case 'conflict':
      return { key: `maze.conflict.${e.why}`, params: cellParams(e) };
    case 'place':
      return { key: e.dir === null ? 'maze.start' : 'maze.place', params: cellParams(e) };
    case 'backtrack':
      return { key: 'maze.backtrack', params: cellParams(e) };
    case 'solution':
      return { key: 'maze.solution', params: { length: e.length } };
    case 'no-path':
      return { key: 'maze.noPath', params: {} };
  }
}

function checkCell(name: 'start' | 'goal', cell: Cell, grid: readonly string[]): void {
  // A missing or malformed cell (null, [2], '2,2') is a reader's mistake, not a TypeError.
  if (!Array.isArray(cell) || cell.length !== 2) throw new SimError(`bad-${name}`, `error.maze.${name}Missing`, {});
  const [r, c] = cell;
  const row = grid[r];
  if (!Number.isInteger(r) || !Number.isInteger(c) || row === undefined || c < 0 || c >= row.length) {
    throw new SimError(`bad-${name}`, `error.maze.${name}Outside`, { row: r + 1, col: c + 1 });
  }
  if (row[c] === WALL) throw new SimError(`bad-${name}`, `error.maze.${name}OnWall`, { row: r + 1, col: c + 1 });
}

/** Throws the SimError for a malformed maze ('empty', 'ragged' with the row index, bad start/goal). */
export function validateMaze(grid: readonly string[], start: Cell, goal: Cell): void {
  if (!Array.isArray(grid) || grid.length === 0 || typeof grid[0] !== 'string' || grid[0] === '') throw new SimError('empty', 'error.maze.empty', {});
  const width = grid[0]!.length;
  grid.forEach((row, i) => {
    if (typeof row !== 'string' || row.length !== width) throw new SimError('ragged', 'error.maze.ragged', { row: i + 1, width, length: typeof row === 'string' ? row.length : 0 }, i);
  });
  checkCell('start', start, grid);
  checkCell('goal', goal, grid);
}

/**
 * Finds a path through a maze by depth-first backtracking.
 *
 * `grid`: equal-length strings, '#' is a wall, any other character is open. `start`/`goal`:
 * [row, col], 0-based. From each cell the neighbours are tried in the fixed order
 * down, right, up, left; a cell entered once is never entered again, so the path found is
 * the first in that order, not necessarily the shortest.
 * Events: `try` (a neighbour), `conflict` (why: 'wall' | 'outside' | 'visited'), `place`
 * (step in; the first one is the start), `backtrack` (dead end), `solution` (reached the
 * goal) or `no-path`. The narration counts rows and columns from 1, as students read them
 * everywhere (the grid's headers, N-Queens); the API's cells stay 0-based.
 *
 * Throws SimError for a malformed maze (see validateMaze); more than 2,500 cells → 'input-limit'.
 */
export function solveMaze(
  grid: readonly string[],
  start: Cell,
  goal: Cell,
  opts: RunOptions = {},
): { path: Cell[] | null; trace: Trace<MazeState, MazeEvent> } {
  validateMaze(grid, start, goal);
  const rows = grid.length;
  const cols = grid[0]!.length;
  const initial: MazeState = {
    grid,
    rows,
    cols,
    start,
    goal,
    path: [],
    visited: new Array<boolean>(rows * cols).fill(false),
    trying: null,
    counters: ZERO,
    outcome: null,
  };
  const max = opts.maxInputLength ?? MAZE_MAX_CELLS;
  if (rows * cols > max) return { path: null, trace: inputLimitTrace(initial, rows * cols, max, applyMaze, narrateMaze) };
  const trace = buildTrace<MazeState, MazeEvent>({
    initial,
    apply: applyMaze,
    narrate: narrateMaze,
    ...(opts.maxSteps === undefined ? {} : { maxSteps: opts.maxSteps }),
    run(emit) {
      const seen = new Uint8Array(rows * cols);
      let depth = 0;
      const visit = (r: number, c: number): boolean => {
        if (r === goal[0] && c === goal[1]) {
          emit({ kind: 'solution', length: depth });
          return true;
        }
        for (const dir of MOVE_ORDER) {
          const [dr, dc] = DELTA[dir];
          const nr = r + dr;
          const nc = c + dc;
          emit({ kind: 'try', row: nr, col: nc, dir, fromRow: r, fromCol: c });
          const why: Blocked | null =
            nr < 0 || nc < 0 || nr >= rows || nc >= cols ? 'outside' : grid[nr]![nc] === WALL ? 'wall' : seen[nr * cols + nc] ? 'visited' : null;
          if (why) {
            emit({ kind: 'conflict', row: nr, col: nc, dir, why });
            continue;
          }
          seen[nr * cols + nc] = 1;
          depth++;
          emit({ kind: 'place', row: nr, col: nc, dir });
          if (visit(nr, nc)) return true;
          depth--;
          emit({ kind: 'backtrack', row: nr, col: nc });
        }
        return false;
      };
      seen[start[0] * cols + start[1]] = 1;
      depth = 1;
      emit({ kind: 'place', row: start[0], col: start[1], dir: null });
      if (!visit(start[0], start[1])) {
        emit({ kind: 'backtrack', row: start[0], col: start[1] });
        emit({ kind: 'no-path' });
      }
    },
  });
  throwIfError(trace);
  const f = trace.final;
  return { path: f.outcome === 'found' ? f.path.map(([r, c]) => [r, c] as const) : null, trace };
}
