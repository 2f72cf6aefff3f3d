// `sys.getsizeof` of a few everyday objects, as the request pymalloc sees (the GC header
// included for container objects). [LOCAL] measured on this machine with CPython 3.8.18,
// 3.9.18, 3.10.13, 3.11.7, 3.12.1 and 3.13.0 (64-bit); 3.14 was not available, so no
// preset claims it. Before 3.8 a container's GC header was three words, not two, and its size
// depended on the release: 24 bytes upstream before 3.7.4, 32 from 3.7.4 (bpo-27987) and on builds
// carrying that patch, so `[]` was 64 or 72 bytes (`emptyListSizeOfRelease` in list-growth.ts).
import { checkVersion, minorOf } from './versions';
import { PYMALLOC_VERSIONS } from '../pymalloc/config';

export interface ObjectSizePreset {
  /** Stable id (UI strings key off it): 'float', 'int', 'bigint', 'tuple2', 'list', 'str3', 'bytes600'. */
  readonly id: string;
  /** The Python expression measured. */
  readonly expr: string;
  /** `sys.getsizeof(expr)` in bytes on the versions in `measured`. */
  readonly size: number;
  /** The versions it was measured on (first, last), e.g. ['3.8', '3.13']. */
  readonly measured: readonly [string, string];
}

/**
 * Presets for `version` (any pymallocConfig version). A preset whose size changed between
 * versions comes in the row for that version: 'abc' is 52 bytes up to 3.11 and 44 from 3.12
 * (PEP 623 removed the `wstr` fields). On 3.14 the measured 3.13 sizes are offered, labelled 3.13.
 */
export function objectSizePresets(version: string): ObjectSizePreset[] {
  const minor = minorOf(checkVersion(version, PYMALLOC_VERSIONS));
  const all: readonly [string, string] = ['3.8', '3.13'];
  return [
    { id: 'float', expr: '1.0', size: 24, measured: all },
    { id: 'int', expr: '1000', size: 28, measured: all },
    { id: 'bigint', expr: '10**20', size: 36, measured: all },
    { id: 'tuple2', expr: '(1, 2)', size: 56, measured: all },
    { id: 'list', expr: '[]', size: 56, measured: all },
    minor >= 12 ? { id: 'str3', expr: "'abc'", size: 44, measured: ['3.12', '3.13'] } : { id: 'str3', expr: "'abc'", size: 52, measured: ['3.8', '3.11'] },
    { id: 'bytes600', expr: "b'x' * 600", size: 633, measured: all },
  ];
}
