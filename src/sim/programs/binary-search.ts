import { assign, call, line, type Program, type Value } from './types';

export const binarySearch: Program = {
  id: 'binary-search',
  source: [
    'def search(xs, target, lo, hi):',
    '    if lo > hi:',
    '        return -1',
    '    mid = (lo + hi) // 2',
    '    if xs[mid] == target:',
    '        return mid',
    '    if xs[mid] < target:',
    '        return search(xs, target, mid + 1, hi)',
    '    return search(xs, target, lo, mid - 1)',
  ],
  entry: 'search',
  args: [
    { name: 'xs', kind: 'int-list', maxLength: 64, min: -1000, max: 1000, sorted: true, example: [1, 3, 5, 7, 9, 11, 13] },
    { name: 'target', kind: 'int', min: -1000, max: 1000, example: 9 },
  ],
  entryArgs: (a) => {
    const xs = (a['xs'] ?? []) as readonly Value[];
    return [xs, a['target'] ?? 0, 0, xs.length - 1];
  },
  callText: (a) => `search([${((a['xs'] ?? []) as readonly Value[]).join(', ')}], ${String(a['target'])}, 0, ${((a['xs'] ?? []) as readonly Value[]).length - 1})`,
  fns: {
    search: {
      name: 'search',
      params: ['xs', 'target', 'lo', 'hi'],
      locals: ['mid'],
      defLine: 1,
      *body(args) {
        const [xs, target, lo, hi] = args as [readonly number[], number, number, number];
        yield line(2);
        if (lo > hi) {
          yield line(3);
          return -1;
        }
        yield line(4);
        const mid = Math.floor((lo + hi) / 2);
        yield assign('mid', mid, 4);
        yield line(5);
        if (xs[mid] === target) {
          yield line(6);
          return mid;
        }
        yield line(7);
        if (xs[mid]! < target) {
          yield line(8);
          return yield call('search', [xs, target, mid + 1, hi], 8);
        }
        yield line(9);
        return yield call('search', [xs, target, lo, mid - 1], 9);
      },
    },
  },
};
