import { test, expect } from '@playwright/test';

const CHAPTER = '01-memory-layout/';

test.describe('search', () => {
  for (const [lang, word] of [
    ['en', 'bss'],
    ['en', 'segment'],
    ['ko', '주소 공간'],
    ['ko', '가상'],
  ] as const) {
    test(`finds chapter 1 from the ${lang} book by "${word}"`, async ({ page }) => {
      await page.goto(`${lang}/`);
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      const input = dialog.getByRole('textbox');
      await expect(input).toBeFocused();
      await input.fill(word);
      const hit = dialog.locator(`a[href*="/${lang}/${CHAPTER}"]`).first();
      await expect(hit).toBeVisible({ timeout: 10_000 });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });
  }

  test('Ctrl+K opens search and the Pagefind UI loads only then', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/') && loaded.push(r.url()));
    await page.goto(`en/${CHAPTER}`);
    await page.waitForLoadState('networkidle');
    expect(loaded).toEqual([]);
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.getByRole('dialog').getByRole('textbox')).toBeVisible();
    expect(loaded.length).toBeGreaterThan(0);
  });
});

test('the language switch keeps the chapter', async ({ page }) => {
  await page.goto(`en/${CHAPTER}`);
  const enTitle = await page.locator('h1').textContent();
  await page.getByRole('link', { name: '한국어로 보기' }).click();
  await expect(page).toHaveURL(new RegExp(`/ko/${CHAPTER}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('h1')).not.toHaveText(enTitle!);
  await page.getByRole('link', { name: 'Read in English' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/${CHAPTER}$`));
});

test('the theme toggle persists across a reload and beats the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`en/${CHAPTER}`);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.goto(`ko/${CHAPTER}`);
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('button', { name: '어두운 테마' }).click();
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('the sidebar numbers the chapters, marks the current one and the pager moves on', async ({ page }) => {
  await page.goto(`en/${CHAPTER}`);
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  const current = nav.locator('[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toContainText('1.');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const firstEntry = toc.getByRole('link').first();
  const target = (await firstEntry.getAttribute('href'))!;
  await firstEntry.click();
  await expect(page.locator(target)).toBeInViewport();
});

test('a code block can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`en/${CHAPTER}`);
  const block = page.locator('.code-block', { hasText: 'int main(void)' }).first();
  const button = block.getByRole('button', { name: 'Copy code to clipboard' });
  await button.click();
  await expect(button).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('int main(void)');
});

test.describe('at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const lang of ['en', 'ko']) {
    test(`${lang} chapter 1 has no horizontal page scroll`, async ({ page }) => {
      await page.goto(`${lang}/${CHAPTER}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.getByRole('link', { name: lang === 'en' ? 'Chapters' : '목차' }).first().click();
      await expect(page.getByRole('navigation', { name: lang === 'en' ? 'Chapters' : '목차' })).toBeInViewport();
    });
  }
});

test.describe('at 360 px wide, while the page arrives', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test('the chapter list does not paint above the chapter and then jump below it', async ({ page }) => {
    // The page cut in the middle of its article: what a phone has parsed on a slow connection.
    await page.route(`**/en/${CHAPTER}`, async (route) => {
      const html = await (await route.fetch()).text();
      const article = html.indexOf('<article');
      await route.fulfill({ contentType: 'text/html', body: html.slice(0, article + Math.floor((html.indexOf('</article>') - article) / 2)) });
    });
    await page.goto(`en/${CHAPTER}`);
    const chapters = page.getByRole('navigation', { name: 'Chapters' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(chapters).toBeHidden();

    // The whole page: the list is there, under the chapter.
    await page.unroute(`**/en/${CHAPTER}`);
    await page.goto(`en/${CHAPTER}`);
    await expect(chapters).toBeAttached();
    const [list, article] = await Promise.all([chapters.boundingBox(), page.locator('article').boundingBox()]);
    expect(list!.y).toBeGreaterThan(article!.y + article!.height);
  });
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['en', 'ko']) {
    test(`${lang} chapter 1 text and the address-space diagram are readable`, async ({ page }) => {
      await page.goto(`${lang}/${CHAPTER}`);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('article p').first()).toBeVisible();
      const map = page.getByRole('region', { name: lang === 'en' ? 'Address-space map' : '주소 공간 지도' });
      await expect(map).toBeVisible();
      for (const name of ['.text', '.data', '.bss']) {
        await expect(map.getByText(name, { exact: false }).first()).toBeVisible();
      }
      await expect(map.getByText('counter', { exact: false }).first()).toBeVisible();
    });
  }
});
