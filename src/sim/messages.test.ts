import { CATALOGS, t as message } from '../i18n/messages';
import { describe, expect, it } from 'vitest';
import { attempt, SimError } from './errors';
import type { EventBase, Trace } from './trace';
import { createExercise, type Action, type ExerciseSpec } from './exercises/grader';
import { bracketExercise } from './exercises/kinds/brackets';
import { infixExercise } from './exercises/kinds/infix';
import { postfixExercise } from './exercises/kinds/postfix';
import { mazeExercise } from './exercises/kinds/maze';
import { nQueensExercise } from './exercises/kinds/nqueens';
import { checkBrackets } from './brackets';
import { infixToPostfix } from './infix';
import { evaluatePostfix } from './postfix';
import { reverseWithStack } from './reverse';
import { parseEditOps, simulateUndo } from './undo';
import { parseNavOps, simulateHistory } from './history';
import { runCallStack } from './callstack';
import { PROGRAMS, parseArgs } from './programs/index';
import { solveNQueens } from './backtracking/nqueens';
import { solveMaze } from './backtracking/maze';
import { permutations, subsets } from './backtracking/combinatorics';
import { solveSudoku } from './backtracking/sudoku';
import { generateMaze } from './backtracking/maze-input';

const keys = new Set<string>();
function collect(t: Trace<unknown, EventBase>): void {
  for (const e of t.events()) keys.add(e.msg.key);
  if (t.stopMsg) keys.add(t.stopMsg.key);
}
function err(fn: () => unknown): void {
  const r = attempt(fn);
  if (r.ok) throw new Error('expected a SimError');
  keys.add(r.error.key);
  if (r.error.trace) collect(r.error.trace as Trace<unknown, EventBase>);
}
/** Submits every action in `tries` at each step (collecting reason keys), then follows the model. */
function drill<S, E extends EventBase>(t: Trace<S, E>, spec: ExerciseSpec<S, E>, tries: Action[]): void {
  const ex = createExercise(t, spec);
  while (!ex.done) {
    const at = ex.position;
    for (const a of tries) {
      if (ex.done || ex.position !== at) break;
      keys.add(ex.submit(a).reasonKey);
    }
    if (!ex.done && ex.position === at) keys.add(ex.fix()!.reasonKey);
  }
}

// A corpus that reaches every event kind, stop reason and error.
for (const s of ['', '(a[b]{c})', '(]', ')', '((']) collect(checkBrackets(s).trace);
collect(checkBrackets('((((', { maxSteps: 2 }).trace);
collect(checkBrackets('((((', { maxInputLength: 2 }).trace);
err(() => checkBrackets('x', { pairs: '(' }));
for (const s of ['(1 + 2) * 3 - 4 / 5', '2 ^ 3 ^ 2', '1 * 2 ^ 3', '1 + 2 * 3']) collect(infixToPostfix(s).trace);
for (const s of ['', '1 % 2', '1 +', '1 2', '1 + 2)', '(1']) err(() => infixToPostfix(s));
collect(evaluatePostfix('x 2 + 3 *', { env: { x: 1 } }).trace);
for (const s of ['', '1 +', '1 2', '1 0 /', '1 2 %', 'q']) err(() => evaluatePostfix(s));
collect(reverseWithStack('안녕👋🏽').trace);
collect(simulateUndo(parseEditOps('undo, redo, delete, type ab, delete, undo, undo, redo, redo, undo, type c')).trace);
for (const s of ['jump', 'type', 'delete 0', 'undo x', 'type "a', 'type "a" b']) err(() => parseEditOps(s));
err(() => simulateUndo([{ type: 'type', text: '' }]));
collect(simulateHistory(parseNavOps('back, forward, visit a, visit b, back, forward, back, visit c')).trace);
err(() => parseNavOps('visit'));
err(() => simulateHistory([{ type: 'visit', url: ' ' }]));
for (const p of Object.values(PROGRAMS)) collect(runCallStack(p, Object.fromEntries(p.args.map((a) => [a.name, a.example]))).trace);
collect(runCallStack('factorial', { n: 5 }, { recursionLimit: 3 }).trace);
err(() => runCallStack('nope', {}));
err(() => runCallStack('factorial', { n: -1 }));
err(() => runCallStack('sum-list', { xs: [1.5] }));
err(() => runCallStack('binary-search', { xs: [2, 1], target: 1 }));
err(() => runCallStack('factorial', { n: 1 }, { wordSize: 0 }));
err(() => parseArgs(PROGRAMS['factorial']!, { n: 'x' }));
collect(solveNQueens(5).trace);
collect(solveNQueens(20).trace);
err(() => solveNQueens(0));
collect(solveMaze(['...', '.#.', '...'], [0, 0], [2, 2]).trace);
collect(solveMaze(['.#.', '##.'], [0, 0], [0, 2]).trace);
collect(solveMaze(['.#..', '....', '#...'], [2, 1], [0, 0]).trace);
for (const [g, s, e] of [[[], [0, 0], [0, 0]], [['..', '.'], [0, 0], [0, 0]], [['.'], [5, 0], [0, 0]], [['#.'], [0, 0], [0, 1]], [['.'], [0, 0], [1, 1]], [['.#'], [0, 0], [0, 1]]] as const) {
  err(() => solveMaze(g, s, e));
}
collect(permutations(['a', 'b']).trace);
collect(subsets(['a', 'b']).trace);
err(() => permutations('ab' as unknown as string[]));
const PUZZLE = [
  [5, 3, 0, 0, 7, 0, 0, 0, 0], [6, 0, 0, 1, 9, 5, 0, 0, 0], [0, 9, 8, 0, 0, 0, 0, 6, 0],
  [8, 0, 0, 0, 6, 0, 0, 0, 3], [4, 0, 0, 8, 0, 3, 0, 0, 1], [7, 0, 0, 0, 2, 0, 0, 0, 6],
  [0, 6, 0, 0, 0, 0, 2, 8, 0], [0, 0, 0, 4, 1, 9, 0, 0, 5], [0, 0, 0, 0, 8, 0, 0, 7, 9],
];
collect(solveSudoku(PUZZLE).trace);
const stuck = PUZZLE.map((r) => r.slice());
stuck[8]![2] = 4;
collect(solveSudoku(stuck).trace);
err(() => solveSudoku([]));
err(() => solveSudoku([[1], ...PUZZLE.slice(1)]));
err(() => solveSudoku([[10, 0, 0, 0, 0, 0, 0, 0, 0], ...PUZZLE.slice(1)]));
err(() => solveSudoku([[5, 5, 0, 0, 0, 0, 0, 0, 0], ...PUZZLE.slice(1)]));
err(() => generateMaze(1, { rows: 0 }));
drill(checkBrackets('([)]').trace, bracketExercise, [{ type: 'x' }]);
drill(checkBrackets(')').trace, bracketExercise, [{ type: 'x' }]);
drill(checkBrackets('(').trace, bracketExercise, [{ type: 'x' }]);
drill(checkBrackets('()').trace, bracketExercise, [{ type: 'x' }]);
drill(evaluatePostfix('1 2 +').trace, postfixExercise, [{ type: 'x' }, { type: 'apply', result: 99 }]);
drill(infixToPostfix('(1 + 2) * 3 ^ 2 ^ 1 - 4').trace, infixExercise, [{ type: 'x' }]);
drill(solveNQueens(4).trace, nQueensExercise, [{ type: 'x' }, { type: 'backtrack' }, { type: 'place', row: 0, col: 0 }]);
for (const seed of [1, 2, 3, 4, 5]) {
  const m = generateMaze(seed, { rows: 7, cols: 7, openness: 0.3 });
  drill(solveMaze(m.grid, m.start, m.goal).trace, mazeExercise, ['down', 'right', 'up', 'left'].map((dir) => ({ type: 'move', dir })));
}

describe('messages', () => {
  it('the corpus reaches many keys', () => {
    expect(keys.size).toBeGreaterThan(150);
  });

  // Keys the core builds at run time (not literals): i18n/messages.test.ts checks the literals,
  // both languages' placeholders and the Korean; here, that whatever the core emits exists.
  it('every emitted key has an English and a Korean sentence', () => {
    const missing = [...keys].filter((k) => !CATALOGS.en[k] || !CATALOGS.ko[k]);
    expect(missing).toEqual([]);
  });

  it('renders an event in both languages', () => {
    const e = checkBrackets('(').trace.event(0);
    // Positions count from 1, as everywhere a student reads them.
    expect(message('ko', e.msg.key, e.msg.params)).toBe("1번 위치의 '('는 여는 괄호이므로 스택에 푸시합니다.");
    expect(message('en', e.msg.key, e.msg.params)).toBe("'(' at position 1 is an opener: push it onto the stack.");
    expect(new SimError('x', 'error.infix.empty')).toBeInstanceOf(Error);
  });
});
