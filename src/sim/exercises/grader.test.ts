import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createExercise, type Action } from './grader';
import { bracketExercise } from './kinds/brackets';
import { infixExercise } from './kinds/infix';
import { postfixExercise } from './kinds/postfix';
import { mazeExercise } from './kinds/maze';
import { nQueensExercise } from './kinds/nqueens';
import { checkBrackets } from '../brackets';
import { evaluatePostfix } from '../postfix';
import { infixToPostfix } from '../infix';
import { solveNQueens } from '../backtracking/nqueens';
import { solveMaze } from '../backtracking/maze';
import { generateBrackets } from '../generators';

describe('createExercise', () => {
  it('grades bracket steps, explains mistakes, and keeps score', () => {
    const ex = createExercise(checkBrackets('(]').trace, bracketExercise);
    expect(ex.expected()).toEqual({ type: 'push' });
    expect(ex.submit({ type: 'push' })).toMatchObject({ verdict: 'correct', reasonKey: 'brackets.why.mustPushOpener' });
    const v = ex.submit({ type: 'pop' });
    expect(v).toMatchObject({ verdict: 'wrong', expected: { type: 'error' }, reasonKey: 'brackets.why.closerMismatch', params: { ch: ']', open: '(', expected: ')' } });
    expect(ex.pending).toEqual({ type: 'pop' });
    expect(ex.undo()).toBe(true);
    expect(ex.undo()).toBe(false);
    expect(ex.submit({ type: 'pop' }).verdict).toBe('wrong');
    expect(ex.fix()?.expected).toEqual({ type: 'error' });
    expect(ex.done).toBe(true);
    expect(ex.score).toEqual({ correct: 1, wrong: 2, fixed: 1, undone: 1, assisted: false });
    expect(() => ex.submit({ type: 'push' })).toThrow(RangeError);
  });

  it('brackets reasons are specific', () => {
    const keys = (text: string): string[] => {
      const ex = createExercise(checkBrackets(text).trace, bracketExercise);
      const out: string[] = [];
      while (!ex.done) out.push(ex.submit({ type: 'nonsense' }).reasonKey), ex.fix();
      return out;
    };
    expect(keys('()')).toEqual(['brackets.why.mustPushOpener', 'brackets.why.closerMatchesTop', 'brackets.why.allMatched']);
    expect(keys(')')).toEqual(['brackets.why.stackEmptyOnClose']);
    expect(keys('((')).toEqual(['brackets.why.mustPushOpener', 'brackets.why.mustPushOpener', 'brackets.why.openersLeft']);
  });

  it('postfix: the learner computes each value (2-decimal rounding accepted)', () => {
    const ex = createExercise(evaluatePostfix('1 3 /').trace, postfixExercise);
    ex.submit({ type: 'push' });
    ex.submit({ type: 'push' });
    expect(ex.submit({ type: 'apply', result: 3 })).toMatchObject({ verdict: 'wrong', reasonKey: 'postfix.why.wrongValue' });
    expect(ex.submit({ type: 'push' })).toMatchObject({ verdict: 'wrong', reasonKey: 'postfix.why.operatorPopsTwo' });
    expect(ex.submit({ type: 'apply', result: 0.33 }).verdict).toBe('correct');
    expect(ex.submit({ type: 'result', value: 0.333 })).toMatchObject({ verdict: 'correct', reasonKey: 'postfix.why.oneValueLeft' });
    // A new submission while a wrong one is pending takes it back first (undone); the apply step,
    // right only at the third choice, is not right first time.
    expect(ex.score).toEqual({ correct: 3, wrong: 2, fixed: 0, undone: 2, assisted: false });
  });

  it('infix: pop vs push reasons', () => {
    const ex = createExercise(infixToPostfix('2 * 3 + 4').trace, infixExercise);
    ex.submit({ type: 'output' });
    ex.submit({ type: 'push' });
    ex.submit({ type: 'output' });
    expect(ex.submit({ type: 'push' })).toMatchObject({ verdict: 'wrong', expected: { type: 'pop' }, reasonKey: 'infix.why.popHigherOrEqual', params: { op: '*', incoming: '+' } });
    const ex2 = createExercise(infixToPostfix('2 ^ 3 ^ 4').trace, infixExercise);
    ex2.submit({ type: 'output' });
    ex2.submit({ type: 'push' });
    ex2.submit({ type: 'output' });
    expect(ex2.submit({ type: 'pop' })).toMatchObject({ verdict: 'wrong', reasonKey: 'infix.why.rightAssoc' });
  });

  it('N-Queens: hides the automatic tries and names the attacker', () => {
    const ex = createExercise(solveNQueens(4).trace, nQueensExercise);
    expect(ex.state().queens).toEqual([]);
    expect(ex.expected()).toEqual({ type: 'place', row: 0, col: 0 });
    ex.submit({ type: 'place', row: 0, col: 0 });
    const v = ex.submit({ type: 'place', row: 1, col: 1 });
    expect(v).toMatchObject({ verdict: 'wrong', reasonKey: 'nqueens.why.attacked', params: { withRow: 1, withCol: 1 }, expected: { type: 'place', row: 1, col: 2 } });
    expect(ex.submit({ type: 'place', row: 1, col: 3 })).toMatchObject({ verdict: 'wrong', reasonKey: 'nqueens.why.leftmostSafe' });
    expect(ex.submit({ type: 'backtrack' })).toMatchObject({ verdict: 'wrong', reasonKey: 'nqueens.why.safeColumnExists' });
    ex.fix();
    expect(ex.state().queens).toEqual([0, 2]);
    expect(ex.submit({ type: 'place', row: 2, col: 1 })).toMatchObject({ reasonKey: 'nqueens.why.attacked' });
    expect(ex.fix()?.reasonKey).toBe('nqueens.why.noSafeColumn');
  });

  it('maze: move order and blocked moves', () => {
    const ex = createExercise(solveMaze(['..', '#.'], [0, 0], [1, 1]).trace, mazeExercise);
    expect(ex.submit({ type: 'move', dir: 'down' })).toMatchObject({ verdict: 'wrong', reasonKey: 'maze.why.wall' });
    expect(ex.submit({ type: 'move', dir: 'up' })).toMatchObject({ verdict: 'wrong', reasonKey: 'maze.why.outside' });
    expect(ex.submit({ type: 'back' })).toMatchObject({ verdict: 'wrong', reasonKey: 'maze.why.moveOrder.right' });
    expect(ex.submit({ type: 'move', dir: 'right' }).verdict).toBe('correct');
    expect(ex.submit({ type: 'move', dir: 'down' }).verdict).toBe('correct');
    expect(ex.done).toBe(true);
  });

  it('counts a step right first time only when its first choice was right, whatever is undone or fixed (property)', () => {
    // Plain reference: a step is right first time when the first choice made at it was right.
    type Move = 'right' | 'wrong-undo' | 'wrong-resubmit' | 'wrong-fix';
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.constantFrom<Move>('right', 'wrong-undo', 'wrong-resubmit', 'wrong-fix'), { maxLength: 60 }), (seed, moves) => {
        const { text } = generateBrackets(seed, { length: 10 });
        const ex = createExercise(checkBrackets(text).trace, bracketExercise);
        const wrongAction = (): Action => (ex.expected()!.type === 'push' ? { type: 'pop' } : { type: 'push' });
        const tried = new Set<number>();
        let firstRight = 0;
        for (const move of moves) {
          if (ex.done) break;
          const at = ex.position;
          if (move === 'right') {
            if (!tried.has(at)) firstRight++;
            ex.submit(ex.expected()!);
          } else {
            expect(ex.submit(wrongAction()).verdict).toBe('wrong');
            if (move === 'wrong-undo') ex.undo();
            else if (move === 'wrong-fix') ex.fix();
          }
          tried.add(at);
        }
        expect(ex.score.correct).toBe(firstRight);
      }),
      { numRuns: 500 },
    );
  });

  it('following the model always finishes with a perfect score (property)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const { text } = generateBrackets(seed, { length: 12 });
        const ex = createExercise(checkBrackets(text).trace, bracketExercise);
        let steps = 0;
        while (!ex.done) {
          expect(ex.submit(ex.expected()!).verdict).toBe('correct');
          steps++;
        }
        expect(ex.score).toEqual({ correct: steps, wrong: 0, fixed: 0, undone: 0, assisted: false });
      }),
      { numRuns: 1000 },
    );
  });
});
