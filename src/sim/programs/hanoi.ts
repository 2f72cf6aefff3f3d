import { call, line, type Program } from './types';

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
        yield line(4);
        if (n === 0) {
          yield line(5);
          return null;
        }
        yield line(6);
        yield call('hanoi', [n - 1, src, via, dst], 6);
        yield line(7);
        yield { op: 'move', disk: n, from: src, to: dst, line: 7 };
        yield line(8);
        yield call('hanoi', [n - 1, via, dst, src], 8);
        return null;
      },
    },
  },
};
