/**
 * What an object the lab shows (wasm32 CPython 3.14, 4-byte pointers) would measure on 64-bit
 * CPython, from the core's tables (`objectSizePresets`, `emptyListSize`), which were measured on
 * 64-bit CPythons up to 3.13: so the answer names the versions it holds for.
 */
import { emptyListSize, emptyListSizeMeasuredOn, POINTER_BYTES } from '../cpython/list-growth';
import { objectSizePresets } from '../cpython/object-sizes';
import type { LabObject } from './state';

/**
 * `sys.getsizeof` on Pyodide 314 (CPython 3.14.2, wasm32), measured: `[]` 28 plus 4 per
 * allocated slot, `()` 24 plus 4 per item (3.14 caches the hash in the tuple), an ASCII `str`
 * 21 plus its length, `bytes` 17 plus its length.
 */
export const WASM32_SIZES = { listEmpty: 28, tupleEmpty: 24, asciiStrBase: 21, bytesBase: 17, pointer: 4 } as const;

/** The version whose 64-bit tables the lab uses (the newest the tables were measured on). */
export const SIZES64_VERSION = '3.13';

export interface Size64 {
  readonly size: number;
  /** The 64-bit CPython versions the size was measured on, e.g. '3.8–3.13'. */
  readonly measured: string;
}

const preset = (id: string, version: string) => objectSizePresets(version).find((p) => p.id === id)!;
const span = (m: readonly [string, string]) => `${m[0]}–${m[1]}`;

/**
 * The 64-bit size of `obj` on CPython `version` (a version the tables were measured on, 3.8–3.13;
 * default SIZES64_VERSION), or null for a kind the tables do not cover (dict, set, instance, function…).
 */
export function size64(obj: Pick<LabObject, 'type' | 'size' | 'length'>, version: string = SIZES64_VERSION): Size64 | null {
  const n = obj.length ?? 0;
  switch (obj.type) {
    case 'list': {
      const empty = emptyListSize(version)!;
      const capacity = (obj.size - WASM32_SIZES.listEmpty) / WASM32_SIZES.pointer;
      return { size: empty + POINTER_BYTES * capacity, measured: emptyListSizeMeasuredOn(version)! };
    }
    case 'tuple': {
      const p = preset('tuple2', version);
      return { size: p.size - 2 * POINTER_BYTES + POINTER_BYTES * n, measured: span(p.measured) };
    }
    case 'str': {
      // Only a compact ASCII string has the one-byte-per-character layout the table measured.
      if (obj.size !== WASM32_SIZES.asciiStrBase + n) return null;
      const p = preset('str3', version);
      return { size: p.size - 3 + n, measured: span(p.measured) };
    }
    case 'bytes': {
      const p = preset('bytes600', version);
      return { size: p.size - 600 + n, measured: span(p.measured) };
    }
    default:
      return null;
  }
}
