// Names → objects → reference counts and the cyclic GC (chapter 7). See simulate.ts for the model.
export { simulateObjects, initialObjects, findUnreachable, reachableIds, statementStarts, DEFAULT_OBJECTS_VERSION, DEFAULT_MAX_DEPTH } from './simulate';
export type { ObjectsOptions, ObjectsResult } from './simulate';
export { stronglyConnected, cyclesOf, cycleMembers, referencedIds } from './graph';
export { parseProgram, MAX_PROGRAM_LENGTH } from './syntax';
export type { Expr, Stmt, Target, Pos } from './syntax';
export { applyObjects, isRef, labelOf, valText } from './state';
export type { Val, Obj, ObjType, Cached, Frame, GcState, ObjectsState, ObjEvent } from './state';
export {
  generateContainerProgram,
  generateRefcountProblem,
  gradeRefcountProblem,
  generateFateProblem,
  gradeFateProblem,
  referencesTo,
  FATES,
} from './problems';
export type { ContainerProgramOptions, RefcountProblem, RefcountQuestion, RefcountGrade, Fate, FateItem, FateProblem, FateGrade } from './problems';
