/**
 * The chapter-7 object quizzes as a student meets them: what a problem holds and how typed or
 * chosen answers are graded. Apart from ./problems.ts (which sets problems with the simulator) so
 * an exercise can show and grade a problem set at build without loading the simulator.
 */
import type { Narration } from '../trace';

// ---- "predict the reference count" ---------------------------------------------------------

export interface RefcountQuestion {
  /** The name asked about: what does `print(sys.getrefcount(name))` print at the end? */
  name: string;
  /** The object's label in the model ('list #3'). */
  label: string;
  /** The printed value (the count + 1). */
  answer: number;
  /** Why, for the feedback (keys in OBJECTS_MESSAGES). */
  explanation: Narration[];
}

export interface RefcountProblem {
  seed: number;
  version: string;
  program: string;
  questions: RefcountQuestion[];
}

export interface RefcountGrade {
  name: string;
  given: number | null;
  correct: boolean;
  answer: number;
  explanation: Narration[];
}

/** Grades typed answers (name → number; null or NaN = unanswered). */
export function gradeRefcountProblem(p: RefcountProblem, answers: Readonly<Record<string, number | null | undefined>>): RefcountGrade[] {
  return p.questions.map((q) => {
    const g = answers[q.name];
    const given = typeof g === 'number' && Number.isFinite(g) ? g : null;
    return { name: q.name, given, correct: given === q.answer, answer: q.answer, explanation: q.explanation };
  });
}

// ---- "freed by reference counting, by the cyclic GC, or still alive" --------------------

export type Fate = 'refcount' | 'gc' | 'alive';
export const FATES: readonly Fate[] = ['refcount', 'gc', 'alive'];

export interface FateItem {
  /** The name the object was first bound to, and the line that created it. */
  name: string;
  line: number;
  /** The object's label in the model ('Node #3'). */
  label: string;
  answer: Fate;
  explanation: Narration;
}

export interface FateProblem {
  seed: number;
  version: string;
  program: string;
  items: FateItem[];
}

export interface FateGrade {
  name: string;
  given: Fate | null;
  correct: boolean;
  answer: Fate;
  explanation: Narration;
}

export function gradeFateProblem(p: FateProblem, answers: Readonly<Record<string, Fate | null | undefined>>): FateGrade[] {
  return p.items.map((it) => {
    const given = answers[it.name] ?? null;
    return { name: it.name, given, correct: given === it.answer, answer: it.answer, explanation: it.explanation };
  });
}
