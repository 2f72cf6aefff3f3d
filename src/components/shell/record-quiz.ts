// Records a solved quiz attempt (a predict question is a quiz of one) as progress, with what a
// replay needs: the quiz, its problem and the log of checks.
import { openProgress, type ProgressStore } from '../progress';
import type { QuizAttempt } from '../../sim/exercises/quiz-attempt';

export function recordQuiz(
  exerciseId: string,
  attempt: QuizAttempt,
  what: { quiz: string; problem: unknown },
  progress: () => Pick<ProgressStore, 'record'> = openProgress,
): void {
  const s = attempt.score;
  const log = attempt.log;
  try {
    progress().record(
      exerciseId,
      { correct: s.correct, fixed: s.fixed, undone: 0, assisted: s.assisted, total: s.total },
      s.done,
      log ? { type: 'quiz', quiz: what.quiz, problem: what.problem, log } : null,
    );
  } catch {
    // Progress is a convenience: storage trouble must not break the exercise.
  }
}
