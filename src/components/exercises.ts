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
];

export function exerciseInfo(id: string): ExerciseInfo | undefined {
  return EXERCISES.find((e) => e.id === id);
}
