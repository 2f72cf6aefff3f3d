// Re-grading a recorded attempt: rebuild its problem from what the record names (a kind and a
// seed, or a quiz and its problem), play the learner's logged choices through the same engine
// that graded them live, and compare. Replay proves the attempt was done as recorded on that
// problem; it cannot say who did it.
import { createExercise, MAX_LOG, type Action, type LogEntry, type Score } from './grader';
import { createQuizAttempt, MAX_QUIZ_LOG, type Answer, type QuizLogEntry, type QuizScore } from './quiz-attempt';
import { kindFor, type AnyKind } from './load-kind';
import type { QuizDef } from './quiz-def';

type AnyTrace = ReturnType<AnyKind['fromSeed']>['trace'];

/** An exercise attempt: the kind (and its setting), the problem's seed, the learner's steps. */
export interface ExerciseAttempt {
  readonly type: 'exercise';
  readonly kind: string;
  readonly variant?: string;
  readonly seed: number;
  readonly log: readonly LogEntry[];
}
/** A quiz attempt (a predict question is a quiz of one): which quiz, its problem, the checks made. */
export interface QuizAttemptRecord {
  readonly type: 'quiz';
  readonly quiz: string;
  readonly problem: unknown;
  readonly log: readonly QuizLogEntry[];
}
export type Attempt = ExerciseAttempt | QuizAttemptRecord;

/** What a record claims, in the terms both engines share. */
export interface ClaimedScore {
  readonly correct: number;
  readonly total: number;
  readonly fixed: number;
  readonly undone: number;
  readonly assisted: boolean;
  readonly completed: boolean;
}

export type Regrade =
  | { readonly ok: true; readonly score: ClaimedScore }
  | { readonly ok: false; readonly reason: 'malformed' | 'unknown-exercise' | 'invalid-step' | 'not-finished' };

/** The quizzes a record may name: the modules in ./quizzes/ (replay.test.ts ties the two). */
export const QUIZ_NAMES = ['segments', 'size-class', 'refcounts', 'fates', 'fib-count', 'predict-return', 'predict-step'] as const;

async function quizDef(name: string): Promise<QuizDef<unknown> | null> {
  if (!(QUIZ_NAMES as readonly string[]).includes(name)) return null;
  const mod = (await import(`./quizzes/${name}.ts`)) as { default: QuizDef<unknown> };
  return mod.default;
}

/** What a log may carry: plain values, or an object of plain values (an action, a structured answer). */
const isScalar = (x: unknown): boolean => x === null || ['string', 'number', 'boolean'].includes(typeof x);
const isFlatObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every(isScalar);
const isAction = (v: unknown): v is Action => isFlatObject(v) && typeof v.type === 'string';
const isAnswer = (v: unknown): v is Answer | null => isScalar(v) || isFlatObject(v);

/** The score an exercise log earns on `kind`'s problem for `seed`; null when the log is not a valid attempt. */
export function replayExercise(kind: AnyKind, seed: number, log: readonly LogEntry[], trace: AnyTrace = kind.fromSeed(seed).trace): Score & { completed: boolean } | null {
  const ex = createExercise(trace, kind.spec, { reasons: false });
  for (const entry of log) {
    if (!Array.isArray(entry)) return null;
    const [op, arg] = entry as unknown as [string, unknown];
    if (op === 'submit') {
      if (ex.done || !isAction(arg)) return null;
      ex.submit(arg);
    } else if (op === 'undo') {
      if (!ex.undo()) return null;
    } else if (op === 'fix') {
      if (ex.done) return null;
      ex.fix();
    } else if (op === 'model') ex.openModel();
    else return null;
  }
  return { ...ex.score, completed: ex.done };
}

/** The score a quiz log earns; null when the log is not a valid attempt. */
export function replayQuiz(ids: readonly string[], grade: (id: string, a: Answer) => boolean, log: readonly QuizLogEntry[]): QuizScore | null {
  const attempt = createQuizAttempt(ids, grade);
  for (const entry of log) {
    if (!Array.isArray(entry)) return null;
    const [op, arg] = entry as unknown as [string, unknown];
    if (op === 'check') {
      if (typeof arg !== 'object' || arg === null || Array.isArray(arg)) return null;
      const answers = arg as Record<string, unknown>;
      if (!Object.keys(answers).every((id) => ids.includes(id)) || !Object.values(answers).every(isAnswer)) return null;
      attempt.check(answers as Record<string, Answer | null>);
    } else if (op === 'reveal') {
      if (typeof arg !== 'string' || !ids.includes(arg)) return null;
      attempt.reveal(arg);
    } else return null;
  }
  return attempt.score;
}

/** Re-grades a recorded attempt by replaying it (never throws: a bad record is a reason). */
export async function regrade(attempt: unknown): Promise<Regrade> {
  if (typeof attempt !== 'object' || attempt === null) return { ok: false, reason: 'malformed' };
  const a = attempt as Record<string, unknown>;
  if (!Array.isArray(a.log)) return { ok: false, reason: 'malformed' };
  try {
    if (a.type === 'exercise') {
      if (typeof a.kind !== 'string' || !Number.isInteger(a.seed) || (a.variant !== undefined && typeof a.variant !== 'string')) return { ok: false, reason: 'malformed' };
      if (a.log.length > MAX_LOG) return { ok: false, reason: 'malformed' };
      let kind: AnyKind;
      try {
        kind = await kindFor(a.kind, a.variant as string | undefined);
      } catch {
        return { ok: false, reason: 'unknown-exercise' };
      }
      // One trace serves both the count of decisions and the replay.
      const trace = kind.fromSeed(a.seed as number).trace;
      const total = countDecisions(kind, trace);
      const s = replayExercise(kind, a.seed as number, a.log as LogEntry[], trace);
      if (!s) return { ok: false, reason: 'invalid-step' };
      return { ok: true, score: { correct: s.correct, total, fixed: s.fixed, undone: s.undone, assisted: s.assisted, completed: s.completed } };
    }
    if (a.type === 'quiz') {
      if (typeof a.quiz !== 'string' || a.log.length > MAX_QUIZ_LOG) return { ok: false, reason: 'malformed' };
      const def = await quizDef(a.quiz);
      const problem = def?.problem(a.problem) ?? null;
      if (!def || problem === null) return { ok: false, reason: 'unknown-exercise' };
      let grader;
      try {
        grader = await def.grader(problem);
      } catch {
        return { ok: false, reason: 'unknown-exercise' };
      }
      const s = replayQuiz(grader.ids, (id, ans) => grader.grade(id, ans), a.log as QuizLogEntry[]);
      if (!s) return { ok: false, reason: 'invalid-step' };
      return { ok: true, score: { correct: s.correct, total: s.total, fixed: s.fixed, undone: 0, assisted: s.assisted, completed: s.done } };
    }
  } catch {
    return { ok: false, reason: 'invalid-step' };
  }
  return { ok: false, reason: 'malformed' };
}

function countDecisions(kind: AnyKind, trace: AnyTrace): number {
  let n = 0;
  for (let i = 0; i < trace.length; i++) if (kind.spec.isDecision(trace.event(i))) n++;
  return n;
}

/** Does a record's claimed score agree with its replay? */
export function agrees(claimed: ClaimedScore, replayed: ClaimedScore): boolean {
  return (
    claimed.correct === replayed.correct &&
    claimed.total === replayed.total &&
    claimed.fixed === replayed.fixed &&
    claimed.undone === replayed.undone &&
    claimed.assisted === replayed.assisted &&
    claimed.completed === replayed.completed
  );
}
