import { toArray } from '../../../sim/pstack';
import { infixToPostfix, tokenizeInfix, type InfixEvent, type InfixState } from '../../../sim/infix';
import { infixExercise } from '../../../sim/exercises/specs';
import { generateExpression } from '../../../sim/generators';
import { infixPredict } from '../../../sim/exercises/stack';
import { k, type Problem, type ProblemKind } from '../kind';

// Infix → postfix ------------------------------------------------------------------------------

function infixProblem(expr: string): Problem<InfixState, InfixEvent> {
  const { trace } = infixToPostfix(expr);
  const tokens = tokenizeInfix(expr);
  return {
    trace,
    task: k('exercise.infix.task', { expr }),
    view: (s) => {
      const next = s.done ? -1 : tokens.findIndex((t) => t.index > s.at);
      return {
        input: { parts: tokens.map((t) => t.text), current: next >= 0 ? next : null, label: k('exercise.view.tokens') },
        stacks: [{ items: toArray(s.ops).map((o) => ({ text: o.op })), label: k('exercise.view.operators') }],
        lines: [{ label: k('exercise.view.output'), value: toArray(s.output).join(' ') }],
      };
    },
  };
}

export const infixKind: ProblemKind<InfixState, InfixEvent> = {
  id: 'ch4.infix',
  name: 'infix',
  spec: infixExercise,
  predict: infixPredict,
  actions: [{ type: 'output' }, { type: 'push' }, { type: 'pop' }, { type: 'discard' }, { type: 'done' }],
  fromSeed: (seed) => infixProblem(generateExpression(seed, { operators: 3, ops: ['+', '-', '*', '/'] }).infix),
  fromInput: infixProblem,
};
