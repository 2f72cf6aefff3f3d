// A course of one's own (issue 14): a second build of the book with a course file that drops
// chapters, reorders them, adds one of its own, lands in Korean and hides the lab. The added
// chapter is the authoring guide's own example, taken from the guide's text in each language,
// so the guide cannot rot. The sidebar, the pager, the landing page, the site root and search
// must all follow the course file.
import { test, expect, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { LANGS, type Lang } from '../src/i18n/lang';

const ROOT = join(import.meta.dirname, '..');
// Inside the repository (ignored by git), the course's own chapters in <lang>/ as in a fork's
// `course/` folder: the example imports islands by paths relative to it (`../../src/components/…`).
const WORK = join(ROOT, '.course-test');
const BASE = '/stack-and-heap/';
const TITLE: Record<Lang, string> = { en: 'Memory for Engineers', ko: '엔지니어를 위한 메모리' };
const ORDER = ['03-recursion', '01-memory-layout', '08-stack-drill'];

/** The guide's example chapter in a language: its path under the course folder and its text. */
function guideExample(lang: Lang): { path: string; text: string } {
  const guide = readFileSync(join(ROOT, 'content', lang, 'authoring.mdx'), 'utf8');
  const block = /```mdx title="course\/([^"]+)"\n([\s\S]*?)\n```/.exec(guide);
  if (!block) throw new Error(`content/${lang}/authoring.mdx has no example chapter block`);
  return { path: block[1]!, text: block[2]! + '\n' };
}

function run(cmd: string, args: string[], env: Record<string, string>): void {
  const res = spawnSync(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${res.stdout}\n${res.stderr}`);
}

/** Builds with the course configuration `config` (its text); the exit status and all output. */
function buildWith(name: string, config: string): { status: number | null; output: string } {
  const dir = join(WORK, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'course.config.ts'), config);
  const env = { ...process.env, COURSE_CONFIG: join(dir, 'course.config.ts'), BUILD_DIR: dir, BASE_PATH: BASE, ASTRO_TELEMETRY_DISABLED: '1' };
  const res = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: res.status, output: `${res.stdout}\n${res.stderr}` };
}

/** Serves the built site under BASE, as GitHub Pages would. */
function serve(dir: string): Promise<{ server: Server; origin: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.wasm': 'application/wasm' };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path.slice(BASE.length)));
    if (path.startsWith(BASE) && file.startsWith(dir) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!path.startsWith(BASE) || !file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/html' }).end(readFileSync(join(dir, '404.html')));
    } else {
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    }
  });
  return new Promise((resolve) => server.listen(0, 'localhost', () => resolve({ server, origin: `http://localhost:${(server.address() as { port: number }).port}` })));
}

test.describe.configure({ mode: 'serial' });

let site: { server: Server; origin: string };
test.beforeAll(async () => {
  test.setTimeout(600_000);
  rmSync(WORK, { recursive: true, force: true });
  for (const lang of LANGS) {
    const { path, text } = guideExample(lang);
    mkdirSync(join(WORK, lang), { recursive: true });
    writeFileSync(join(WORK, path), text);
  }
  writeFileSync(
    join(WORK, 'course.config.ts'),
    `import { defineCourse } from '../src/course/course';
export default defineCourse({
  title: ${JSON.stringify(TITLE)},
  chapters: ${JSON.stringify(ORDER)},
  defaultLanguage: 'ko',
  lab: false,
  contentDir: '.course-test',
});
`,
  );
  const env = { COURSE_CONFIG: join(WORK, 'course.config.ts'), BUILD_DIR: WORK, BASE_PATH: BASE, ASTRO_TELEMETRY_DISABLED: '1' };
  // The build indexes the site for search too (src/integrations/offline.ts).
  run(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], env);
  site = await serve(join(WORK, 'dist'));
});
test.afterAll(() => site?.server.close());

const open = (page: Page, path: string) => page.goto(`${site.origin}${BASE}${path}`);

for (const lang of LANGS) {
  test(`sidebar and landing page follow the course file (${lang})`, async ({ page }) => {
    await open(page, `${lang}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE[lang]);
    await expect(page).toHaveTitle(new RegExp(TITLE[lang]));
    const cards = page.locator('#chapters .card h3 a');
    await expect(cards).toHaveCount(3);
    for (const [i, slug] of ORDER.entries()) await expect(cards.nth(i)).toHaveAttribute('href', `${BASE}${lang}/${slug}/`);
    expect((await page.request.get(`${site.origin}${BASE}${lang}/lab/`)).status()).toBe(404);
    expect((await page.request.get(`${site.origin}${BASE}${lang}/02-the-stack/`)).status()).toBe(404);
    // A chapter's sidebar: the course's chapters numbered in its order, and no lab.
    await open(page, `${lang}/03-recursion/`);
    const nav = page.locator('#book-nav .chapter-list a');
    await expect(nav).toHaveCount(3);
    await expect(nav.locator('.num')).toHaveText(['1.', '2.', '3.']);
    for (const [i, slug] of ORDER.entries()) await expect(nav.nth(i)).toHaveAttribute('href', `${BASE}${lang}/${slug}/`);
    await expect(page.locator(`#book-nav a[href$="/${lang}/lab/"]`)).toHaveCount(0);
    await expect(page.locator('header .brand')).toHaveText(TITLE[lang]);
    // No "Run in the lab" under code samples.
    await expect(page.locator('pre').first()).toBeVisible();
    await expect(page.locator('.run-in-lab')).toHaveCount(0);
  });

  test(`pager walks the course's order, and the guide's example chapter runs its island (${lang})`, async ({ page }) => {
    await open(page, `${lang}/01-memory-layout/`);
    const pager = page.locator('.pager');
    await expect(pager.locator('a[rel="prev"]')).toHaveAttribute('href', `${BASE}${lang}/03-recursion/`);
    await pager.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(`${site.origin}${BASE}${lang}/08-stack-drill/`);
    await expect(page.locator('.pager a[rel="next"]')).toHaveCount(0);
    const { text } = guideExample(lang);
    const title = /^title: (.+)$/m.exec(text)![1]!;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    // The example's stack player, hydrated, steps to the end of its own input.
    const island = page.locator('astro-island').filter({ has: page.locator('.trace-player') }).first();
    await island.locator('.trace-player').scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr');
    const slider = island.getByRole('slider');
    await expect(slider).toHaveAttribute('max', '6');
  });

  test(`search finds the course's own chapter and nothing of a dropped one (${lang})`, async ({ page }) => {
    await open(page, `${lang}/`);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    const input = dialog.getByRole('textbox');
    await expect(input).toBeFocused();
    // A word of the example chapter's description.
    await input.fill(lang === 'en' ? 'drill' : '훈련');
    await expect(dialog.locator(`a[href*="/${lang}/08-stack-drill/"]`).first()).toBeVisible({ timeout: 10_000 });
    // "Stack" is in every chapter of the book: the chapters found are only the course's.
    await input.fill(lang === 'en' ? 'stack' : '스택');
    const hits = dialog.locator(`a[href*="/${lang}/"]`);
    await expect(hits.first()).toBeVisible({ timeout: 10_000 });
    const found = new Set((await hits.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[3]))).filter((slug) => /^\d\d-/.test(slug ?? '')));
    expect([...found].every((slug) => ORDER.includes(slug!))).toBe(true);
    expect(found.has('08-stack-drill') || found.has('03-recursion')).toBe(true);
  });
}

test('a build with an invalid course file fails, naming the field', () => {
  test.setTimeout(300_000);
  const head = `import { defineCourse } from '../../src/course/course';\n`;
  // No Korean title: checked as the content is read.
  const noTitle = buildWith('bad-title', `${head}export default defineCourse({ title: { en: 'Memory' }, chapters: ['01-memory-layout'], defaultLanguage: 'en', lab: true } as never);\n`);
  expect(noTitle.status).not.toBe(0);
  expect(noTitle.output).toContain('title.ko');
  expect(noTitle.output).toContain('course.config.ts');
  // A chapter with no file: checked as the pages are built.
  const noFile = buildWith('bad-chapter', `${head}export default defineCourse({ title: { en: 'Memory', ko: '메모리' }, chapters: ['01-memory-layout', '09-nowhere'], defaultLanguage: 'en', lab: true });\n`);
  expect(noFile.status).not.toBe(0);
  expect(noFile.output).toContain('chapters[1]: "09-nowhere" has no file en/09-nowhere.mdx');
});

test('the site root lands in the course default language (Korean) without a language preference', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto(`${site.origin}${BASE}`);
  await expect(page).toHaveURL(`${site.origin}${BASE}ko/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await context.close();
});
