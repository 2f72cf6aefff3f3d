import type { Lang } from '../i18n/lang';

/** Every exercise of the book, so the progress page can list them per chapter. */
export interface ExerciseInfo {
  /** Stable id used as the progress key: never rename one that has shipped. */
  id: string;
  chapter: number;
  /** The chapter's slug (the same in both languages). */
  slug: string;
  title: Record<Lang, string>;
}

export const EXERCISES: readonly ExerciseInfo[] = [
  {
    id: 'ch1.segments',
    chapter: 1,
    slug: '01-memory-layout',
    title: { en: 'Which segment?', ko: '어느 영역일까?' },
  },
  {
    id: 'ch2.stack-permutation',
    chapter: 2,
    slug: '02-the-stack',
    title: { en: 'Make the target order with a stack', ko: '스택으로 목표 순서 만들기' },
  },
  {
    id: 'ch4.brackets',
    chapter: 4,
    slug: '04-stacks-at-work',
    title: { en: 'Check the brackets yourself', ko: '직접 괄호 검사하기' },
  },
  {
    id: 'ch4.postfix',
    chapter: 4,
    slug: '04-stacks-at-work',
    title: { en: 'Evaluate postfix yourself', ko: '직접 후위 표기식 계산하기' },
  },
  {
    id: 'ch4.infix',
    chapter: 4,
    slug: '04-stacks-at-work',
    title: { en: 'Convert infix to postfix yourself', ko: '직접 중위식을 후위식으로 바꾸기' },
  },
  {
    id: 'ch4.reverse',
    chapter: 4,
    slug: '04-stacks-at-work',
    title: { en: 'Reverse a word with a stack', ko: '스택으로 단어 뒤집기' },
  },
  {
    id: 'ch4.undo',
    chapter: 4,
    slug: '04-stacks-at-work',
    title: { en: 'Run undo and redo', ko: '실행 취소와 다시 실행' },
  },
  {
    id: 'ch4.history',
    chapter: 4,
    slug: '04-stacks-at-work',
    title: { en: 'The back and forward buttons', ko: '뒤로 가기와 앞으로 가기' },
  },
  {
    id: 'ch3.callstack',
    chapter: 3,
    slug: '03-recursion',
    title: { en: 'Push or pop? The call stack step by step', ko: 'push 일까 pop 일까? 호출 스택 단계별로' },
  },
  {
    id: 'ch3.fib-count',
    chapter: 3,
    slug: '03-recursion',
    title: { en: 'Count the calls of fib(n)', ko: 'fib(n)의 호출 횟수 세기' },
  },
  {
    id: 'ch5.nqueens',
    chapter: 5,
    slug: '05-backtracking',
    title: { en: 'Place the queens', ko: '퀸 놓기' },
  },
  {
    id: 'ch5.maze',
    chapter: 5,
    slug: '05-backtracking',
    title: { en: 'Be the rat in the maze', ko: '미로 속의 쥐가 되어 보기' },
  },
  {
    id: 'ch6.allocator-fit',
    chapter: 6,
    slug: '06-the-heap',
    title: { en: 'Pick the block the policy chooses', ko: '배치 정책이 고를 블록 찾기' },
  },
  {
    id: 'ch7.size-class',
    chapter: 7,
    slug: '07-cpython-memory',
    title: { en: 'Size class and pool of a request', ko: '요청의 크기 등급과 풀 맞히기' },
  },
  {
    id: 'ch7.refcounts',
    chapter: 7,
    slug: '07-cpython-memory',
    title: { en: 'Predict the reference counts', ko: '참조 카운트 예측하기' },
  },
  {
    id: 'ch7.refcount-or-gc',
    chapter: 7,
    slug: '07-cpython-memory',
    title: { en: 'Reference counting or the cyclic GC?', ko: '참조 카운팅일까, 순환 GC일까?' },
  },
];

export function exerciseInfo(id: string): ExerciseInfo | undefined {
  return EXERCISES.find((e) => e.id === id);
}
