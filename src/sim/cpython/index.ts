// CPython runtime facts by version: list over-allocation and growth, small-int and GC constants,
// everyday objects' sizes. Pure data + arithmetic; each function's doc comment gives its sources.
export { LIST_VERSIONS, listResize, listCapacities } from './lists';
export type { ListVersion } from './lists';
export { RUNTIME_VERSIONS, cpythonRuntime } from './runtime';
export type { CpythonRuntime, GcThresholds, RuntimeVersion } from './runtime';
export { ALIGNMENT_FIX_RELEASE, EMPTY_LIST_PATCHED, EMPTY_LIST_UPSTREAM_OLD, GETSIZEOF_MEASURED, LIST_FORMULAS, POINTER_BYTES, emptyListSize, emptyListSizeByRelease, emptyListSizeMeasuredOn, emptyListSizeOfRelease, growthTrace, listFormulaOf, listGrowth, otherFormulaVersion, resizeCalculation, resizeCount, resizeTerms } from './list-growth';
export type { AppendEvent, AppendStep, ListFormula, ListFormulaId, ListGrowthState, ResizeTerms } from './list-growth';
export { objectSizePresets } from './object-sizes';
export type { ObjectSizePreset } from './object-sizes';
