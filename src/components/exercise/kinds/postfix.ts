import { toArray } from '../../../sim/pstack';
import { evaluatePostfix, type PostfixEvent, type PostfixState } from '../../../sim/postfix';
import { postfixExercise } from '../../../sim/exercises/specs';
import { generateExpression } from '../../../sim/generators';
import { postfixPredict } from '../../../sim/exercises/stack';
import { fmt, k, type Problem, type ProblemKind } from '../kind';

// Postfix ------------------------------------------------------------------------------------

function postfixProblem(expr: string): Problem<PostfixState, PostfixEvent> {
  const { trace } = evaluatePostfix(expr);
  return {
    trace,
    task: k('exercise.postfix.task', { expr }),
    view: (s) => ({
      input: {
        parts: s.tokens.map((t) => t.text),
        current: s.next < s.tokens.length ? s.next : null,
        label: k('exercise.view.tokens'),
      },
      stacks: [{ items: toArray(s.stack).map((v) => ({ text: fmt(v.value) })), label: k('exercise.view.operands') }],
      lines: s.result === null ? [] : [{ label: k('exercise.view.returned'), value: fmt(s.result) }],
    }),
  };
}

export const postfixKind: ProblemKind<PostfixState, PostfixEvent> = {
  id: 'ch4.postfix',
  name: 'postfix',
  spec: postfixExercise,
  predict: postfixPredict,
  actions: [{ type: 'push' }, { type: 'apply', field: 'result' }, { type: 'result', field: 'value' }],
  fromSeed: (seed) => postfixProblem(generateExpression(seed, { operators: 3, ops: ['+', '-', '*'] }).postfix),
  fromInput: postfixProblem,
};
