// The teaching guide against the book and its answers: every chapter of the book has one section
// in the guide, in both languages, with the same number of assignments (two or three, numbered
// A<chapter>.1 on), and every assignment has an answer in docs/teaching-answers/<lang>.md (the
// e2e spec teaching-answers.spec.ts checks that none of those answers reaches the built site).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerProbes, answersOf, assignmentsIn, sectionsOf, searchableForms } from './teaching-guide';

const root = join(import.meta.dirname, '..', '..');
const LANGS = ['en', 'ko'] as const;
type Lang = (typeof LANGS)[number];

/** The book's chapters in one language: slug and number, from the files and their frontmatter. */
function chaptersOf(lang: Lang): { slug: string; number: number }[] {
  const dir = join(root, 'content', lang);
  return readdirSync(dir)
    .filter((name) => /^\d\d-.*\.mdx$/.test(name))
    .map((name) => {
      const number = Number(/^chapter:\s*(\d+)\s*$/m.exec(readFileSync(join(dir, name), 'utf8'))?.[1]);
      return { slug: name.replace(/\.mdx$/, ''), number };
    })
    .sort((a, b) => a.number - b.number);
}

const guide = (lang: Lang): string => readFileSync(join(root, 'content', lang, 'teaching-guide.mdx'), 'utf8');
const answers = (lang: Lang): string => readFileSync(join(root, 'docs', 'teaching-answers', `${lang}.md`), 'utf8');

/** Per chapter number: the labels of the assignments its section sets. */
function assignmentsByChapter(lang: Lang): Map<number, string[]> {
  const sections = sectionsOf(guide(lang));
  const byChapter = new Map<number, string[]>();
  for (const { slug, number } of chaptersOf(lang)) {
    // A chapter's section is the one that links to the chapter.
    const own = sections.filter((s) => s.body.includes(`](../${slug}/)`));
    expect(own.map((s) => s.heading), `${lang}: sections linking to ${slug}`).toHaveLength(1);
    const set = assignmentsIn(own[0]!.body);
    expect(set.every((a) => a.chapter === number), `${lang} ${slug}: ${set.map((a) => a.id).join(' ')}`).toBe(true);
    expect(set.map((a) => a.index), `${lang} ${slug}: numbered from 1`).toEqual(set.map((_, i) => i + 1));
    byChapter.set(number, set.map((a) => a.id));
  }
  return byChapter;
}

describe('teaching guide', () => {
  it('has the same chapters in both languages as the book', () => {
    expect(chaptersOf('ko')).toEqual(chaptersOf('en'));
    expect(chaptersOf('en').length).toBeGreaterThanOrEqual(7);
  });

  for (const lang of LANGS) {
    it(`${lang}: one section per chapter, each setting two or three assignments`, () => {
      const byChapter = assignmentsByChapter(lang);
      expect([...byChapter.keys()]).toEqual(chaptersOf(lang).map((c) => c.number));
      for (const [chapter, ids] of byChapter) expect(ids.length, `chapter ${chapter}`).toBeGreaterThanOrEqual(2);
      for (const [chapter, ids] of byChapter) expect(ids.length, `chapter ${chapter}`).toBeLessThanOrEqual(3);
      // No assignment set outside the chapters' sections.
      expect(assignmentsIn(guide(lang)).map((a) => a.id)).toEqual([...byChapter.values()].flat());
    });
  }

  it('sets the same assignments in English and Korean', () => {
    expect(assignmentsByChapter('ko')).toEqual(assignmentsByChapter('en'));
  });

  for (const lang of LANGS) {
    it(`${lang}: every assignment has an answer, and every answer an assignment`, () => {
      const set = [...assignmentsByChapter(lang).values()].flat();
      const given = answersOf(answers(lang));
      expect([...given.keys()]).toEqual(set);
      for (const [id, text] of given) {
        // Each answer has sentences of its own for the built-site check to look for.
        expect(answerProbes(text).length, `${lang} ${id}`).toBeGreaterThan(0);
      }
    });

    it(`${lang}: the guide itself gives no answer away`, () => {
      const text = searchableForms(guide(lang));
      const leaked = [...answersOf(answers(lang))].flatMap(([id, answer]) =>
        answerProbes(answer)
          .filter((probe) => text.some((form) => form.includes(probe)))
          .map((probe) => `${id}: ${probe}`),
      );
      expect(leaked).toEqual([]);
    });
  }
});

describe('answer probes', () => {
  it('are the prose sentences of an answer, without code, tables or Markdown marks', () => {
    const answer = [
      'The list `[a, a]` is freed at **this** statement, because nothing refers to it.',
      '',
      '```python',
      'print("a line of code that is long enough to count as a sentence")',
      '```',
      '',
      '| a table row that is long enough to count as a sentence | x |',
      '- A list item whose text is long enough to be a probe of its own.',
      'Short one.',
    ].join('\n');
    expect(answerProbes(answer)).toEqual([
      'The list [a, a] is freed at this statement, because nothing refers to it.',
      'A list item whose text is long enough to be a probe of its own.',
    ]);
  });

  it('find a sentence in a page however its markup splits it', () => {
    const [probe] = answerProbes('The list `[a, a]` is freed at this statement, because nothing refers to it.');
    const page = '<p>The list <code>[a, a]</code> is freed at this\n  statement, because nothing refers to it.</p>';
    const json = '{"content":"The list [a, a] is freed at this statement, because nothing refers to it."}';
    expect(searchableForms(page).some((form) => form.includes(probe!))).toBe(true);
    expect(searchableForms(json).some((form) => form.includes(probe!))).toBe(true);
    expect(searchableForms('<p>The list is freed later.</p>').some((form) => form.includes(probe!))).toBe(false);
  });
});
