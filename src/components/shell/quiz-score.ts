// First-try bookkeeping of a quiz-style exercise (several items, checked together, wrong ones
// retried): an item's first graded answer decides whether it counts as right first time, and a
// problem is recorded as progress once, at the first check where every item is right.
import { openProgress, type ProgressStore } from '../progress';

/** One item's grade at a check. */
export interface ItemResult {
  id: string | number;
  /** False when the item was left blank: a blank is not a try. */
  answered: boolean;
  correct: boolean;
}

export interface QuizScore {
  /** Notes a check's grades; returns how many items are right now, out of how many. */
  check(results: readonly ItemResult[]): { right: number; total: number };
  /** Forgets the problem (call when a new one is drawn). */
  reset(): void;
}

/** Score keeper for `exerciseId` (see ../exercises.ts); `progress` is the store to record into. */
export function createQuizScore(
  exerciseId: string,
  progress: () => Pick<ProgressStore, 'record'> = openProgress,
): QuizScore {
  let firstTry = new Map<string | number, boolean>();
  let recorded = false;
  return {
    check(results) {
      for (const r of results) if (r.answered && !firstTry.has(r.id)) firstTry.set(r.id, r.correct);
      const right = results.filter((r) => r.correct).length;
      const total = results.length;
      if (right === total && !recorded) {
        recorded = true;
        const first = results.filter((r) => firstTry.get(r.id) === true).length;
        try {
          progress().record(exerciseId, { correct: first, fixed: total - first, undone: 0, total }, true);
        } catch {
          // Progress is a convenience: storage trouble must not break the exercise.
        }
      }
      return { right, total };
    },
    reset() {
      firstTry = new Map();
      recorded = false;
    },
  };
}
