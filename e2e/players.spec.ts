// The stack players (chapters 2 and 4) driven by role and accessible name: a located error for
// bad input, the input kept in the URL, keyboard-only stepping — in both languages.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../src/i18n/lang';
import { checkBrackets } from '../src/sim/brackets';
import { liveRegion, openPage, openRegion, t, watchPage } from './pages';

/** Chapter 4 mounts these players (chapter 2 mounts the StackPlayer). */
const pageOf = (lang: Lang): string => `${lang}/04-stacks-at-work/`;

const openPlayer = (page: Page, lang: Lang, kind: string): Promise<Locator> => openRegion(page, t(lang, `players.${kind}.title`), { exact: true });

const steps = (region: Locator, lang: Lang, kind: string) =>
  region.getByRole('group', { name: t(lang, 'players.common.steps', { title: t(lang, `players.${kind}.title`) }) });

for (const lang of LANGS) {
  test.describe(`stack players (${lang})`, () => {
    test('a typed invalid expression shows a located error, and no console error', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await openPage(page, pageOf(lang));

      // Infix: the ')' at position 8 (counted from 1, as the strip under the field) has no '('.
      const infix = await openPlayer(page, lang, 'infix');
      const field = infix.getByRole('textbox', { name: t(lang, 'players.infix.field') });
      await field.fill('(1 + 2))');
      await field.press('Enter');
      const message = t(lang, 'players.common.invalid', { message: t(lang, 'error.infix.unmatchedClose', { index: 8 }) });
      await expect(infix.getByText(message)).toBeVisible();
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      // The spot is marked in the input: the eighth character, numbered 8, as the message says.
      const spot = infix.getByRole('list', { name: t(lang, 'players.common.input') }).getByRole('listitem').filter({ hasText: t(lang, 'players.common.errorHere') });
      await expect(spot).toHaveCount(1);
      await expect(spot).toContainText(')');
      await expect(spot.locator('.index')).toHaveText('8');

      // Postfix: '+' needs two operands; the Run button works too.
      const postfix = await openPlayer(page, lang, 'postfix');
      const pf = postfix.getByRole('textbox', { name: t(lang, 'players.postfix.field') });
      await pf.fill('3 +');
      await postfix.getByRole('button', { name: t(lang, 'players.common.run'), exact: true }).click();
      await expect(pf).toHaveAttribute('aria-invalid', 'true');
      await expect(postfix.getByText(t(lang, 'error.postfix.tooFewOperands', { op: '+', tokenIndex: 1, have: 1 }), { exact: false })).toBeVisible();

      // Fixing it clears the error.
      await pf.fill('3 4 +');
      await pf.press('Enter');
      await expect(pf).not.toHaveAttribute('aria-invalid', 'true');
      expect(problems).toEqual([]);
    });

    test('the input round-trips through the URL', async ({ page }) => {
      const expr = '5 1 2 + 4 * + 3 -';
      await page.goto(`${pageOf(lang)}?postfix=${encodeURIComponent(expr)}`);
      const postfix = await openPlayer(page, lang, 'postfix');
      const field = postfix.getByRole('textbox', { name: t(lang, 'players.postfix.field') });
      await expect(field).toHaveValue(expr);
      const group = steps(postfix, lang, 'postfix');
      await group.getByRole('button', { name: t(lang, 'player.end') }).click();
      await expect(liveRegion(group)).toHaveText(t(lang, 'postfix.result', { value: 14 }));

      await field.fill('2 3 ^');
      await field.press('Enter');
      await expect(page).toHaveURL(/[?&]postfix=2(\+|%20)3(\+|%20)%5E/);
      // Other players keep their own keys: nothing else was added.
      expect(new URL(page.url()).searchParams.get('brackets')).toBeNull();
      await page.reload();
      const again = await openPlayer(page, lang, 'postfix');
      await expect(again.getByRole('textbox', { name: t(lang, 'players.postfix.field') })).toHaveValue('2 3 ^');
    });

    test('keyboard-only stepping changes the announced narration', async ({ page }) => {
      const text = '(a[b]';
      await page.goto(`${pageOf(lang)}?brackets=${encodeURIComponent(text)}`);
      const region = await openPlayer(page, lang, 'brackets');
      const trace = checkBrackets(text).trace;
      const say = (i: number) => {
        const e = trace.event(i - 1);
        return t(lang, e.msg.key, e.msg.params);
      };
      const group = steps(region, lang, 'brackets');
      const live = liveRegion(group);
      await expect(live).toHaveText(t(lang, 'player.initial'));
      const stack = region.getByRole('list', { name: t(lang, 'players.brackets.stack') });

      // Tab from the form's last button (Copy link, after Run) into the player.
      await region.getByRole('button', { name: t(lang, 'player.copyLink'), exact: true }).focus();
      await page.keyboard.press('Tab');
      await expect(group.locator(':focus')).toHaveCount(1);
      // Tab lands on the first enabled control; move focus to the scrubber-free buttons' group keys.
      await page.keyboard.press('ArrowRight');
      await expect(live).toHaveText(say(1));
      await expect(stack.getByRole('listitem')).toHaveCount(1);
      await page.keyboard.press('ArrowRight');
      await expect(live).toHaveText(say(2));
      await expect(stack.getByRole('listitem')).toHaveCount(2);
      await page.keyboard.press('End');
      await expect(live).toHaveText(say(trace.length));
      // The unclosed '(' is the first character: position 1 (positions count from 1).
      await expect(region.getByText(t(lang, 'players.brackets.unbalanced', { index: 1 }))).toBeVisible();
      await page.keyboard.press('Home');
      await expect(live).toHaveText(t(lang, 'player.initial'));
      // Space on the play button plays; the narration moves on by itself, and Space again pauses.
      // (Focus is still on the first button: at step 0 it is aria-disabled, not disabled.)
      await expect(group.getByRole('button', { name: t(lang, 'player.start') })).toBeFocused();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(group.getByRole('button', { name: t(lang, 'player.play') })).toBeFocused();
      await page.keyboard.press(' ');
      await expect(live).not.toHaveText(t(lang, 'player.initial'), { timeout: 5000 });
      await page.keyboard.press(' ');
    });
  });
}
