// "Which size class?" (chapter 7): an answer is { choice: class index | 'raw', blocksPerPool }.
import { generateSizeClassProblem, gradeSizeClass, type SizeClassGuess } from '../../pymalloc/size-class-problems';
import { seedProblem, type QuizDef, type QuizGrader } from '../quiz-def';
import type { Answer } from '../quiz-attempt';

/** The learner's answer as the core grades it (anything malformed is a blank). */
export function sizeClassGuess(answer: Answer): SizeClassGuess {
  const a = (typeof answer === 'object' && answer !== null ? answer : {}) as Record<string, unknown>;
  const choice = a.choice === 'raw' ? 'raw' : Number.isInteger(a.choice) ? (a.choice as number) : null;
  const blocksPerPool = Number.isInteger(a.blocksPerPool) ? (a.blocksPerPool as number) : null;
  return { choice, blocksPerPool };
}

export function sizeClassGrader({ seed }: { seed: number }): QuizGrader {
  const problem = generateSizeClassProblem(seed);
  return {
    ids: problem.questions.map((q) => String(q.id)),
    grade: (id, answer) => {
      const q = problem.questions.find((x) => String(x.id) === id);
      return q !== undefined && gradeSizeClass(q, sizeClassGuess(answer)).correct;
    },
  };
}

const sizeClass: QuizDef<{ seed: number }> = { name: 'size-class', problem: seedProblem, grader: sizeClassGrader };
export default sizeClass;
