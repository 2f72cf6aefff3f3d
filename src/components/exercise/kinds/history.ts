import { toArray } from '../../../sim/pstack';
import { parseNavOps, simulateHistory, type NavOp, type HistoryEvent, type HistoryState } from '../../../sim/history';
import { formatNavOp, generateNavOps, historyExercise, historyPredict } from '../../../sim/exercises/stack';
import { k, type Problem, type ProblemKind } from '../kind';

// Browser history --------------------------------------------------------------------------------

function historyProblem(ops: readonly NavOp[]): Problem<HistoryState, HistoryEvent> {
  const { trace } = simulateHistory(ops);
  const parts = ops.map(formatNavOp);
  return {
    trace,
    task: k('exercise.history.task'),
    view: (s) => ({
      input: { parts, current: s.op < ops.length ? s.op : null, label: k('exercise.view.ops') },
      stacks: [
        { items: toArray(s.back).map((u) => ({ text: u })), label: k('exercise.view.backStack') },
        { items: toArray(s.forward).map((u) => ({ text: u })), label: k('exercise.view.forwardStack') },
      ],
      current: { label: k('exercise.view.page'), value: s.current ?? '', empty: k('exercise.view.noPage') },
      lines: [],
    }),
  };
}

export const historyKind: ProblemKind<HistoryState, HistoryEvent> = {
  id: 'ch4.history',
  name: 'history',
  spec: historyExercise,
  predict: historyPredict,
  actions: [{ type: 'visit' }, { type: 'clearForward' }, { type: 'back' }, { type: 'forward' }, { type: 'nothing' }],
  fromSeed: (seed) => historyProblem(generateNavOps(seed)),
  fromInput: (input) => historyProblem(parseNavOps(input)),
};
