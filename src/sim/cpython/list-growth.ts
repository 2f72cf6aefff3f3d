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
 * `sys.getsizeof([])` on a 64-bit build: the 40-byte list object plus the GC header in front of
 * it, by release ('3.7.16'), since before 3.8 the header depends on the patch level:
 * - 3.8+: two words, 16 bytes → 56 (bpo-33597). [LOCAL] 3.8.18–3.13.0.
 * - before 3.8: three words, in a union with a `dummy` member that forces alignment. Upstream
 *   3.x before 3.7.4 made it a `double`: 24 bytes → 64. The bpo-27987 alignment fix (3.7.4+)
 *   made it a `long double`: padded to 32 bytes → 72; so do builds that carry that patch, such
 *   as pyenv's 3.6.15 (facts §0.11). [LOCAL] 3.6.15 (patched) and 3.7.16: 72.
 * null for 3.14 and later (not measured here).
 */
export function emptyListSizeOfRelease(release: string, { alignmentPatch = false }: { alignmentPatch?: boolean } = {}): number | null {
  const [major, minorText, patch = '0'] = release.split('.');
  const minor = minorOf(checkVersion(`${major}.${minorText}`, LIST_VERSIONS));
  if (minor >= 14) return null;
  if (minor >= 8) return 56;
  const fixed = minor === 7 && Number(patch) >= 4;
  return fixed || alignmentPatch ? EMPTY_LIST_PATCHED : EMPTY_LIST_UPSTREAM_OLD;
}

/** `getsizeof([])` before 3.8 with the 24-byte header (upstream before 3.7.4) and the 32-byte one (3.7.4+, patched builds). */
export const EMPTY_LIST_UPSTREAM_OLD = 64;
export const EMPTY_LIST_PATCHED = 72;
/** The release that brought the bpo-27987 fix (and the 32-byte GC header) to 3.7. */
export const ALIGNMENT_FIX_RELEASE = '3.7.4';

/**
 * `sys.getsizeof([])` for a 'major.minor' version, where every upstream release of it agrees:
 * 56 for 3.8–3.13. null for 3.6 and 3.7, where it depends on the release and the build
 * (`emptyListSizeOfRelease`), and for 3.14+, not measured.
 */
export function emptyListSize(version: string): number | null {
  const minor = minorOf(checkVersion(version, LIST_VERSIONS));
  return minor >= 8 ? emptyListSizeOfRelease(`${version}.0`) : null;
}

/** Whether `getsizeof([])` of `version` depends on the release and build (3.6, 3.7). */
export function emptyListSizeByRelease(version: string): boolean {
  return minorOf(checkVersion(version, LIST_VERSIONS)) < 8;
}

/** The versions whose `emptyListSize` was measured (what the UI names when it has no value). */
export const GETSIZEOF_MEASURED = '3.8–3.13';

/** The measured versions that share `emptyListSize(version)` ('3.8–3.13'); null when not known. */
export function emptyListSizeMeasuredOn(version: string): string | null {
  return emptyListSize(version) === null ? null : GETSIZEOF_MEASURED;
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
