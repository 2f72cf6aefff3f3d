import { describe, expect, it } from 'vitest';
import { createQuizScore, type ItemResult } from './quiz-score';
import type { RecordedScore } from '../progress';

function recorder() {
  const calls: { id: string; score: RecordedScore; completed: boolean }[] = [];
  const store = {
    record(id: string, score: RecordedScore, completed: boolean) {
      calls.push({ id, score, completed });
      return { completed, attempts: calls.length, best: score, updated: '' };
    },
  };
  return { calls, progress: () => store };
}

const r = (id: string, correct: boolean, answered = true): ItemResult => ({ id, answered, correct });

describe('createQuizScore', () => {
  it('counts right answers and records nothing while some are wrong', () => {
    const { calls, progress } = recorder();
    const score = createQuizScore('ch0.quiz', progress);
    expect(score.check([r('a', true), r('b', false), r('c', false, false)])).toEqual({ right: 1, total: 3 });
    expect(calls).toEqual([]);
  });

  it('records once when all are right: right first time vs fixed after a retry', () => {
    const { calls, progress } = recorder();
    const score = createQuizScore('ch0.quiz', progress);
    // b wrong at first; c blank at first (a blank is not a try, so c's first try is the next check).
    score.check([r('a', true), r('b', false), r('c', false, false)]);
    expect(score.check([r('a', true), r('b', true), r('c', true)])).toEqual({ right: 3, total: 3 });
    expect(calls).toEqual([{ id: 'ch0.quiz', score: { correct: 2, fixed: 1, undone: 0, total: 3 }, completed: true }]);
    // Checking the solved problem again is not a new attempt.
    score.check([r('a', true), r('b', true), r('c', true)]);
    expect(calls).toHaveLength(1);
  });

  it('starts afresh after reset', () => {
    const { calls, progress } = recorder();
    const score = createQuizScore('ch0.quiz', progress);
    score.check([r('a', false)]);
    score.check([r('a', true)]);
    score.reset();
    score.check([r('a', true)]);
    expect(calls.map((c) => c.score.correct)).toEqual([0, 1]);
  });

  it('keeps working when the progress store throws', () => {
    const score = createQuizScore('ch0.quiz', () => {
      throw new Error('storage blocked');
    });
    expect(score.check([r('a', true)])).toEqual({ right: 1, total: 1 });
  });
});
