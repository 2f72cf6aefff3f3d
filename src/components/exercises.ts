/** Every exercise of the book, so the progress page can list them per chapter. */
export interface ExerciseInfo {
  /** Stable id used as the progress key: never rename one that has shipped. */
  id: string;
  chapter: number;
  /** The chapter's slug (the same in both languages). */
  slug: string;
  /** Message key of its title on the progress page. */
  title: string;
}

export const EXERCISES: readonly ExerciseInfo[] = [
  {
    id: 'ch1.segments',
    chapter: 1,
    slug: '01-memory-layout',
    title: 'progress.title.ch1.segments',
  },
  {
    id: 'ch2.stack-permutation',
    chapter: 2,
    slug: '02-the-stack',
    title: 'progress.title.ch2.stack-permutation',
  },
  {
    id: 'ch4.brackets',
    chapter: 4,
    slug: '04-stacks-at-work',
    title: 'progress.title.ch4.brackets',
  },
  {
    id: 'ch4.postfix',
    chapter: 4,
    slug: '04-stacks-at-work',
    title: 'progress.title.ch4.postfix',
  },
  {
    id: 'ch4.infix',
    chapter: 4,
    slug: '04-stacks-at-work',
    title: 'progress.title.ch4.infix',
  },
  {
    id: 'ch4.reverse',
    chapter: 4,
    slug: '04-stacks-at-work',
    title: 'progress.title.ch4.reverse',
  },
  {
    id: 'ch4.undo',
    chapter: 4,
    slug: '04-stacks-at-work',
    title: 'progress.title.ch4.undo',
  },
  {
    id: 'ch4.history',
    chapter: 4,
    slug: '04-stacks-at-work',
    title: 'progress.title.ch4.history',
  },
  {
    id: 'ch3.callstack',
    chapter: 3,
    slug: '03-recursion',
    title: 'progress.title.ch3.callstack',
  },
  {
    id: 'ch3.fib-count',
    chapter: 3,
    slug: '03-recursion',
    title: 'progress.title.ch3.fib-count',
  },
  {
    id: 'ch5.nqueens',
    chapter: 5,
    slug: '05-backtracking',
    title: 'progress.title.ch5.nqueens',
  },
  {
    id: 'ch5.maze',
    chapter: 5,
    slug: '05-backtracking',
    title: 'progress.title.ch5.maze',
  },
  {
    id: 'ch6.allocator-fit',
    chapter: 6,
    slug: '06-the-heap',
    title: 'progress.title.ch6.allocator-fit',
  },
  {
    id: 'ch7.size-class',
    chapter: 7,
    slug: '07-cpython-memory',
    title: 'progress.title.ch7.size-class',
  },
  {
    id: 'ch7.refcounts',
    chapter: 7,
    slug: '07-cpython-memory',
    title: 'progress.title.ch7.refcounts',
  },
  {
    id: 'ch7.refcount-or-gc',
    chapter: 7,
    slug: '07-cpython-memory',
    title: 'progress.title.ch7.refcount-or-gc',
  },
];

export function exerciseInfo(id: string): ExerciseInfo | undefined {
  return EXERCISES.find((e) => e.id === id);
}
