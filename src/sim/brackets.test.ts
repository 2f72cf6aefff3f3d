import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkBrackets, isBalanced, scanBrackets } from './brackets';
import { toArray } from './pstack';
import { SimError } from './errors';

/** Plain reference: obviously correct, written separately from the core. */
function reference(text: string, pairs = '()[]{}'): { balanced: boolean; errorIndex: number | null } {
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const k = pairs.indexOf(text[i]!);
    if (k < 0) continue;
    if (k % 2 === 0) {
      stack.push(i);
    } else {
      const top = stack.pop();
      if (top === undefined || pairs.indexOf(text[top]!) !== k - 1) return { balanced: false, errorIndex: i };
    }
  }
  return stack.length === 0 ? { balanced: true, errorIndex: null } : { balanced: false, errorIndex: stack[stack.length - 1]! };
}

describe('checkBrackets', () => {
  it('accepts the empty string with one balanced event', () => {
    const r = checkBrackets('');
    expect(r.balanced).toBe(true);
    expect(r.errorIndex).toBeNull();
    expect(r.trace.length).toBe(1);
    expect(r.trace.event(0).kind).toBe('balanced');
    expect(r.trace.event(0).msg.key).toBe('brackets.balanced');
  });

  it('skips other characters and records push / pop-match', () => {
    const r = checkBrackets('a(b[c]d)e');
    expect(r.balanced).toBe(true);
    expect([...r.trace.events()].map((e) => e.kind)).toEqual(['push', 'push', 'pop-match', 'pop-match', 'balanced']);
    const mid = r.trace.stateAt(2);
    expect(toArray(mid.stack)).toEqual([{ ch: '(', index: 1 }, { ch: '[', index: 3 }]);
    expect(mid.at).toBe(3);
  });

  it('reports a mismatch at the closer', () => {
    const r = checkBrackets('(]');
    expect(r).toMatchObject({ balanced: false, errorIndex: 1 });
    const last = r.trace.event(r.trace.length - 1);
    expect(last).toMatchObject({ kind: 'mismatch', ch: ']', open: '(', expected: ')', openIndex: 0 });
  });

  it('reports an unexpected closer on an empty stack', () => {
    const r = checkBrackets('x)(');
    expect(r).toMatchObject({ balanced: false, errorIndex: 1 });
    expect(r.trace.event(0).kind).toBe('unexpected-close');
  });

  it('reports the innermost unclosed opener', () => {
    const r = checkBrackets('(()[');
    expect(r).toMatchObject({ balanced: false, errorIndex: 3 });
    expect(r.trace.final.outcome).toBe('unbalanced');
    expect(r.trace.event(r.trace.length - 1)).toMatchObject({ kind: 'unclosed', index: 3, ch: '[', count: 2 });
  });

  it('supports custom pairs and rejects bad ones with a SimError', () => {
    expect(checkBrackets('<a<b>>', { pairs: '<>' }).balanced).toBe(true);
    expect(checkBrackets('(<)', { pairs: '<>' }).errorIndex).toBe(1);
    expect(() => checkBrackets('()', { pairs: '(' })).toThrow(SimError);
    expect(() => checkBrackets('()', { pairs: '(((' })).toThrow(SimError);
    try {
      checkBrackets('()', { pairs: '()((' });
    } catch (e) {
      expect(e).toBeInstanceOf(SimError);
      expect((e as SimError).key).toBe('error.brackets.badPairs');
    }
  });

  it('handles text with emoji and Hangul around brackets (UTF-16 indices)', () => {
    const r = checkBrackets('👋(안녕]');
    expect(r.balanced).toBe(false);
    expect(r.errorIndex).toBe('👋(안녕'.length);
  });

  it('stops at maxSteps with a partial trace and null answers', () => {
    const r = checkBrackets('(((())))', { maxSteps: 3 });
    expect(r.balanced).toBeNull();
    expect(r.errorIndex).toBeNull();
    expect(r.trace.length).toBe(3);
    expect(r.trace.stopped).toMatchObject({ reason: 'step-limit', key: 'stop.stepLimit', params: { max: 3 } });
    expect(r.trace.final.stack?.size).toBe(3);
  });

  it('does not report a step limit when the run ends exactly at it', () => {
    const r = checkBrackets('()', { maxSteps: 3 });
    expect(r.trace.stopped).toBeNull();
    expect(r.balanced).toBe(true);
  });

  it('refuses input over maxInputLength with an empty trace', () => {
    const r = checkBrackets('(((', { maxInputLength: 2 });
    expect(r.balanced).toBeNull();
    expect(r.trace.length).toBe(0);
    expect(r.trace.stopped).toMatchObject({ reason: 'input-limit', params: { length: 3, max: 2 } });
    expect(r.trace.final).toBe(r.trace.stateAt(0));
  });

  it('handles a one-character input', () => {
    expect(checkBrackets('(')).toMatchObject({ balanced: false, errorIndex: 0 });
    expect(checkBrackets(')')).toMatchObject({ balanced: false, errorIndex: 0 });
    expect(checkBrackets('a')).toMatchObject({ balanced: true, errorIndex: null });
  });

  it('the untraced fast path agrees', () => {
    expect(isBalanced('{[()]}')).toBe(true);
    expect(scanBrackets('{[(])}')).toEqual({ balanced: false, errorIndex: 3 });
    expect(scanBrackets('«»«', '«»')).toEqual({ balanced: false, errorIndex: 2 });
  });
});

const bracketText = fc
  .array(fc.constantFrom('(', ')', '[', ']', '{', '}', 'a', ' '), { maxLength: 40 })
  .map((cs) => cs.join(''));

describe('brackets vs the reference', () => {
  it('balanced and errorIndex agree (traced and untraced)', () => {
    fc.assert(
      fc.property(bracketText, (text) => {
        const want = reference(text);
        const got = checkBrackets(text);
        expect({ balanced: got.balanced, errorIndex: got.errorIndex }).toEqual(want);
        expect(scanBrackets(text)).toEqual(want);
      }),
      { numRuns: 1000 },
    );
  });

  it('the stack in every state holds exactly the unmatched openers so far', () => {
    fc.assert(
      fc.property(bracketText, (text) => {
        const t = checkBrackets(text).trace;
        for (let i = 0; i <= t.length; i++) {
          const s = t.stateAt(i);
          const openers = toArray(s.stack);
          for (const o of openers) expect('([{').toContain(o.ch);
          expect(openers.map((o) => o.index)).toEqual([...openers.map((o) => o.index)].sort((a, b) => a - b));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
