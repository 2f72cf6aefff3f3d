import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { COURSE } from './course/active';

const CHAPTER_FILES = '*/[0-9][0-9]-*.mdx';
const chapterSchema = z.object({
  title: z.string(),
  description: z.string(),
  /** The book's own numbering; a course numbers its chapters by their order in src/course.config.ts. */
  chapter: z.number().int().positive().optional(),
  minutes: z.number().int().positive(),
  objectives: z.array(z.string()).min(1),
});

/** The book's chapters: content/<lang>/NN-slug.mdx, the same slugs in both languages. */
const chapters = defineCollection({ loader: glob({ base: './content', pattern: CHAPTER_FILES }), schema: chapterSchema });

/** A course's own chapters, in its `contentDir` laid out the same way (none by default). */
const courseChapters = defineCollection({
  loader: COURSE.contentDir ? glob({ base: COURSE.contentDir, pattern: CHAPTER_FILES }) : { name: 'no-course-chapters', load: async () => {} },
  schema: chapterSchema,
});

/** Book pages outside the chapter sequence: glossary, for instructors. */
const pages = defineCollection({
  loader: glob({ base: './content', pattern: '*/[a-z]*.mdx' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
  }),
});

export const collections = { chapters, courseChapters, pages };
