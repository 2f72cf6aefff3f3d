import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Numbered chapters: content/<lang>/NN-slug.mdx, the same slugs in both languages. */
const chapters = defineCollection({
  loader: glob({ base: './content', pattern: '*/[0-9][0-9]-*.mdx' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    chapter: z.number().int().positive(),
    minutes: z.number().int().positive(),
    objectives: z.array(z.string()).min(1),
  }),
});

/** Book pages outside the chapter sequence: glossary, for instructors. */
const pages = defineCollection({
  loader: glob({ base: './content', pattern: '*/[a-z]*.mdx' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
  }),
});

export const collections = { chapters, pages };
