// "Freed by reference counting, by the cyclic GC, or still alive?" (chapter 7).
import { generateFateProblem, gradeFateProblem, type Fate } from '../../objects/index';
import { fields, type QuizDef, type QuizGrader } from '../quiz-def';

export function fatesGrader({ seed, version }: { seed: number; version: string }): QuizGrader {
  const problem = generateFateProblem(seed, version);
  return {
    ids: problem.items.map((it) => it.name),
    grade: (id, answer) => gradeFateProblem(problem, { [id]: answer as Fate }).find((g) => g.name === id)?.correct === true,
  };
}

const fates: QuizDef<{ seed: number; version: string }> = {
  name: 'fates',
  problem: (raw) => fields(raw, { seed: 'number', version: 'string' }),
  grader: fatesGrader,
};
export default fates;
