// The heap (chapter 6): an explicit-free-list allocator (model.ts), the playground's script
// syntax (syntax.ts), the exercises' seeded problems (problems.ts) and the game-server day.
export {
  FIT_POLICIES,
  ALLOC_MAX_OPS,
  MAX_HEAP_SIZE,
  heapConfig,
  initialHeap,
  needOf,
  callocBytes,
  statsOf,
  pickBlock,
  freeBlock,
  applyAlloc,
  narrateAlloc,
  mallocEvents,
  createAllocator,
  simulateAllocator,
} from './model';
export { hex } from '../hex';
export type { FitPolicy, AllocatorOptions, HeapConfig, Block, Handle, HeapState, HeapStats, SearchVerdict, AllocCall, AllocEvent, Allocator, AllocOp } from './model';
export { parseAllocOps, readAllocScript } from './syntax';
export type { OpSource, ScriptOp, AllocScript } from './syntax';
export { generateAllocProblem, FIT_REQUESTS, generateFitProblem, applyFit, narrateFit, requestName, fitTrace, fitExercise } from './problems';
export type { AllocProblem, FitProblem, FitState, FitPickEvent, FitEvent } from './problems';
export { simulateGameServer, onlineTarget, GAME_SERVER_DEFAULTS, MINUTES_PER_DAY, SAMPLE_EVERY } from './game-server';
export type { GameServerOptions, GameSample, GameDay } from './game-server';
export { leakSummary } from './leaks';
export type { LeakSummary, LeakCount } from './leaks';
