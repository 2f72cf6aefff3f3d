// Issue 15, offline: after the first visit the service worker (src/integrations/offline.ts) serves
// every page, island and the search index with the network gone; the lab's runtime is cached on
// its first use only; a newer build is offered with a notice and taken only when the reader asks;
// and an island whose code cannot load says so.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import type { Lang } from '../src/i18n/lang';
import { axeViolations, liveRegion, openRegion, t, templatePattern, waitForIslands } from './pages';
import { CATALOGS } from '../src/i18n/messages';

// The config blocks service workers for the other specs; these tests are about one.
test.use({ serviceWorkers: 'allow' });

const FIRST_VISIT = 'en/01-memory-layout/';

/** Opens `path`, waits until the service worker controls the page (its precache is complete once it is active). */
async function firstVisit(page: Page, path = FIRST_VISIT) {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Opens `path` with the network off: the page must come from the service worker. */
async function openOffline(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.ok(), `${path} opens offline`).toBe(true);
  expect(response?.fromServiceWorker(), `${path} comes from the service worker`).toBe(true);
}

/** Uses the page's first trace player: goes to its last step and expects the narration to change. */
async function useFirstPlayer(page: Page, lang: Lang) {
  const player = page.locator('section.trace-player').first();
  await player.scrollIntoViewIfNeeded();
  const steps = player.getByRole('group', {
    name: templatePattern(CATALOGS[lang]['players.common.steps']!),
  });
  const narration = liveRegion(steps);
  const before = (await narration.textContent()) ?? '';
  await steps.getByRole('button', { name: t(lang, 'player.end') }).click();
  await expect(narration).not.toHaveText(before);
  await expect(narration).toHaveText(/\S/);
}

async function usePostfix(page: Page, lang: Lang) {
  const title = t(lang, 'players.postfix.title');
  const region = await openRegion(page, title, { exact: true });
  const field = region.getByRole('textbox', {
    name: t(lang, 'players.postfix.field'),
  });
  await field.fill('3 4 +');
  await field.press('Enter');
  const steps = region.getByRole('group', {
    name: t(lang, 'players.common.steps', { title }),
  });
  await steps.getByRole('button', { name: t(lang, 'player.end') }).click();
  await expect(liveRegion(steps)).toHaveText(t(lang, 'postfix.result', { value: 7 }));
}

async function searchFinds(page: Page, lang: Lang, word: string, chapter: string) {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  const input = dialog.getByRole('textbox');
  await expect(input).toBeFocused();
  await input.fill(word);
  await expect(dialog.locator(`a[href*="/${lang}/${chapter}/"]`).first()).toBeVisible({ timeout: 10_000 });
  await page.keyboard.press('Escape');
}

const CHAPTERS: {
  slug: string;
  use: (page: Page, lang: Lang) => Promise<void>;
}[] = [
  { slug: '03-recursion', use: useFirstPlayer },
  { slug: '04-stacks-at-work', use: usePostfix },
  { slug: '05-backtracking', use: useFirstPlayer },
];

test('after the first visit, other chapters in both languages open, hydrate every island, and search, offline', async ({ page, context }) => {
  test.setTimeout(300_000);
  await firstVisit(page);
  await context.setOffline(true);
  for (const { slug, use } of CHAPTERS) {
    for (const lang of ['en', 'ko'] as const) {
      await openOffline(page, `${lang}/${slug}/`);
      await waitForIslands(page);
      await use(page, lang);
    }
  }
  // Pagefind searches the page's language.
  await searchFinds(page, 'ko', '가상', '01-memory-layout');
  await openOffline(page, 'en/');
  await searchFinds(page, 'en', 'bss', '01-memory-layout');
});

// A newer build: the same files with one page changed (a new revision in the precache list).
// Written over the served sw.js for the test (Chromium fetches a worker's script past any route
// a test sets), and put back after it.
const SW_PATH = join(import.meta.dirname, '..', 'dist', 'sw.js');
async function deployNewerBuild(): Promise<() => void> {
  const original = readFileSync(SW_PATH, 'utf8');
  const newer = original.replace(/(en\/02-the-stack\/index\.html",revision:")\w+/, '$1newer-build');
  expect(newer).not.toBe(original);
  writeFileSync(SW_PATH, newer);
  return () => writeFileSync(SW_PATH, original);
}

const precachedUrls = (page: Page) =>
  page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });

test.describe('a newer build', () => {
  // One at a time: each deploys and takes back the newer build.
  test.describe.configure({ mode: 'serial' });
  for (const lang of ['en', 'ko'] as const) {
    test(`back online with a newer build, the ${lang} page offers it and takes it only on Reload`, async ({ page, context }) => {
      await firstVisit(page, `${lang}/02-the-stack/`);
      const notice = page.getByRole('status').filter({ hasText: t(lang, 'offline.update') });
      await context.setOffline(true);
      await openOffline(page, `${lang}/06-the-heap/`);
      const takeBack = await deployNewerBuild();
      try {
        // The reader comes back online: the page looks for a newer book.
        await context.setOffline(false);
        await expect(notice).toBeVisible({ timeout: 20_000 });
      } finally {
        takeBack();
      }
      // Until the reader asks, the old version keeps the page: the new one waits.
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
      expect(await axeViolations(page, '[data-update-notice]')).toEqual([]);
      expect((await precachedUrls(page)).some((url) => url.includes('newer-build'))).toBe(true);

      const reloaded = page.waitForEvent('load');
      await notice.getByRole('button', { name: t(lang, 'offline.reload') }).click();
      await reloaded;
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const after = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return {
          waiting: registration?.waiting ?? null,
          active: registration?.active?.state,
        };
      });
      expect(after).toEqual({ waiting: null, active: 'activated' });
      await expect(page.locator('[data-update-notice]')).toBeEmpty();
      // The new version's pages are the ones served.
      await context.setOffline(true);
      await openOffline(page, `${lang}/03-recursion/`);
    });
  }
});

test("the lab's runtime is cached on its first use, never before", async ({ page, context, baseURL }) => {
  await firstVisit(page);
  const runtimeUrl = new URL('pyodide/pyodide-lock.json', baseURL).href;
  expect((await precachedUrls(page)).filter((url) => url.includes('/pyodide/'))).toEqual([]);
  // What the lab's worker does at its first Run, for one of the runtime's files.
  expect(await page.evaluate(async (url) => (await fetch(url)).status, runtimeUrl)).toBe(200);
  // Workbox stores the response as it hands it over.
  await expect.poll(() => precachedUrls(page)).toContain(runtimeUrl);
  await context.setOffline(true);
  expect(await page.evaluate(async (url) => (await (await fetch(url)).json()) !== null, runtimeUrl)).toBe(true);
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });
  for (const lang of ['en', 'ko'] as const) {
    test(`offline before the book was cached, every island that cannot load says so (${lang})`, async ({ page, context }) => {
      await page.goto(`${lang}/04-stacks-at-work/`);
      await context.setOffline(true);
      const islands = page.locator('astro-island');
      const count = await islands.count();
      for (let i = 0; i < count; i++) {
        await islands.nth(i).locator('> *').last().scrollIntoViewIfNeeded();
      }
      // Each island either hydrated before the network went, or shows the note (after Astro's retry).
      const failed = page.locator('astro-island[ssr]');
      await expect(async () => {
        const notes = await page.locator('astro-island[ssr] > .island-failed').count();
        expect(notes).toBe(await failed.count());
      }).toPass({ timeout: 15_000 });
      expect(await failed.count(), 'islands below the fold could not load').toBeGreaterThan(0);
      await expect(failed.first().locator('> .island-failed')).toHaveText(t(lang, 'offline.islandFailed'));
    });
  }
});

test('the book can be installed: a manifest under the base, with its icons', async ({ page, request, baseURL }) => {
  await page.goto('ko/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(new URL(href!, baseURL).href)).json();
  const base = new URL(baseURL!).pathname;
  expect(manifest).toMatchObject({ start_url: base, scope: base, display: 'standalone' });
  // The course's title: the one the landing page shows.
  await expect(page).toHaveTitle(new RegExp(manifest.name.split(' — ')[1]));
  for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
    expect(icon.src.startsWith(base), icon.src).toBe(true);
    const response = await request.get(new URL(icon.src, baseURL).href);
    expect(response.headers()['content-type']).toContain(icon.type);
    if (icon.type === 'image/png') {
      // A PNG's width and height are the IHDR's first two 32-bit words.
      const png = await response.body();
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
  }
});
