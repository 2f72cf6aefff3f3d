import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

const DIST = join(import.meta.dirname, '..', 'dist');

/** Every HTML page of the built site, as a path relative to the base ('' is the root). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(full);
      } else if (name === 'index.html') {
        const rel = relative(DIST, dir).split(sep).join('/');
        pages.push(rel ? `${rel}/` : '');
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/** Records console errors, page errors and any request that leaves the site's origin. */
export function watchPage(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  return problems;
}

/** Waits until every island on the page has hydrated (Astro removes the `ssr` attribute). */
export async function waitForIslands(page: Page) {
  // <astro-island> is `display: contents`, so scroll its first child: client:visible islands
  // hydrate only once they are on screen.
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) {
    await expect(async () => {
      await islands.nth(i).locator('> *').first().scrollIntoViewIfNeeded({ timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
  }
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

/**
 * Brings an island into view and waits until it has hydrated. `root` is an element inside
 * the island (its region): `<astro-island>` itself is `display: contents` and cannot be
 * scrolled to, and hydration may swap the node while we scroll, so the scroll is retried.
 */
export async function openIsland(page: Page, root: Locator, timeout = 15_000): Promise<Locator> {
  await expect(async () => {
    await root.scrollIntoViewIfNeeded({ timeout: 2_000 });
  }).toPass({ timeout });
  await expect(page.locator('astro-island', { has: root })).not.toHaveAttribute('ssr', { timeout });
  return root;
}
