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

// Issue 13, item 8: a correction is told in full once and other chapters link to it. Every such
// link lands on a box that exists, in both languages, and the repeated text is gone.
for (const lang of ['en', 'ko'] as const) {
  test(`${lang}: cross-chapter references land on the box they name`, async ({ page }) => {
    const targets = new Set<string>();
    for (const chapter of ['02-the-stack', '03-recursion', '06-the-heap', '07-cpython-memory']) {
      await page.goto(`${lang}/${chapter}/`);
      const hrefs = await page.locator('article.prose a[href*="#"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      // Links into another chapter (same-page anchors are the table of contents' business).
      for (const href of hrefs) if (new URL(href).pathname !== new URL(page.url()).pathname) targets.add(href);
    }
    expect(targets.size).toBe(2);
    for (const href of targets) {
      await page.goto(href);
      const id = new URL(href).hash.slice(1);
      await expect(page.locator(`aside.callout[id="${id}"]`)).toHaveCount(1);
    }
    // The "4 to 191 arenas" measurement is given once, in chapter 1.
    for (const chapter of ['06-the-heap', '07-cpython-memory']) {
      await page.goto(`${lang}/${chapter}/`);
      await expect(page.locator('aside.callout-misconception').filter({ hasText: /4 to 191|4개에서 191개/ })).toHaveCount(0);
    }
  });
}
