import { assign, call, line, type Program } from './types';

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
        yield line(2);
        if (n === 0) {
          yield line(3);
          return 1n;
        }
        yield line(4);
        const half = (yield call('power', [x, Math.floor(n / 2)], 4)) as bigint;
        yield assign('half', half, 4);
        yield line(5);
        if (n % 2 === 0) {
          yield line(6);
          return half * half;
        }
        yield line(7);
        return BigInt(x) * half * half;
      },
    },
  },
};
