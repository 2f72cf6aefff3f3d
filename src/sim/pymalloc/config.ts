// pymalloc's constants by CPython version, for the 64-bit default (GIL) build.
// Facts and their tags come from the project's facts sheet (python-memory-facts.md §2.1–2.2);
// [SRC] = read in CPython source at the tag named, [LOCAL] = checked on this machine.
import { SimError } from '../errors';
import { checkVersion, minorOf } from '../cpython/versions';

/** Versions `pymallocConfig` knows, oldest first. */
export const PYMALLOC_VERSIONS = ['3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14'] as const;
export type PymallocVersion = (typeof PYMALLOC_VERSIONS)[number];

export interface PymallocConfig {
  version: PymallocVersion;
  /**
   * `ALIGNMENT`: block sizes are multiples of it. 16 on 64-bit since 3.8 (bpo-27987, also
   * backported to 3.7.4 and 2.7.17); 8 before. [SRC] obmalloc.c; [LOCAL] floats 32 bytes apart.
   */
  alignment: number;
  /**
   * `SMALL_REQUEST_THRESHOLD`: requests of 1..512 bytes use pymalloc; 0 bytes and larger ones
   * go to the underlying allocator (malloc). 512 since 3.3, not 3.8 ([SRC] commit 6f26be09e0), and
   * in 2.7's later releases too ([LOCAL] 2.7.18: 512 bytes from pymalloc, 513 from malloc).
   */
  smallRequestThreshold: number;
  /**
   * Block size of each size class: `INDEX2SIZE(i) = (i + 1) << ALIGNMENT_SHIFT` → 16, 32, …, 512
   * (32 classes). The header comment in pycore_obmalloc.h ("8 bytes apart", 64 rows) is stale.
   * [SRC] obmalloc.c / pycore_obmalloc.h; [LOCAL] `sys._debugmallocstats()` 3.8–3.13.
   */
  sizeClasses: readonly number[];
  /** `POOL_SIZE`: 4 KiB up to 3.9, 16 KiB from 3.10 (`POOL_BITS 14`, bpo-37448, 64-bit only). [SRC] */
  poolSize: number;
  /** `POOL_OVERHEAD`: the pool header, 48 bytes on 64-bit. [LOCAL] 3.11.7: lost to headers ÷ pools = 48. */
  poolOverhead: number;
  /** `ARENA_SIZE`: 256 KiB up to 3.9, 1 MiB from 3.10 (`ARENA_BITS 20`, 64-bit only). [SRC] */
  arenaSize: number;
  /**
   * Pools usable in an arena whose base is NOT pool-aligned: `new_arena()` gives up one pool to
   * align the rest ([SRC] new_arena @v3.12.0). mmap only promises 4 KiB alignment, so with 16 KiB
   * pools (3.10+) an arena USUALLY holds 63 pools, not 64, and the model always gives it 63. How
   * many arenas lose a pool varies from run to run: [LOCAL] 1–3 of the 3 or 4 arenas at start-up,
   * and 60–90 % of the arenas after building many tuples (3.10.13–3.13.0; pymalloc-facts checks
   * that some, but not all, do). With 4 KiB pools (≤3.9) page alignment is pool alignment: all 64.
   */
  poolsPerArena: number;
  /** `arenaSize / poolSize`: 64 pools, reached only when the arena base happens to be pool-aligned (a minority of arenas). */
  poolsPerAlignedArena: number;
  /**
   * 3.9+: when arenas are freed, the last wholly empty one is kept instead of being handed back
   * to the OS ("stop simple arena thrashing", bpo-37257, commit d1c85a27ea). [SRC]
   */
  keepsOneEmptyArena: boolean;
}

const KiB = 1024;
const SIZE_CLASSES: readonly number[] = Object.freeze(Array.from({ length: 32 }, (_, i) => (i + 1) * 16));
const CONFIGS = new Map<PymallocVersion, PymallocConfig>(
  PYMALLOC_VERSIONS.map((version) => {
    const large = minorOf(version) >= 10;
    const poolSize = large ? 16 * KiB : 4 * KiB;
    const arenaSize = large ? 1024 * KiB : 256 * KiB;
    const aligned = arenaSize / poolSize;
    const config: PymallocConfig = {
      version,
      alignment: 16,
      smallRequestThreshold: 512,
      sizeClasses: SIZE_CLASSES,
      poolSize,
      poolOverhead: 48,
      arenaSize,
      // A page-sized pool is always aligned by mmap; a larger one loses a pool to alignment.
      poolsPerArena: poolSize > 4 * KiB ? aligned - 1 : aligned,
      poolsPerAlignedArena: aligned,
      keepsOneEmptyArena: minorOf(version) >= 9,
    };
    return [version, Object.freeze(config)];
  }),
);

/**
 * pymalloc's constants for CPython `version` ('3.8' … '3.14'), 64-bit default build.
 * 3.13+ can also be run with mimalloc (and the free-threaded build always uses it); this is
 * pymalloc, the default allocator of the GIL build. Unknown version → SimError 'unknown-version'.
 */
export function pymallocConfig(version: string): PymallocConfig {
  return CONFIGS.get(checkVersion(version, PYMALLOC_VERSIONS))!;
}

/**
 * The size class serving a request of `nbytes`: `(nbytes − 1) >> 4` for 1..512, or null when
 * the request bypasses pymalloc (0 bytes, or more than the threshold). [SRC] `pymalloc_alloc`.
 * Note that `sys.getsizeof` is the request, not the block: a 24-byte float takes a 32-byte block.
 * A negative or fractional size → SimError 'bad-size'.
 */
export function sizeClassOf(nbytes: number, version: string): number | null {
  const config = pymallocConfig(version);
  if (!Number.isSafeInteger(nbytes) || nbytes < 0) {
    throw new SimError('bad-size', 'error.pymalloc.badSize', { nbytes: String(nbytes) });
  }
  if (nbytes === 0 || nbytes > config.smallRequestThreshold) return null;
  return Math.floor((nbytes - 1) / config.alignment);
}

/**
 * Blocks in one pool of size class `classIndex`: `(POOL_SIZE − POOL_OVERHEAD) // size`
 * (the leftover tail is wasted). E.g. 3.11, class 1 (32-byte blocks): 16336 // 32 = 510 —
 * [LOCAL] 3.11.7 `_debugmallocstats`: 3 pools, 1148 in use + 382 free = 1530 = 3 × 510.
 * Bad index → SimError 'bad-class'.
 */
export function blocksPerPool(classIndex: number, version: string): number {
  const config = pymallocConfig(version);
  const size = Number.isInteger(classIndex) ? config.sizeClasses[classIndex] : undefined;
  if (size === undefined) {
    throw new SimError('bad-class', 'error.pymalloc.badClass', {
      index: String(classIndex),
      last: config.sizeClasses.length - 1,
    });
  }
  return Math.floor((config.poolSize - config.poolOverhead) / size);
}
