// "What happens next?" (chapters 2, 4, 5): the question about event `step` of an exercise kind's
// trace for `input`; an answer is a choice id.
import { kindFor } from '../load-kind';
import { predictChoices } from '../predict';
import { exactGrader, fields, type QuizDef, type QuizGrader } from '../quiz-def';

export async function predictStepGrader({ algorithm, input, step }: { algorithm: string; input: string; step: number }): Promise<QuizGrader> {
  // N-Queens questions name the board size as their input; every other kind reads its input.
  const kind = await kindFor(algorithm, algorithm === 'nqueens' ? input : undefined);
  const problem = kind.fromInput(input);
  return exactGrader({ q: predictChoices(problem.trace, step, kind.predict).correctId });
}

const predictStep: QuizDef<{ algorithm: string; input: string; step: number }> = {
  name: 'predict-step',
  problem: (raw) => fields(raw, { algorithm: 'string', input: 'string', step: 'number' }),
  grader: predictStepGrader,
};
export default predictStep;
