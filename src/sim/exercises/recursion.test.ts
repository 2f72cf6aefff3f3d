import { tableOf } from '../../i18n/messages';
import { describe, expect, it } from 'vitest';
import { createExercise } from './grader';
import { runCallStack } from '../callstack';
import { PROGRAMS } from '../programs/index';
import { solveNQueens } from '../backtracking/nqueens';
import { modelActions } from './grader';
import { predictChoices } from './predict';
import { callCount, parseArgText } from './recursion';
import { callStackExercise, generateCallStackProblem } from './kinds/callstack';
import { nQueensPredict } from './kinds/nqueens';
import { isSimError } from '../errors';

describe('callStackExercise', () => {
  it('asks push n / pop value at each call and return of factorial(3)', () => {
    const { trace } = runCallStack('factorial', { n: 3 });
    expect(modelActions(trace, callStackExercise)).toEqual([
      { type: 'push', value: 2 },
      { type: 'push', value: 1 },
      { type: 'pop', value: 1 },
      { type: 'pop', value: 2 },
      { type: 'pop', value: 6 },
    ]);
  });
  it('grades and explains a wrong step', () => {
    const { trace } = runCallStack('factorial', { n: 3 });
    const ex = createExercise(trace, callStackExercise);
    const v = ex.submit({ type: 'pop', value: 3 });
    expect(v.verdict).toBe('wrong');
    expect(v.reasonKey).toBe('callstack.why.push');
    expect(v.params).toMatchObject({ caller: 'factorial(3)', call: 'factorial(2)', line: 4, n: 2 });
    ex.undo();
    for (const a of modelActions(trace, callStackExercise)) expect(ex.submit(a).verdict).toBe('correct');
    expect(ex.done).toBe(true);
  });
  it('draws small, deterministic problems', () => {
    for (let seed = 1; seed < 50; seed++) {
      const p = generateCallStackProblem(seed);
      expect(p).toEqual(generateCallStackProblem(seed));
      const { trace } = runCallStack(p.program, p.args);
      const actions = modelActions(trace, callStackExercise);
      expect(actions.length).toBeGreaterThan(1);
      expect(actions.length).toBeLessThan(40);
      for (const a of actions) expect(Number.isFinite(a['value'])).toBe(true);
    }
  });
});

describe('parseArgText', () => {
  const p = (id: string) => PROGRAMS[id]!;
  it('splits arguments at top-level commas', () => {
    expect(parseArgText(p('binary-search'), '[1, 3, 5, 7, 9, 11], 7')).toEqual({ xs: [1, 3, 5, 7, 9, 11], target: 7 });
    expect(parseArgText(p('sum-list'), '[3, 1, 4, 1, 5]')).toEqual({ xs: [3, 1, 4, 1, 5] });
    expect(parseArgText(p('power'), '2, 10')).toEqual({ x: 2, n: 10 });
    expect(parseArgText(p('factorial'), ' 4 ')).toEqual({ n: 4 });
  });
  it('locates errors', () => {
    const at = (id: string, text: string) => {
      try {
        parseArgText(p(id), text);
        return null;
      } catch (e) {
        if (!isSimError(e)) throw e;
        return { code: e.code, index: e.index };
      }
    };
    expect(at('factorial', 'x')).toEqual({ code: 'bad-arg', index: 0 });
    expect(at('power', '2')).toEqual({ code: 'bad-arity', index: 1 });
    expect(at('power', '2, 3, 4')).toEqual({ code: 'bad-arity', index: 4 });
    expect(at('binary-search', '[1, 5, 3], 3')).toEqual({ code: 'not-sorted', index: 7 });
    expect(at('power', '2, x')).toEqual({ code: 'bad-arg', index: 3 });
  });
});

describe('callCount and nQueensPredict', () => {
  it('counts calls from the trace', () => {
    expect(callCount('fibonacci', { n: 6 })).toBe(25);
    expect(callCount('fibonacci-memo', { n: 6 })).toBe(11);
    expect(callCount('fibonacci', { n: 0 })).toBe(1);
  });
  it('asks what happens next in N-Queens', () => {
    const { trace } = solveNQueens(4);
    const q = predictChoices(trace, 9, nQueensPredict);
    expect(q.choices.map((c) => c.id)).toEqual(['place', 'conflict', 'backtrack', 'solution']);
    expect(q.correctId).toBe(trace.event(9).kind);
  });
  it('has both languages for every string', () => {
    for (const v of Object.values(tableOf(['callstack.why.']))) {
      expect(v.en.length).toBeGreaterThan(0);
      expect(v.ko.length).toBeGreaterThan(0);
    }
  });
});
