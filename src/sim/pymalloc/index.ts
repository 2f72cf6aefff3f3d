// pymalloc by version: its configuration, the allocator layers, the arena machine, block
// locations and the size-class exercise. CPython's other runtime facts are in ../cpython/.
// Pure data + arithmetic; see each function's doc comment for the facts and their sources.
export { PYMALLOC_VERSIONS, pymallocConfig, sizeClassOf, blocksPerPool } from './config';
export type { PymallocConfig, PymallocVersion } from './config';
export {
  BUILDS,
  BUILD_IDS,
  DOMAINS,
  DOMAIN_IDS,
  LAYERS,
  LAYER_LEVELS,
  PICTURE_NOTES,
  PYTHONMALLOC_VALUES,
  buildOf,
  domainOf,
  domainsThrough,
  layerAt,
  levelLabel,
  pythonMallocValuesOf,
  routesOf,
} from './layers';
export type { AllocatorName, ApiFunction, BuildDefaults, BuildId, Domain, DomainId, Layer, LayerId, LayerLevel, PythonMallocValue, Route, SourceTag, VersionNote } from './layers';
// pymalloc's arenas, pools and blocks: a call-by-call machine and a traced simulator.
export {
  PYMALLOC_MAX_BULK,
  PYMALLOC_MAX_OPS,
  PYMALLOC_MAX_TOTAL,
  objectsAllocated,
  emptyPymallocTrace,
  initialPymallocState,
  applyPymalloc,
  narratePymalloc,
  statsOfState,
  arenasInUse,
  poolAddress,
} from './arenas';
export { createPymalloc, simulatePymalloc } from './simulate';
export type { Pymalloc } from './simulate';
export type {
  PymallocBlock,
  PymallocEvent,
  PymallocOp,
  PymallocState,
  PymallocStats,
  SizeClassStats,
  ArenaView,
  PoolView,
  PoolStatus,
} from './arenas';
// Where a block lives (arena, pool, block number, size class), and the newest allocation of a trace.
export { locateBlock, newestAllocation } from './locate';
export type { BlockLocation, NewestAllocation } from './locate';
// Everyday objects' request sizes, and the "which size class?" exercise.
export { answerFor, generateSizeClassProblem, gradeSizeClass } from './size-class-problems';
export type { SizeClassAnswer, SizeClassGrade, SizeClassGuess, SizeClassProblem, SizeClassQuestion } from './size-class-problems';
