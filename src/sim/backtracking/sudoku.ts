import { SimError } from '../errors';
import { PackedStore } from '../packed';
import { buildTrace, throwIfError, type Narration, type RunOptions, type Trace } from '../trace';
import { bump, ZERO, type Counters } from './counters';

export type Unit = 'row' | 'col' | 'box';
const UNITS: readonly Unit[] = ['row', 'col', 'box'];

/**
 * `grid` is row-major, 81 numbers (0 = empty). `choices` is the choice stack: the cells
 * filled by the search, in order (givens are not on it).
 */
export interface SudokuState {
  readonly givens: readonly number[];
  readonly grid: readonly number[];
  readonly choices: readonly { readonly row: number; readonly col: number; readonly digit: number }[];
  readonly trying: { readonly row: number; readonly col: number; readonly digit: number } | null;
  /** After a `conflict`: the cell already holding the digit. */
  readonly conflictWith: { readonly row: number; readonly col: number; readonly unit: Unit } | null;
  readonly counters: Counters;
  readonly outcome: null | 'solved' | 'no-solution';
}

export type SudokuEvent =
  | { readonly kind: 'try'; readonly row: number; readonly col: number; readonly digit: number }
  | {
      readonly kind: 'conflict';
      readonly row: number;
      readonly col: number;
      readonly digit: number;
      readonly withRow: number;
      readonly withCol: number;
      readonly unit: Unit;
    }
  | { readonly kind: 'place'; readonly row: number; readonly col: number; readonly digit: number }
  /** No digit fits the next empty cell: erase this one and try its next digit. */
  | { readonly kind: 'backtrack'; readonly row: number; readonly col: number; readonly digit: number }
  | { readonly kind: 'solution' }
  | { readonly kind: 'no-solution' };

const KINDS = ['try', 'conflict', 'place', 'backtrack', 'solution', 'no-solution'] as const;

export function applySudoku(s: SudokuState, e: SudokuEvent): SudokuState {
  const counters = bump(s.counters, e.kind);
  switch (e.kind) {
    case 'try':
      return { ...s, counters, trying: { row: e.row, col: e.col, digit: e.digit }, conflictWith: null };
    case 'conflict':
      return { ...s, counters, conflictWith: { row: e.withRow, col: e.withCol, unit: e.unit } };
    case 'place': {
      const grid = s.grid.slice();
      grid[e.row * 9 + e.col] = e.digit;
      return { ...s, counters, grid, choices: [...s.choices, { row: e.row, col: e.col, digit: e.digit }], trying: null, conflictWith: null };
    }
    case 'backtrack': {
      const grid = s.grid.slice();
      grid[e.row * 9 + e.col] = 0;
      return { ...s, counters, grid, choices: s.choices.slice(0, -1), trying: null, conflictWith: null };
    }
    case 'solution':
      return { ...s, counters, outcome: 'solved', trying: null, conflictWith: null };
    case 'no-solution':
      return { ...s, counters, outcome: 'no-solution', trying: null, conflictWith: null };
  }
}

export function narrateSudoku(e: SudokuEvent): Narration {
  switch (e.kind) {
    case 'try':
    case 'place':
    case 'backtrack':
      return { key: `sudoku.${e.kind}`, params: { row: e.row + 1, col: e.col + 1, digit: e.digit } };
    case 'conflict':
      return {
        key: `sudoku.conflict.${e.unit}`,
        params: { row: e.row + 1, col: e.col + 1, digit: e.digit, withRow: e.withRow + 1, withCol: e.withCol + 1 },
      };
    case 'solution':
      return { key: 'sudoku.solution', params: {} };
    case 'no-solution':
      return { key: 'sudoku.noSolution', params: {} };
  }
}

function sudokuStore(): PackedStore<SudokuEvent> {
  return new PackedStore<SudokuEvent>(
    2,
    (e, d, at) => {
      const k = KINDS.indexOf(e.kind);
      if ('row' in e) {
        d[at] = k | (e.row << 4) | (e.col << 8) | (e.digit << 12);
        d[at + 1] = e.kind === 'conflict' ? e.withRow | (e.withCol << 4) | (UNITS.indexOf(e.unit) << 8) : 0;
      } else {
        d[at] = k;
        d[at + 1] = 0;
      }
    },
    (d, at): SudokuEvent => {
      const a = d[at]!;
      const kind = KINDS[a & 15]!;
      if (kind === 'solution' || kind === 'no-solution') return { kind };
      const row = (a >> 4) & 15;
      const col = (a >> 8) & 15;
      const digit = (a >> 12) & 15;
      if (kind === 'conflict') {
        const b = d[at + 1]!;
        return { kind, row, col, digit, withRow: b & 15, withCol: (b >> 4) & 15, unit: UNITS[(b >> 8) & 3]! };
      }
      return { kind, row, col, digit };
    },
    4096,
  );
}

/** The first cell (row, then col, then box order) in the units of (r, c) holding `d`, or null. */
function clash(g: ArrayLike<number>, r: number, c: number, d: number): { row: number; col: number; unit: Unit } | null {
  for (let j = 0; j < 9; j++) if (j !== c && g[r * 9 + j] === d) return { row: r, col: j, unit: 'row' };
  for (let i = 0; i < 9; i++) if (i !== r && g[i * 9 + c] === d) return { row: i, col: c, unit: 'col' };
  const br = r - (r % 3);
  const bc = c - (c % 3);
  for (let i = br; i < br + 3; i++) {
    for (let j = bc; j < bc + 3; j++) if ((i !== r || j !== c) && g[i * 9 + j] === d) return { row: i, col: j, unit: 'box' };
  }
  return null;
}

/**
 * Checks a puzzle: 9 rows of 9 integers 0–9 and no two equal givens in a row, column or box.
 * Throws SimError ('bad-grid' | 'conflicting-givens') with `index` = row * 9 + col.
 */
export function validateSudoku(grid: readonly (readonly number[])[]): void {
  if (!Array.isArray(grid) || grid.length !== 9) throw new SimError('bad-grid', 'error.sudoku.badShape', { rows: Array.isArray(grid) ? grid.length : 0 });
  grid.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== 9) throw new SimError('bad-grid', 'error.sudoku.badRow', { row: r + 1 }, r * 9);
    row.forEach((v, c) => {
      if (!Number.isInteger(v) || v < 0 || v > 9) {
        throw new SimError('bad-grid', 'error.sudoku.badCell', { row: r + 1, col: c + 1, value: String(v) }, r * 9 + c);
      }
    });
  });
  const flat = grid.flat();
  for (let i = 0; i < 81; i++) {
    const d = flat[i]!;
    if (d === 0) continue;
    const hit = clash(flat, Math.floor(i / 9), i % 9, d);
    if (hit) {
      throw new SimError('conflicting-givens', 'error.sudoku.conflictingGivens', {
        row: Math.floor(i / 9) + 1,
        col: (i % 9) + 1,
        withRow: hit.row + 1,
        withCol: hit.col + 1,
        digit: d,
      }, i);
    }
  }
}

/**
 * Reads a puzzle typed as text: 81 cells row by row, left to right; a digit 1–9 is a given,
 * 0 or . an empty cell; spaces and line breaks are ignored. Returns the 9×9 grid that
 * solveSudoku takes, already checked by validateSudoku.
 *
 * Throws a SimError whose `index` is a character offset in `text`: 'bad-grid' at the first
 * character that is neither a digit nor '.', or at the end when there are not exactly 81
 * cells (key 'players.sudoku.bad', `count` = the non-space characters found; the key keeps the
 * name it had when the player parsed the text itself); 'conflicting-givens' at the given that
 * repeats a digit of its row, column or box (validateSudoku's error, moved from the cell to
 * where that cell is written).
 *
 * @example parseSudoku('53..7....\n6..195...\n…')[0] → [5, 3, 0, 0, 7, 0, 0, 0, 0]
 */
export function parseSudoku(text: string): number[][] {
  const cells: number[] = [];
  /** Where each cell is written, to place an error found by cell. */
  const offsets: number[] = [];
  let bad = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) continue;
    if (bad < 0 && ch !== '.' && !/[0-9]/.test(ch)) bad = i;
    offsets.push(i);
    cells.push(ch === '.' ? 0 : Number(ch));
  }
  if (cells.length !== 81 || bad >= 0) throw new SimError('bad-grid', 'players.sudoku.bad', { count: cells.length }, bad >= 0 ? bad : text.length);
  const grid = Array.from({ length: 9 }, (_, r) => cells.slice(r * 9, r * 9 + 9));
  try {
    validateSudoku(grid);
  } catch (e) {
    if (e instanceof SimError && e.index !== undefined) throw new SimError(e.code, e.key, e.params, offsets[e.index]);
    throw e;
  }
  return grid;
}

/**
 * Solves a sudoku by backtracking: the first empty cell (row-major) gets digits 1..9 in
 * turn; a digit already in its row, column or box is a `conflict` (the first clashing cell is
 * named, checked row, then column, then box); when no digit fits, the previous choice is
 * undone (`backtrack`). Stops at the first solution.
 *
 * `grid`: 9 arrays of 9 numbers, 0 = empty. Returns `solution` (9×9) or null (no solution,
 * or the step limit was reached first — see `trace.stopped`).
 */
export function solveSudoku(
  grid: readonly (readonly number[])[],
  opts: Omit<RunOptions, 'maxInputLength'> = {},
): { solution: number[][] | null; trace: Trace<SudokuState, SudokuEvent> } {
  validateSudoku(grid);
  const givens = grid.flat();
  const g = Int8Array.from(givens);
  const choices: { row: number; col: number; digit: number }[] = [];
  let trying: SudokuState['trying'] = null;
  let conflictWith: SudokuState['conflictWith'] = null;
  const c = { tried: 0, conflicts: 0, backtracks: 0, solutions: 0 };
  let outcome: SudokuState['outcome'] = null;
  const empties: number[] = [];
  for (let i = 0; i < 81; i++) if (g[i] === 0) empties.push(i);

  const trace = buildTrace<SudokuState, SudokuEvent>({
    initial: { givens, grid: givens, choices: [], trying: null, conflictWith: null, counters: ZERO, outcome: null },
    apply: applySudoku,
    narrate: narrateSudoku,
    store: sudokuStore(),
    ...(opts.maxSteps === undefined ? {} : { maxSteps: opts.maxSteps }),
    capture: () => ({ givens, grid: Array.from(g), choices: choices.slice(), trying, conflictWith, counters: { ...c }, outcome }),
    run(emit) {
      const fill = (k: number): boolean => {
        if (k === empties.length) return true;
        const i = empties[k]!;
        const row = Math.floor(i / 9);
        const col = i % 9;
        for (let digit = 1; digit <= 9; digit++) {
          trying = { row, col, digit };
          conflictWith = null;
          c.tried++;
          emit({ kind: 'try', row, col, digit });
          const hit = clash(g, row, col, digit);
          if (hit) {
            conflictWith = hit;
            c.conflicts++;
            emit({ kind: 'conflict', row, col, digit, withRow: hit.row, withCol: hit.col, unit: hit.unit });
            continue;
          }
          g[i] = digit;
          choices.push({ row, col, digit });
          trying = null;
          conflictWith = null;
          emit({ kind: 'place', row, col, digit });
          if (fill(k + 1)) return true;
          g[i] = 0;
          choices.pop();
          c.backtracks++;
          emit({ kind: 'backtrack', row, col, digit });
        }
        return false;
      };
      const solved = fill(0);
      trying = null;
      conflictWith = null;
      if (solved) {
        c.solutions++;
        outcome = 'solved';
        emit({ kind: 'solution' });
      } else {
        outcome = 'no-solution';
        emit({ kind: 'no-solution' });
      }
    },
  });
  throwIfError(trace);
  const f = trace.final;
  if (f.outcome !== 'solved') return { solution: null, trace };
  const solution: number[][] = [];
  for (let r = 0; r < 9; r++) solution.push(f.grid.slice(r * 9, r * 9 + 9));
  return { solution, trace };
}
