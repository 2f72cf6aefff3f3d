/**
 * The simulation core's public API. Everything here is pure TypeScript: deterministic, no
 * DOM, no framework. Conventions shared by every function:
 *
 * - Traces: `result.trace` is a `Trace` — `length` events, `event(i)` (with `msg`, a
 *   `{ key, params }` narration rendered by `format(SIM_MESSAGES, lang, key, params)`),
 *   `stateAt(i)` = the state AFTER i events (`stateAt(0)` initial, `stateAt(length)` = `final`),
 *   `stopped` = null or `{ reason: 'step-limit' | 'input-limit' | 'error', key, params }`.
 * - Stacks in states are persistent lists: use `toArray(stack)` (bottom → top).
 * - Limits: `{ maxSteps }` (default 2,000,000) keeps a partial trace; over `maxInputLength`
 *   the trace is empty. In both cases the answer fields of the result are null.
 * - Bad input throws `SimError { code, key, params, index? }` (with `.trace` when it was
 *   found mid-run). Non-throwing: `attempt(() => fn(...))` or the `validate…` helpers.
 */
export { createRng, randomSeed, type Rng } from './rng';
export { SimError, attempt, errorOf, isSimError, type Attempt } from './errors';
export {
  buildTrace,
  ArrayStore,
  DEFAULT_MAX_STEPS,
  DEFAULT_SNAPSHOT_EVERY,
  type Trace,
  type Narration,
  type Narrated,
  type Params,
  type Stop,
  type StopReason,
  type RunOptions,
  type EventBase,
  type EventStore,
  type BuildSpec,
} from './trace';
export { toArray, push, pop, peek, sizeOf, type Stack, type Cell as StackCell } from './pstack';
export { graphemes, type Grapheme } from './graphemes';
export { SIM_MESSAGES } from './messages';

export {
  checkBrackets,
  scanBrackets,
  isBalanced,
  parsePairs,
  DEFAULT_PAIRS,
  type BracketEvent,
  type BracketState,
  type BracketResult,
  type BracketOptions,
  type Opener,
} from './brackets';
export { evaluatePostfix, tokenizePostfix, validatePostfix, type PostfixEvent, type PostfixState, type PostfixOptions, type Token, type Operand } from './postfix';
export { infixToPostfix, tokenizeInfix, validateInfix, mustPop, type InfixEvent, type InfixState, type InfixToken, type StackedOp, type PopCause } from './infix';
export { OPERATORS, precedence, isRightAssoc, applyOp, type Op } from './operators';
export { reverseWithStack, type ReverseEvent, type ReverseState, type StackedGrapheme } from './reverse';
export { simulateUndo, parseEditOps, type EditOp, type Edit, type UndoEvent, type UndoState } from './undo';
export { simulateHistory, parseNavOps, type NavOp, type HistoryEvent, type HistoryState } from './history';
export { splitCommands, type Command } from './commands';

export {
  runCallStack,
  recursionTree,
  movesAt,
  memoAt,
  formatAddress,
  DEFAULT_RECURSION_LIMIT,
  DEFAULT_STACK_TOP,
  DEFAULT_WORD_SIZE,
  FRAME_OVERHEAD_SLOTS,
  type CallEvent,
  type CallState,
  type CallStackOptions,
  type CallStackResult,
  type Frame,
  type Slot,
  type ReturnAddress,
  type CallNode,
  type Move,
} from './callstack';
export { PROGRAMS, PROGRAM_IDS, formatValue, parseArgs, validateArgs, type Program, type ArgSpec, type Value } from './programs/index';

export { solveNQueens, isValidQueens, type NQueensEvent, type NQueensState } from './backtracking/nqueens';
export { solveMaze, validateMaze, MOVE_ORDER, type MazeEvent, type MazeState, type Cell, type Dir } from './backtracking/maze';
export { permutations, subsets, type ComboEvent, type ComboState, type Item } from './backtracking/combinatorics';
export { choiceTree, type ChoiceNode, type ChoiceTree } from './backtracking/choice-tree';
export { solveSudoku, validateSudoku, parseSudoku, type SudokuEvent, type SudokuState } from './backtracking/sudoku';
export type { Counters } from './backtracking/counters';

export { createExercise, sameAction, type Action, type Exercise, type ExerciseSpec, type Verdict, type Score } from './exercise';
export { bracketExercise, postfixExercise, infixExercise, nQueensExercise, mazeExercise } from './exercises';
export { generateBrackets, generateExpression, generateMaze } from './generators';
export * from './segments';
export * from './stackops';
export {
  stackPermutation,
  generateStackPermutation,
  permutationPossibleReference,
  permExercise,
  reverseExercise,
  undoExercise,
  historyExercise,
  generateReverseText,
  generateUndoOps,
  generateNavOps,
  formatEditOp,
  formatNavOp,
  predictChoices,
  modelActions,
  bracketsPredict,
  postfixPredict,
  infixPredict,
  reversePredict,
  undoPredict,
  historyPredict,
  permPredict,
  stackOpsPredict,
  type PermState,
  type PermEvent,
  type PredictSpec,
  type PredictChoice,
  type PredictQuestion,
} from './exercises-stack';
export { EXERCISE_MESSAGES } from './exercise-messages';
export { callStackExercise, generateCallStackProblem, parseArgText, callCount, nQueensPredict, CALLSTACK_EXERCISE_PROGRAMS } from './exercises-recursion';
export { RECURSION_EXERCISE_MESSAGES } from './recursion-exercise-messages';
export * from './pymalloc/index';
/**
 * The heap (chapter 6), from heap/index.ts: the allocator model (heap/model.ts), the
 * playground's script syntax (heap/syntax.ts) and the exercises' problems (heap/problems.ts).
 */
export {
  FIT_POLICIES,
  createAllocator,
  simulateAllocator,
  parseAllocOps,
  readAllocScript,
  generateAllocProblem,
  mallocEvents,
  statsOf,
  pickBlock,
  ALLOCATOR_MESSAGES,
  type FitPolicy,
  type AllocatorOptions,
  type Allocator,
  type AllocOp,
  type ScriptOp,
  type OpSource,
  type AllocScript,
  type AllocEvent,
  type AllocProblem,
  type Block,
  type HeapState,
  type HeapStats,
} from './heap/index';
/** "Pick the block this policy chooses": seeded problems, the model trace and the exercise spec. */
export {
  FIT_REQUESTS,
  generateFitProblem,
  fitTrace,
  fitExercise,
  ALLOC_FIT_MESSAGES,
  type FitProblem,
  type FitState,
  type FitEvent,
  type FitPickEvent,
} from './heap/index';
/** The seed's game server: a static array of 1000 records vs malloc on login / free on logout, over a seeded day. */
export { simulateGameServer, onlineTarget, GAME_SERVER_DEFAULTS, GAME_SERVER_MESSAGES, type GameServerOptions, type GameDay, type GameSample } from './heap/index';

/**
 * Names → objects → reference counts and CPython's cyclic GC (chapter 7).
 * `simulateObjects(program, { version, maxSteps, maxDepth })` runs a program of the object
 * language (a small Python subset; the exact syntax and the model are documented in
 * objects/syntax.ts and objects/simulate.ts) and returns `{ final, trace, output }`: frames of
 * names, live objects with reference counts, immortal/shared cached objects per version, GC
 * tracking and generations, objects freed by reference counting or by the collector, and the
 * lines printed by `print(sys.getrefcount(x))`. Bad programs throw a SimError located by
 * `params.line`/`params.column` (and `index`, the character offset).
 * `generateRefcountProblem` / `generateFateProblem` draw the chapter's exercises from a seed.
 * Graph queries on a state: `reachableIds` (what names and evaluation stacks reach),
 * `cyclesOf` (reference cycles: strongly connected components of 2+ objects or a self-reference),
 * `cycleMembers`, `stronglyConnected`, `referencedIds` (objects/graph.ts).
 */
export * from './objects/index';
