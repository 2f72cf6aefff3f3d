// Command lists as a reader types them: their parts for an input view, and running one (parse,
// then simulate) with any SimError located at a character of the text.
import { describe, expect, it } from 'vitest';
import { commandParts, runCommands, splitCommands } from './commands';
import { outcomeOf, SimError } from './errors';
import { parseEditOps, simulateUndo, type EditOp, type UndoEvent, type UndoState } from './undo';

describe('commandParts', () => {
  it('gives each command as the view shows it and where it starts', () => {
    expect(commandParts('type ab,  undo;\nredo')).toEqual({ parts: ['type ab', 'undo', 'redo'], offsets: [0, 10, 16] });
    expect(commandParts("type ' x, y '")).toEqual({ parts: ['type  x, y '], offsets: [0] });
  });
  it('has no parts when the list cannot be split (the parser reports that, located)', () => {
    expect(commandParts("type 'ab, undo")).toEqual({ parts: [], offsets: [] });
    expect(() => splitCommands("type 'ab, undo")).toThrow(SimError);
  });
});

describe('runCommands', () => {
  it('runs a good list to its trace, with its parts', () => {
    const { outcome, parts } = runCommands('type ab, undo', parseEditOps, (ops) => simulateUndo(ops));
    expect(parts).toEqual(['type ab', 'undo']);
    expect(outcome.ok && outcome.trace.final.text).toBe('');
  });
  it('locates a parse error at its character', () => {
    const src = 'type ab, delete x';
    const { outcome } = runCommands(src, parseEditOps, (ops) => simulateUndo(ops));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && [outcome.error.key, outcome.at, outcome.trace]).toEqual(['error.undo.badCount', src.indexOf('x'), null]);
  });
  it("turns a simulation error's command number into that command's offset, keeping the partial trace", () => {
    const src = 'type a,  type b, undo';
    const { outcome } = runCommands<EditOp, UndoState, UndoEvent>(src, parseEditOps, (ops) => {
      const { trace } = simulateUndo(ops.slice(0, 1));
      const e = new SimError('test', 'error.test', {}, 1);
      e.trace = trace;
      throw e;
    });
    expect(!outcome.ok && outcome.at).toBe(src.indexOf('type b'));
    expect(!outcome.ok && outcome.trace?.final.text).toBe('a');
  });
});

describe('outcomeOf', () => {
  it('keeps a bug a bug: only SimErrors become failed outcomes', () => {
    expect(() => outcomeOf(() => { throw new TypeError('bug'); })).toThrow(TypeError);
    const failed = outcomeOf(() => { throw new SimError('x', 'error.x', {}, 4); });
    expect(failed).toMatchObject({ ok: false, at: 4, trace: null });
    expect(outcomeOf(() => { throw new SimError('x', 'error.x', {}, 4); }, () => null)).toMatchObject({ ok: false, at: null });
  });
});
