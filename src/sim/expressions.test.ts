import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { infixToPostfix, validateInfix } from './infix';
import { evaluatePostfix, validatePostfix } from './postfix';
import { SimError, attempt } from './errors';
import { toArray } from './pstack';

/** Recursive-descent reference evaluator: expr := term (('+'|'-') term)*, term := power (('*'|'/') power)*, power := atom ('^' power)? */
function referenceEval(src: string, env: Record<string, number>): number {
  const toks = src.match(/\d+(\.\d+)?|[A-Za-z_]\w*|[-+*/^()]/g) ?? [];
  let i = 0;
  const peek = (): string | undefined => toks[i];
  const atom = (): number => {
    const t = toks[i++]!;
    if (t === '(') {
      const v = expr();
      i++; // ')'
      return v;
    }
    return /^\d/.test(t) ? Number(t) : env[t]!;
  };
  const power = (): number => {
    const base = atom();
    if (peek() === '^') {
      i++;
      return base ** power();
    }
    return base;
  };
  const term = (): number => {
    let v = power();
    while (peek() === '*' || peek() === '/') {
      const op = toks[i++];
      const r = power();
      if (op === '/' && r === 0) throw new Error('div0');
      v = op === '*' ? v * r : v / r;
    }
    return v;
  };
  const expr = (): number => {
    let v = term();
    while (peek() === '+' || peek() === '-') v = toks[i++] === '+' ? v + term() : v - term();
    return v;
  };
  return expr();
}

const env = { x: 2, y: 0.5, zz: 3 };
const expression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.integer({ min: 0, max: 20 }).map(String), fc.constantFrom('1.5', '0.25', 'x', 'y', 'zz')),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '^'), tie('e')).map(([a, op, b]) => `${a} ${op} ${b}`),
    tie('e').map((a) => `(${a})`),
  ),
})).e;

function close(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('infixToPostfix', () => {
  it('respects precedence, associativity and parentheses', () => {
    expect(infixToPostfix('3 + 4 * 2').postfix).toEqual(['3', '4', '2', '*', '+']);
    expect(infixToPostfix('(3 + 4) * 2').postfix).toEqual(['3', '4', '+', '2', '*']);
    expect(infixToPostfix('8 - 3 - 2').postfix).toEqual(['8', '3', '-', '2', '-']);
    expect(infixToPostfix('2 ^ 3 ^ 2').postfix).toEqual(['2', '3', '2', '^', '^']);
    expect(infixToPostfix('a*b2+3.5/c').postfix).toEqual(['a', 'b2', '*', '3.5', 'c', '/', '+']);
    expect(infixToPostfix('7').postfix).toEqual(['7']);
  });

  it('records the shunting-yard steps', () => {
    const t = infixToPostfix('(1+2)*3').trace;
    expect([...t.events()].map((e) => e.kind)).toEqual([
      'push-paren', 'output', 'push-op', 'output', 'pop-op', 'discard-paren', 'push-op', 'output', 'pop-op', 'done',
    ]);
    const s = t.stateAt(4);
    expect(toArray(s.output)).toEqual(['1', '2']);
    expect(toArray(s.ops).map((o) => o.op)).toEqual(['(', '+']);
    expect(t.event(4).msg.key).toBe('infix.popOpParen');
    expect(t.event(8).msg.key).toBe('infix.popOpEnd');
  });

  it.each([
    ['', 'empty', 0],
    ['1 + ', 'missing-operand', 4],
    ['1 + * 2', 'missing-operand', 4],
    ['1 2', 'missing-operator', 2],
    ['2 (3)', 'missing-operator', 2],
    ['()', 'missing-operand', 1],
    ['(1 + 2', 'unclosed-paren', 0],
    ['((1) + 2', 'unclosed-paren', 0],
    ['1 + 2)', 'unmatched-close', 5],
    ['1 % 2', 'unknown-char', 2],
    ['1 + 한', 'unknown-char', 4],
  ])('%j → SimError %s at %d', (expr, code, index) => {
    const r = attempt(() => infixToPostfix(expr));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(SimError);
      expect(r.error.code).toBe(code);
      expect(r.error.index).toBe(index);
      expect(r.error.key).toMatch(/^error\.infix\./);
    }
    expect(validateInfix(expr)?.code).toBe(code);
  });

  it('keeps the partial trace on an error found mid-run', () => {
    const r = attempt(() => infixToPostfix('1 + 2)'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const t = r.error.trace as ReturnType<typeof infixToPostfix>['trace'];
      expect(t.stopped?.reason).toBe('error');
      expect(t.length).toBeGreaterThan(0);
    }
  });

  it('validateInfix returns null for a valid expression and stops at the input limit', () => {
    expect(validateInfix('1 + x')).toBeNull();
    expect(infixToPostfix('1+2+3', { maxInputLength: 3 }).trace.stopped?.reason).toBe('input-limit');
  });
});

describe('evaluatePostfix', () => {
  it('evaluates with true division and power', () => {
    expect(evaluatePostfix('3 4 + 2 *').value).toBe(14);
    expect(evaluatePostfix('1 2 /').value).toBe(0.5);
    expect(evaluatePostfix(['2', '3', '^']).value).toBe(8);
    expect(evaluatePostfix('-2 3 *').value).toBe(-6);
    expect(evaluatePostfix('a b -', { env: { a: 5, b: 7 } }).value).toBe(-2);
    expect(evaluatePostfix('42').value).toBe(42);
  });

  it('records push / apply / result', () => {
    const t = evaluatePostfix('5 1 2 + 4 * + 3 -').trace;
    const kinds = [...t.events()].map((e) => e.kind);
    expect(kinds).toEqual(['push', 'push', 'push', 'apply', 'push', 'apply', 'apply', 'push', 'apply', 'result']);
    expect(t.event(3)).toMatchObject({ op: '+', a: 1, b: 2, result: 3 });
    expect(toArray(t.stateAt(4).stack).map((o) => o.value)).toEqual([5, 3]);
    expect(t.final.result).toBe(14);
  });

  it.each([
    ['', 'empty', 0, 0],
    ['1 +', 'too-few-operands', 1, 2],
    ['1 2', 'leftover-operands', 1, 2],
    ['1 2 3 +', 'leftover-operands', 3, 6],
    ['4  0 /', 'division-by-zero', 2, 5],
    ['1 2 %', 'unknown-token', 2, 4],
    ['1 q +', 'unbound-name', 1, 2],
  ])('%j → SimError %s at token %d (offset %d)', (input, code, index, offset) => {
    const r = attempt(() => evaluatePostfix(input));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.index).toBe(index);
      expect(r.error.params['offset']).toBe(offset);
    }
    expect(validatePostfix(input)?.code).toBe(code);
  });

  it('reports offsets of array input as if joined by spaces', () => {
    const r = attempt(() => evaluatePostfix(['10', '0', '/']));
    expect(!r.ok && r.error.params['offset']).toBe(5);
  });

  it('stops at maxSteps', () => {
    const r = evaluatePostfix('1 2 + 3 +', { maxSteps: 2 });
    expect(r.value).toBeNull();
    expect(r.trace.stopped?.reason).toBe('step-limit');
    expect(r.trace.length).toBe(2);
  });
});

describe('infix → postfix → value vs a recursive-descent reference', () => {
  it('agrees (division by zero: both reject)', () => {
    fc.assert(
      fc.property(expression, (src) => {
        let want: number | 'div0';
        try {
          want = referenceEval(src, env);
        } catch {
          want = 'div0';
        }
        const { postfix } = infixToPostfix(src);
        const r = attempt(() => evaluatePostfix(postfix!, { env }));
        if (want === 'div0') {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.code).toBe('division-by-zero');
        } else {
          expect(r.ok).toBe(true);
          if (r.ok) expect(close(r.value.value!, want)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
