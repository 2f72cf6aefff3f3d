// The course this site is: a fork edits this file (and only this file) to make the book its own
// course. Checked when the site is built; a mistake stops the build with the field named.
// Chapters are listed by slug: the book's own are in content/<lang>/; a course's own go in
// `contentDir` (same layout) — see "Add a chapter" on the instructors page.
import { defineCourse } from './course/course';

export default defineCourse({
  title: { en: 'Stack & Heap', ko: '스택과 힙' },
  chapters: ['01-memory-layout', '02-the-stack', '03-recursion', '04-stacks-at-work', '05-backtracking', '06-the-heap', '07-cpython-memory'],
  defaultLanguage: 'en',
  lab: true,
});
