// Embed pages (issue 14, part 2): every island on a page of its own for an LMS iframe. An LMS page
// is played by a routed URL holding the instructors page's <iframe> code and resizing script:
// on the book's own origin (progress is the site's), on another site (the browser keeps the
// frame's storage apart) and with storage blocked (the island works, the page says so).
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { ISLANDS, island, islandName } from '../src/components/registry';
import { LANGS, type Lang } from '../src/i18n/lang';
import { HEIGHT_MESSAGE, type HeightMessage } from '../src/components/embed/embed-message';
import { embedPath, iframeSnippet, INITIAL_HEIGHT, resizeListenerSnippet } from '../src/components/embed/snippet';
import { predictChoices } from '../src/sim/exercises/predict';
import brackets from '../src/sim/exercises/kinds/brackets';
import { axeViolations, said, t, tabTo, waitForIslands, watchPage } from './pages';

// The island the LMS tests place: chapter 4's "what happens next?" on '([)]' at step 2.
const ISLAND = 'predict-brackets';
const question = predictChoices(brackets.fromInput('([)]').trace, 2, brackets.predict);

/**
 * Opens a made-up LMS page at `lmsUrl` (a path on the preview server, which answers 404: the page
 * is then written in place, keeping that origin and its loopback address, since Chromium refuses
 * a routed "public" page framing a local one) holding one iframe of `id`'s embed page, as the
 * instructors page gives it, and the resizing script; records every height report the page gets.
 */
async function openLmsPage(page: Page, baseURL: string, lmsUrl: string, lang: Lang, id = ISLAND): Promise<FrameLocator> {
  const src = new URL(embedPath(lang, id), baseURL).href;
  const body = `<!doctype html><html lang="${lang}"><head><title>Course</title></head><body><main><h1>Week 4</h1>
    ${iframeSnippet(src, t(lang, islandName(island(id))))}
    <p>After the exercise.</p></main>
    <script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === '${HEIGHT_MESSAGE}') heights.push(e.data); });</script>
    ${resizeListenerSnippet(new URL(baseURL).origin)}
    </body></html>`;
  // Written over a document with no policy of its own (the site's manifest, JSON): a page of the book
  // would keep its Content-Security-Policy, and a page served by page.route counts as public to
  // Chromium, which then keeps it from framing a local one.
  await page.goto(new URL('../../manifest.webmanifest', lmsUrl).href);
  await page.setContent(body);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('main[data-embed]')).toBeVisible();
  await expect(frame.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
  return frame;
}

/** An LMS page on another site than the book's. A loopback address, as the book's own is: Chromium
 *  keeps public pages from framing local ones, which a made-up public host would be. */
const otherSite = (baseURL: string): string => {
  const url = new URL('lms/course/', baseURL);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.href;
};

const heights = (page: Page): Promise<HeightMessage[]> => page.evaluate(() => (window as unknown as { heights: HeightMessage[] }).heights);

/** The iframe is as tall as its page says, and its page has nothing left to scroll. */
async function expectFitted(page: Page) {
  await expect(async () => {
    const reports = await heights(page);
    const last = reports.at(-1)!;
    expect(last).toMatchObject({ type: HEIGHT_MESSAGE, island: ISLAND });
    const box = (await page.locator('iframe').boundingBox())!;
    expect(Math.round(box.height)).toBe(last.height);
    const inner = await page.frames()[1]!.evaluate(() => ({ scroll: document.documentElement.scrollHeight, view: window.innerHeight }));
    expect(inner.scroll).toBeLessThanOrEqual(inner.view);
  }).toPass({ timeout: 7_000 });
}

/** Answers the question inside the frame by keyboard only: into the frame, onto the right choice, then Check. */
async function answerByKeyboard(page: Page, frame: FrameLocator, lang: Lang) {
  const region = frame.getByRole('region', { name: t(lang, 'predict.heading') });
  const radios = region.getByRole('radio');
  await page.locator('h1').click(); // focus on the LMS page, before the iframe
  await tabTo(page, radios.first(), { backTabs: 0 });
  await page.keyboard.press('Space');
  const right = region.getByRole('radio', { name: t(lang, question.choices.find((c) => c.id === question.correctId)!.labelKey) });
  for (let i = 0; i < question.choices.length && !(await right.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(right).toBeChecked();
  await tabTo(page, region.getByRole('button', { name: t(lang, 'predict.check') }), { backTabs: 0 });
  await page.keyboard.press('Enter');
  await expect(region.getByRole('status')).toContainText(said(lang, question.explanation.key, question.explanation.params));
}

async function progressRow(page: Page, lang: Lang) {
  await page.goto(`${lang}/progress/`);
  await waitForIslands(page);
  return page.locator(`tr[data-exercise="${island(ISLAND).progressId}"]`);
}

for (const lang of LANGS) {
  test.describe(`embeds (${lang})`, () => {
    test('on an LMS page of the book’s origin: the island works by keyboard, the iframe fits it, and its progress is the site’s', async ({ page, baseURL }) => {
      const lms = new URL('lms/course/', baseURL).href;
      const frame = await openLmsPage(page, baseURL!, lms, lang);
      await expect(frame.locator('html')).toHaveAttribute('lang', lang);
      await expectFitted(page);
      const before = (await heights(page)).at(-1)!.height;
      expect(before).not.toBe(INITIAL_HEIGHT);
      await answerByKeyboard(page, frame, lang);
      // The feedback made the page taller: a new report, and the iframe followed it.
      await expect.poll(async () => (await heights(page)).at(-1)!.height).toBeGreaterThan(before);
      await expectFitted(page);
      await expect(frame.locator('[data-note]:visible')).toHaveCount(0);
      await expect(await progressRow(page, lang)).toContainText(t(lang, 'progress.done'));
    });

    test('on another site’s page where the browser refuses the frame storage (this Chromium’s default): the island still works, and the page says progress is not saved', async ({ page, baseURL }) => {
      const frame = await openLmsPage(page, baseURL!, otherSite(baseURL!), lang);
      await expect(frame.getByRole('status').filter({ hasText: t(lang, 'embed.progress.blocked') })).toBeVisible();
      await expect(frame.getByRole('status').filter({ hasText: t(lang, 'embed.progress.partitioned') })).toBeHidden();
      await expectFitted(page);
      await answerByKeyboard(page, frame, lang);
      await expectFitted(page);
      await expect(await progressRow(page, lang)).toContainText(t(lang, 'progress.todo'));
    });

    test('on another site’s page where the browser gives the frame a storage of its own (partitioned): progress is kept there, and the page says it is apart from the book’s', async ({ page, baseURL }) => {
      // A partitioned store, played by an in-memory Storage in the framed page only.
      await page.addInitScript(() => {
        if (window.parent === window) return;
        const items = new Map<string, string>();
        const store = {
          get length() {
            return items.size;
          },
          key: (i: number) => [...items.keys()][i] ?? null,
          getItem: (k: string) => items.get(k) ?? null,
          setItem: (k: string, v: string) => void items.set(k, String(v)),
          removeItem: (k: string) => void items.delete(k),
          clear: () => items.clear(),
        };
        Object.defineProperty(window, 'localStorage', { get: () => store });
      });
      const frame = await openLmsPage(page, baseURL!, otherSite(baseURL!), lang);
      await expect(frame.getByRole('status').filter({ hasText: t(lang, 'embed.progress.partitioned') })).toBeVisible();
      await expect(frame.getByRole('status').filter({ hasText: t(lang, 'embed.progress.blocked') })).toBeHidden();
      await answerByKeyboard(page, frame, lang);
      const kept = await page.frames()[1]!.evaluate(() => JSON.parse(localStorage.getItem('stack-and-heap:progress:v1') ?? '{}'));
      expect(kept.exercises[island(ISLAND).progressId!]).toMatchObject({ completed: true });
      await expect(await progressRow(page, lang)).toContainText(t(lang, 'progress.todo'));
    });

    test('the instructors page gives every island its embed link and iframe code in this language, with a named Copy button', async ({ page, baseURL }) => {
      await page.goto(`${lang}/instructors/`);
      const items = page.locator('.embed-list li[data-island]');
      await expect(items).toHaveCount(ISLANDS.length);
      const base = new URL(baseURL!).pathname;
      for (const e of ISLANDS) {
        const item = page.locator(`.embed-list li[data-island="${e.id}"]`);
        const name = t(lang, islandName(e));
        await expect(item.getByRole('link', { name, exact: true })).toHaveAttribute('href', `${base}${embedPath(lang, e.id)}`);
        const code = (await item.locator('pre').textContent())!;
        const src = /src="([^"]+)"/.exec(code)![1]!;
        expect(new URL(src).pathname).toBe(`${base}${embedPath(lang, e.id)}`);
        expect(code).toBe(iframeSnippet(src, `${name} — ${t(lang, 'book.title')}`));
        await expect(item.getByRole('button', { name: t(lang, 'embed.list.copyLabel', { island: name }) })).toBeVisible();
      }
      await expect(page.locator('pre[data-resize-script]')).toContainText(HEIGHT_MESSAGE);
      await expect(page.locator('aside.sidebar a[href*="/embed/"]')).toHaveCount(0);
    });

    // One loop over the registry: each embed page alone, as a search engine or a curious
    // student would open it.
    for (const e of ISLANDS) {
      test(`${e.id}: its embed page has the island alone, hydrated, without console errors, noindex and axe clean`, async ({ page, baseURL }) => {
        const problems = watchPage(page, baseURL!);
        const response = await page.goto(embedPath(lang, e.id));
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
        await expect(page.locator('.site-header, .sidebar, nav, dialog, [data-pagefind-body]')).toHaveCount(0);
        await expect(page.getByRole('heading', { level: 2, name: said(lang, e.title) }).first()).toBeVisible();
        await waitForIslands(page);
        await page.waitForLoadState('networkidle');
        expect(problems).toEqual([]);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test('the book’s search finds no embed page', async ({ page, baseURL }) => {
  await page.goto('en/');
  const urls = await page.evaluate(async (bundle) => {
    const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
    const found: string[] = [];
    for (const word of ['brackets', 'stack', 'queens', '스택']) {
      const { results } = await pagefind.search(word);
      for (const r of results) found.push((await r.data()).url);
    }
    return found;
  }, new URL('pagefind/', baseURL).pathname);
  expect(urls.length).toBeGreaterThan(0);
  expect(urls.filter((u: string) => u.includes('/embed/'))).toEqual([]);
});
