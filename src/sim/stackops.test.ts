import { tableOf, t as message } from '../i18n/messages';
import { placeholderNames } from '../i18n/render';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../i18n/messages';
import fc from 'fast-check';
import { parseStackOps, simulateStackOps, STACKOPS_MAX_OPS, type StackOp, type StackOpsEvent } from './stackops';
import { attempt, SimError } from './errors';
import { toArray } from './pstack';

/** The plain reference: an array used as a stack, one expected event kind per operation. */
function reference(ops: readonly StackOp[], capacity?: number) {
  const stack: string[] = [];
  const kinds: StackOpsEvent['kind'][] = [];
  const seen: (string | null)[] = [];
  for (const o of ops) {
    if (o.type === 'push') {
      if (capacity !== undefined && stack.length >= capacity) kinds.push('overflow');
      else (stack.push(o.value), kinds.push('push'));
      seen.push(null);
    } else if (stack.length === 0) {
      kinds.push(o.type === 'pop' ? 'pop-empty' : 'peek-empty');
      seen.push(null);
    } else if (o.type === 'pop') {
      seen.push(stack.pop()!);
      kinds.push('pop');
    } else {
      seen.push(stack[stack.length - 1]!);
      kinds.push('peek');
    }
  }
  return { stack, kinds, seen };
}

const value = fc.stringMatching(/^[a-z0-9]{1,4}$/);
const op: fc.Arbitrary<StackOp> = fc.oneof(
  { weight: 3, arbitrary: value.map((v): StackOp => ({ type: 'push', value: v })) },
  { weight: 2, arbitrary: fc.constant<StackOp>({ type: 'pop' }) },
  { weight: 1, arbitrary: fc.constant<StackOp>({ type: 'peek' }) },
);
const show = (o: StackOp) => (o.type === 'push' ? `push ${o.value}` : o.type);

describe('simulateStackOps', () => {
  it('matches a plain array, step by step (with and without a capacity)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }), (ops, capacity) => {
        const ref = reference(ops, capacity);
        const { final, trace } = simulateStackOps(ops, capacity === undefined ? {} : { capacity });
        expect(trace.length).toBe(ops.length);
        expect(trace.stopped).toBeNull();
        expect(toArray(final.stack)).toEqual(ref.stack);
        expect([...trace.events()].map((e) => e.kind)).toEqual(ref.kinds);
        // Replaying every state agrees with re-running the reference on each prefix.
        for (let i = 1; i <= ops.length; i++) {
          const s = trace.stateAt(i);
          expect(toArray(s.stack)).toEqual(reference(ops.slice(0, i), capacity).stack);
          expect(s.seen).toBe(ref.seen[i - 1]);
          expect(s.op).toBe(i);
          const kind = ref.kinds[i - 1];
          expect(s.fault).toBe(kind === 'overflow' ? 'overflow' : kind === 'pop-empty' || kind === 'peek-empty' ? 'underflow' : null);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('parses what it prints', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), fc.constantFrom(', ', ',', ';', '\n', ' ,  '), (ops, sep) => {
        expect(parseStackOps(ops.map(show).join(sep))).toEqual(ops);
      }),
      { numRuns: 1000 },
    );
  });

  it('narrates every event in both languages, with every placeholder filled', () => {
    const ops = parseStackOps('pop, peek, push 1, push 2, push 3, peek, pop');
    const { trace } = simulateStackOps(ops, { capacity: 2 });
    expect([...trace.events()].map((e) => e.kind)).toEqual(['pop-empty', 'peek-empty', 'push', 'push', 'overflow', 'peek', 'pop']);
    for (const e of trace.events()) {
      for (const lang of ['en', 'ko'] as const) {
        const text = message(lang, e.msg.key, e.msg.params);
        expect(text).not.toBe(e.msg.key);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
    expect(trace.event(6).msg).toEqual({ key: 'stackops.pop', params: { value: '2', size: 1 } });
  });

  it('underflow and overflow are events, not throws', () => {
    const r = attempt(() => simulateStackOps([{ type: 'pop' }, { type: 'push', value: 'a' }, { type: 'push', value: 'b' }], { capacity: 1 }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(toArray(r.value.final.stack)).toEqual(['a']);
  });

  it('rejects a bad capacity and a push without a value', () => {
    for (const capacity of [0, -1, 1.5, Number.NaN]) {
      const r = attempt(() => simulateStackOps([], { capacity }));
      expect(r.ok ? null : r.error.code).toBe('bad-capacity');
    }
    const r = attempt(() => simulateStackOps([{ type: 'pop' }, { type: 'push', value: '' }]));
    expect(r.ok ? null : [r.error.code, r.error.index]).toEqual(['missing-value', 1]);
  });

  it('respects the limits', () => {
    const many: StackOp[] = Array.from({ length: STACKOPS_MAX_OPS + 1 }, () => ({ type: 'pop' }));
    const over = simulateStackOps(many);
    expect(over.trace.length).toBe(0);
    expect(over.trace.stopped?.reason).toBe('input-limit');
    const cut = simulateStackOps(parseStackOps('push 1, push 2, pop, pop'), { maxSteps: 2 });
    expect(cut.trace.length).toBe(2);
    expect(cut.trace.stopped?.reason).toBe('step-limit');
  });
});

describe('parseStackOps', () => {
  it('reads English and Korean words', () => {
    expect(parseStackOps('넣기 7, 보기, 빼기, top')).toEqual([{ type: 'push', value: '7' }, { type: 'peek' }, { type: 'pop' }, { type: 'peek' }]);
    expect(parseStackOps('푸시 7, 피크, 팝, 꼭대기')).toEqual([{ type: 'push', value: '7' }, { type: 'peek' }, { type: 'pop' }, { type: 'peek' }]);
    expect(parseStackOps("push 'a, b', PUSH  x  ")).toEqual([
      { type: 'push', value: 'a, b' },
      { type: 'push', value: 'x' },
    ]);
  });

  it('runs the Korean page’s example (the book’s terms as commands) as the English page’s', () => {
    const ko = CATALOGS.ko['players.stack.example']!;
    expect(ko).not.toMatch(/[A-Za-z]/);
    expect(parseStackOps(ko)).toEqual(parseStackOps(CATALOGS.en['players.stack.example']!));
  });

  it('locates errors by character offset', () => {
    const cases: [string, string, number][] = [
      ['push 1, jump 2', 'unknown-command', 8],
      ['push 1, push', 'missing-value', 12],
      ['push 1, pop 3', 'unexpected-argument', 12],
      ["push 'x", 'unclosed-quote', 5],
    ];
    for (const [src, code, index] of cases) {
      const r = attempt(() => parseStackOps(src));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toBeInstanceOf(SimError);
        expect([r.error.code, r.error.index]).toEqual([code, index]);
        expect(message('ko', r.error.key, r.error.params)).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe('the stack operations\' messages', () => {
  it('has the same placeholders in both languages, and Korean text', () => {
    const names = placeholderNames;
    for (const [key, t] of Object.entries(tableOf(['stackops.']))) {
      expect([key, [...new Set(names(t.ko))]]).toEqual([key, [...new Set(names(t.en))]]);
      expect(t.ko).toMatch(/[가-힣]/);
    }
  });
});
