import { test, expect } from '@playwright/test';

// Chapter objectives are written with `backticks` in the frontmatter; the page shows code, not
// the backticks (chapter 3 names `RecursionError`, chapter 7 `tracemalloc`).
for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: chapter objectives show inline code as code, without backticks`, async ({ page }) => {
    await page.goto(`${lang}/03-recursion/`);
    const objectives = page.locator('section.objectives');
    await expect(objectives.locator('li code', { hasText: /^RecursionError$/ })).toHaveCount(1);
    await expect(objectives).not.toContainText('`');

    await page.goto(`${lang}/`);
    const cards = page.locator('#chapters li.card');
    await expect(cards.locator('ul li code').first()).toBeVisible();
    expect((await cards.locator('ul').allTextContents()).join('')).not.toContain('`');
  });
}
