/* eslint-disable @typescript-eslint/no-explicit-any */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildTrace, narrationAt, type Trace, type EventBase } from './trace';
import { applyBracket, checkBrackets } from './brackets';
import { applyInfix, infixToPostfix } from './infix';
import { applyPostfix, evaluatePostfix } from './postfix';
import { applyReverse, reverseWithStack } from './reverse';
import { applyUndo, simulateUndo } from './undo';
import { applyCall, runCallStack } from './callstack';
import { applyNQueens, solveNQueens } from './backtracking/nqueens';
import { applyMaze, solveMaze } from './backtracking/maze';
import { applyCombo, permutations } from './backtracking/combinatorics';
import { applySudoku, solveSudoku } from './backtracking/sudoku';
import { generateMaze } from './backtracking/maze-input';
import { SimError } from './errors';

/** A state from a full replay from the start with the algorithm's reducer (no snapshots). */
function fullReplay<S, E extends EventBase>(t: Trace<S, E>, apply: (s: S, e: E) => S, i: number): S {
  let s = t.initial;
  for (let j = 0; j < i; j++) s = apply(s, t.event(j));
  return s;
}

/** Compares states structurally (persistent stacks compare by content; shared logs by identity). */
const plain = (v: unknown): unknown => JSON.parse(JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x)));

describe('Trace', () => {
  it('stateAt(0) is the initial state, stateAt(length) the final, and indices are checked', () => {
    const t = checkBrackets('(())').trace;
    expect(t.stateAt(0)).toBe(t.initial);
    expect(plain(t.stateAt(t.length))).toEqual(plain(t.final));
    expect(() => t.stateAt(-1)).toThrow(RangeError);
    expect(() => t.stateAt(t.length + 1)).toThrow(RangeError);
    expect(() => t.event(t.length)).toThrow(RangeError);
    expect(() => t.stateAt(1.5)).toThrow(RangeError);
  });

  it('turns a SimError into an error stop and rethrows other errors', () => {
    const t = buildTrace<number, { kind: 'inc' }>({
      initial: 0,
      apply: (s) => s + 1,
      narrate: () => ({ key: 'x', params: {} }),
      run(emit) {
        emit({ kind: 'inc' });
        throw new SimError('boom', 'error.boom', { a: 1 });
      },
    });
    expect(t.length).toBe(1);
    expect(t.final).toBe(1);
    expect(t.stopped).toMatchObject({ reason: 'error', key: 'error.boom' });
    expect(() =>
      buildTrace<number, { kind: 'inc' }>({ initial: 0, apply: (s) => s, narrate: () => ({ key: 'x', params: {} }), run: () => { throw new TypeError('bug'); } }),
    ).toThrow(TypeError);
  });

  it('snapshot replay equals a full replay from the start, for every algorithm (property)', () => {
    type Case = { t: Trace<any, any>; apply: (s: any, e: any) => any };
    const sudoku = [
      [0, 0, 3, 0, 2, 0, 6, 0, 0], [9, 0, 0, 3, 0, 5, 0, 0, 1], [0, 0, 1, 8, 0, 6, 4, 0, 0],
      [0, 0, 8, 1, 0, 2, 9, 0, 0], [7, 0, 0, 0, 0, 0, 0, 0, 8], [0, 0, 6, 7, 0, 8, 2, 0, 0],
      [0, 0, 2, 6, 0, 9, 5, 0, 0], [8, 0, 0, 2, 0, 3, 0, 0, 9], [0, 0, 5, 0, 1, 0, 3, 0, 0],
    ];
    const cases: ((seed: number) => Case)[] = [
      (seed) => ({ t: checkBrackets('([]{()})'.repeat(40 + seed) + '(').trace, apply: applyBracket }),
      () => ({ t: infixToPostfix('1 + 2 * (3 - x) ^ 2 ^ 1 / 4').trace, apply: applyInfix }),
      () => ({ t: evaluatePostfix('1 2 3 * + 4 5 - /').trace, apply: applyPostfix }),
      () => ({ t: reverseWithStack('안녕👋🏽 e\u0301!'.repeat(30)).trace, apply: applyReverse }),
      () => ({ t: simulateUndo([{ type: 'type', text: 'ab' }, { type: 'undo' }, { type: 'redo' }, { type: 'delete' }]).trace, apply: applyUndo }),
      (seed) => ({ t: runCallStack('fibonacci', { n: 5 + (seed % 6) }).trace, apply: applyCall }),
      (seed) => ({ t: runCallStack('hanoi', { n: 3 + (seed % 5) }).trace, apply: applyCall }),
      (seed) => ({ t: solveNQueens(5 + (seed % 3)).trace, apply: applyNQueens }),
      (seed) => {
        const m = generateMaze(seed, { rows: 15, cols: 15 });
        return { t: solveMaze(m.grid, m.start, m.goal).trace, apply: applyMaze };
      },
      () => ({ t: permutations([1, 2, 3, 4]).trace, apply: applyCombo }),
      () => ({ t: solveSudoku(sudoku).trace, apply: applySudoku }),
    ];
    const built = new Map<string, Case>();
    fc.assert(
      fc.property(fc.nat(cases.length - 1), fc.nat(10), fc.double({ min: 0, max: 1, noNaN: true }), (which, seed, at) => {
        const key = `${which}:${seed}`;
        const c = built.get(key) ?? cases[which]!(seed);
        built.set(key, c);
        const i = Math.min(c.t.length, Math.floor(at * (c.t.length + 1)));
        expect(plain(c.t.stateAt(i))).toEqual(plain(fullReplay(c.t, c.apply, i)));
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('the traces used above are long enough to cross snapshots', () => {
    expect(checkBrackets('()'.repeat(300)).trace.length).toBeGreaterThan(512);
    expect(solveNQueens(6).trace.length).toBeGreaterThan(512);
  });
});

describe('narrationAt', () => {
  // A renderer that shows the key and its parameters, so each case reads what was said.
  const t = (key: string, params: Record<string, string | number> = {}) => `${key}${Object.keys(params).length ? JSON.stringify(params) : ''}`;
  const counter = (n: number, opts: { maxSteps?: number; failAt?: number } = {}) =>
    buildTrace<number, { kind: 'inc'; to: number }>({
      initial: 0,
      apply: (_, e) => e.to,
      narrate: (e) => ({ key: 'inc', params: { to: e.to } }),
      ...(opts.maxSteps === undefined ? {} : { maxSteps: opts.maxSteps }),
      run: (emit) => {
        for (let i = 1; i <= n; i++) {
          if (i === opts.failAt) throw new SimError('bad', 'error.bad', { at: i });
          emit({ kind: 'inc', to: i });
        }
      },
    });

  it('says the event that led to a step, or the initial words before the first one shown', () => {
    const tr = counter(3);
    expect([0, 1, 3].map((at) => narrationAt(tr, at, t))).toEqual(['player.initial', 'inc{"to":1}', 'inc{"to":3}']);
    expect(narrationAt(tr, 0, t, 'mine.initial')).toBe('mine.initial');
    // A player that steps through the events from 2 on: position 2 is its start.
    expect([2, 3].map((at) => narrationAt(tr, at, t, 'mine.start', 2))).toEqual(['mine.start', 'inc{"to":3}']);
  });

  it('adds why the trace stopped, at its end only: a limit around player.stopped, an error as itself', () => {
    const limited = counter(10, { maxSteps: 2 });
    expect(narrationAt(limited, 1, t)).toBe('inc{"to":1}');
    expect(narrationAt(limited, 2, t)).toBe('inc{"to":2} player.stopped{"reason":"stop.stepLimit{\\"max\\":2}"}');
    const failed = counter(10, { failAt: 3 });
    expect(narrationAt(failed, 2, t)).toBe('inc{"to":2} error.bad{"at":3}');
  });
});

