import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCallStack, recursionTree, movesAt, memoAt, DEFAULT_STACK_TOP } from './callstack';
import { PROGRAMS, parseArgs, validateArgs } from './programs/index';
import { toArray } from './pstack';
import { attempt, SimError } from './errors';
import { callCount } from './exercises/recursion';
import { t as message } from '../i18n/messages';

const factorialRef = (n: number): bigint => (n <= 1 ? 1n : BigInt(n) * factorialRef(n - 1));
const fibRef = (n: number): number => {
  let a = 0;
  let b = 1;
  for (let i = 0; i < n; i++) [a, b] = [b, a + b];
  return a;
};

/** Frame addresses strictly decrease with depth in every state; each frame sits right below its caller. */
function checkAddresses(r: ReturnType<typeof runCallStack>, wordSize = 8, stackTop = DEFAULT_STACK_TOP, samples = 200): void {
  const stepBy = Math.max(1, Math.floor(r.trace.length / samples));
  const problems: string[] = [];
  for (let i = 0; i <= r.trace.length; i += stepBy) {
    let top = stackTop;
    toArray(r.trace.stateAt(i).frames).forEach((f, d) => {
      if (f.depth !== d + 1 || f.address !== top - f.size || f.size % wordSize !== 0 || !(f.address < top)) {
        problems.push(`step ${i} depth ${d + 1}: ${f.address} under ${top}`);
      }
      top = f.address;
    });
  }
  expect(problems).toEqual([]);
}

describe('runCallStack', () => {
  it('an id that is a member of every object (constructor, __proto__, toString) is an unknown program, not a TypeError', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'x'.repeat(100_000)]) {
      for (const run of [(): unknown => runCallStack(id, { n: 3 }), (): unknown => callCount(id, { n: 3 })]) {
        const r = attempt(run);
        expect(r.ok ? 'ran' : [r.error.code, message('en', r.error.key, r.error.params).length < 200]).toEqual(['unknown-program', true]);
      }
    }
  });

  it('factorial: frames, lines, locals, return values', () => {
    const r = runCallStack('factorial', { n: 3 });
    expect(r.result).toBe(6n);
    expect(r.error).toBeNull();
    const t = r.trace;
    expect(t.event(0)).toMatchObject({ kind: 'call', label: 'factorial(3)', depth: 1, returnTo: { line: null, label: '<module>' } });
    expect(t.event(1)).toMatchObject({ kind: 'line', line: 2 });
    const deepest = [...Array(t.length + 1).keys()].map((i) => t.stateAt(i)).find((s) => s.frames?.size === 3)!;
    const frames = toArray(deepest.frames);
    expect(frames.map((f) => f.fn)).toEqual(['factorial', 'factorial', 'factorial']);
    expect(frames.map((f) => f.args[0]!.value)).toEqual([3, 2, 1]);
    expect(frames[1]!.returnTo).toMatchObject({ line: 4, frameId: frames[0]!.id, label: 'factorial:4' });
    const assigns = [...t.events()].filter((e) => e.kind === 'assign');
    expect(assigns.map((e) => (e.kind === 'assign' ? e.value : null))).toEqual([1n, 2n]);
    const returning = [...Array(t.length).keys()].find((i) => t.event(i).kind === 'return')!;
    const top = t.stateAt(returning + 1).frames!.top;
    expect(top).toMatchObject({ returning: true, returnValue: 1n, line: 3 });
    expect(t.stateAt(returning + 2).frames!.size).toBe(2);
    expect(t.final.frames).toBeNull();
    expect(t.final.maxDepth).toBe(3);
    checkAddresses(r);
  });

  it('builds the recursion tree with statuses', () => {
    const r = runCallStack('fibonacci', { n: 3 });
    expect(r.result).toBe(2);
    const tree = recursionTree(r.trace.final);
    expect(tree.map((n) => n.label)).toEqual(['fib(3)', 'fib(2)', 'fib(1)', 'fib(0)', 'fib(1)']);
    expect(tree.map((n) => n.parent)).toEqual([null, 0, 1, 1, 0]);
    expect(tree.every((n) => n.status === 'returned')).toBe(true);
    expect(tree.map((n) => n.returnValue)).toEqual([2, 1, 1, 0, 1]);
    const early = recursionTree(r.trace.stateAt(7));
    expect(early.map((n) => n.status)).toEqual(['active', 'active', 'active']);
  });

  it('memoized fibonacci reuses the memo', () => {
    const r = runCallStack('fibonacci-memo', { n: 10 });
    expect(r.result).toBe(55);
    const kinds = [...r.trace.events()].map((e) => e.kind);
    expect(kinds.filter((k) => k === 'memo-hit').length).toBe(8);
    expect(memoAt(r.trace.final).length).toBe(11);
    expect(recursionTree(r.trace.final).length).toBe(19);
  });

  it('hanoi records 2^n - 1 legal moves', () => {
    const r = runCallStack('hanoi', { n: 4 });
    const moves = movesAt(r.trace.final);
    expect(moves.length).toBe(15);
    const pegs: Record<string, number[]> = { A: [4, 3, 2, 1], B: [], C: [] };
    for (const m of moves) {
      const disk = pegs[m.from]!.pop()!;
      expect(disk).toBe(m.disk);
      const dest = pegs[m.to]!;
      if (dest.length) expect(dest[dest.length - 1]!).toBeGreaterThan(disk);
      dest.push(disk);
    }
    expect(pegs['C']).toEqual([4, 3, 2, 1]);
    expect(r.result).toBeNull();
    expect(r.trace.final.done).toBe(true);
  });

  it('binary search, sum, power, parity', () => {
    expect(runCallStack('binary-search', { xs: [1, 3, 5, 7, 9], target: 7 }).result).toBe(3);
    expect(runCallStack('binary-search', { xs: [1, 3, 5, 7, 9], target: 4 }).result).toBe(-1);
    expect(runCallStack('binary-search', { xs: [], target: 4 }).result).toBe(-1);
    expect(runCallStack('sum-list', { xs: [] }).result).toBe(0);
    expect(runCallStack('power', { x: 3, n: 0 }).result).toBe(1n);
    expect(runCallStack('is-even', { n: 7 }).result).toBe(false);
    const fns = [...runCallStack('is-even', { n: 3 }).trace.events()].flatMap((e) => (e.kind === 'call' ? [e.fn] : []));
    expect(fns).toEqual(['is_even', 'is_odd', 'is_even', 'is_odd']);
  });

  it('RecursionError as a final state, the partial trace kept', () => {
    const r = runCallStack('factorial', { n: 12 }, { recursionLimit: 10 });
    expect(r.error).toBe('RecursionError');
    expect(r.result).toBeNull();
    expect(r.trace.stopped).toBeNull();
    const last = r.trace.event(r.trace.length - 1);
    expect(last).toMatchObject({ kind: 'recursion-error', depth: 11, limit: 10, label: 'factorial(2)' });
    expect(r.trace.final.frames?.size).toBe(10);
    expect(recursionTree(r.trace.final).at(-1)?.status).toBe('error');
  });

  it('default limit is 1000 like CPython', () => {
    expect(runCallStack('factorial', { n: 1000 }).error).toBeNull();
    expect(runCallStack('factorial', { n: 1001 }).error).toBe('RecursionError');
    expect(runCallStack('is-even', { n: 1000 }).error).toBe('RecursionError');
  });

  it('honours wordSize and stackTop', () => {
    const r = runCallStack('power', { x: 2, n: 9 }, { wordSize: 4, stackTop: 0x1000 });
    expect(r.trace.event(0)).toMatchObject({ address: 0x1000 - 5 * 4, size: 20 });
    checkAddresses(r, 4, 0x1000);
  });

  it('step limit keeps a partial trace', () => {
    const r = runCallStack('fibonacci', { n: 10 }, { maxSteps: 50 });
    expect(r.trace.stopped?.reason).toBe('step-limit');
    expect(r.result).toBeNull();
    expect(r.trace.length).toBe(50);
  });

  it('validates arguments with SimErrors', () => {
    expect(attempt(() => runCallStack('hanoi', { n: 11 }))).toMatchObject({ ok: false, error: { code: 'bad-arg' } });
    expect(attempt(() => runCallStack('nope', {}))).toMatchObject({ ok: false, error: { code: 'unknown-program' } });
    expect(attempt(() => runCallStack('binary-search', { xs: [3, 1], target: 1 }))).toMatchObject({ ok: false, error: { code: 'not-sorted' } });
    expect(attempt(() => runCallStack('factorial', { n: 3 }, { recursionLimit: 0 }))).toMatchObject({ ok: false, error: { code: 'bad-option' } });
    expect(parseArgs(PROGRAMS['sum-list']!, { xs: '[1, 2, 3]' })).toEqual({ xs: [1, 2, 3] });
    expect(() => parseArgs(PROGRAMS['factorial']!, { n: 'five' })).toThrow(SimError);
    expect(validateArgs(PROGRAMS['power']!, { x: 2, n: 5 })).toBeNull();
  });

  it('every program has numbered Python source whose event lines exist', () => {
    for (const p of Object.values(PROGRAMS)) {
      const args = Object.fromEntries(p.args.map((a) => [a.name, a.example]));
      expect(validateArgs(p, args)).toBeNull();
      const r = runCallStack(p, args);
      expect(r.error).toBeNull();
      for (const e of r.trace.events()) {
        if (e.kind === 'line' || e.kind === 'assign') expect(p.source[e.line - 1]?.trim()).toBeTruthy();
        if (e.kind === 'call') expect(p.source[e.defLine - 1]).toMatch(/^def /);
      }
    }
  });
});

describe('call stack properties', () => {
  it('results equal plain JS, and addresses decrease with depth', () => {
    const prog = fc.oneof(
      fc.integer({ min: 0, max: 30 }).map((n) => ['factorial', { n }, factorialRef(n)] as const),
      fc.integer({ min: 0, max: 12 }).map((n) => ['fibonacci', { n }, fibRef(n)] as const),
      fc.integer({ min: 0, max: 60 }).map((n) => ['fibonacci-memo', { n }, fibRef(n)] as const),
      fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 0, max: 60 })).map(([x, n]) => ['power', { x, n }, BigInt(x) ** BigInt(n)] as const),
      fc.array(fc.integer({ min: -1000, max: 1000 }), { maxLength: 30 }).map((xs) => ['sum-list', { xs }, xs.reduce((a, b) => a + b, 0)] as const),
    );
    fc.assert(
      fc.property(prog, ([id, args, want]) => {
        const r = runCallStack(id, args);
        expect(r.result).toEqual(want);
        checkAddresses(r, 8, DEFAULT_STACK_TOP, 20);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('RecursionError exactly when depth > limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 50 }), fc.boolean(), (n, limit, parity) => {
        const depth = parity ? n + 1 : Math.max(1, n);
        const r = runCallStack(parity ? 'is-even' : 'factorial', { n }, { recursionLimit: limit });
        expect(r.error === 'RecursionError').toBe(depth > limit);
        expect(r.trace.final.maxDepth).toBe(Math.min(depth, limit));
      }),
      { numRuns: 1000 },
    );
  });
});
