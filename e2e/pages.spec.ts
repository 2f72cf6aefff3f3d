import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { axeViolations, builtPages, openPage, THEMES, watchPage, waitForIslands } from './pages';

// Embed pages have their own spec (embed.spec.ts: load, console, axe, for every island).
const pages = builtPages().filter((p) => p !== '' && p !== '404/' && !p.includes('/embed/'));

test('the page list covers both languages', () => {
  expect(pages.filter((p) => p.startsWith('en/')).length).toBeGreaterThan(2);
  expect(pages.filter((p) => p.startsWith('ko/')).length).toBe(pages.filter((p) => p.startsWith('en/')).length);
});

for (const path of pages) {
  test(`${path} loads cleanly: 200, a title, no console error, nothing from another origin`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').first()).toBeVisible();
    expect((await page.title()).length).toBeGreaterThan(3);
    await expect(page.locator('html')).toHaveAttribute('lang', path.slice(0, 2));
    await waitForIslands(page);
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  for (const theme of THEMES) {
    test(`${path} has no WCAG 2.1 A/AA violation (${theme})`, async ({ page }) => {
      await openPage(page, path, { theme, islands: true });
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

// On a 360 px phone the page itself never scrolls sideways: wide tables, code and islands
// scroll inside their own boxes, and a keyboard user can reach every such box.
for (const path of pages.filter((p) => /^(en|ko)\/\d\d-/.test(p))) {
  test(`${path} fits a 360 px phone; its scrolling boxes take keyboard focus`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    await waitForIslands(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).withRules(['scrollable-region-focusable']).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  });
}
