// Where the maze players' mazes come from: 'example' (the chapter's 5 × 5 maze), a seed for
// generateMaze, or a maze the reader typed (or drew, which writes the same text): one line per
// row, `#` a wall, `.` an open cell, `S` the start, `G` the goal.
import { checkRange, SimError } from '../errors';
import { createRng } from '../rng';
import { MOVE_ORDER, DELTA, WALL, type Cell } from './maze';

export const EXAMPLE_MAZE: readonly string[] = ['.....', '.###.', '...#.', '##.#.', '...#.'];

/** A maze as the solver takes it: rows of `#` (wall) and `.` (open), with a start and a goal. */
export interface Maze {
  readonly grid: readonly string[];
  readonly start: Cell;
  readonly goal: Cell;
}

export const OPEN = '.';
export const START = 'S';
export const GOAL = 'G';
/** The largest typed maze, rows and columns (50 × 50 is the solver's 2,500-cell limit). */
export const MAZE_TEXT_MAX_SIDE = 50;
/** The largest seed the input takes (six digits). */
export const MAZE_MAX_SEED = 999_999;

/**
 * The maze of a reader's input: 'example' (or nothing), a seed (a whole number, 1–999999) or a
 * typed grid (see parseMazeText). Throws a SimError located in `text` when it is none of these.
 */
export function mazeFrom(text: string): Maze {
  const s = text.trim();
  if (s === '' || s.toLowerCase() === 'example') return { grid: EXAMPLE_MAZE, start: [0, 0], goal: [4, 4] };
  if (/^\d+$/.test(s)) {
    const seed = Number(s);
    if (seed < 1 || seed > MAZE_MAX_SEED) throw new SimError('bad-seed', 'error.maze.badSeed', { max: MAZE_MAX_SEED }, text.search(/\S/));
    return generateMaze(seed);
  }
  return parseMazeText(text);
}

/**
 * Reads a typed maze: one row per line, `#` wall, `.` open, one `S` (start) and one `G` (goal),
 * lower case accepted. Blank lines before and after the maze and spaces around a row are
 * ignored. Every other problem is a SimError whose `index` is its character offset in `text`
 * and whose params name the line and column (from 1, as an editor counts them): a stray
 * character, a row of another length than the first, a second S or G, a missing S or G, a maze
 * over 50 rows or columns. A maze whose goal cannot be reached is not an error: the solver
 * says so.
 */
export function parseMazeText(text: string): Maze {
  // Each line with where its cells start in the text, trimmed of the spaces around them.
  const rows: { cells: string[]; at: number; line: number; col: number }[] = [];
  let offset = 0;
  text.split('\n').forEach((raw, i) => {
    const lead = raw.length - raw.trimStart().length;
    rows.push({ cells: Array.from(raw.trim()), at: offset + lead, line: i + 1, col: lead + 1 });
    offset += raw.length + 1;
  });
  while (rows.length > 0 && rows[rows.length - 1]!.cells.length === 0) rows.pop();
  while (rows.length > 0 && rows[0]!.cells.length === 0) rows.shift();
  const first = rows[0];
  if (!first) throw new SimError('empty', 'error.maze.empty', {});
  const width = first.cells.length;
  if (rows.length > MAZE_TEXT_MAX_SIDE || width > MAZE_TEXT_MAX_SIDE) {
    throw new SimError('too-big', 'error.maze.tooBig', { rows: rows.length, cols: width, max: MAZE_TEXT_MAX_SIDE });
  }
  const marks = new Map<string, { cell: Cell; line: number; col: number }>();
  const grid = rows.map((row, r) => {
    const rowLength = (at: number) =>
      new SimError('ragged', 'error.maze.rowLength', { line: row.line, length: row.cells.length, width, firstLine: first.line }, at);
    let out = '';
    let at = row.at;
    for (const [c, ch] of row.cells.entries()) {
      const where = { line: row.line, col: row.col + c };
      if (c >= width) throw rowLength(at);
      const mark = ch.toUpperCase();
      if (mark === START || mark === GOAL) {
        const seen = marks.get(mark);
        if (seen) throw new SimError(mark === START ? 'two-starts' : 'two-goals', `error.maze.${mark === START ? 'twoStarts' : 'twoGoals'}`, { ...where, firstLine: seen.line, firstCol: seen.col }, at);
        marks.set(mark, { cell: [r, c], ...where });
        out += OPEN;
      } else if (ch === WALL || ch === OPEN) out += ch;
      else if (/\s/.test(ch)) throw new SimError('bad-char', 'error.maze.space', where, at);
      else throw new SimError('bad-char', 'error.maze.badChar', { ...where, ch }, at);
      at += ch.length;
    }
    if (row.cells.length < width) throw rowLength(at);
    return out;
  });
  const start = marks.get(START);
  const goal = marks.get(GOAL);
  if (!start) throw new SimError('no-start', 'error.maze.noStart', {});
  if (!goal) throw new SimError('no-goal', 'error.maze.noGoal', {});
  return { grid, start: start.cell, goal: goal.cell };
}

/** The text of a maze (the inverse of parseMazeText): one line per row, S and G marked. */
export function formatMaze(m: Maze): string {
  return m.grid
    .map((row, r) =>
      Array.from(row, (ch, c) => (r === m.start[0] && c === m.start[1] ? START : r === m.goal[0] && c === m.goal[1] ? GOAL : ch === WALL ? WALL : OPEN)).join(''),
    )
    .join('\n');
}

/**
 * A random maze (`rows`×`cols`, default 7×7, odd sizes give the classic look) that always
 * has a path from `start` [0,0] to `goal` [rows-1, cols-1]: a random depth-first carved
 * maze, with `openness` (0–1, default 0.1) of the remaining walls knocked down for loops.
 */
export function generateMaze(
  seed: number,
  opts: { rows?: number; cols?: number; openness?: number } = {},
): { grid: string[]; start: Cell; goal: Cell } {
  const rng = createRng(seed);
  const rows = opts.rows ?? 7;
  const cols = opts.cols ?? 7;
  checkRange('rows', rows, 2, 50);
  checkRange('cols', cols, 2, 50);
  const g: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill(WALL));
  // Carve on the even lattice, then make sure the goal joins it.
  const stack: Cell[] = [[0, 0]];
  g[0]![0] = '.';
  while (stack.length > 0) {
    const [r, c] = stack[stack.length - 1]!;
    const options = rng.shuffle(MOVE_ORDER).filter((d) => {
      const [dr, dc] = DELTA[d];
      const nr = r + 2 * dr;
      const nc = c + 2 * dc;
      return nr >= 0 && nc >= 0 && nr < rows && nc < cols && g[nr]![nc] === WALL;
    });
    const d = options[0];
    if (d === undefined) {
      stack.pop();
      continue;
    }
    const [dr, dc] = DELTA[d];
    g[r + dr]![c + dc] = '.';
    g[r + 2 * dr]![c + 2 * dc] = '.';
    stack.push([r + 2 * dr, c + 2 * dc]);
  }
  const openness = opts.openness ?? 0.1;
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (g[r]![c] === WALL && rng.next() < openness) g[r]![c] = '.';
  // Join the goal to the carved lattice (odd sizes: already on it).
  let r = rows - 1;
  let c = cols - 1;
  g[r]![c] = '.';
  while (!(r % 2 === 0 && c % 2 === 0)) {
    if (r % 2 === 1) r--;
    else c--;
    g[r]![c] = '.';
  }
  return { grid: g.map((row) => row.join('')), start: [0, 0], goal: [rows - 1, cols - 1] };
}
