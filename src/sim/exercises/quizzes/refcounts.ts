// "Predict the reference counts" (chapter 7): an answer is the number print(sys.getrefcount(x)) shows.
import { gradeRefcountProblem, type RefcountProblem } from '../../objects/grading';
import { fields, type QuizDef, type QuizGrader } from '../quiz-def';

/** The grader of a problem already set (the exercise's, drawn at build or by "New problem"). */
export function refcountsGrader(problem: RefcountProblem): QuizGrader {
  return {
    ids: problem.questions.map((q) => q.name),
    grade: (id, answer) => gradeRefcountProblem(problem, { [id]: typeof answer === 'number' ? answer : null }).find((g) => g.name === id)?.correct === true,
  };
}

const refcounts: QuizDef<{ seed: number; version: string }> = {
  name: 'refcounts',
  problem: (raw) => fields(raw, { seed: 'number', version: 'string' }),
  // Setting the problem again needs the simulator, loaded when a record is replayed.
  grader: async ({ seed, version }) => refcountsGrader((await import('../../objects/problems')).generateRefcountProblem(seed, version)),
};
export default refcounts;
