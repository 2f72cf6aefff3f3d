import { call, calling, returning, test, type Program } from './types';

/** Mutual recursion: is_even calls is_odd calls is_even … n + 1 frames deep. */
export const parity: Program = {
  id: 'is-even',
  source: [
    'def is_even(n):',
    '    if n == 0:',
    '        return True',
    '    return is_odd(n - 1)',
    '',
    'def is_odd(n):',
    '    if n == 0:',
    '        return False',
    '    return is_even(n - 1)',
  ],
  entry: 'is_even',
  args: [{ name: 'n', kind: 'int', min: 0, max: 5000, example: 4 }],
  entryArgs: (a) => [a['n'] ?? 0],
  callText: (a) => `is_even(${String(a['n'])})`,
  fns: {
    is_even: {
      name: 'is_even',
      params: ['n'],
      locals: [],
      defLine: 1,
      *body(args) {
        const n = args[0] as number;
        yield test(2, 'n == 0', `${n} == 0`, n === 0, n === 0 ? 3 : 4);
        if (n === 0) {
          yield returning(3, 'True', 'True', true);
          return true;
        }
        yield calling(4, 'is_odd(n - 1)', 'is_odd', [n - 1]);
        return yield call('is_odd', [n - 1], 4);
      },
    },
    is_odd: {
      name: 'is_odd',
      params: ['n'],
      locals: [],
      defLine: 6,
      *body(args) {
        const n = args[0] as number;
        yield test(7, 'n == 0', `${n} == 0`, n === 0, n === 0 ? 8 : 9);
        if (n === 0) {
          yield returning(8, 'False', 'False', false);
          return false;
        }
        yield calling(9, 'is_even(n - 1)', 'is_even', [n - 1]);
        return yield call('is_even', [n - 1], 9);
      },
    },
  },
};
