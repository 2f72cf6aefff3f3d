import { assign, call, calling, returning, test, type Program } from './types';

/** Fast power by halving: the stack is only about log2(n) deep. Exact (bigint) results. */
export const power: Program = {
  id: 'power',
  source: [
    'def power(x, n):',
    '    if n == 0:',
    '        return 1',
    '    half = power(x, n // 2)',
    '    if n % 2 == 0:',
    '        return half * half',
    '    return x * half * half',
  ],
  entry: 'power',
  args: [
    { name: 'x', kind: 'int', min: -100, max: 100, example: 2 },
    { name: 'n', kind: 'int', min: 0, max: 1000, example: 10 },
  ],
  entryArgs: (a) => [a['x'] ?? 0, a['n'] ?? 0],
  callText: (a) => `power(${String(a['x'])}, ${String(a['n'])})`,
  fns: {
    power: {
      name: 'power',
      params: ['x', 'n'],
      locals: ['half'],
      defLine: 1,
      *body(args) {
        const x = args[0] as number;
        const n = args[1] as number;
        yield test(2, 'n == 0', `${n} == 0`, n === 0, n === 0 ? 3 : 4);
        if (n === 0) {
          yield returning(3, '1', '1', 1n);
          return 1n;
        }
        yield calling(4, 'power(x, n // 2)', 'power', [x, Math.floor(n / 2)]);
        const half = (yield call('power', [x, Math.floor(n / 2)], 4)) as bigint;
        yield assign('half', half, 4);
        yield test(5, 'n % 2 == 0', `${n} % 2 == 0`, n % 2 === 0, n % 2 === 0 ? 6 : 7);
        if (n % 2 === 0) {
          yield returning(6, 'half * half', `${half} * ${half}`, half * half);
          return half * half;
        }
        yield returning(7, 'x * half * half', `${x} * ${half} * ${half}`, BigInt(x) * half * half);
        return BigInt(x) * half * half;
      },
    },
  },
};
