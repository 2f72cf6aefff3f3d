// `list_resize` from CPython's Objects/listobject.c (default build), by version.
// Facts sheet §4.4: [SRC] listobject.c @v3.8.0b1, v3.9.0a6, v3.12.0, main;
// [LOCAL] append sequences on 3.6–3.13 (checks/multi_version.out, listgrowth_311.out).
import { SimError } from '../errors';
import { checkVersion, minorOf } from './versions';

/** Versions whose list growth is modelled (3.6–3.8 share one formula, 3.9+ the other). */
export const LIST_VERSIONS = ['3.6', '3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14', '3.15'] as const;
export type ListVersion = (typeof LIST_VERSIONS)[number];

// Plain arithmetic rather than `>>`/`&`: JS bit operators wrap at 2^31.
const shr3 = (n: number): number => Math.floor(n / 8);
const clear2 = (n: number): number => n - (n % 4); // n & ~3 for n ≥ 0

/**
 * The capacity (`allocated`) after `list_resize(self, newsize)` on a list of length `size` and
 * capacity `allocated`, for CPython `version`:
 * - no realloc while `allocated >= newsize >= allocated / 2` (`allocated >> 1`): capacity stays;
 * - ≤3.8 (2.4–3.8, commit ab517d2eac): `newsize + (newsize >> 3) + (newsize < 9 ? 3 : 6)`;
 * - 3.9+ (bpo-38373, commit 2fe815edd6): `(newsize + (newsize >> 3) + 6) & ~3`, but exactly
 *   `(newsize + 3) & ~3` when the new size is closer to that over-allocation than to the old
 *   size (`newsize − size > new_allocated − newsize`), e.g. `extend` by many items;
 * - `newsize == 0` frees the item array: capacity 0.
 */
export function listResize(allocated: number, size: number, newsize: number, version: string): number {
  const minor = minorOf(checkVersion(version, LIST_VERSIONS));
  if (allocated >= newsize && newsize >= Math.floor(allocated / 2)) return allocated;
  if (newsize === 0) return 0;
  if (minor < 9) return newsize + shr3(newsize) + (newsize < 9 ? 3 : 6);
  const overallocated = clear2(newsize + shr3(newsize) + 6);
  return newsize - size > overallocated - newsize ? clear2(newsize + 3) : overallocated;
}

/**
 * The most appends listCapacities (and listGrowth) simulates: far past what a view shows
 * (the player stops at 200), and about 40 ms for listGrowth.
 */
export const MAX_LIST_APPENDS = 100_000;

/**
 * Capacity after each of `appends` appends to an empty list (`[]`, capacity 0), as
 * `sys.getsizeof` shows it: entry i is the capacity at length i + 1. Every append calls
 * `list_resize(self, len + 1)`. Only this append path is stable across versions: `[0]*5`,
 * `list(range(5))` and literals preallocate differently (sheet §4.4, checks/list_paths.out).
 * A negative or fractional count → SimError 'bad-count'; more than MAX_LIST_APPENDS →
 * 'too-many-appends' (a count like 2**32 would run for hours and fill the memory).
 */
export function listCapacities(appends: number, version: string): number[] {
  checkVersion(version, LIST_VERSIONS);
  if (!Number.isSafeInteger(appends) || appends < 0) {
    throw new SimError('bad-count', 'error.pymalloc.badCount', { count: String(appends) });
  }
  if (appends > MAX_LIST_APPENDS) {
    throw new SimError('too-many-appends', 'error.pymalloc.tooManyAppends', { count: appends, max: MAX_LIST_APPENDS });
  }
  const out: number[] = [];
  let allocated = 0;
  for (let size = 0; size < appends; size++) {
    allocated = listResize(allocated, size, size + 1, version);
    out.push(allocated);
  }
  return out;
}
