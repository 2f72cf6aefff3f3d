// Undo / redo with two stacks (chapter 4) as an exercise kind: each edit, undo and redo moves an
// operation between the Undo and Redo stacks.
import { toArray } from '../../pstack';
import { parseEditOps, simulateUndo, type EditOp, type UndoEvent, type UndoState } from '../../undo';
import { k, type Problem, type ProblemKind, type Text } from '../kind';
import { type Action, type ExerciseSpec } from '../grader';
import { type Narration } from '../../trace';
import { type PredictSpec, explainBySpec } from '../predict';
import { createRng } from '../../rng';

// ---------------------------------------------------------------------------------------------
// (c) Undo / redo
// ---------------------------------------------------------------------------------------------

/**
 * Undo/redo: for each step of each operation the learner says what happens:
 * { type: 'pushUndo' } (a new edit goes onto the undo stack), { type: 'clearRedo' },
 * { type: 'undoToRedo' }, { type: 'redoToUndo' } or { type: 'nothing' }.
 */
export const undoExercise: ExerciseSpec<UndoState, UndoEvent> = {
  isDecision: () => true,
  toAction(e): Action {
    switch (e.kind) {
      case 'type':
      case 'delete':
        return { type: 'pushUndo' };
      case 'clear-redo':
        return { type: 'clearRedo' };
      case 'undo':
        return { type: 'undoToRedo' };
      case 'redo':
        return { type: 'redoToUndo' };
      default:
        return { type: 'nothing' };
    }
  },
  reason({ state, expected: e, submitted }): Narration {
    switch (e.kind) {
      case 'type':
      case 'delete':
        if (submitted?.type === 'clearRedo') return { key: 'ex.undo.why.redoAlreadyEmpty', params: { text: e.text } };
        return { key: e.kind === 'type' ? 'ex.undo.why.typePushed' : 'ex.undo.why.deletePushed', params: { text: e.text } };
      case 'clear-redo':
        return { key: 'ex.undo.why.newEditClearsRedo', params: { count: e.count } };
      case 'undo':
        return { key: 'ex.undo.why.undoMovesTop', params: { text: e.edit.text, undoCount: state.undo?.size ?? 0 } };
      case 'redo':
        return { key: 'ex.undo.why.redoMovesTop', params: { text: e.edit.text } };
      case 'nothing-to-undo':
        return { key: 'ex.undo.why.nothingToUndo', params: {} };
      case 'nothing-to-redo':
        return { key: 'ex.undo.why.nothingToRedo', params: {} };
      case 'nothing-to-delete':
        return { key: 'ex.undo.why.nothingToDelete', params: {} };
    }
  },
};

const UNDO_WORDS = ['ab', 'cd', 'x', 'hi', 'ok', 'yes', '가', '나다', 'go'];

/**
 * A short editing session (default 7 operations) that visits the interesting cases: an undo
 * after edits, a redo, a new edit that clears the redo stack, and often an undo or redo with
 * nothing to take.
 */
export function generateUndoOps(seed: number, count = 7): EditOp[] {
  const rng = createRng(seed);
  const words = rng.shuffle(UNDO_WORDS);
  let w = 0;
  const type = (): EditOp => ({ type: 'type', text: words[w++ % words.length]! });
  // Always: two edits, an undo (so there is something to redo), some random steps, and a
  // final edit (which clears the redo stack when it is not empty).
  const ops: EditOp[] = rng.next() < 0.3 ? [{ type: 'undo' }] : [];
  ops.push(type(), type(), { type: 'undo' });
  while (ops.length < count - 1) {
    const r = rng.next();
    if (r < 0.25) ops.push({ type: 'undo' });
    else if (r < 0.5) ops.push({ type: 'redo' });
    else if (r < 0.65) ops.push({ type: 'delete' });
    else ops.push(type());
  }
  ops.push(type());
  return ops;
}

/**
 * An edit op as the exercise lists it, in the reader's language: `exercise.view.op.*` writes it
 * with the command words `parseEditOps` reads in that language (type / 입력 …), so it can be typed back.
 */
export function editOpText(op: EditOp): Text {
  switch (op.type) {
    case 'type':
      return k('exercise.view.op.type', { text: op.text });
    case 'delete':
      return op.count === undefined ? k('exercise.view.op.delete') : k('exercise.view.op.deleteCount', { count: op.count });
    default:
      return k(`exercise.view.op.${op.type}`);
  }
}

export const undoPredict: PredictSpec<UndoState, UndoEvent> = {
  name: 'undo',
  choices: () => ['pushUndo', 'clearRedo', 'undoToRedo', 'redoToUndo', 'nothing'],
  choiceOf: (e) => undoExercise.toAction(e).type,
  explain: explainBySpec(undoExercise),
};

// Undo / redo ----------------------------------------------------------------------------------

function undoProblem(ops: readonly EditOp[]): Problem<UndoState, UndoEvent> {
  const { trace } = simulateUndo(ops);
  const parts = ops.map(editOpText);
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
  name: 'undo',
  spec: undoExercise,
  predict: undoPredict,
  actions: [{ type: 'pushUndo' }, { type: 'clearRedo' }, { type: 'undoToRedo' }, { type: 'redoToUndo' }, { type: 'nothing' }],
  fromSeed: (seed) => undoProblem(generateUndoOps(seed)),
  fromInput: (input) => undoProblem(parseEditOps(input)),
};

export default undoKind;
