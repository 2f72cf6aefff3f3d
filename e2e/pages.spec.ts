import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages, watchPage, waitForIslands } from './pages';

const pages = builtPages().filter((p) => p !== '' && p !== '404/');

test('the page list covers both languages', () => {
  expect(pages.filter((p) => p.startsWith('en/')).length).toBeGreaterThan(2);
  expect(pages.filter((p) => p.startsWith('ko/')).length).toBe(pages.filter((p) => p.startsWith('en/')).length);
});

for (const path of pages) {
  test(`${path} loads cleanly: 200, a title, no console error, nothing from another origin`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const problems = watchPage(page, origin);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
    expect((await page.title()).length).toBeGreaterThan(3);
    await expect(page.locator('html')).toHaveAttribute('lang', path.slice(0, 2));
    await waitForIslands(page);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`${path} has no WCAG 2.1 A/AA violation (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await waitForIslands(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}
