// Where the maze players' mazes come from: 'example' (the chapter's 5 × 5 maze) or a seed for
// generateMaze.
import { checkRange } from '../errors';
import { createRng } from '../rng';
import { MOVE_ORDER, DELTA, WALL, type Cell } from './maze';

export const EXAMPLE_MAZE: readonly string[] = ['.....', '.###.', '...#.', '##.#.', '...#.'];

export function mazeFrom(text: string): { grid: readonly string[]; start: Cell; goal: Cell } | null {
  const s = text.trim().toLowerCase();
  if (s === 'example' || s === '') return { grid: EXAMPLE_MAZE, start: [0, 0], goal: [4, 4] };
  if (!/^\d{1,6}$/.test(s) || Number(s) < 1) return null;
  return generateMaze(Number(s));
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
