import { call, calling, formatValue, returning, running, test, type Program } from './types';

/** Moves are recorded in the global list `moves` (state.log.moves, `moveCount` of them so far). */
export const hanoi: Program = {
  id: 'hanoi',
  source: [
    'moves = []',
    '',
    'def hanoi(n, src, dst, via):',
    '    if n == 0:',
    '        return',
    '    hanoi(n - 1, src, via, dst)',
    '    moves.append((n, src, dst))',
    '    hanoi(n - 1, via, dst, src)',
  ],
  entry: 'hanoi',
  args: [{ name: 'n', kind: 'int', min: 0, max: 10, example: 3 }],
  entryArgs: (a) => [a['n'] ?? 0, 'A', 'C', 'B'],
  callText: (a) => `hanoi(${String(a['n'])}, 'A', 'C', 'B')`,
  fns: {
    hanoi: {
      name: 'hanoi',
      params: ['n', 'src', 'dst', 'via'],
      locals: [],
      defLine: 3,
      *body(args) {
        const [n, src, dst, via] = args as [number, string, string, string];
        yield test(4, 'n == 0', `${n} == 0`, n === 0, n === 0 ? 5 : 6);
        if (n === 0) {
          yield returning(5, 'None', 'None', null);
          return null;
        }
        yield calling(6, 'hanoi(n - 1, src, via, dst)', 'hanoi', [n - 1, src, via, dst]);
        yield call('hanoi', [n - 1, src, via, dst], 6);
        yield running(7, `moves.append((${n}, ${formatValue(src)}, ${formatValue(dst)}))`);
        yield { op: 'move', disk: n, from: src, to: dst, line: 7 };
        yield calling(8, 'hanoi(n - 1, via, dst, src)', 'hanoi', [n - 1, via, dst, src]);
        yield call('hanoi', [n - 1, via, dst, src], 8);
        return null;
      },
    },
  },
};
