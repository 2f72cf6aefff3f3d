import { assign, call, calling, returning, test, type Program } from './types';

export const factorial: Program = {
  id: 'factorial',
  source: ['def factorial(n):', '    if n <= 1:', '        return 1', '    rest = factorial(n - 1)', '    return n * rest'],
  entry: 'factorial',
  args: [{ name: 'n', kind: 'int', min: 0, max: 3000, example: 5 }],
  entryArgs: (a) => [a['n'] ?? 0],
  callText: (a) => `factorial(${String(a['n'])})`,
  fns: {
    factorial: {
      name: 'factorial',
      params: ['n'],
      locals: ['rest'],
      defLine: 1,
      *body(args) {
        const n = args[0] as number;
        yield test(2, 'n <= 1', `${n} <= 1`, n <= 1, n <= 1 ? 3 : 4);
        if (n <= 1) {
          yield returning(3, '1', '1', 1n);
          return 1n;
        }
        yield calling(4, 'factorial(n - 1)', 'factorial', [n - 1]);
        const rest = (yield call('factorial', [n - 1], 4)) as bigint;
        yield assign('rest', rest, 4);
        yield returning(5, 'n * rest', `${n} * ${rest}`, BigInt(n) * rest);
        return BigInt(n) * rest;
      },
    },
  },
};

