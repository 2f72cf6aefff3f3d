// "Predict the return value" (chapter 3): one question per call of a run; an answer is the text
// the learner typed, right when it is the value Python prints (spaces and case aside).
import { runCallStack } from '../../callstack';
import { PROGRAMS } from '../../programs/index';
import { formatValue } from '../../programs/types';
import { parseArgText } from '../recursion';
import { fields, typedGrader, type QuizDef, type QuizGrader } from '../quiz-def';

export function predictReturnGrader({ program, arg, call }: { program: string; arg: string; call: string }): QuizGrader {
  const prog = Object.hasOwn(PROGRAMS, program) ? PROGRAMS[program] : undefined;
  if (!prog) throw new RangeError(`unknown program '${program}'`);
  const node = runCallStack(prog, parseArgText(prog, arg)).trace.final.log.nodes.find((n) => n.label === call && n.returnedAt !== null);
  if (!node) throw new RangeError(`no call '${call}' returns in this run`);
  return typedGrader(formatValue(node.returnValue));
}

const predictReturn: QuizDef<{ program: string; arg: string; call: string }> = {
  name: 'predict-return',
  problem: (raw) => fields(raw, { program: 'string', arg: 'string', call: 'string' }),
  grader: predictReturnGrader,
};
export default predictReturn;
