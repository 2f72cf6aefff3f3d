import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidQueens, solveNQueens } from './backtracking/nqueens';
import { solveMaze } from './backtracking/maze';
import { permutations, subsets } from './backtracking/combinatorics';
import { parseSudoku, solveSudoku } from './backtracking/sudoku';
import { attempt } from './errors';
import { t as message } from '../i18n/messages';

const QUEENS = [1, 0, 0, 2, 10, 4, 40, 92, 352, 724];

/** Plain sudoku rule check. */
function validSolution(sol: number[][], givens: number[][]): boolean {
  const ok = (cells: number[]): boolean => [...cells].sort().join('') === '123456789';
  for (let i = 0; i < 9; i++) {
    if (!ok(sol[i]!)) return false;
    if (!ok(sol.map((r) => r[i]!))) return false;
    const br = 3 * Math.floor(i / 3);
    const bc = 3 * (i % 3);
    if (!ok([0, 1, 2].flatMap((dr) => [0, 1, 2].map((dc) => sol[br + dr]![bc + dc]!)))) return false;
  }
  return givens.every((row, r) => row.every((v, c) => v === 0 || sol[r]![c] === v));
}

const PUZZLE = [
  [5, 3, 0, 0, 7, 0, 0, 0, 0],
  [6, 0, 0, 1, 9, 5, 0, 0, 0],
  [0, 9, 8, 0, 0, 0, 0, 6, 0],
  [8, 0, 0, 0, 6, 0, 0, 0, 3],
  [4, 0, 0, 8, 0, 3, 0, 0, 1],
  [7, 0, 0, 0, 2, 0, 0, 0, 6],
  [0, 6, 0, 0, 0, 0, 2, 8, 0],
  [0, 0, 0, 4, 1, 9, 0, 0, 5],
  [0, 0, 0, 0, 8, 0, 0, 7, 9],
];
const SOLVED = solveSudoku(PUZZLE).solution!;

describe('solveNQueens', () => {
  it('counts n = 1..10 correctly and every solution is valid', () => {
    for (let n = 1; n <= 10; n++) {
      const r = solveNQueens(n);
      expect(r.count).toBe(QUEENS[n - 1]);
      expect(r.complete).toBe(true);
      expect(r.solutions.length).toBe(r.count);
      expect(r.solutions.every(isValidQueens)).toBe(true);
      expect(new Set(r.solutions.map((s) => s.join())).size).toBe(r.count);
    }
  });

  it('n = 4: trace events and counters', () => {
    const r = solveNQueens(4);
    expect(r.solutions).toEqual([[1, 3, 0, 2], [2, 0, 3, 1]]);
    const f = r.trace.final;
    const kinds = [...r.trace.events()].map((e) => e.kind);
    expect(f.counters.tried).toBe(kinds.filter((k) => k === 'try').length);
    expect(f.counters.conflicts).toBe(kinds.filter((k) => k === 'conflict').length);
    expect(f.counters.backtracks).toBe(kinds.filter((k) => k === 'backtrack').length);
    expect(f.counters.solutions).toBe(2);
    expect(r.trace.event(2)).toMatchObject({ kind: 'try', row: 1, col: 0 });
    expect(r.trace.event(3)).toMatchObject({ kind: 'conflict', withRow: 0, withCol: 0 });
    expect(r.trace.event(3).msg).toEqual({ key: 'nqueens.conflict', params: { row: 2, col: 1, withRow: 1, withCol: 1 } });
  });

  it('maxSolutions, limits and bad n', () => {
    const r = solveNQueens(8, { maxSolutions: 3 });
    expect(r.count).toBe(3);
    expect(r.complete).toBe(false);
    const s = solveNQueens(8, { maxSteps: 100 });
    expect(s.trace.stopped?.reason).toBe('step-limit');
    expect(s.trace.length).toBe(100);
    expect(s.complete).toBe(false);
    expect(solveNQueens(15).trace.stopped?.reason).toBe('input-limit');
    expect(attempt(() => solveNQueens(0))).toMatchObject({ ok: false, error: { code: 'bad-n' } });
    expect(attempt(() => solveNQueens(2.5))).toMatchObject({ ok: false, error: { code: 'bad-n' } });
  });
});

describe('solveMaze', () => {
  it('a missing or malformed start or goal is a SimError naming it, not a TypeError', () => {
    const grid = ['...', '.#.', '...'];
    const bad: [unknown, unknown, string][] = [
      [null, [2, 2], 'error.maze.startMissing'],
      [[0, 0], undefined, 'error.maze.goalMissing'],
      [[0], [2, 2], 'error.maze.startMissing'],
      ['0,0', [2, 2], 'error.maze.startMissing'],
      [[0, 0], [2, 2, 2], 'error.maze.goalMissing'],
    ];
    for (const [start, goal, key] of bad) {
      const r = attempt(() => solveMaze(grid, start as [number, number], goal as [number, number]));
      expect(r.ok ? 'ran' : r.error.key).toBe(key);
      if (!r.ok) for (const lang of ['en', 'ko'] as const) expect(message(lang, r.error.key, r.error.params)).not.toBe(r.error.key);
    }
    const rows = attempt(() => solveMaze(null as unknown as string[], [0, 0], [2, 2]));
    expect(rows.ok ? 'ran' : rows.error.key).toBe('error.maze.empty');
  });

  it('follows down, right, up, left and backtracks out of dead ends', () => {
    const grid = ['..#', '#.#', '#..'];
    const r = solveMaze(grid, [0, 0], [2, 2]);
    expect(r.path).toEqual([[0, 0], [0, 1], [1, 1], [2, 1], [2, 2]]);
    expect(r.trace.event(1)).toMatchObject({ kind: 'try', dir: 'down', row: 1, col: 0 });
    expect(r.trace.event(2)).toMatchObject({ kind: 'conflict', why: 'wall' });
    const dead = solveMaze(['...', '.#.', '..#'], [0, 0], [0, 2]);
    expect(dead.path?.at(-1)).toEqual([0, 2]);
    expect(dead.trace.final.counters.backtracks).toBeGreaterThan(0);
  });

  it('no path, start = goal, errors', () => {
    const none = solveMaze(['.#.'], [0, 0], [0, 2]);
    expect(none.path).toBeNull();
    expect(none.trace.final.outcome).toBe('no-path');
    expect(solveMaze(['.'], [0, 0], [0, 0]).path).toEqual([[0, 0]]);
    expect(attempt(() => solveMaze(['..', '.'], [0, 0], [0, 1]))).toMatchObject({ ok: false, error: { code: 'ragged', index: 1 } });
    expect(attempt(() => solveMaze(['#.'], [0, 0], [0, 1]))).toMatchObject({ ok: false, error: { code: 'bad-start' } });
    expect(attempt(() => solveMaze(['..'], [0, 0], [3, 1]))).toMatchObject({ ok: false, error: { code: 'bad-goal' } });
  });

  it('any path found is connected, open, and ends at the goal (property)', () => {
    const grid = fc.array(fc.array(fc.constantFrom('.', '.', '#'), { minLength: 4, maxLength: 4 }), { minLength: 4, maxLength: 4 }).map((rows) => {
      rows[0]![0] = '.';
      rows[3]![3] = '.';
      return rows.map((r) => r.join(''));
    });
    fc.assert(
      fc.property(grid, (g) => {
        const r = solveMaze(g, [0, 0], [3, 3]);
        // Reference: flood fill.
        const seen = new Set(['0,0']);
        const todo = [[0, 0]];
        while (todo.length) {
          const [a, b] = todo.pop()!;
          for (const [da, db] of [[1, 0], [0, 1], [-1, 0], [0, -1]]) {
            const na = a! + da!;
            const nb = b! + db!;
            if (na >= 0 && nb >= 0 && na < 4 && nb < 4 && g[na]![nb] !== '#' && !seen.has(`${na},${nb}`)) {
              seen.add(`${na},${nb}`);
              todo.push([na, nb]);
            }
          }
        }
        expect(r.path !== null).toBe(seen.has('3,3'));
        if (r.path) {
          r.path.forEach(([a, b], i) => {
            expect(g[a]![b]).not.toBe('#');
            if (i > 0) {
              const [pa, pb] = r.path![i - 1]!;
              expect(Math.abs(a - pa) + Math.abs(b - pb)).toBe(1);
            }
          });
          expect(r.path.at(-1)).toEqual([3, 3]);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('permutations and subsets', () => {
  it('permutations in order, with conflicts for used items', () => {
    const r = permutations(['a', 'b', 'c']);
    expect(r.results).toEqual([['a', 'b', 'c'], ['a', 'c', 'b'], ['b', 'a', 'c'], ['b', 'c', 'a'], ['c', 'a', 'b'], ['c', 'b', 'a']]);
    expect(r.trace.final.counters.conflicts).toBeGreaterThan(0);
    expect(permutations([]).results).toEqual([[]]);
    expect(permutations([1]).results).toEqual([[1]]);
    expect(permutations([1, 2, 3, 4, 5, 6, 7, 8, 9]).trace.stopped?.reason).toBe('input-limit');
  });

  it('subsets include-first', () => {
    expect(subsets(['a', 'b']).results).toEqual([['a', 'b'], ['a'], ['b'], []]);
    expect(subsets([]).results).toEqual([[]]);
  });

  it('counts match n! and 2^n and results are distinct (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), (n) => {
        const items = [...Array(n).keys()];
        const p = permutations(items).results!;
        const fact = items.reduce((a, b) => a * (b + 1), 1);
        expect(p.length).toBe(fact);
        expect(new Set(p.map((x) => x.join())).size).toBe(fact);
        p.forEach((x) => expect([...x].sort()).toEqual(items));
        const s = subsets(items).results!;
        expect(s.length).toBe(2 ** n);
        expect(new Set(s.map((x) => x.join())).size).toBe(2 ** n);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('solveSudoku', () => {
  it('solves a classic puzzle', () => {
    expect(validSolution(SOLVED, PUZZLE)).toBe(true);
    const r = solveSudoku(PUZZLE);
    expect(r.trace.final.outcome).toBe('solved');
    expect(r.trace.final.counters.solutions).toBe(1);
    expect(r.trace.event(0)).toMatchObject({ kind: 'try', row: 0, col: 2, digit: 1 });
  });

  it('rejects bad grids and reports no solution', () => {
    expect(attempt(() => solveSudoku([[1]]))).toMatchObject({ ok: false, error: { code: 'bad-grid' } });
    const clash = PUZZLE.map((r) => r.slice());
    clash[0]![2] = 5;
    expect(attempt(() => solveSudoku(clash))).toMatchObject({ ok: false, error: { code: 'conflicting-givens', index: 0 } });
    const impossible = PUZZLE.map((r) => r.slice());
    // No givens clash, but the puzzle has a unique solution with 5 at row 8, column 2.
    impossible[0] = [5, 3, 0, 0, 7, 0, 0, 0, 0];
    impossible[1] = [6, 0, 0, 1, 9, 5, 0, 0, 0];
    impossible[2] = [0, 9, 8, 0, 0, 0, 0, 6, 0];
    impossible[8] = [0, 0, 4, 0, 8, 0, 0, 7, 9]; // 4 in column 2 conflicts with the unique solution
    const r = solveSudoku(impossible);
    expect(r.solution).toBeNull();
    expect(r.trace.final.outcome === 'no-solution' || r.trace.stopped?.reason === 'step-limit').toBe(true);
  });

  it('solutions satisfy the rules and keep the givens (property: puzzles cut from a solved grid)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 81, maxLength: 81 }), fc.integer({ min: 1, max: 9 }), (keep, shift) => {
        // Relabel digits to vary the puzzle, then blank cells.
        const relabel = (d: number): number => ((d - 1 + shift) % 9) + 1;
        const givens = SOLVED.map((row, r) => row.map((d, c) => (keep[r * 9 + c] || (r + c) % 3 === 0 ? relabel(d) : 0)));
        const res = solveSudoku(givens);
        expect(res.solution).not.toBeNull();
        expect(validSolution(res.solution!, givens)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe('parseSudoku (the sudoku player\'s text)', () => {
  const text = (grid: number[][], empty = '.'): string => grid.map((row) => row.map((d) => (d === 0 ? empty : String(d))).join('')).join('\n');

  it('reads rows of digits, . or 0 for empty, ignoring spaces and line breaks', () => {
    expect(parseSudoku(text(PUZZLE))).toEqual(PUZZLE);
    expect(parseSudoku(text(PUZZLE, '0').replace(/\n/g, ' '))).toEqual(PUZZLE);
    expect(parseSudoku(`  ${text(PUZZLE).replace(/(.)/g, '$1 ')}\r\n\t`)).toEqual(PUZZLE);
  });

  it('any spacing of any puzzle reads back as its grid (property: a plain reference strips the spaces)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 81, maxLength: 81 }), fc.array(fc.constantFrom('', ' ', '\n', '\t', '  ', '\r\n'), { minLength: 82, maxLength: 82 }), (keep, gaps) => {
        const givens = SOLVED.map((row, r) => row.map((d, c) => (keep[r * 9 + c] ? d : 0)));
        const cells = givens.flat().map((d) => (d === 0 ? '.' : String(d)));
        const src = cells.map((c, i) => gaps[i] + c).join('') + gaps[81];
        const plain = src.replace(/\s/g, '');
        expect(plain).toHaveLength(81);
        expect(parseSudoku(src).flat()).toEqual([...plain].map((ch) => (ch === '.' ? 0 : Number(ch))));
      }),
      { numRuns: 300 },
    );
  });

  it('places errors in the text: a stray character, a wrong count, two equal givens', () => {
    const src = text(PUZZLE);
    const at = (t: string) => {
      const r = attempt(() => parseSudoku(t));
      if (r.ok) throw new Error('expected a SimError');
      return [r.error.code, r.error.key, r.error.params['count'] ?? null, r.error.index];
    };
    const x = src.indexOf('7');
    expect(at(src.slice(0, x) + 'x' + src.slice(x + 1))).toEqual(['bad-grid', 'players.sudoku.bad', 81, x]);
    expect(at(src + '1')).toEqual(['bad-grid', 'players.sudoku.bad', 82, src.length + 1]);
    expect(at(src.slice(0, 40))).toEqual(['bad-grid', 'players.sudoku.bad', 36, 40]);
    expect(at('')).toEqual(['bad-grid', 'players.sudoku.bad', 0, 0]);
    // A 5 where row 1 already has one: located at the first cell of the clash, where it is written.
    const clash = `  ${src.slice(0, 2)}5${src.slice(3)}`;
    const r = attempt(() => parseSudoku(clash));
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.key, r.error.index, r.error.params]).toEqual(['conflicting-givens', 'error.sudoku.conflictingGivens', 2, { row: 1, col: 1, withRow: 1, withCol: 3, digit: 5 }]);
  });
});
