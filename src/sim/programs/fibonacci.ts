import { assign, call, line, type Program } from './types';

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
        yield line(2);
        if (n < 2) {
          yield line(3);
          return n;
        }
        yield line(4);
        const a = (yield call('fib', [n - 1], 4)) as number;
        yield assign('a', a, 4);
        yield line(5);
        const b = (yield call('fib', [n - 2], 5)) as number;
        yield assign('b', b, 5);
        yield line(6);
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
        yield line(4);
        const hit = ctx.memo.get(n);
        if (hit !== undefined) {
          yield line(5);
          yield { op: 'memo-hit', key: n, value: hit, line: 5 };
          return hit;
        }
        yield line(6);
        let result: number;
        if (n < 2) {
          yield line(7);
          result = n;
          yield assign('result', result, 7);
        } else {
          yield line(9);
          const a = (yield call('fib', [n - 1], 9)) as number;
          const b = (yield call('fib', [n - 2], 9)) as number;
          result = a + b;
          yield assign('result', result, 9);
        }
        yield line(10);
        yield { op: 'memo-store', key: n, value: result, line: 10 };
        yield line(11);
        return result;
      },
    },
  },
};
