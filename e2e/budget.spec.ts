import { test, expect } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { waitForIslands } from './pages';

// The JavaScript a reader downloads before touching anything (islands hydrate as they scroll
// into view, so the page is scrolled to the end first). Budget from the issue: 40 KB gzip.
const BUDGET = 40 * 1024;

for (const path of ['en/', 'ko/', 'en/01-memory-layout/', 'ko/01-memory-layout/']) {
  test(`${path} ships at most 40 KB of JavaScript (gzip) before interaction`, async ({ page }, info) => {
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      const type = response.headers()['content-type'] ?? '';
      if (!type.includes('javascript')) return;
      const body = await response.body().catch(() => null);
      if (body) scripts.set(response.url(), gzipSync(body, { level: 9 }).length);
    });
    await page.goto(path);
    await waitForIslands(page);
    await page.waitForLoadState('networkidle');
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
    );
    const inlineGz = gzipSync(Buffer.from(inline), { level: 9 }).length;
    const total = [...scripts.values()].reduce((a, b) => a + b, 0) + inlineGz;
    const line = `JS before interaction on /${path}: ${(total / 1024).toFixed(1)} KB gzip in ${scripts.size} files + inline`;
    console.log(line);
    info.annotations.push({ type: 'js-gzip', description: line });
    expect(total).toBeLessThanOrEqual(BUDGET);
  });
}
