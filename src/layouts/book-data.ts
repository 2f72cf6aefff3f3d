import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../i18n/lang';
import { splitEntryId } from '../i18n/paths';

export type Chapter = CollectionEntry<'chapters'>;
export type BookPage = CollectionEntry<'pages'>;

/** A language's chapters in reading order. */
export async function chaptersOf(lang: Lang): Promise<Chapter[]> {
  const all = await getCollection('chapters', (entry) => splitEntryId(entry.id).lang === lang);
  return all.sort((a, b) => a.data.chapter - b.data.chapter);
}

/** A language's pages outside the chapter sequence, by slug. */
export async function pagesOf(lang: Lang): Promise<Map<string, BookPage>> {
  const all = await getCollection('pages', (entry) => splitEntryId(entry.id).lang === lang);
  return new Map(all.map((page) => [splitEntryId(page.id).slug, page]));
}

/** The order of the extra pages in the sidebar. */
export const EXTRA_PAGES = ['glossary', 'instructors'] as const;
