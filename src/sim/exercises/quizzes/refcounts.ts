// "Predict the reference counts" (chapter 7): an answer is the number print(sys.getrefcount(x)) shows.
import { generateRefcountProblem, gradeRefcountProblem } from '../../objects/index';
import { fields, type QuizDef, type QuizGrader } from '../quiz-def';

export function refcountsGrader({ seed, version }: { seed: number; version: string }): QuizGrader {
  const problem = generateRefcountProblem(seed, version);
  return {
    ids: problem.questions.map((q) => q.name),
    grade: (id, answer) => gradeRefcountProblem(problem, { [id]: typeof answer === 'number' ? answer : null }).find((g) => g.name === id)?.correct === true,
  };
}

const refcounts: QuizDef<{ seed: number; version: string }> = {
  name: 'refcounts',
  problem: (raw) => fields(raw, { seed: 'number', version: 'string' }),
  grader: refcountsGrader,
};
export default refcounts;
