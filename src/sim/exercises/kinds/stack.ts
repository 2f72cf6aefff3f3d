// Plain push / pop / peek (chapter 2): the kind behind the stack-operations predict questions.
import type { Action } from '../grader';
import { toArray } from '../../pstack';
import { parseStackOps, simulateStackOps, type StackOp, type StackOpsEvent, type StackOpsState } from '../../stackops';
import { k, type Problem, type ProblemKind } from '../kind';
import { type PredictSpec } from '../predict';

/** Plain stack operations (chapter 2): push / pop / peek, or an underflow / overflow. */
export const stackOpsPredict: PredictSpec<StackOpsState, StackOpsEvent> = {
  name: 'stack',
  choices: (_s, e) => (e.kind === 'overflow' ? ['push', 'pop', 'peek', 'underflow', 'overflow'] : ['push', 'pop', 'peek', 'underflow']),
  choiceOf: (e) => (e.kind === 'pop-empty' || e.kind === 'peek-empty' ? 'underflow' : e.kind),
};

// Plain stack operations (predict only) ---------------------------------------------------------

function stackOpsProblem(ops: readonly StackOp[]): Problem<StackOpsState, StackOpsEvent> {
  const { trace } = simulateStackOps(ops);
  const parts = ops.map((o) => (o.type === 'push' ? `push ${o.value}` : o.type));
  return {
    trace,
    task: k('exercise.view.ops'),
    view: (s) => ({
      input: { parts, current: s.op < ops.length ? s.op : null, label: k('exercise.view.ops') },
      stacks: [{ items: toArray(s.stack).map((v) => ({ text: v })), label: k('exercise.view.stack') }],
      lines: s.seen === null ? [] : [{ label: k('exercise.view.returned'), value: s.seen }],
    }),
  };
}

/** Not a graded exercise: only `predict` and `fromInput` are used (PredictStep 'stack'). */
export const stackOpsKind: ProblemKind<StackOpsState, StackOpsEvent> = {
  name: 'stack',
  spec: { isDecision: () => true, toAction: (e): Action => ({ type: e.kind }) },
  predict: stackOpsPredict,
  actions: [],
  fromSeed: () => stackOpsProblem(parseStackOps('push 1, push 2, pop, peek, pop, pop')),
  fromInput: (input) => stackOpsProblem(parseStackOps(input)),
};

export default stackOpsKind;
