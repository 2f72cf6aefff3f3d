// What happens, append by append, to a list that starts empty: its length, its capacity (from
// listCapacities), whether the item array was reallocated and with which formula, and the bytes
// that costs. Facts sheet §4.4 (list_resize) and §3.3 (the GC header inside sys.getsizeof).
import { buildTrace, type Narration, type Trace } from '../trace';
import { LIST_VERSIONS, listCapacities } from './lists';
import { checkVersion, minorOf } from './versions';

/** Bytes of one item slot: a `PyObject *` on a 64-bit build. */
export const POINTER_BYTES = 8;

/** The two over-allocation formulas of `list_resize` for growing lists. */
export type ListFormulaId = 'upto-3.8' | 'from-3.9';

export interface ListFormula {
  id: ListFormulaId;
  /** The C expression for `new_allocated` as in `Objects/listobject.c`. */
  expression: string;
  /** The versions it covers as the reader should see them ('2.4–3.8', '3.9+'). */
  versions: string;
  /** Who/what introduced it. */
  origin: string;
}

/**
 * ≤3.8: `newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6)` (Raymond Hettinger, commit ab517d2eac,
 * 2.4). 3.9+: `(newsize + (newsize >> 3) + 6) & ~3` (bpo-38373, commit 2fe815edd6). [SRC] §4.4.
 * (3.9+ also has an exact-fit branch for big jumps such as `extend`; one append never takes it.)
 */
export const LIST_FORMULAS: Readonly<Record<ListFormulaId, ListFormula>> = Object.freeze({
  'upto-3.8': Object.freeze({
    id: 'upto-3.8',
    expression: 'newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6)',
    versions: '2.4–3.8',
    origin: 'commit ab517d2eac',
  }),
  'from-3.9': Object.freeze({
    id: 'from-3.9',
    expression: '(newsize + (newsize >> 3) + 6) & ~3',
    versions: '3.9+',
    origin: 'bpo-38373',
  }),
});

/** The formula `list_resize` uses in CPython `version` ('3.6' … '3.15'). */
export function listFormulaOf(version: string): ListFormula {
  return LIST_FORMULAS[minorOf(checkVersion(version, LIST_VERSIONS)) < 9 ? 'upto-3.8' : 'from-3.9'];
}

/**
 * `sys.getsizeof([])` on a 64-bit build: the list object plus its GC header. 72 bytes up to 3.7
 * (a 3-word GC header), 56 from 3.8 (2 words, bpo-33597). [LOCAL] 3.6–3.13 (§3.3, §4.4).
 * null for 3.14 and 3.15: the sheet has no measurement for them.
 */
export function emptyListSize(version: string): number | null {
  const minor = minorOf(checkVersion(version, LIST_VERSIONS));
  if (minor >= 14) return null;
  return minor >= 8 ? 56 : 72;
}

/** The versions whose `emptyListSize` was measured (what the UI names when it has no value). */
export const GETSIZEOF_MEASURED = '3.6–3.13';

/**
 * The measured versions that share `emptyListSize(version)` ('3.6–3.7' for 72, '3.8–3.13' for 56),
 * so the UI names where a value was seen, not every measured version; null when not measured.
 */
export function emptyListSizeMeasuredOn(version: string): string | null {
  const size = emptyListSize(version);
  return size === null ? null : size === 72 ? '3.6–3.7' : '3.8–3.13';
}

/** The numbers of one resize, for showing the formula with the request's values filled in. */
export interface ResizeTerms {
  newsize: number;
  /** `newsize >> 3` */
  eighth: number;
  /** The constant added: 3 or 6 (≤3.8), always 6 (3.9+). */
  extra: number;
  /** `newsize + eighth + extra` */
  sum: number;
  /** The new capacity: `sum` (≤3.8), `sum & ~3` (3.9+). */
  result: number;
}

export interface AppendStep {
  /** 1 for the first append. Also the length after it. */
  append: number;
  capacityBefore: number;
  capacity: number;
  /** True when this append reallocated the item array. */
  resized: boolean;
  /** The formula's numbers when `resized`, else null. */
  terms: ResizeTerms | null;
  /** Bytes of the item array after the append: capacity × 8. */
  itemBytes: number;
  /** `sys.getsizeof` of the list after the append, where `emptyListSize` is known; else null. */
  getsizeof: number | null;
  /**
   * What a narrator says about this append: 'cpy.growth.resize' (params n, before, after,
   * calc = the formula with its numbers, beforeBytes, afterBytes) or 'cpy.growth.noResize'
   * (params n, capacity). The strings are in the chapter's view table (cpython/views-messages.ts).
   */
  msg: Narration;
}

/** The over-allocation formula of `formula` evaluated for a list growing to `newsize` items. */
export function resizeTerms(newsize: number, formula: ListFormulaId): ResizeTerms {
  const eighth = Math.floor(newsize / 8);
  const extra = formula === 'upto-3.8' ? (newsize < 9 ? 3 : 6) : 6;
  const sum = newsize + eighth + extra;
  return { newsize, eighth, extra, sum, result: formula === 'upto-3.8' ? sum : sum - (sum % 4) };
}

/** The formula of `list_resize` written out with the numbers of one resize ('17 + (17 >> 3) + 6 = 17 + 2 + 6 = 25'). */
export function resizeCalculation(x: ResizeTerms, formula: ListFormulaId): string {
  const n = x.newsize;
  return formula === 'upto-3.8'
    ? `${n} + (${n} >> 3) + ${x.extra} = ${n} + ${x.eighth} + ${x.extra} = ${x.result}`
    : `(${n} + (${n} >> 3) + 6) & ~3 = ${x.sum} & ~3 = ${x.result}`;
}

/**
 * Every append to an empty list, `appends` of them, in CPython `version`. Capacities come from
 * `listCapacities` (the model of `list_resize`); `terms` only spell out the formula for the
 * reader, and the tests check that they agree. Each step carries its narration (`msg`, a
 * `{ key, params }` like every trace event). Bad count / version → SimError (listCapacities).
 */
export function listGrowth(appends: number, version: string): AppendStep[] {
  const capacities = listCapacities(appends, version);
  const formula = listFormulaOf(version).id;
  const empty = emptyListSize(version);
  return capacities.map((capacity, i) => {
    const capacityBefore = i === 0 ? 0 : capacities[i - 1]!;
    const resized = capacity !== capacityBefore;
    const itemBytes = capacity * POINTER_BYTES;
    const append = i + 1;
    const terms = resized ? resizeTerms(append, formula) : null;
    const msg: Narration = terms
      ? {
          key: 'cpy.growth.resize',
          params: { n: append, before: capacityBefore, after: capacity, calc: resizeCalculation(terms, formula), beforeBytes: capacityBefore * POINTER_BYTES, afterBytes: itemBytes },
        }
      : { key: 'cpy.growth.noResize', params: { n: append, capacity } };
    return {
      append,
      capacityBefore,
      capacity,
      resized,
      terms,
      itemBytes,
      getsizeof: empty === null ? null : empty + itemBytes,
      msg,
    };
  });
}

/** How many of `steps` reallocated the item array. */
export function resizeCount(steps: readonly AppendStep[]): number {
  return steps.filter((s) => s.resized).length;
}

/** The version to compare `version` with by default: one with the other formula (3.8 beside 3.9+, 3.13 beside an older one). */
export function otherFormulaVersion(version: string): string {
  return listFormulaOf(version).id === 'from-3.9' ? '3.8' : '3.13';
}

/** The list after some appends (a state of `growthTrace`): what a player shows of it. */
export interface ListGrowthState {
  readonly length: number;
  readonly capacity: number;
  /** Bytes of the item array: capacity × 8. */
  readonly itemBytes: number;
  /** `sys.getsizeof` of the list where `emptyListSize` is known; else null. */
  readonly getsizeof: number | null;
}

/** An append as a trace event. */
export type AppendEvent = AppendStep & { readonly kind: 'append' };

/**
 * The appends of `listGrowth(…, version)` as a trace from the empty list: one event per append,
 * narrated by its `msg`, so a step player can walk it like any other trace.
 */
export function growthTrace(steps: readonly AppendStep[], version: string): Trace<ListGrowthState, AppendEvent> {
  return buildTrace<ListGrowthState, AppendEvent>({
    initial: { length: 0, capacity: 0, itemBytes: 0, getsizeof: emptyListSize(version) },
    apply: (_, e) => ({ length: e.append, capacity: e.capacity, itemBytes: e.itemBytes, getsizeof: e.getsizeof }),
    narrate: (e) => e.msg,
    run: (emit) => steps.forEach((s) => emit({ ...s, kind: 'append' })),
  });
}
