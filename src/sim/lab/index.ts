// The Python lab's core: the tracer's delta format, the Trace built from it, and the runtime
// that runs a program in a loaded Pyodide. `tracer.py` is the Python side (load it as text).
export { LAB_DEFAULTS } from './delta';
export type { LabEnd, LabEndReason, LabKind, LabObjectDelta, LabRunOptions, LabStepDelta, LabValue } from './delta';
export { INITIAL_LAB_STATE, applyLabStep, reachableObjects, valueText } from './state';
export type { LabFrame, LabObject, LabState } from './state';
export { LabTrace, LAB_SNAPSHOT_EVERY, stopOf } from './lab-trace';
export type { LabEvent, LabEventKind } from './lab-trace';
export { LabRuntime } from './runtime';
export type { LabPython } from './runtime';
export { size64, SIZES64_VERSION, WASM32_SIZES } from './sizes64';
export type { Size64 } from './sizes64';
export { toObjectsState, WASM32_IMMORTAL_REFCOUNT } from './views';
export { TRACER_SOURCE } from './tracer-source';
// The run's objects as pymalloc operations (simulated: Pyodide has no pymalloc).
export { LAB_PYMALLOC_MAX_OPS, labPymallocOps, opsUpTo, summaryAt } from './lab-pymalloc';
export type { LabPymallocOp, LabPymallocRun, LabPymallocSummary, LabUnsized } from './lab-pymalloc';
