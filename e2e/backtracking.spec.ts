// Chapter 5 islands in a real browser, both locales: the N-Queens exercise (n = 4) completed
// with the keyboard only, one wrong step explained and undone; axe clean; no console errors.
// The model's answers come from the core, never hard-coded.
import { t as message } from '../src/i18n/messages';
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LANGS, type Lang } from '../src/i18n/lang';
import { solveNQueens } from '../src/sim/backtracking/nqueens';
import { nQueensExercise } from '../src/sim/exercises/kinds/nqueens';
import { modelActions } from '../src/sim/exercises/grader';
import { watchPage, waitForIslands } from './pages';

const t = (lang: Lang, key: string, params: Record<string, string | number> = {}) => message(lang, key, params);
const focused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

async function tabTo(page: Page, target: Locator) {
  // Within the row of squares, ← → move between the buttons.
  for (let i = 0; i < 8; i++) {
    if (await focused(target)) return;
    const sameRow = await target.evaluate((el) => {
      const a = document.activeElement;
      return !!a && a !== el && a.tagName === 'BUTTON' && a.closest('tr') !== null && a.closest('tr') === el.closest('tr');
    });
    if (!sameRow) break;
    await page.keyboard.press('ArrowRight');
  }
  for (let i = 0; i < 20; i++) {
    if (await focused(target)) return;
    await page.keyboard.press('Tab');
  }
  for (let i = 0; i < 30; i++) {
    if (await focused(target)) return;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(target).toBeFocused();
}

for (const lang of LANGS) {
  test.describe(`chapter 5 (${lang})`, () => {
    test('N-Queens exercise, n = 4, keyboard only, with one wrong step', async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      const problems = watchPage(page, new URL(baseURL!).origin);
      await page.goto(`${lang}/05-backtracking/`);
      await waitForIslands(page);
      const region = page.locator('section[data-exercise="ch5.nqueens"]');
      await region.scrollIntoViewIfNeeded();
      const model = modelActions(solveNQueens(4).trace, nQueensExercise);
      const square = (row: number, col: number) => region.getByRole('button', { name: t(lang, 'exercise.nqueens.squareLabel', { row: row + 1, col: col + 1 }), exact: true });
      const backtrack = region.getByRole('button', { name: t(lang, 'exercise.nqueens.backtrack') });
      // Enter the exercise (as a student tabbing into it); from here on only keys are used.
      await region.getByRole('button').first().focus();
      let wrongDone = false;
      for (const [i, a] of model.entries()) {
        if (!wrongDone && i === 1 && a.type === 'place') {
          // Row 2, column 2 is on the diagonal of the queen in row 1, column 1.
          const col = Number(a['col']) === 0 ? 1 : 0;
          await tabTo(page, square(Number(a['row']), col));
          await page.keyboard.press('Enter');
          await expect(region).toContainText(t(lang, 'exercise.why', { reason: '' }).trim());
          const undo = region.getByRole('button', { name: t(lang, 'exercise.undoMine') });
          await expect(undo).toBeFocused();
          await page.keyboard.press('Enter');
          await expect(region).toContainText(t(lang, 'exercise.undone'));
          wrongDone = true;
        }
        const target = a.type === 'place' ? square(Number(a['row']), Number(a['col'])) : backtrack;
        await tabTo(page, target);
        await page.keyboard.press('Enter');
      }
      expect(wrongDone).toBe(true);
      await expect(region).toHaveAttribute('data-done', 'true');
      const score = region.locator('.score');
      await expect(score).toHaveAttribute('data-correct', String(model.length));
      await expect(score).toHaveAttribute('data-undone', '1');
      expect(problems).toEqual([]);
    });

    test('the chapter page is axe clean with its islands hydrated', async ({ page, baseURL }) => {
      const problems = watchPage(page, new URL(baseURL!).origin);
      await page.goto(`${lang}/05-backtracking/`);
      await waitForIslands(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}
