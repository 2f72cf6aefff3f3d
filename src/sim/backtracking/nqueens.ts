import { SimError } from '../errors';
import { PackedStore } from '../packed';
import { buildTrace, inputLimitTrace, throwIfError, type Narration, type RunOptions, type Trace } from '../trace';
import { bump, ZERO, type Counters } from './counters';

export const NQUEENS_MAX_N = 14;

/**
 * `queens[r]` is the column of the queen in row r, for the rows placed so far (the choice
 * stack: its length is the current row). `trying` is the square being considered, and
 * `conflictWith` the queen that attacks it (after a `conflict`).
 */
export interface NQueensState {
  readonly n: number;
  readonly queens: readonly number[];
  readonly trying: { readonly row: number; readonly col: number } | null;
  readonly conflictWith: { readonly row: number; readonly col: number } | null;
  readonly counters: Counters;
  /** All solutions of the finished run (shared); `counters.solutions` of them are found as of this state. */
  readonly found: readonly (readonly number[])[];
  readonly done: boolean;
}

export type NQueensEvent =
  | { readonly kind: 'try'; readonly row: number; readonly col: number }
  /** The queen at (withRow, withCol) attacks (row, col): same column or diagonal. */
  | { readonly kind: 'conflict'; readonly row: number; readonly col: number; readonly withRow: number; readonly withCol: number }
  | { readonly kind: 'place'; readonly row: number; readonly col: number }
  /** Every column of the next row failed (or a solution was recorded): lift the queen in `row`. */
  | { readonly kind: 'backtrack'; readonly row: number; readonly col: number }
  | { readonly kind: 'solution'; readonly index: number }
  | { readonly kind: 'done'; readonly count: number };

const KINDS = ['try', 'conflict', 'place', 'backtrack', 'solution', 'done'] as const;
const KIND_CODE = { try: 0, place: 2, backtrack: 3 } as const;

export function applyNQueens(s: NQueensState, e: NQueensEvent): NQueensState {
  const counters = bump(s.counters, e.kind);
  switch (e.kind) {
    case 'try':
      return { ...s, counters, trying: { row: e.row, col: e.col }, conflictWith: null };
    case 'conflict':
      return { ...s, counters, conflictWith: { row: e.withRow, col: e.withCol } };
    case 'place':
      return { ...s, counters, queens: [...s.queens, e.col], trying: null, conflictWith: null };
    case 'backtrack':
      return { ...s, counters, queens: s.queens.slice(0, e.row), trying: null, conflictWith: null };
    case 'solution':
      return { ...s, counters };
    case 'done':
      return { ...s, counters, trying: null, conflictWith: null, done: true };
  }
}

export function narrateNQueens(e: NQueensEvent): Narration {
  switch (e.kind) {
    case 'try':
      return { key: 'nqueens.try', params: { row: e.row + 1, col: e.col + 1 } };
    case 'conflict':
      return { key: 'nqueens.conflict', params: { row: e.row + 1, col: e.col + 1, withRow: e.withRow + 1, withCol: e.withCol + 1 } };
    case 'place':
      return { key: 'nqueens.place', params: { row: e.row + 1, col: e.col + 1 } };
    case 'backtrack':
      return { key: 'nqueens.backtrack', params: { row: e.row + 1, col: e.col + 1 } };
    case 'solution':
      return { key: 'nqueens.solution', params: { number: e.index + 1 } };
    case 'done':
      return { key: 'nqueens.done', params: { count: e.count } };
  }
}

function nqueensStore(): PackedStore<NQueensEvent> {
  return new PackedStore<NQueensEvent>(
    3,
    (e, d, at) => {
      switch (e.kind) {
        case 'conflict':
          d[at] = 1 | (e.withRow << 8);
          d[at + 1] = e.row;
          d[at + 2] = e.col | (e.withCol << 8);
          return;
        case 'solution':
          d[at] = 4;
          d[at + 1] = e.index;
          return;
        case 'done':
          d[at] = 5;
          d[at + 1] = e.count;
          return;
        default:
          d[at] = KIND_CODE[e.kind];
          d[at + 1] = e.row;
          d[at + 2] = e.col;
      }
    },
    (d, at): NQueensEvent => {
      const kind = KINDS[d[at]! & 0xff]!;
      const a = d[at + 1]!;
      const col = d[at + 2]! & 0xff;
      switch (kind) {
        case 'conflict':
          return { kind, row: a, col, withRow: d[at]! >> 8, withCol: d[at + 2]! >> 8 };
        case 'solution':
          return { kind, index: a };
        case 'done':
          return { kind, count: a };
        default:
          return { kind, row: a, col };
      }
    },
    1 << 16,
  );
}

/** Row of the first queen (from the top) attacking (row, col), or -1. */
function attacker(cols: Int8Array, row: number, col: number): number {
  for (let r = 0; r < row; r++) {
    const c = cols[r]!;
    if (c === col || row - r === Math.abs(col - c)) return r;
  }
  return -1;
}

/**
 * Places n queens on an n×n board so that none attacks another, row by row, trying columns
 * left to right; backtracks when a row has no safe column.
 *
 * Returns every solution as `cols` (column of the queen in each row, 0-based) in the order
 * found, `count` = solutions found (stops after `maxSolutions`, default all).
 * Events: `try`, `conflict` (names the lowest-row attacker), `place`, `backtrack`, `solution`,
 * `done`. Narration parameters are 1-based (row 1 = top row) for readers.
 *
 * Throws SimError 'bad-n' (n not an integer ≥ 1); n above `maxInputLength` (default 14)
 * → 'input-limit' stop. A traced n = 10 run has about 770,000 events; n ≥ 11 hits the default
 * step limit (2,000,000) and returns the partial trace with `solutions`/`count` so far.
 */
export function solveNQueens(
  n: number,
  opts: RunOptions & { maxSolutions?: number } = {},
): {
  solutions: number[][];
  count: number;
  /** True when the whole search tree was explored (not cut by maxSolutions or a limit). */
  complete: boolean;
  trace: Trace<NQueensState, NQueensEvent>;
} {
  if (!Number.isInteger(n) || n < 1) throw new SimError('bad-n', 'error.nqueens.badN', { n: String(n) });
  const maxSolutions = opts.maxSolutions ?? Infinity;
  const found: number[][] = [];
  const initial: NQueensState = { n, queens: [], trying: null, conflictWith: null, counters: ZERO, found, done: false };
  const maxN = opts.maxInputLength ?? NQUEENS_MAX_N;
  if (n > maxN) {
    return { solutions: [], count: 0, complete: false, trace: inputLimitTrace(initial, n, maxN, applyNQueens, narrateNQueens) };
  }
  // Working state for capture mode.
  const cols = new Int8Array(n).fill(-1);
  let placed = 0;
  let tryRow = -1;
  let tryCol = -1;
  let withRow = -1;
  const c = { tried: 0, conflicts: 0, backtracks: 0, solutions: 0 };
  let done = false;
  let exhausted = false;

  const trace = buildTrace<NQueensState, NQueensEvent>({
    initial,
    apply: applyNQueens,
    narrate: narrateNQueens,
    store: nqueensStore(),
    ...(opts.maxSteps === undefined ? {} : { maxSteps: opts.maxSteps }),
    capture: () => ({
      n,
      queens: Array.from(cols.subarray(0, placed)),
      trying: tryRow < 0 ? null : { row: tryRow, col: tryCol },
      conflictWith: withRow < 0 ? null : { row: withRow, col: cols[withRow]! },
      counters: { ...c },
      found,
      done,
    }),
    run(emit) {
      const solve = (row: number): boolean => {
        if (row === n) {
          found.push(Array.from(cols));
          c.solutions++;
          emit({ kind: 'solution', index: found.length - 1 });
          return found.length >= maxSolutions;
        }
        for (let col = 0; col < n; col++) {
          tryRow = row;
          tryCol = col;
          withRow = -1;
          c.tried++;
          emit({ kind: 'try', row, col });
          const r = attacker(cols, row, col);
          if (r >= 0) {
            withRow = r;
            c.conflicts++;
            emit({ kind: 'conflict', row, col, withRow: r, withCol: cols[r]! });
            continue;
          }
          cols[row] = col;
          placed = row + 1;
          tryRow = -1;
          withRow = -1;
          emit({ kind: 'place', row, col });
          const stop = solve(row + 1);
          if (stop) return true;
          cols[row] = -1;
          placed = row;
          tryRow = -1;
          withRow = -1;
          c.backtracks++;
          emit({ kind: 'backtrack', row, col });
        }
        return false;
      };
      exhausted = !solve(0);
      done = true;
      tryRow = -1;
      withRow = -1;
      emit({ kind: 'done', count: found.length });
    },
  });
  throwIfError(trace);
  const count = trace.final.counters.solutions;
  return { solutions: found.slice(0, count), count, complete: trace.stopped === null && exhausted, trace };
}

/** Is `cols` (column per row) a valid N-Queens placement of n = cols.length queens? */
export function isValidQueens(cols: readonly number[]): boolean {
  const n = cols.length;
  for (let r = 0; r < n; r++) {
    const c = cols[r]!;
    if (!Number.isInteger(c) || c < 0 || c >= n) return false;
    for (let q = 0; q < r; q++) if (cols[q] === c || r - q === Math.abs(c - cols[q]!)) return false;
  }
  return true;
}
