// Versioned CPython memory-manager facts (pymalloc, list growth, runtime constants).
// Pure data + arithmetic; see each function's doc comment for the facts and their sources.
export { PYMALLOC_VERSIONS, pymallocConfig, sizeClassOf, blocksPerPool } from './config';
export type { PymallocConfig, PymallocVersion } from './config';
export { LIST_VERSIONS, listResize, listCapacities } from './lists';
export type { ListVersion } from './lists';
export { RUNTIME_VERSIONS, cpythonRuntime } from './runtime';
export type { CpythonRuntime, GcThresholds, RuntimeVersion } from './runtime';
export { PYMALLOC_MESSAGES } from './messages';
export { GETSIZEOF_MEASURED, LIST_FORMULAS, POINTER_BYTES, emptyListSize, listFormulaOf, listGrowth, resizeTerms } from './list-growth';
export type { AppendStep, ListFormula, ListFormulaId, ResizeTerms } from './list-growth';
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
export { LAYER_MESSAGES } from './layer-messages';
