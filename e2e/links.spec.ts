import { test, expect } from '@playwright/test';

// Follows every internal link and asset from the landing page, the way a visitor's browser
// would, and fails on any that does not resolve under the base path.
test('every internal link and asset from the landing page resolves', async ({ request, baseURL }) => {
  const base = new URL(baseURL!);
  const queue = [base.href];
  const seen = new Set(queue);
  const broken: string[] = [];
  const attr = /\b(?:href|src)="([^"#]+)(?:#[^"]*)?"/g;

  while (queue.length > 0) {
    const url = queue.shift()!;
    const response = await request.get(url);
    if (response.status() !== 200) {
      broken.push(`${response.status()} ${url}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    const html = await response.text();
    for (const [, raw] of html.matchAll(attr)) {
      const target = new URL(raw!.replaceAll('&amp;', '&'), url);
      if (target.origin !== base.origin) continue;
      target.search = '';
      if (!target.pathname.startsWith(base.pathname)) {
        broken.push(`outside the base path: ${target.pathname} (on ${url})`);
        continue;
      }
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }
  expect(broken).toEqual([]);
  // Both languages' chapters were reached from the landing page.
  expect([...seen].some((u) => u.includes('/en/01-'))).toBe(true);
  expect([...seen].some((u) => u.includes('/ko/01-'))).toBe(true);
});

test('the root sends a Korean browser to the Korean book and others to English', async ({ browser, baseURL }) => {
  for (const [locale, lang] of [
    ['ko-KR', 'ko'],
    ['en-US', 'en'],
    ['de-DE', 'en'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(baseURL!);
    await expect(page).toHaveURL(new RegExp(`/${lang}/$`));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await context.close();
  }
});
