import { assign, call, calling, returning, running, test, type Program, type Value } from './types';

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
        yield test(2, 'lo > hi', `${lo} > ${hi}`, lo > hi, lo > hi ? 3 : 4);
        if (lo > hi) {
          yield returning(3, '-1', '-1', -1);
          return -1;
        }
        yield running(4, `mid = (${lo} + ${hi}) // 2`);
        const mid = Math.floor((lo + hi) / 2);
        yield assign('mid', mid, 4);
        yield test(5, 'xs[mid] == target', `${xs[mid]!} == ${target}`, xs[mid] === target, xs[mid] === target ? 6 : 7);
        if (xs[mid] === target) {
          yield returning(6, 'mid', String(mid), mid);
          return mid;
        }
        yield test(7, 'xs[mid] < target', `${xs[mid]!} < ${target}`, xs[mid]! < target, xs[mid]! < target ? 8 : 9);
        if (xs[mid]! < target) {
          yield calling(8, 'search(xs, target, mid + 1, hi)', 'search', [xs, target, mid + 1, hi]);
          return yield call('search', [xs, target, mid + 1, hi], 8);
        }
        yield calling(9, 'search(xs, target, lo, mid - 1)', 'search', [xs, target, lo, mid - 1]);
        return yield call('search', [xs, target, lo, mid - 1], 9);
      },
    },
  },
};
