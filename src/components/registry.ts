// The island registry: every island a chapter can place, in one table. It drives which strings
// each island gets (`islandMessages`), the graded exercises the progress page lists and keys
// progress by, and the e2e lists; registry.test.ts ties it to the chapters (every island a
// chapter uses is here, and every entry here is used by the chapters it names).
// Server side and tests only: islands never import it.
import type { Lang } from '../i18n/lang';
import { select } from '../i18n/messages';
import type { Messages } from '../i18n/render';

export type IslandKind = 'player' | 'exercise' | 'quiz' | 'predict' | 'view';

/** Props of a mount point beyond `lang` and `headingLevel`, as a chapter would write them. */
export type ExampleProps = Readonly<Record<string, string | number>>;

export interface IslandEntry {
  /** Stable id (embeds and catalogues name islands by it). */
  readonly id: string;
  /** The mount point chapters import, relative to src/components/. */
  readonly mount: string;
  /** For a mount point with several registered uses: the value of its selecting prop (`kind`, or PredictStep's `algorithm`). */
  readonly variant?: string;
  /** The chapters (slugs) that place it. */
  readonly chapters: readonly string[];
  readonly kind: IslandKind;
  /** Message key of its heading. */
  readonly title: string;
  /** Graded islands record progress under this id: never rename one that has shipped. */
  readonly progressId?: string;
  /**
   * The strings it ships, as message domains (see `select` in i18n/messages.ts): 'x.' a subtree,
   * 'x.*' direct children, an exact key, or '!part' to leave out keys containing part.
   */
  readonly messages: readonly string[];
  /**
   * The props it is placed with where no chapter gives them (its embed page, a catalogue): the
   * mount point's required props (and the selecting prop of a `variant`). Absent: the defaults do.
   */
  readonly example?: ExampleProps;
}

// Domain groups several islands share.
const PLAYER = ['player.', 'players.common.', 'stop.', '!.why.'];
const EXERCISE = ['exercise.*', 'exercise.view.', 'player.', 'progress.notSaved'];
const SEGMENTS = ['seg.', 'region.', 'map.', 'item.', 'why.', 'hint.', 'c.', 'py.', 'quiz.'];
const HEAP_MAP = ['heap.policy.', 'heap.rule.', 'heap.map.'];
const PREDICT = ['predict.', 'exercise.view.', 'quiz.reveal.shown'];

/** A step-by-step exercise placed as `<Exercise kind="<name>" />` (its kind: src/sim/exercises/kinds/<name>.ts). */
const exercise = (name: string, chapter: string, progressId: string, sim: readonly string[]): IslandEntry => ({
  id: `${name}-exercise`,
  mount: 'exercise/Exercise.astro',
  variant: name,
  chapters: [chapter],
  kind: 'exercise',
  title: `exercise.${name}.heading`,
  progressId,
  messages: [...EXERCISE, `exercise.${name}.`, ...sim],
  example: { kind: name },
});

/** A player of chapters 2 and 4 (TracePlayer over one core algorithm). */
const stackPlayer = (name: string, mount: string, chapter: string, sim: readonly string[]): IslandEntry => ({
  id: `${name}-player`,
  mount: `stacks/${mount}.astro`,
  chapters: [chapter],
  kind: 'player',
  title: `players.${name}.title`,
  messages: [...PLAYER, `players.${name}.`, ...sim],
});

/** A "what happens next?" question over one algorithm's trace (PredictStep); `example`: its question in the chapter. */
const predictStep = (algorithm: string, chapter: string, sim: readonly string[], example: { input: string; step: number }): IslandEntry => ({
  id: `predict-${algorithm}`,
  mount: 'exercise/PredictStep.astro',
  variant: algorithm,
  chapters: [chapter],
  kind: 'predict',
  title: 'predict.heading',
  progressId: `ch${Number(chapter.slice(0, 2))}.predict-${algorithm}`,
  messages: [...PREDICT, `ex.predict.${algorithm}.`, 'ex.predict.question.', ...sim],
  example: { algorithm, ...example },
});

export const ISLANDS: readonly IslandEntry[] = [
  // Chapter 1
  { id: 'address-space-map', mount: 'AddressSpaceMap.astro', chapters: ['01-memory-layout'], kind: 'view', title: 'map.heading', messages: SEGMENTS },
  {
    id: 'segment-exercise',
    mount: 'SegmentExercise.astro',
    chapters: ['01-memory-layout'],
    kind: 'quiz',
    title: 'quiz.heading',
    progressId: 'ch1.segments',
    messages: SEGMENTS,
  },
  // Chapter 2
  stackPlayer('stack', 'StackPlayer', '02-the-stack', ['stackops.', 'error.commands.']),
  exercise('perm', '02-the-stack', 'ch2.stack-permutation', ['ex.perm.']),
  predictStep('stack', '02-the-stack', ['stackops.'], { input: 'push 1, push 2, pop, push 3, pop, pop', step: 4 }),
  // Chapter 3
  {
    id: 'callstack-player',
    mount: 'recursion/CallStackPlayer.astro',
    chapters: ['03-recursion'],
    kind: 'player',
    title: 'players.callstack.title',
    messages: [...PLAYER, 'players.callstack.', 'tree.', 'callstack.', 'error.callstack.'],
    example: { program: 'factorial', arg: '4' },
  },
  {
    id: 'predict-return',
    mount: 'recursion/PredictReturn.astro',
    chapters: ['03-recursion'],
    kind: 'predict',
    title: 'predictReturn.heading',
    progressId: 'ch3.predict-return',
    messages: ['predictReturn.', 'quiz.reveal.'],
    example: { program: 'fibonacci', arg: '4' },
  },
  exercise('callstack', '03-recursion', 'ch3.callstack', ['callstack.', 'error.callstack.']),
  {
    id: 'fib-count',
    mount: 'recursion/FibCallCount.astro',
    chapters: ['03-recursion'],
    kind: 'quiz',
    title: 'fibcount.heading',
    progressId: 'ch3.fib-count',
    messages: ['fibcount.', 'quiz.reveal.'],
  },
  // Chapter 4
  stackPlayer('reverse', 'ReversePlayer', '04-stacks-at-work', ['reverse.']),
  stackPlayer('brackets', 'BracketsPlayer', '04-stacks-at-work', ['brackets.', 'error.brackets.']),
  stackPlayer('postfix', 'PostfixPlayer', '04-stacks-at-work', ['postfix.', 'error.postfix.']),
  stackPlayer('infix', 'InfixPlayer', '04-stacks-at-work', ['infix.', 'error.infix.']),
  stackPlayer('undo', 'UndoPlayer', '04-stacks-at-work', ['undo.', 'error.undo.', 'error.commands.']),
  stackPlayer('history', 'HistoryPlayer', '04-stacks-at-work', ['history.', 'error.history.', 'error.commands.']),
  exercise('brackets', '04-stacks-at-work', 'ch4.brackets', ['brackets.']),
  exercise('postfix', '04-stacks-at-work', 'ch4.postfix', ['postfix.']),
  exercise('infix', '04-stacks-at-work', 'ch4.infix', ['infix.']),
  exercise('reverse', '04-stacks-at-work', 'ch4.reverse', ['reverse.', 'ex.reverse.']),
  exercise('undo', '04-stacks-at-work', 'ch4.undo', ['undo.', 'ex.undo.']),
  exercise('history', '04-stacks-at-work', 'ch4.history', ['history.', 'ex.history.']),
  predictStep('brackets', '04-stacks-at-work', ['brackets.'], { input: '([)]', step: 2 }),
  predictStep('infix', '04-stacks-at-work', ['infix.'], { input: 'a - b + c', step: 3 }),
  // Chapter 5
  {
    id: 'nqueens-player',
    mount: 'backtracking/NQueensPlayer.astro',
    chapters: ['05-backtracking'],
    kind: 'player',
    title: 'players.nqueens.title',
    messages: [...PLAYER, 'bt.', 'players.nqueens.', 'nqueens.'],
  },
  {
    id: 'nqueens-exercise',
    mount: 'backtracking/NQueensExercise.astro',
    chapters: ['05-backtracking'],
    kind: 'exercise',
    title: 'exercise.nqueens.heading',
    progressId: 'ch5.nqueens',
    messages: [...EXERCISE, 'exercise.nqueens.', 'nqueens.', 'bt.'],
  },
  {
    id: 'predict-backtrack',
    progressId: 'ch5.predict-backtrack',
    mount: 'backtracking/PredictBacktrack.astro',
    chapters: ['05-backtracking'],
    kind: 'predict',
    title: 'predict.heading',
    messages: [...PREDICT, 'exercise.nqueens.stack', 'exercise.nqueens.boardRow'],
    example: { n: 4, step: 9 },
  },
  {
    id: 'maze-player',
    mount: 'backtracking/MazePlayer.astro',
    chapters: ['05-backtracking'],
    kind: 'player',
    title: 'players.maze.title',
    messages: [...PLAYER, 'bt.', 'players.maze.', 'maze.', 'error.maze.'],
  },
  {
    id: 'maze-exercise',
    mount: 'backtracking/MazeExercise.astro',
    chapters: ['05-backtracking'],
    kind: 'exercise',
    title: 'exercise.maze.heading',
    progressId: 'ch5.maze',
    messages: [...EXERCISE, 'exercise.maze.', 'maze.', 'bt.', 'players.maze.'],
  },
  {
    id: 'choice-tree-player',
    mount: 'backtracking/ChoiceTreePlayer.astro',
    chapters: ['05-backtracking'],
    kind: 'player',
    title: 'players.choice.title',
    messages: [...PLAYER, 'bt.', 'players.choice.', 'subsets.', 'permutations.'],
    example: { mode: 'subsets', items: 'a, b, c' },
  },
  {
    id: 'sudoku-player',
    mount: 'backtracking/SudokuPlayer.astro',
    chapters: ['05-backtracking'],
    kind: 'player',
    title: 'players.sudoku.title',
    messages: [...PLAYER, 'bt.', 'players.sudoku.', 'sudoku.', 'error.sudoku.'],
  },
  // Chapter 6
  {
    id: 'allocator-playground',
    mount: 'heap/AllocatorPlayground.astro',
    chapters: ['06-the-heap'],
    kind: 'player',
    title: 'heap.play.title',
    messages: ['player.', 'stop.', 'alloc.', 'error.alloc.', ...HEAP_MAP, 'heap.stats.', 'heap.play.', '!.why.'],
  },
  {
    id: 'game-server',
    mount: 'heap/GameServerSim.astro',
    chapters: ['06-the-heap'],
    kind: 'view',
    title: 'heap.game.title',
    messages: ['heap.game.', 'error.game.'],
  },
  {
    id: 'allocator-exercise',
    mount: 'heap/AllocatorExercise.astro',
    chapters: ['06-the-heap'],
    kind: 'exercise',
    title: 'exercise.allocfit.heading',
    progressId: 'ch6.allocator-fit',
    messages: [...EXERCISE, 'exercise.allocfit.', 'allocfit.', 'alloc.', ...HEAP_MAP],
  },
  // Chapter 7
  {
    id: 'layer-diagram',
    mount: 'cpython/LayerDiagram.astro',
    chapters: ['07-cpython-memory'],
    kind: 'view',
    title: 'cpy.layers.heading',
    messages: ['cpy.layers.', 'layers.'],
  },
  {
    id: 'pymalloc-visualizer',
    mount: 'cpython/PymallocVisualizer.astro',
    chapters: ['07-cpython-memory'],
    kind: 'player',
    title: 'pmv.heading',
    messages: ['player.', 'stop.', 'pymalloc.', 'error.pymalloc.', 'pmv.', 'load.'],
  },
  {
    id: 'size-class-exercise',
    mount: 'cpython/SizeClassExercise.astro',
    chapters: ['07-cpython-memory'],
    kind: 'quiz',
    title: 'scx.heading',
    progressId: 'ch7.size-class',
    messages: ['scx.', 'sizeClass.', 'quiz.reveal.'],
  },
  {
    id: 'list-growth-player',
    mount: 'cpython/ListGrowthPlayer.astro',
    chapters: ['07-cpython-memory'],
    kind: 'player',
    title: 'cpy.growth.heading',
    messages: ['cpy.growth.', 'player.', 'error.pymalloc.'],
  },
  {
    id: 'object-graph-player',
    mount: 'cpython/ObjectGraphPlayer.astro',
    chapters: ['07-cpython-memory'],
    kind: 'player',
    title: 'objgraph.title',
    messages: ['player.', 'stop.', 'objects.', 'error.objects.', 'error.pymalloc.unknownVersion', 'objgraph.', 'load.'],
  },
  {
    id: 'refcount-exercise',
    mount: 'cpython/RefcountExercise.astro',
    chapters: ['07-cpython-memory'],
    kind: 'quiz',
    title: 'refquiz.heading',
    progressId: 'ch7.refcounts',
    messages: ['quiz.', 'refquiz.', 'objects.explain.', 'load.'],
  },
  {
    id: 'refcount-or-gc-exercise',
    mount: 'cpython/RefcountOrGcExercise.astro',
    chapters: ['07-cpython-memory'],
    kind: 'quiz',
    title: 'fatequiz.heading',
    progressId: 'ch7.refcount-or-gc',
    messages: ['quiz.', 'fatequiz.', 'objects.explain.', 'load.'],
  },
];

/** The entry with this id (a typo in a mount point fails the build with the id). */
export function island(id: string): IslandEntry {
  const entry = ISLANDS.find((e) => e.id === id);
  if (!entry) throw new Error(`No island '${id}' in src/components/registry.ts`);
  return entry;
}

/** The strings island `id` ships, in `lang`. */
export function islandMessages(id: string, lang: Lang): Messages {
  return select(lang, island(id).messages);
}

/** What a graded island's mount point passes it: its strings and the id its progress is recorded under. */
export function gradedProps(id: string, lang: Lang): { messages: Messages; progressId: string } {
  const { progressId } = island(id);
  if (!progressId) throw new Error(`Island '${id}' is not graded (no progressId in src/components/registry.ts)`);
  return { messages: islandMessages(id, lang), progressId };
}

export type GradedEntry = IslandEntry & { readonly progressId: string };

/** The graded islands, in book order: what the progress page lists. */
export const GRADED = ISLANDS.filter((e): e is GradedEntry => e.progressId !== undefined);

/** Message key of a graded island's title on the progress page (shorter than its heading). */
export const progressTitle = (e: GradedEntry): string => `progress.title.${e.progressId}`;

/** Message key of an island's name where islands are listed (embeds): a graded one's progress title, else its heading. */
export const islandName = (e: IslandEntry): string => (e.progressId ? progressTitle(e as GradedEntry) : e.title);
