// The maze players' input: 'example' (the chapter's 5 × 5 maze) or a seed for generateMaze.
import { generateMaze } from '../generators';
import type { Cell } from './maze';

export const EXAMPLE_MAZE: readonly string[] = ['.....', '.###.', '...#.', '##.#.', '...#.'];

export function mazeFrom(text: string): { grid: readonly string[]; start: Cell; goal: Cell } | null {
  const s = text.trim().toLowerCase();
  if (s === 'example' || s === '') return { grid: EXAMPLE_MAZE, start: [0, 0], goal: [4, 4] };
  if (!/^\d{1,6}$/.test(s) || Number(s) < 1) return null;
  return generateMaze(Number(s));
}
