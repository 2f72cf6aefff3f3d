import { assign, call, calling, returning, running, test, type Program } from './types';

export const fibonacci: Program = {
  id: 'fibonacci',
  source: ['def fib(n):', '    if n < 2:', '        return n', '    a = fib(n - 1)', '    b = fib(n - 2)', '    return a + b'],
  entry: 'fib',
  args: [{ name: 'n', kind: 'int', min: 0, max: 20, example: 5 }],
  entryArgs: (a) => [a['n'] ?? 0],
  callText: (a) => `fib(${String(a['n'])})`,
  fns: {
    fib: {
      name: 'fib',
      params: ['n'],
      locals: ['a', 'b'],
      defLine: 1,
      *body(args) {
        const n = args[0] as number;
        yield test(2, 'n < 2', `${n} < 2`, n < 2, n < 2 ? 3 : 4);
        if (n < 2) {
          yield returning(3, 'n', String(n), n);
          return n;
        }
        yield calling(4, 'fib(n - 1)', 'fib', [n - 1]);
        const a = (yield call('fib', [n - 1], 4)) as number;
        yield assign('a', a, 4);
        yield calling(5, 'fib(n - 2)', 'fib', [n - 2]);
        const b = (yield call('fib', [n - 2], 5)) as number;
        yield assign('b', b, 5);
        yield returning(6, 'a + b', `${a} + ${b}`, a + b);
        return a + b;
      },
    },
  },
};

/** Memoized: a global dict `memo`; each n is computed once. */
export const fibonacciMemo: Program = {
  id: 'fibonacci-memo',
  source: [
    'memo = {}',
    '',
    'def fib(n):',
    '    if n in memo:',
    '        return memo[n]',
    '    if n < 2:',
    '        result = n',
    '    else:',
    '        result = fib(n - 1) + fib(n - 2)',
    '    memo[n] = result',
    '    return result',
  ],
  entry: 'fib',
  args: [{ name: 'n', kind: 'int', min: 0, max: 70, example: 6 }],
  entryArgs: (a) => [a['n'] ?? 0],
  callText: (a) => `fib(${String(a['n'])})`,
  fns: {
    fib: {
      name: 'fib',
      params: ['n'],
      locals: ['result'],
      defLine: 3,
      *body(args, ctx) {
        const n = args[0] as number;
        const hit = ctx.memo.get(n);
        yield test(4, 'n in memo', `${n} in memo`, hit !== undefined, hit !== undefined ? 5 : 6);
        if (hit !== undefined) {
          yield returning(5, 'memo[n]', `memo[${n}]`, hit);
          yield { op: 'memo-hit', key: n, value: hit, line: 5 };
          return hit;
        }
        yield test(6, 'n < 2', `${n} < 2`, n < 2, n < 2 ? 7 : 9);
        let result: number;
        if (n < 2) {
          yield running(7, `result = ${n}`);
          result = n;
          yield assign('result', result, 7);
        } else {
          yield calling(9, 'fib(n - 1) + fib(n - 2)', 'fib', [n - 1]);
          const a = (yield call('fib', [n - 1], 9)) as number;
          const b = (yield call('fib', [n - 2], 9)) as number;
          result = a + b;
          yield assign('result', result, 9);
        }
        yield running(10, `memo[${n}] = ${result}`);
        yield { op: 'memo-store', key: n, value: result, line: 10 };
        yield returning(11, 'result', String(result), result);
        return result;
      },
    },
  },
};
