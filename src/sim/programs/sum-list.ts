import { assign, call, line, type Program, type Value } from './types';

export const sumList: Program = {
  id: 'sum-list',
  source: ['def total(xs):', '    if not xs:', '        return 0', '    rest = total(xs[1:])', '    return xs[0] + rest'],
  entry: 'total',
  args: [{ name: 'xs', kind: 'int-list', maxLength: 100, min: -1000, max: 1000, sorted: false, example: [3, 1, 4, 1, 5] }],
  entryArgs: (a) => [a['xs'] ?? []],
  callText: (a) => `total([${((a['xs'] ?? []) as readonly Value[]).join(', ')}])`,
  fns: {
    total: {
      name: 'total',
      params: ['xs'],
      locals: ['rest'],
      defLine: 1,
      *body(args) {
        const xs = args[0] as readonly number[];
        yield line(2);
        if (xs.length === 0) {
          yield line(3);
          return 0;
        }
        yield line(4);
        const rest = (yield call('total', [xs.slice(1)], 4)) as number;
        yield assign('rest', rest, 4);
        yield line(5);
        return xs[0]! + rest;
      },
    },
  },
};
