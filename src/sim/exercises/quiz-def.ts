// What the replay of a quiz needs from it: its items and the core's verdict on an answer, for a
// problem described in plain JSON (a seed, or the question's inputs). One module per quiz in
// ./quizzes/, default-exporting its QuizDef; the island uses the same grader, so a replayed
// attempt is graded by the very code that graded it live.
import type { Answer } from './quiz-attempt';

export interface QuizGrader {
  readonly ids: readonly string[];
  grade(id: string, answer: Answer): boolean;
}

export interface QuizDef<P> {
  /** The module's file name, stored in records. */
  readonly name: string;
  /** The problem a record describes, or null when it is not one this quiz can set. */
  problem(raw: unknown): P | null;
  grader(problem: P): QuizGrader | Promise<QuizGrader>;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A problem that is `{ seed }` with a 32-bit unsigned seed (what randomSeed draws). */
export function seedProblem(raw: unknown): { seed: number } | null {
  return isObject(raw) && Number.isInteger(raw.seed) && (raw.seed as number) >= 0 && (raw.seed as number) < 2 ** 32 ? { seed: raw.seed as number } : null;
}
/** Reads the named fields of `raw` when each has the given type; else null. */
export function fields<T extends Record<string, 'string' | 'number'>>(
  raw: unknown,
  spec: T,
): { [K in keyof T]: T[K] extends 'string' ? string : number } | null {
  if (!isObject(raw)) return null;
  for (const [k, type] of Object.entries(spec)) {
    const v = raw[k];
    if (type === 'number' ? !(typeof v === 'number' && Number.isFinite(v)) : !(typeof v === 'string' && v.length <= 200)) return null;
  }
  return Object.fromEntries(Object.keys(spec).map((k) => [k, raw[k]])) as never;
}

/** A quiz whose items each have one right answer, compared exactly (a count, a choice id). */
export function exactGrader(want: Readonly<Record<string, string | number>>): QuizGrader {
  return { ids: Object.keys(want), grade: (id, answer) => Object.hasOwn(want, id) && answer === want[id] };
}

/** How typed values are compared: no spaces, lower case ('(1, 2)' = '(1,2)', 'True' = 'true'). */
export const normTyped = (s: string): string => s.trim().replace(/\s+/g, '').toLowerCase();

/** A one-item quiz whose answer is typed text, right when it reads as `value`. */
export function typedGrader(value: string): QuizGrader {
  const want = normTyped(value);
  return { ids: ['q'], grade: (_id, answer) => typeof answer === 'string' && normTyped(answer) === want };
}
