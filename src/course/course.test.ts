// The course configuration a fork edits: the book's own passes; each kind of mistake stops the
// build with the field named; the chapters come out in the course's order, numbered from 1.
import { describe, expect, it } from 'vitest';
import book from '../course.config';
import { checkCourse, courseChapters, CourseError, type Course } from './course';

const valid: Course = { title: { en: 'Memory', ko: '메모리' }, chapters: ['02-the-stack', '01-memory-layout'], defaultLanguage: 'ko', lab: false };
const errorOf = (raw: unknown): string => {
  try {
    checkCourse(raw, 'my.config.ts');
  } catch (e) {
    if (e instanceof CourseError) return e.message;
    throw e;
  }
  return 'valid';
};

describe('checkCourse', () => {
  it("accepts the book's own configuration and a course's", () => {
    expect(checkCourse(book)).toEqual(book);
    expect(checkCourse(valid)).toEqual(valid);
  });

  it.each([
    ['a missing Korean title', { ...valid, title: { en: 'Memory' } }, 'title.ko'],
    ['an empty title', { ...valid, title: { en: ' ', ko: '메모리' } }, 'title.en: must not be empty'],
    ['a language the book does not have', { ...valid, title: { en: 'M', ko: '메', fr: 'Mémoire' } }, 'title'],
    ['no chapters', { ...valid, chapters: [] }, 'chapters: a course has at least one chapter'],
    ['a chapter listed twice', { ...valid, chapters: ['01-memory-layout', '01-memory-layout'] }, 'chapters: a chapter is listed twice'],
    ['a file name instead of a slug', { ...valid, chapters: ['01-memory-layout', '03-recursion.mdx'] }, 'chapters[1]: a chapter slug'],
    ['an unknown default language', { ...valid, defaultLanguage: 'fr' }, 'defaultLanguage'],
    ['lab as a string', { ...valid, lab: 'yes' }, 'lab'],
    ['a misspelt field', { ...valid, chapter: [] }, 'chapter'],
  ])('refuses %s, naming the field and the file', (_, raw, field) => {
    const message = errorOf(raw);
    expect(message).toContain('my.config.ts');
    expect(message).toContain(`  ${field}`);
  });
});

describe('courseChapters', () => {
  const files = (slugs: string[]) => new Map(slugs.map((s) => [s, `file:${s}`]));
  it("lists the course's chapters in its order, numbered from 1, and leaves the others out", () => {
    const found = { en: files(['01-memory-layout', '02-the-stack', '03-recursion']), ko: files(['01-memory-layout', '02-the-stack', '03-recursion']) };
    expect(courseChapters(valid, found, 'ko')).toEqual([
      { slug: '02-the-stack', number: 1, entry: 'file:02-the-stack' },
      { slug: '01-memory-layout', number: 2, entry: 'file:01-memory-layout' },
    ]);
  });

  it('names a listed chapter that has no file in a language', () => {
    const found = { en: files(['01-memory-layout', '02-the-stack']), ko: files(['02-the-stack']) };
    expect(() => courseChapters(valid, found, 'en', 'my.config.ts')).toThrow(/my\.config\.ts[\s\S]*chapters\[1\]: "01-memory-layout" has no file ko\/01-memory-layout\.mdx/);
  });
});
