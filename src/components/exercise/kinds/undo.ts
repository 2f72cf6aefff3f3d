import { toArray } from '../../../sim/pstack';
import { parseEditOps, simulateUndo, type EditOp, type UndoEvent, type UndoState } from '../../../sim/undo';
import { formatEditOp, generateUndoOps, undoExercise, undoPredict } from '../../../sim/exercises/stack';
import { k, type Problem, type ProblemKind } from '../kind';

// Undo / redo ----------------------------------------------------------------------------------

function undoProblem(ops: readonly EditOp[]): Problem<UndoState, UndoEvent> {
  const { trace } = simulateUndo(ops);
  const parts = ops.map(formatEditOp);
  return {
    trace,
    task: k('exercise.undo.task'),
    view: (s) => ({
      input: { parts, current: s.op < ops.length ? s.op : null, label: k('exercise.view.ops') },
      stacks: [
        { items: toArray(s.undo).map((e) => ({ text: e.text, caption: k(e.kind === 'type' ? 'exercise.view.typed' : 'exercise.view.deleted') })), label: k('exercise.view.undoStack') },
        { items: toArray(s.redo).map((e) => ({ text: e.text, caption: k(e.kind === 'type' ? 'exercise.view.typed' : 'exercise.view.deleted') })), label: k('exercise.view.redoStack') },
      ],
      current: { label: k('exercise.view.text'), value: s.text, empty: k('exercise.view.empty') },
      lines: [],
    }),
  };
}

export const undoKind: ProblemKind<UndoState, UndoEvent> = {
  id: 'ch4.undo',
  name: 'undo',
  spec: undoExercise,
  predict: undoPredict,
  actions: [{ type: 'pushUndo' }, { type: 'clearRedo' }, { type: 'undoToRedo' }, { type: 'redoToUndo' }, { type: 'nothing' }],
  fromSeed: (seed) => undoProblem(generateUndoOps(seed)),
  fromInput: (input) => undoProblem(parseEditOps(input)),
};
