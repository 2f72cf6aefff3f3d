// Names → objects → reference counts and the cyclic GC (chapter 7). See simulate.ts for the model.
export { simulateObjects, findUnreachable, DEFAULT_MAX_DEPTH } from './simulate';
export type { ObjectsOptions, ObjectsResult } from './simulate';
export { stronglyConnected, cyclesOf, cycleMembers, referencedIds, reachableIds } from './graph';
export { parseProgram } from './syntax';
export { MAX_PROGRAM_LENGTH } from './limits';
export type { Expr, Stmt, Target, Pos } from './syntax';
export { applyObjects, isRef, labelOf, valText, initialObjects, statementStarts, DEFAULT_OBJECTS_VERSION } from './state';
export type { Val, Obj, ObjType, Cached, Frame, GcState, ObjectsState, ObjEvent } from './state';
export { generateContainerProgram, generateRefcountProblem, generateFateProblem, referencesTo } from './problems';
export type { ContainerProgramOptions } from './problems';
export { gradeRefcountProblem, gradeFateProblem, FATES } from './grading';
export type { RefcountProblem, RefcountQuestion, RefcountGrade, Fate, FateItem, FateProblem, FateGrade } from './grading';
