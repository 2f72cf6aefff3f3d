import { commandOf, noArgument, splitCommands } from './commands';
import { SimError } from './errors';
import { graphemes } from './graphemes';
import { push, type Stack } from './pstack';
import { buildTrace, inputLimitTrace, overLimit, throwIfError, type Narration, type RunOptions, type Trace } from './trace';

export const UNDO_MAX_OPS = 10_000;
export const MAX_DELETE = 1000;

/**
 * Editor operations. `type` appends text; `delete` removes the last `count` grapheme
 * clusters (default 1; fewer if the text is shorter); `undo` reverts the last edit and
 * moves it to the redo stack; `redo` re-applies the last undone edit. A new `type` or
 * `delete` clears the redo stack.
 */
export type EditOp =
  | { readonly type: 'type'; readonly text: string }
  | { readonly type: 'delete'; readonly count?: number }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' };

/** An edit on the undo/redo stacks: what was typed, or what was deleted. */
export interface Edit {
  readonly kind: 'type' | 'delete';
  readonly text: string;
}

/** `op`: how many operations have been handled. */
export interface UndoState {
  readonly text: string;
  readonly undo: Stack<Edit>;
  readonly redo: Stack<Edit>;
  readonly op: number;
}

export type UndoEvent =
  | { readonly kind: 'type'; readonly op: number; readonly text: string }
  | { readonly kind: 'delete'; readonly op: number; readonly text: string }
  /** A new edit empties the redo stack (`count` edits dropped); comes just before it. */
  | { readonly kind: 'clear-redo'; readonly op: number; readonly count: number }
  | { readonly kind: 'undo'; readonly op: number; readonly edit: Edit }
  | { readonly kind: 'redo'; readonly op: number; readonly edit: Edit }
  | { readonly kind: 'nothing-to-undo'; readonly op: number }
  | { readonly kind: 'nothing-to-redo'; readonly op: number }
  | { readonly kind: 'nothing-to-delete'; readonly op: number };

function doEdit(text: string, e: Edit): string {
  return e.kind === 'type' ? text + e.text : text.slice(0, text.length - e.text.length);
}
function undoEdit(text: string, e: Edit): string {
  return e.kind === 'type' ? text.slice(0, text.length - e.text.length) : text + e.text;
}

export function applyUndo(s: UndoState, e: UndoEvent): UndoState {
  const op = e.op + 1;
  switch (e.kind) {
    case 'type':
    case 'delete': {
      const edit: Edit = { kind: e.kind, text: e.text };
      return { text: doEdit(s.text, edit), undo: push(s.undo, edit), redo: s.redo, op };
    }
    case 'clear-redo':
      return { ...s, redo: null };
    case 'undo':
      return { text: undoEdit(s.text, e.edit), undo: s.undo?.below ?? null, redo: push(s.redo, e.edit), op };
    case 'redo':
      return { text: doEdit(s.text, e.edit), undo: push(s.undo, e.edit), redo: s.redo?.below ?? null, op };
    default:
      return { ...s, op };
  }
}

export function narrateUndo(e: UndoEvent): Narration {
  switch (e.kind) {
    case 'type':
      return { key: 'undo.type', params: { text: e.text } };
    case 'delete':
      return { key: 'undo.delete', params: { text: e.text } };
    case 'clear-redo':
      return { key: 'undo.clearRedo', params: { count: e.count } };
    case 'undo':
      return { key: e.edit.kind === 'type' ? 'undo.undoType' : 'undo.undoDelete', params: { text: e.edit.text } };
    case 'redo':
      return { key: e.edit.kind === 'type' ? 'undo.redoType' : 'undo.redoDelete', params: { text: e.edit.text } };
    case 'nothing-to-undo':
      return { key: 'undo.nothingToUndo', params: {} };
    case 'nothing-to-redo':
      return { key: 'undo.nothingToRedo', params: {} };
    case 'nothing-to-delete':
      return { key: 'undo.nothingToDelete', params: {} };
  }
}

function checkOps(ops: readonly EditOp[]): void {
  ops.forEach((o, i) => {
    if (o.type === 'type' && o.text === '') throw new SimError('missing-text', 'error.undo.missingText', { op: i }, i);
    if (o.type === 'delete' && o.count !== undefined && !(Number.isInteger(o.count) && o.count >= 1 && o.count <= MAX_DELETE)) {
      throw new SimError('bad-count', 'error.undo.badCount', { op: i, count: String(o.count), max: MAX_DELETE }, i);
    }
  });
}

/**
 * Simulates an editor's undo/redo with two stacks. Events: `type`, `delete`, `clear-redo`
 * (before a new edit when the redo stack is not empty), `undo`, `redo`, and the no-ops
 * `nothing-to-undo`, `nothing-to-redo`, `nothing-to-delete`. Every event has `op`, the
 * index of the operation it belongs to.
 *
 * Throws SimError ('missing-text', 'bad-count', index = operation number) for a malformed op.
 * `maxInputLength` (default 10,000) counts operations.
 *
 * @example simulateUndo(parseEditOps('type ab, type c, undo')).final.text → 'ab'
 */
export function simulateUndo(
  ops: readonly EditOp[],
  opts: RunOptions = {},
): { final: UndoState; trace: Trace<UndoState, UndoEvent> } {
  const initial: UndoState = { text: '', undo: null, redo: null, op: 0 };
  const max = overLimit(ops.length, opts, UNDO_MAX_OPS);
  if (max !== null) {
    const trace = inputLimitTrace(initial, ops.length, max, applyUndo, narrateUndo);
    return { final: trace.final, trace };
  }
  checkOps(ops);
  const trace = buildTrace<UndoState, UndoEvent>({
    initial,
    apply: applyUndo,
    narrate: narrateUndo,
    ...(opts.maxSteps === undefined ? {} : { maxSteps: opts.maxSteps }),
    run(emit, current) {
      ops.forEach((o, op) => {
        const s = current();
        switch (o.type) {
          case 'type':
          case 'delete': {
            let text = o.type === 'type' ? o.text : '';
            if (o.type === 'delete') {
              const gs = graphemes(s.text);
              const count = Math.min(o.count ?? 1, gs.length);
              if (count === 0) {
                emit({ kind: 'nothing-to-delete', op });
                return;
              }
              text = s.text.slice(gs[gs.length - count]!.offset);
            }
            if (s.redo !== null) emit({ kind: 'clear-redo', op, count: s.redo.size });
            emit({ kind: o.type, op, text });
            return;
          }
          case 'undo':
            emit(s.undo === null ? { kind: 'nothing-to-undo', op } : { kind: 'undo', op, edit: s.undo.top });
            return;
          case 'redo':
            emit(s.redo === null ? { kind: 'nothing-to-redo', op } : { kind: 'redo', op, edit: s.redo.top });
            return;
        }
      });
    },
  });
  throwIfError(trace);
  return { final: trace.final, trace };
}

const EDIT_WORDS: Record<string, EditOp['type']> = {
  type: 'type',
  입력: 'type',
  delete: 'delete',
  del: 'delete',
  backspace: 'delete',
  삭제: 'delete',
  undo: 'undo',
  실행취소: 'undo',
  되돌리기: 'undo',
  redo: 'redo',
  다시실행: 'redo',
};

/**
 * Parses the compact form a learner types: "type hello, type ' world', delete 3, undo,
 * redo" (commas, semicolons or newlines between commands; quote text that has commas or
 * edge spaces). Korean words work too: 입력, 삭제, 실행취소/되돌리기, 다시실행.
 * Throws SimError with `index` = character offset: 'unknown-command', 'missing-text',
 * 'bad-count', 'unexpected-argument', 'unclosed-quote', 'trailing-text'.
 */
export function parseEditOps(src: string): EditOp[] {
  return splitCommands(src).map((cmd): EditOp => {
    const t = commandOf(cmd, EDIT_WORDS, 'undo');
    switch (t) {
      case 'type':
        if (cmd.arg === '') throw new SimError('missing-text', 'error.undo.missingText', { index: cmd.argOffset + 1 }, cmd.argOffset);
        return { type: 'type', text: cmd.arg };
      case 'delete': {
        if (cmd.arg === '') return { type: 'delete' };
        const n = /^\d+$/.test(cmd.arg) ? Number(cmd.arg) : NaN;
        if (!(n >= 1 && n <= MAX_DELETE)) {
          throw new SimError('bad-count', 'error.undo.badCount', { count: cmd.arg, max: MAX_DELETE, index: cmd.argOffset + 1 }, cmd.argOffset);
        }
        return { type: 'delete', count: n };
      }
      case 'undo':
      case 'redo':
        noArgument(cmd);
        return { type: t };
    }
  });
}
