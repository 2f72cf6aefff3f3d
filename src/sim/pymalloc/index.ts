// Versioned CPython memory-manager facts (pymalloc, list growth, runtime constants).
// Pure data + arithmetic; see each function's doc comment for the facts and their sources.
export { PYMALLOC_VERSIONS, pymallocConfig, sizeClassOf, blocksPerPool } from './config';
export type { PymallocConfig, PymallocVersion } from './config';
export { LIST_VERSIONS, listResize, listCapacities } from './lists';
export type { ListVersion } from './lists';
export { RUNTIME_VERSIONS, cpythonRuntime } from './runtime';
export type { CpythonRuntime, GcThresholds, RuntimeVersion } from './runtime';
export { PYMALLOC_MESSAGES } from './messages';
