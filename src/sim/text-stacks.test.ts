import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../i18n/messages';
import fc from 'fast-check';
import { reverseWithStack } from './reverse';
import { parseEditOps, simulateUndo } from './undo';
import { parseNavOps, simulateHistory } from './history';
import { attempt, SimError } from './errors';
import { toArray } from './pstack';

describe('reverseWithStack', () => {
  it('keeps grapheme clusters whole', () => {
    expect(reverseWithStack('안녕👋🏽').result).toBe('👋🏽녕안');
    expect(reverseWithStack('e\u0301x').result).toBe('xe\u0301');
    expect(reverseWithStack('👨‍👩‍👧ab').result).toBe('ba👨‍👩‍👧');
    expect(reverseWithStack('🇰🇷🇺🇸').result).toBe('🇺🇸🇰🇷');
  });

  it('handles empty and one-grapheme input', () => {
    const e = reverseWithStack('');
    expect(e.result).toBe('');
    expect(e.trace.length).toBe(1);
    expect(reverseWithStack('👋🏽').result).toBe('👋🏽');
  });

  it('pushes everything, then pops', () => {
    const t = reverseWithStack('abc').trace;
    expect([...t.events()].map((e) => e.kind)).toEqual(['push', 'push', 'push', 'pop', 'pop', 'pop', 'done']);
    expect(toArray(t.stateAt(3).stack).map((g) => g.text)).toEqual(['a', 'b', 'c']);
    expect(t.stateAt(4).output).toBe('c');
    expect(t.event(3).msg).toEqual({ key: 'reverse.pop', params: { ch: 'c', index: 3, outIndex: 1 } });
  });

  it('has limits', () => {
    expect(reverseWithStack('abcd', { maxSteps: 5 }).trace.stopped?.reason).toBe('step-limit');
    expect(reverseWithStack('abcd', { maxInputLength: 3 })).toMatchObject({ result: null });
  });

  it('reverse twice is the identity on grapheme strings', () => {
    const unit = fc.constantFrom('a', 'Z', '7', ' ', '안', '녕', '한', 'e\u0301', 'n\u0303', '👋🏽', '👨‍👩‍👧', '🇰🇷', '😀', '中');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const s = units.join('');
        const once = reverseWithStack(s).result!;
        expect(once).toBe([...units].reverse().join(''));
        expect(reverseWithStack(once).result).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('simulateUndo', () => {
  it('types, deletes, undoes and redoes', () => {
    const { final, trace } = simulateUndo(parseEditOps('type ab, type c, delete, undo, undo, redo'));
    expect(final.text).toBe('abc');
    expect(toArray(final.undo).map((e) => e.text)).toEqual(['ab', 'c']);
    expect(toArray(final.redo).map((e) => `${e.kind}:${e.text}`)).toEqual(['delete:c']);
    expect(trace.stateAt(3).text).toBe('ab');
  });

  it('a new edit clears the redo stack', () => {
    const { final, trace } = simulateUndo(parseEditOps('type a, type b, undo, type c, redo'));
    expect(final.text).toBe('ac');
    expect(final.redo).toBeNull();
    const kinds = [...trace.events()].map((e) => e.kind);
    expect(kinds).toEqual(['type', 'type', 'undo', 'clear-redo', 'type', 'nothing-to-redo']);
  });

  it('deletes whole graphemes and handles empty stacks', () => {
    expect(simulateUndo(parseEditOps('type 안녕👋🏽, delete')).final.text).toBe('안녕');
    expect(simulateUndo(parseEditOps('type "a, b", delete 3')).final.text).toBe('a');
    const r = simulateUndo(parseEditOps('undo, redo, delete'));
    expect([...r.trace.events()].map((e) => e.kind)).toEqual(['nothing-to-undo', 'nothing-to-redo', 'nothing-to-delete']);
    expect(simulateUndo([]).trace.length).toBe(0);
  });

  it('runs the Korean page’s example, in Korean command words, as the English page’s', () => {
    const ko = CATALOGS.ko['players.undo.example']!;
    expect(ko.replace(/'[^']*'|입력 \S+/g, '')).not.toMatch(/[A-Za-z]/);
    const kinds = (src: string) => [...simulateUndo(parseEditOps(src)).trace.events()].map((e) => e.kind);
    expect(kinds(ko)).toEqual(kinds(CATALOGS.en['players.undo.example']!));
  });

  it('parses Korean command words', () => {
    expect(parseEditOps('입력 가, 삭제, 되돌리기, 다시실행')).toEqual([
      { type: 'type', text: '가' },
      { type: 'delete' },
      { type: 'undo' },
      { type: 'redo' },
    ]);
  });

  it.each([
    ['type a, jump', 'unknown-command', 8],
    ['type', 'missing-text', 4],
    ['delete x', 'bad-count', 7],
    ['undo now', 'unexpected-argument', 5],
    ['type "abc', 'unclosed-quote', 5],
  ])('%j → located SimError %s at %d', (src, code, index) => {
    const r = attempt(() => parseEditOps(src));
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.index]).toEqual([code, index]);
  });

  it('validates ops given as objects', () => {
    expect(() => simulateUndo([{ type: 'delete', count: 0 }])).toThrow(SimError);
    expect(() => simulateUndo([{ type: 'type', text: '' }])).toThrow(SimError);
  });

  it('undo then redo restores the text whenever there is an edit to undo (property)', () => {
    const op = fc.oneof(
      fc.constantFrom('a', 'bc', '가').map((text) => ({ type: 'type' as const, text })),
      fc.integer({ min: 1, max: 3 }).map((count) => ({ type: 'delete' as const, count })),
      fc.constant({ type: 'undo' as const }),
      fc.constant({ type: 'redo' as const }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const before = simulateUndo(ops).final;
        const undone = simulateUndo([...ops, { type: 'undo' }]).final;
        const after = simulateUndo([...ops, { type: 'undo' }, { type: 'redo' }]).final;
        if (before.undo !== null) {
          expect(undone.text).not.toBe(before.text);
          expect(after.text).toBe(before.text);
          expect(after.undo?.size).toBe(before.undo.size);
        } else {
          expect(undone.text).toBe(before.text);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('simulateHistory', () => {
  it('visits, goes back and forward; a visit clears forward', () => {
    const { final, trace } = simulateHistory(parseNavOps('visit a.com, visit b.com, visit c.com, back, back, forward'));
    expect(final.current).toBe('b.com');
    expect(toArray(final.back)).toEqual(['a.com']);
    expect(toArray(final.forward)).toEqual(['c.com']);
    const after = simulateHistory(parseNavOps('visit a, visit b, back, visit c, forward'));
    expect(after.final.current).toBe('c');
    expect([...after.trace.events()].map((e) => e.kind)).toContain('clear-forward');
    expect(trace.event(0).msg.key).toBe('history.visitFirst');
  });

  it('runs the Korean page’s example, in Korean command words, as the English page’s', () => {
    const ko = CATALOGS.ko['players.history.example']!;
    expect(ko.replace(/\S+\.com/g, '')).not.toMatch(/[A-Za-z]/);
    expect(parseNavOps(ko)).toEqual(parseNavOps(CATALOGS.en['players.history.example']!));
  });

  it('back/forward with nothing to go to are no-ops', () => {
    const r = simulateHistory(parseNavOps('back, forward, 방문 x.kr, 뒤로'));
    expect(r.final.current).toBe('x.kr');
    expect([...r.trace.events()].map((e) => e.kind)).toEqual(['nothing-back', 'nothing-forward', 'visit', 'nothing-back']);
  });

  it('reports located parse errors', () => {
    const r = attempt(() => parseNavOps('visit a, fly b'));
    expect(!r.ok && [r.error.code, r.error.index]).toEqual(['unknown-command', 9]);
    const m = attempt(() => parseNavOps('visit'));
    expect(!m.ok && m.error.code).toBe('missing-url');
  });

  it('limits the number of operations', () => {
    expect(simulateHistory([{ type: 'back' }, { type: 'back' }], { maxInputLength: 1 }).trace.stopped?.reason).toBe('input-limit');
  });
});
