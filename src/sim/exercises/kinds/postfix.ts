// Postfix evaluation with an operand stack (chapter 4) as an exercise kind: push an operand, apply
// an operator (typing its value), and give the result.
import { toArray } from '../../pstack';
import { evaluatePostfix, type PostfixEvent, type PostfixState } from '../../postfix';
import { generateExpression } from '../../generators';
import { fmt, k, type Problem, type ProblemKind } from '../kind';
import { type Action, type ExerciseSpec } from '../grader';
import { type Narration } from '../../trace';
import { type PredictSpec, explainBySpec } from '../predict';

/** Rounding to 2 decimals is accepted for computed values (the learner types 0.33 for 1/3). */
function closeEnough(a: unknown, b: unknown): boolean {
  return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 0.005 + 1e-9 * Math.abs(b);
}

/**
 * Postfix evaluation: per token { type: 'push' } for an operand, { type: 'apply', result }
 * for an operator (the learner computes a op b), and at the end { type: 'result', value }.
 */
export const postfixExercise: ExerciseSpec<PostfixState, PostfixEvent> = {
  isDecision: () => true,
  toAction(e): Action {
    switch (e.kind) {
      case 'push':
        return { type: 'push' };
      case 'apply':
        return { type: 'apply', result: e.result };
      case 'result':
        return { type: 'result', value: e.value };
    }
  },
  same(s, x) {
    if (s.type !== x.type) return false;
    if (x.type === 'apply') return closeEnough(s['result'], x['result']);
    if (x.type === 'result') return closeEnough(s['value'], x['value']);
    return true;
  },
  reason({ expected: e, submitted }): Narration {
    switch (e.kind) {
      case 'push':
        return { key: 'postfix.why.operandPushed', params: { token: e.text } };
      case 'apply':
        return submitted?.type === 'apply'
          ? { key: 'postfix.why.wrongValue', params: { op: e.op, a: e.a, b: e.b, result: e.result } }
          : { key: 'postfix.why.operatorPopsTwo', params: { op: e.op, a: e.a, b: e.b, result: e.result } };
      case 'result':
        return { key: 'postfix.why.oneValueLeft', params: { value: e.value } };
    }
  },
};

export const postfixPredict: PredictSpec<PostfixState, PostfixEvent> = {
  name: 'postfix',
  choices: () => ['push', 'apply', 'result'],
  explain: explainBySpec(postfixExercise),
};

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
  name: 'postfix',
  spec: postfixExercise,
  predict: postfixPredict,
  actions: [{ type: 'push' }, { type: 'apply', field: 'result' }, { type: 'result', field: 'value' }],
  fromSeed: (seed) => postfixProblem(generateExpression(seed, { operators: 3, ops: ['+', '-', '*'] }).postfix),
  fromInput: postfixProblem,
};

export default postfixKind;
