// Interpreter-wide facts a later object/GC simulator needs, by CPython version
// (64-bit default GIL build). Facts sheet §3.2, §3.3, §4.1 and §0 items 4, 5, 7.
import { checkVersion, minorOf } from './versions';

/** Versions `cpythonRuntime` knows, oldest first. */
export const RUNTIME_VERSIONS = ['3.6', '3.7', '3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14', '3.15'] as const;
export type RuntimeVersion = (typeof RUNTIME_VERSIONS)[number];

export type GcThresholds = readonly [number, number, number];

export interface CpythonRuntime {
  version: RuntimeVersion;
  /**
   * Inclusive range of the shared small-int cache. −5..256 up to 3.14 ([LOCAL] 3.6–3.13:
   * `int(s) is int(s)` holds at −5 and 256, not at −6 and 257); −5..1024 in 3.15
   * (`_PY_NSMALLPOSINTS 1025`, gh-133059). [SRC]
   */
  smallIntRange: readonly [number, number];
  /**
   * `gc.get_threshold()` of a fresh interpreter; three generations. (700, 10, 10) up to 3.12
   * ([SRC] gcmodule.c, [LOCAL] 3.6–3.12); (2000, 10, 10) in 3.13 ([LOCAL] 3.13.0: the
   * incremental GC was reverted before 3.13.0 but the 700 → 2000 raise was kept). 3.14 is
   * modelled as 3.14.5+, which went back to the 3.13 generational collector (gh-142516);
   * the (2000, 10, 10) value there is [3P] only, so see `unverified`. For 3.14.0–3.14.4 see
   * `gcEarly314`.
   */
  gcThresholds: GcThresholds;
  /**
   * 3.14 only: what 3.14.0–3.14.4 shipped, an INCREMENTAL collector with two generations
   * (young, old) whose `gc.get_threshold()` is (2000, 10, 0) ([DOC] What's New 3.14; reverted in
   * 3.14.5). null for every other version (3.13's incremental GC never reached a release).
   */
  gcEarly314: { releases: '3.14.0–3.14.4'; model: 'incremental'; thresholds: GcThresholds } | null;
  /**
   * The refcount an immortal object (PEP 683, 3.12+) shows: `UINT_MAX` = 4294967295 in 3.12–3.13
   * ([LOCAL] `sys.getrefcount(None)`); from 3.14 the initial value `3 << 30` = 3221225472, and
   * anything ≥ 2^31 counts as immortal ([SRC] Include/refcount.h, GH-125251). null up to 3.11:
   * no immortality (3.11's static objects start at 999999999 but are ordinary).
   */
  immortalRefcount: number | null;
  /**
   * The longest tuple the tuple free list keeps (the shortest is 1: slot 0 holds the empty tuple).
   * 19 up to 3.10, 20 from 3.11 ([LOCAL] the last "free n-sized PyTupleObjects" line of
   * `sys._debugmallocstats()`: 19 on 3.6.15–3.10.13, 20 on 3.11.7–3.13.0). Each length keeps up to
   * 2000 tuples. 3.14+ from the 3.13 value, not checked.
   */
  tupleFreeListMaxLength: number;
  /** Names of the fields above whose value for this version rests only on [3P] or inference. */
  unverified: readonly string[];
}

function build(version: RuntimeVersion): CpythonRuntime {
  const minor = minorOf(version);
  return {
    version,
    smallIntRange: minor >= 15 ? [-5, 1024] : [-5, 256],
    gcThresholds: minor >= 13 ? [2000, 10, 10] : [700, 10, 10],
    gcEarly314: minor === 14 ? { releases: '3.14.0–3.14.4', model: 'incremental', thresholds: [2000, 10, 0] } : null,
    immortalRefcount: minor >= 14 ? 3 * 2 ** 30 : minor >= 12 ? 2 ** 32 - 1 : null,
    tupleFreeListMaxLength: minor >= 11 ? 20 : 19,
    // 3.14.5+: (2000,10,10) reported by third parties only; 3.15: the same generational GC was
    // forward-ported (GH-148746) but no source states its thresholds. The tuple free list of
    // 3.14+ is carried over from 3.13 unchecked.
    unverified: minor >= 14 ? ['gcThresholds', 'tupleFreeListMaxLength'] : [],
  };
}

const RUNTIMES = new Map<RuntimeVersion, CpythonRuntime>(RUNTIME_VERSIONS.map((v) => [v, Object.freeze(build(v))]));

/** Runtime facts for CPython `version` ('3.6' … '3.15'); unknown → SimError 'unknown-version'. */
export function cpythonRuntime(version: string): CpythonRuntime {
  return RUNTIMES.get(checkVersion(version, RUNTIME_VERSIONS))!;
}
