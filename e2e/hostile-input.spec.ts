// Issue 12's cracks from hostile input, as a student meets them: a program far over the object
// graph's limit, brackets nested thousands deep, an allocator script with an error on its third
// line, search with no network, and the header's "Chapters" link on pages without a sidebar.
import { test, expect } from '@playwright/test';
import { LANGS } from '../src/i18n/lang';
import { MAX_NESTING } from '../src/sim/objects/syntax';
import { MAX_PROGRAM_LENGTH } from '../src/sim/objects/limits';
import { islandT, openPage, openRegion, t, watchPage } from './pages';

const OBJECTS = (lang: string) => `${lang}/07-cpython-memory/`;

for (const lang of LANGS) {
  test.describe(`hostile input (${lang})`, () => {
    test('object graph: a 10^6-character program is refused at once, without drawing its lines', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await openPage(page, OBJECTS(lang));
      const caption = { en: 'a cycle of two nodes', ko: '두 노드의 순환' }[lang];
      const player = await openRegion(page, t(lang, 'objgraph.titleCaption', { caption }));
      const field = player.getByRole('textbox', { name: t(lang, 'objgraph.program') });
      const code = player.getByRole('list', { name: t(lang, 'objgraph.code') });
      await expect(code.getByRole('listitem').first()).toBeVisible();
      await expect(player.getByRole('link', { name: t(lang, 'objgraph.openInLab') })).toBeVisible();

      // Pasted, not typed: Playwright's fill types a long text far more slowly than a paste lands.
      const paste = async (text: string): Promise<number> => {
        const started = Date.now();
        await field.evaluate((el: HTMLTextAreaElement, value) => {
          el.value = value;
          el.dispatchEvent(new Event('input', { bubbles: true }));
        }, text);
        return Date.now() - started;
      };
      // Run, timed inside the page: the click's handler and the next painted frame (Playwright's
      // own click waits on checks that a 10^6-character field slows down).
      const run = () =>
        player.evaluate(async (root, name) => {
          const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
          const started = performance.now();
          button.click();
          await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
          return performance.now() - started;
        }, t(lang, 'objgraph.run'));
      const refusal = (program: string) => t(lang, 'objgraph.invalid', { message: t(lang, 'stop.inputLimit', { length: program.length, max: MAX_PROGRAM_LENGTH }) });

      // A million characters on one line: refused, and the page paints again at once.
      const million = 'x = ' + 'a'.repeat(999_996);
      const pasteMs = await paste(million);
      const paintedMs = await run();
      await expect(player.getByText(refusal(million))).toBeVisible();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(await code.getByRole('listitem').count()).toBe(0);
      expect(await player.getByRole('link', { name: t(lang, 'objgraph.openInLab') }).count()).toBe(0);
      console.log(`[${lang}] 10^6-character program: pasted in ${pasteMs} ms; Run to the next painted frame ${paintedMs.toFixed(0)} ms`);
      expect(paintedMs).toBeLessThan(1_000);

      // 5,000 lines over the limit: none of them is listed.
      const lines = 'a = 1\n'.repeat(5_000);
      await paste(lines);
      await run();
      await expect(player.getByText(refusal(lines))).toBeVisible();
      expect(await code.getByRole('listitem').count()).toBe(0);

      // Brackets nested 3000 deep: a located message, not an uncaught RangeError.
      await field.fill('x = ' + '('.repeat(3000) + '1' + ')'.repeat(3000));
      await player.getByRole('button', { name: t(lang, 'objgraph.run') }).click();
      const deep = t(lang, 'objgraph.invalid', { message: t(lang, 'error.objects.tooDeep', { line: 1, column: 5 + MAX_NESTING, max: MAX_NESTING }) });
      await expect(player.getByText(deep)).toBeVisible();
      expect(problems).toEqual([]);
    });

    test('allocator playground: an error on the third line says its line and column, and a newline by name', async ({ page, baseURL }) => {
      const tr = islandT('allocator-playground', lang);
      const problems = watchPage(page, baseURL!);
      await openPage(page, `${lang}/06-the-heap/`);
      const region = await openRegion(page, tr('heap.play.title'), { exact: true });
      const box = region.getByRole('textbox', { name: tr('heap.play.field') });

      await box.fill('a = malloc 100\nb = malloc 20\nc = mallok 5');
      await box.press('Control+Enter');
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await expect(region).toContainText(tr('heap.play.invalid', { message: tr('error.alloc.parse.needCall', { line: 3, column: 5, found: 'mallok' }) }));

      await box.fill('a = malloc\nfree a');
      await box.press('Control+Enter');
      await expect(region).toContainText(tr('heap.play.invalid', { message: tr('error.alloc.parse.needNumberAtNewline', { line: 1, column: 11 }) }));
      expect(problems).toEqual([]);
    });

    test('search without a network says so (not "use the built site")', async ({ page }) => {
      await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
      await openPage(page, `${lang}/`);
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('status')).toHaveText(t(lang, 'search.offline'));
      await expect(dialog).not.toContainText(t(lang, 'search.unavailable'));
    });

    test('search whose index is missing (UI loaded) says the index is unavailable', async ({ page }) => {
      await page.route('**/pagefind/pagefind-entry.json', (route) => route.fulfill({ status: 404, body: '' }));
      await openPage(page, `${lang}/`);
      await page.keyboard.press('/');
      await expect(page.getByRole('dialog').getByRole('status')).toHaveText(t(lang, 'search.offline'));
    });

    test('the header\'s "Chapters" link leads to a chapter list on the landing page', async ({ page }) => {
      await page.setViewportSize({ width: 420, height: 800 });
      await openPage(page, `${lang}/`);
      const link = page.getByRole('banner').getByRole('link', { name: t(lang, 'nav.chapters'), exact: true });
      await link.click();
      await expect(page.locator(':target')).toBeVisible();
      await expect(page.locator(':target').getByRole('heading', { name: t(lang, 'landing.chapters') })).toBeVisible();
    });
  });
}

test('the header\'s "Chapters" link on the 404 page leads to the chapter list', async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 800 });
  await openPage(page, '404.html');
  const link = page.getByRole('banner').getByRole('link', { name: t('en', 'nav.chapters'), exact: true });
  await link.click();
  await expect(page).toHaveURL(/\/en\/#chapters$/);
  await expect(page.locator(':target').getByRole('heading', { name: t('en', 'landing.chapters') })).toBeVisible();
});
