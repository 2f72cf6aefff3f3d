// Infix to postfix with an operator stack (chapter 4) as an exercise kind: output an operand,
// push or pop an operator by precedence, handle parentheses.
import { toArray } from '../../pstack';
import { infixToPostfix, tokenizeInfix, type InfixEvent, type InfixState } from '../../infix';
import { generateExpression } from '../../generators';
import { k, type Problem, type ProblemKind } from '../kind';
import { type Action, type ExerciseSpec } from '../grader';
import { type Narration } from '../../trace';
import { type PredictSpec, explainBySpec } from '../predict';
import { isRightAssoc } from '../../operators';

/**
 * Infix → postfix: { type: 'output' } (operand to the output), { type: 'push' } (operator or
 * '(' onto the stack), { type: 'pop' } (top operator to the output), { type: 'discard' } (a
 * ')' meets its '('), { type: 'done' } (stack empty at the end).
 */
export const infixExercise: ExerciseSpec<InfixState, InfixEvent> = {
  isDecision: () => true,
  toAction(e): Action {
    switch (e.kind) {
      case 'output':
        return { type: 'output' };
      case 'push-op':
      case 'push-paren':
        return { type: 'push' };
      case 'pop-op':
        return { type: 'pop' };
      case 'discard-paren':
        return { type: 'discard' };
      case 'done':
        return { type: 'done' };
    }
  },
  reason({ expected: e }): Narration {
    switch (e.kind) {
      case 'output':
        return { key: 'infix.why.operandToOutput', params: { token: e.token } };
      case 'push-op':
        if (e.top === null || e.top === '(') return { key: 'infix.why.pushOnEmptyOrParen', params: { op: e.op } };
        if (e.top === e.op && isRightAssoc(e.op)) return { key: 'infix.why.rightAssoc', params: { op: e.op } };
        return { key: 'infix.why.pushOverLower', params: { op: e.op, top: e.top } };
      case 'pop-op':
        if (e.cause === 'precedence') {
          return { key: 'infix.why.popHigherOrEqual', params: { op: e.op, incoming: e.incoming ?? '' } };
        }
        return { key: e.cause === 'paren' ? 'infix.why.popUntilParen' : 'infix.why.flushAtEnd', params: { op: e.op } };
      case 'push-paren':
        return { key: 'infix.why.parenPush', params: {} };
      case 'discard-paren':
        return { key: 'infix.why.discardParen', params: {} };
      case 'done':
        return { key: 'infix.why.done', params: {} };
    }
  },
};

export const infixPredict: PredictSpec<InfixState, InfixEvent> = {
  name: 'infix',
  choices: () => ['output', 'push-op', 'pop-op', 'push-paren', 'discard-paren', 'done'],
  explain: explainBySpec(infixExercise),
};

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
  name: 'infix',
  spec: infixExercise,
  predict: infixPredict,
  actions: [{ type: 'output' }, { type: 'push' }, { type: 'pop' }, { type: 'discard' }, { type: 'done' }],
  fromSeed: (seed) => infixProblem(generateExpression(seed, { operators: 3, ops: ['+', '-', '*', '/'] }).infix),
  fromInput: infixProblem,
};

export default infixKind;
