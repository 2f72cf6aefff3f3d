// A course's configuration (src/course.config.ts, the one file a fork edits): its title in both
// languages, its chapters in reading order (the book's own and the course's), the language a
// visitor lands in, and whether the Python lab is shown. Checked when the site is built, with an
// error that names the field. Pure: no Astro, so tests check it directly.
import { z } from 'astro/zod';
import { LANGS, type Lang } from '../i18n/lang';

const slug = z.string().regex(/^[0-9]{2}-[a-z0-9]+(-[a-z0-9]+)*$/, 'a chapter slug: two digits, a dash, lowercase words joined by dashes (e.g. "03-recursion")');
const text = z.string().trim().min(1, 'must not be empty');

export const courseSchema = z
  .object({
    /** The course's title, as the header, the landing page and the browser tab show it. */
    title: z.object(Object.fromEntries(LANGS.map((lang) => [lang, text])) as Record<Lang, typeof text>).strict(),
    /** The chapters in reading order, by slug (the file name without `.mdx`); numbered 1, 2, … in this order. */
    chapters: z
      .array(slug)
      .min(1, 'a course has at least one chapter')
      .refine((list) => new Set(list).size === list.length, { message: 'a chapter is listed twice' }),
    /** The language the site's root sends a visitor to when their browser asks for neither. */
    defaultLanguage: z.enum(LANGS),
    /** Whether the Python lab (its page, its sidebar link and the "Run in the lab" buttons) is shown. */
    lab: z.boolean(),
    /**
     * A folder of the course's own chapters, laid out as content/ is (`<lang>/NN-slug.mdx`), so
     * the book's own files stay untouched and pulling the book's updates never conflicts.
     */
    contentDir: z.string().min(1).optional(),
  })
  .strict();

export type Course = z.infer<typeof courseSchema>;

/** Typed input for src/course.config.ts (checked at build by `checkCourse`). */
export function defineCourse(course: Course): Course {
  return course;
}

/** A course configuration that is not valid: the message names the field and what is wrong. */
export class CourseError extends Error {
  override name = 'CourseError';
}

const where = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');

/** The configuration, checked field by field; throws a CourseError naming the first bad field. */
export function checkCourse(raw: unknown, file = 'src/course.config.ts'): Course {
  const parsed = courseSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `  ${where([...issue.path, key])}: not a field of a course configuration (${Object.keys(courseSchema.shape).join(', ')})`)
      : [`  ${where(issue.path) || '(the configuration)'}: ${issue.message}`],
  );
  throw new CourseError(`The course configuration in ${file} is not valid:\n${lines.join('\n')}`);
}

/**
 * The course's chapters in its order, numbered from 1, from the chapter files found per language
 * (`found[lang]`: slug → file). A listed chapter missing in a language is a CourseError naming
 * its place in `chapters`; chapter files the course does not list are left out of the site.
 */
export function courseChapters<T>(course: Course, found: Record<Lang, ReadonlyMap<string, T>>, lang: Lang, file = 'src/course.config.ts'): { slug: string; number: number; entry: T }[] {
  const missing: string[] = [];
  course.chapters.forEach((slug, i) => {
    for (const l of LANGS) if (!found[l].has(slug)) missing.push(`  chapters[${i}]: "${slug}" has no file ${l}/${slug}.mdx in content/${course.contentDir ? ` or ${course.contentDir}/` : ''}`);
  });
  if (missing.length > 0) throw new CourseError(`The course configuration in ${file} lists chapters that do not exist:\n${missing.join('\n')}`);
  return course.chapters.map((slug, i) => ({ slug, number: i + 1, entry: found[lang].get(slug)! }));
}
