// "Freed by reference counting, by the cyclic GC, or still alive?" (chapter 7).
import { gradeFateProblem, type Fate, type FateProblem } from '../../objects/grading';
import { fields, type QuizDef, type QuizGrader } from '../quiz-def';

/** The grader of a problem already set (the exercise's, drawn at build or by "New problem"). */
export function fatesGrader(problem: FateProblem): QuizGrader {
  return {
    ids: problem.items.map((it) => it.name),
    grade: (id, answer) => gradeFateProblem(problem, { [id]: answer as Fate }).find((g) => g.name === id)?.correct === true,
  };
}

const fates: QuizDef<{ seed: number; version: string }> = {
  name: 'fates',
  problem: (raw) => fields(raw, { seed: 'number', version: 'string' }),
  // Setting the problem again needs the simulator, loaded when a record is replayed.
  grader: async ({ seed, version }) => fatesGrader((await import('../../objects/problems')).generateFateProblem(seed, version)),
};
export default fates;
