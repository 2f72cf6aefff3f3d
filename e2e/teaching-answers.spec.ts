import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { test, expect } from '@playwright/test';
import { answerProbes, answersOf, searchableForms } from '../src/markdown/teaching-guide';
import { openPage } from './pages';

// The teaching guide's answers live in docs/teaching-answers/, which the build must never
// publish: no file of the built site (pages, scripts, the search index, whose fragments are
// gzipped) may hold a sentence of any answer. The guide itself is reached from the instructors
// page, not from the students' sidebar.

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');

/** Every file of the built site, with its path relative to dist/. */
function builtFiles(): { path: string; full: string }[] {
  const files: { path: string; full: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push({ path: relative(DIST, full).split(sep).join('/'), full });
    }
  };
  walk(DIST);
  return files;
}

/** A file's text (gunzipped when gzip), or null for binary content, which cannot hold prose. */
function textOf(full: string): string | null {
  let bytes = readFileSync(full);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  if (bytes.subarray(0, 4096).includes(0)) return null;
  return bytes.toString('utf8');
}

test('no answer to the teaching guide reaches the built site', () => {
  const files = builtFiles();
  // The site was built, with the guide in it (so the search below covers a real build).
  expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['en/teaching-guide/index.html', 'ko/teaching-guide/index.html']));
  expect(files.filter((f) => f.path.startsWith('pagefind/')).length).toBeGreaterThan(0);
  expect(files.filter((f) => /teaching-answers/.test(f.path))).toEqual([]);

  const probes = ['en', 'ko'].flatMap((lang) =>
    [...answersOf(readFileSync(join(ROOT, 'docs', 'teaching-answers', `${lang}.md`), 'utf8'))].flatMap(([id, answer]) =>
      answerProbes(answer).map((probe) => ({ id: `${lang} ${id}`, probe })),
    ),
  );
  expect(probes.length).toBeGreaterThan(100);

  const leaks: string[] = [];
  let searched = 0;
  for (const { path, full } of files) {
    const text = textOf(full);
    if (text === null) continue;
    searched++;
    const forms = searchableForms(text);
    for (const { id, probe } of probes) if (forms.some((form) => form.includes(probe))) leaks.push(`${path}: ${id}: ${probe}`);
  }
  expect(searched).toBeGreaterThan(10);
  expect(leaks).toEqual([]);
});

for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: the teaching guide is linked from the instructors page, not from the sidebar`, async ({ page }) => {
    await openPage(page, `${lang}/instructors/`);
    const link = page.locator('main a[href$="/teaching-guide/"]');
    await expect(link).toHaveCount(1);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/teaching-guide/$`));
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('#book-nav a[href$="/teaching-guide/"]')).toHaveCount(0);
    // Every chapter is linked from its section of the guide.
    const chapters = readdirSync(join(ROOT, 'content', lang)).filter((name) => /^\d\d-.*\.mdx$/.test(name));
    await expect(page.locator('article a[href*="/0"]')).toHaveCount(chapters.length);
  });
}
