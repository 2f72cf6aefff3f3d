import type { Action } from '../../../sim/exercises/grader';
import { toArray } from '../../../sim/pstack';
import { parseStackOps, simulateStackOps, type StackOp, type StackOpsEvent, type StackOpsState } from '../../../sim/stackops';
import { stackOpsPredict } from '../../../sim/exercises/stack';
import { k, type Problem, type ProblemKind } from '../kind';

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
  id: 'ch2.stack-ops',
  name: 'stack',
  spec: { isDecision: () => true, toAction: (e): Action => ({ type: e.kind }) },
  predict: stackOpsPredict,
  actions: [],
  fromSeed: () => stackOpsProblem(parseStackOps('push 1, push 2, pop, peek, pop, pop')),
  fromInput: (input) => stackOpsProblem(parseStackOps(input)),
};
