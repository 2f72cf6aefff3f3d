import { SimError } from '../errors';
import { buildTrace, inputLimitTrace, throwIfError, type Narration, type RunOptions, type Trace } from '../trace';
import { bump, ZERO, type Counters } from './counters';

export const PERMUTATIONS_MAX_ITEMS = 8;
export const SUBSETS_MAX_ITEMS = 12;

export type Item = string | number;

/**
 * `chosen` is the choice stack: indices into `items` (for subsets: the included ones, in
 * order). `position` is the slot being filled (permutations) or the item being decided
 * (subsets). `results` is shared and complete; `counters.solutions` of them exist as of this state.
 */
export interface ComboState {
  readonly items: readonly Item[];
  readonly chosen: readonly number[];
  readonly position: number;
  readonly trying: number | null;
  readonly counters: Counters;
  readonly results: readonly (readonly Item[])[];
  readonly done: boolean;
}

export type ComboEvent =
  /** Consider item `index` for slot `position` (subsets: consider including it). */
  | { readonly kind: 'try'; readonly position: number; readonly index: number; readonly item: Item }
  /** Permutations: item `index` is already used in this arrangement. */
  | { readonly kind: 'conflict'; readonly position: number; readonly index: number; readonly item: Item }
  | { readonly kind: 'place'; readonly position: number; readonly index: number; readonly item: Item }
  | { readonly kind: 'backtrack'; readonly position: number; readonly index: number; readonly item: Item }
  /** Subsets: leave item `index` out. */
  | { readonly kind: 'skip'; readonly position: number; readonly index: number; readonly item: Item }
  | { readonly kind: 'solution'; readonly number: number; readonly result: readonly Item[] }
  | { readonly kind: 'done'; readonly count: number };

export function applyCombo(s: ComboState, e: ComboEvent): ComboState {
  const counters = bump(s.counters, e.kind);
  switch (e.kind) {
    case 'try':
      return { ...s, counters, position: e.position, trying: e.index };
    case 'conflict':
      return { ...s, counters };
    case 'place':
      return { ...s, counters, chosen: [...s.chosen, e.index], position: e.position + 1, trying: null };
    case 'backtrack':
      return { ...s, counters, chosen: s.chosen.slice(0, -1), position: e.position, trying: null };
    case 'skip':
      return { ...s, counters, position: e.position + 1, trying: null };
    case 'solution':
      return { ...s, counters };
    case 'done':
      return { ...s, counters, trying: null, done: true };
  }
}

/**
 * A result as students read it: an arrangement is a sequence, written as a tuple "(a, b, c)"
 * (order matters); a subset is a set "{a, c}" (order does not), the empty one "{ }".
 */
export function formatResult(kind: 'permutations' | 'subsets', items: readonly Item[]): string {
  if (kind === 'permutations') return `(${items.join(', ')})`;
  return items.length === 0 ? '{ }' : `{${items.join(', ')}}`;
}

function narrator(kind: 'permutations' | 'subsets') {
  return (e: ComboEvent): Narration => {
    switch (e.kind) {
      case 'try':
      case 'conflict':
      case 'place':
      case 'backtrack':
      case 'skip':
        return { key: `${kind}.${e.kind}`, params: { item: e.item, position: e.position + 1 } };
      case 'solution':
        return { key: `${kind}.solution`, params: { result: formatResult(kind, e.result), number: e.number } };
      case 'done':
        return { key: `${kind}.done`, params: { count: e.count } };
    }
  };
}
export const narratePermutations = narrator('permutations');
export const narrateSubsets = narrator('subsets');

function checkItems(items: readonly Item[]): void {
  if (!Array.isArray(items)) throw new SimError('bad-items', 'error.combo.badItems', {});
}

type ComboResult = { results: Item[][] | null; trace: Trace<ComboState, ComboEvent> };

function runCombo(
  items: readonly Item[],
  opts: RunOptions,
  maxItems: number,
  narrate: (e: ComboEvent) => Narration,
  body: (emit: (e: ComboEvent) => void, results: Item[][]) => void,
): ComboResult {
  checkItems(items);
  const results: Item[][] = [];
  const initial: ComboState = { items, chosen: [], position: 0, trying: null, counters: ZERO, results, done: false };
  const max = opts.maxInputLength ?? maxItems;
  if (items.length > max) return { results: null, trace: inputLimitTrace(initial, items.length, max, applyCombo, narrate) };
  const trace = buildTrace<ComboState, ComboEvent>({
    initial,
    apply: applyCombo,
    narrate,
    ...(opts.maxSteps === undefined ? {} : { maxSteps: opts.maxSteps }),
    run: (emit) => body(emit, results),
  });
  throwIfError(trace);
  return { results: trace.stopped ? null : results, trace };
}

/**
 * All orderings of `items` by backtracking: fill slot 1, 2, … trying items left to right;
 * an item already used is a `conflict`. Results in lexicographic order of positions
 * ([a,b,c], [a,c,b], [b,a,c] …). Duplicated items are treated as distinct.
 * Events: `try`, `conflict`, `place`, `backtrack`, `solution`, `done`. At most 8 items
 * (`maxInputLength`).
 */
export function permutations(items: readonly Item[], opts: RunOptions = {}): ComboResult {
  return runCombo(items, opts, PERMUTATIONS_MAX_ITEMS, narratePermutations, (emit, results) => {
    const used = new Array<boolean>(items.length).fill(false);
    const chosen: Item[] = [];
    const fill = (pos: number): void => {
      if (pos === items.length) {
        results.push(chosen.slice());
        emit({ kind: 'solution', number: results.length, result: chosen.slice() });
        return;
      }
      items.forEach((item, index) => {
        emit({ kind: 'try', position: pos, index, item });
        if (used[index]) {
          emit({ kind: 'conflict', position: pos, index, item });
          return;
        }
        used[index] = true;
        chosen.push(item);
        emit({ kind: 'place', position: pos, index, item });
        fill(pos + 1);
        used[index] = false;
        chosen.pop();
        emit({ kind: 'backtrack', position: pos, index, item });
      });
    };
    fill(0);
    emit({ kind: 'done', count: results.length });
  });
}

/**
 * All subsets of `items` by include/exclude backtracking: for each item in order, first
 * include it (`try`, `place`, recurse, `backtrack`), then leave it out (`skip`, recurse).
 * Results come largest-first along the left edge: [a,b,c], [a,b], [a,c], [a], [b,c], [b], [c], [].
 * There are no conflicts. At most 12 items (`maxInputLength`).
 */
export function subsets(items: readonly Item[], opts: RunOptions = {}): ComboResult {
  return runCombo(items, opts, SUBSETS_MAX_ITEMS, narrateSubsets, (emit, results) => {
    const chosen: Item[] = [];
    const decide = (pos: number): void => {
      if (pos === items.length) {
        results.push(chosen.slice());
        emit({ kind: 'solution', number: results.length, result: chosen.slice() });
        return;
      }
      const item = items[pos]!;
      emit({ kind: 'try', position: pos, index: pos, item });
      chosen.push(item);
      emit({ kind: 'place', position: pos, index: pos, item });
      decide(pos + 1);
      chosen.pop();
      emit({ kind: 'backtrack', position: pos, index: pos, item });
      emit({ kind: 'skip', position: pos, index: pos, item });
      decide(pos + 1);
    };
    decide(0);
    emit({ kind: 'done', count: results.length });
  });
}
