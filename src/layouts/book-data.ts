import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGS, type Lang } from '../i18n/lang';
import { splitEntryId } from '../i18n/paths';
import { COURSE, COURSE_FILE } from '../course/active';
import { courseChapters } from '../course/course';

export type ChapterEntry = CollectionEntry<'chapters'> | CollectionEntry<'courseChapters'>;
export type BookPage = CollectionEntry<'pages'>;

/** A chapter of the course: its slug, its number (its place in the course, from 1) and its file. */
export interface Chapter {
  slug: string;
  number: number;
  entry: ChapterEntry;
}

/** Every chapter file per language (the book's and the course's own), by slug. */
async function chapterFiles(): Promise<Record<Lang, Map<string, ChapterEntry>>> {
  // The course's own chapters only when it has a folder of them (else Astro warns of an empty collection).
  const all: ChapterEntry[] = [...(await getCollection('chapters')), ...(COURSE.contentDir ? await getCollection('courseChapters') : [])];
  const out = Object.fromEntries(LANGS.map((lang) => [lang, new Map<string, ChapterEntry>()])) as Record<Lang, Map<string, ChapterEntry>>;
  for (const entry of all) {
    const { lang, slug } = splitEntryId(entry.id);
    out[lang].set(slug, entry);
  }
  return out;
}

/** A language's chapters in the course's order (src/course.config.ts), numbered from 1. */
export async function chaptersOf(lang: Lang): Promise<Chapter[]> {
  return courseChapters(COURSE, await chapterFiles(), lang, COURSE_FILE);
}

/** A language's pages outside the chapter sequence, by slug. */
export async function pagesOf(lang: Lang): Promise<Map<string, BookPage>> {
  const all = await getCollection('pages', (entry) => splitEntryId(entry.id).lang === lang);
  return new Map(all.map((page) => [splitEntryId(page.id).slug, page]));
}

/** The order of the extra pages in the sidebar. */
export const EXTRA_PAGES = ['glossary', 'instructors'] as const;
