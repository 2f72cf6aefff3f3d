// "Copy link" next to every player whose input is kept in the URL (every TracePlayer: the stack,
// call-stack and backtracking players and the allocator playground), in both languages: the
// button is there on every chapter that has such a player, and it copies the address with the
// input just run and says "Link copied".
import { test, expect } from '@playwright/test';
import { LANGS } from '../src/i18n/lang';
import { liveRegion, openPage, openRegion, t, watchPage } from './pages';

/** The chapters that place a player on the shared TracePlayer shell. */
const CHAPTERS = ['02-the-stack', '03-recursion', '04-stacks-at-work', '05-backtracking', '06-the-heap'];

for (const lang of LANGS) {
  test.describe(`copy link (${lang})`, () => {
    for (const chapter of CHAPTERS) {
      test(`every player of ${chapter} whose input is in the URL has a visible Copy link`, async ({ page }) => {
        await openPage(page, `${lang}/${chapter}/`);
        const players = page.locator('section.trace-player');
        const n = await players.count();
        expect(n).toBeGreaterThan(0);
        for (let i = 0; i < n; i++) {
          const button = players.nth(i).getByRole('button', { name: t(lang, 'player.copyLink'), exact: true });
          await button.scrollIntoViewIfNeeded();
          await expect(button).toBeVisible();
        }
      });
    }

    test('copies the address with the input just run and says so', async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const problems = watchPage(page, baseURL!);
      await openPage(page, `${lang}/04-stacks-at-work/`);
      const postfix = await openRegion(page, t(lang, 'players.postfix.title'), { exact: true });
      const field = postfix.getByRole('textbox', { name: t(lang, 'players.postfix.field') });
      await field.fill('2 3 ^');
      await field.press('Enter');
      await expect(page).toHaveURL(/[?&]postfix=2(\+|%20)3(\+|%20)%5E/);

      const copy = postfix.getByRole('button', { name: t(lang, 'player.copyLink'), exact: true });
      await copy.focus();
      await page.keyboard.press('Enter');
      const said = liveRegion(postfix.locator('.copy-link'));
      await expect(said).toHaveText(t(lang, 'player.linkCopied'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(page.url());
      expect(new URL(copied).searchParams.get('postfix')).toBe('2 3 ^');

      // The allocator playground (its own strings) has it too, and copies its script.
      await openPage(page, `${lang}/06-the-heap/`);
      const playground = await openRegion(page, t(lang, 'heap.play.title'), { exact: true });
      const script = playground.getByRole('textbox', { name: t(lang, 'heap.play.field') });
      await script.fill('a = malloc 10');
      await script.press('Control+Enter');
      await playground.getByRole('button', { name: t(lang, 'player.copyLink'), exact: true }).click();
      await expect(liveRegion(playground.locator('.copy-link'))).toHaveText(t(lang, 'player.linkCopied'));
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect([...new URL(link).searchParams.values()]).toContain('a = malloc 10');
      expect(problems).toEqual([]);
    });

    test('without the clipboard, the link is shown selected to copy by hand', async ({ page }) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      await openPage(page, `${lang}/04-stacks-at-work/`);
      const brackets = await openRegion(page, t(lang, 'players.brackets.title'), { exact: true });
      await brackets.getByRole('button', { name: t(lang, 'player.copyLink'), exact: true }).click();
      await expect(liveRegion(brackets.locator('.copy-link'))).toHaveText(t(lang, 'player.copyFailed'));
      const shown = brackets.getByRole('textbox', { name: t(lang, 'player.linkField') });
      await expect(shown).toHaveValue(page.url());
      await expect(shown).toBeFocused();
    });
  });
}
