import { assign, call, calling, formatValue, returning, test, type Program, type Value } from './types';

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
        yield test(2, 'not xs', `not ${formatValue(xs)}`, xs.length === 0, xs.length === 0 ? 3 : 4);
        if (xs.length === 0) {
          yield returning(3, '0', '0', 0);
          return 0;
        }
        yield calling(4, 'total(xs[1:])', 'total', [xs.slice(1)]);
        const rest = (yield call('total', [xs.slice(1)], 4)) as number;
        yield assign('rest', rest, 4);
        yield returning(5, 'xs[0] + rest', `${xs[0]!} + ${rest}`, xs[0]! + rest);
        return xs[0]! + rest;
      },
    },
  },
};
