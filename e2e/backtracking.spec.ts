// Chapter 5 islands in a real browser, both locales: the N-Queens exercise (n = 4) completed
// with the keyboard only, one wrong step explained and undone; axe clean; no console errors.
// The model's answers come from the core, never hard-coded.
import { test, expect } from '@playwright/test';
import { LANGS } from '../src/i18n/lang';
import { translator } from '../src/i18n/messages';
import { solveNQueens } from '../src/sim/backtracking/nqueens';
import { nQueensExercise } from '../src/sim/exercises/kinds/nqueens';
import { modelActions } from '../src/sim/exercises/grader';
import { axeViolations, expectExerciseDone, openPage, t, tabTo, undoWrongStep, watchPage } from './pages';

// Within the row of squares, ← → move between the buttons.
const TABBING = { rowArrows: true, tabs: 20, backTabs: 30 };

for (const lang of LANGS) {
  test.describe(`chapter 5 (${lang})`, () => {
    test('N-Queens exercise, n = 4, keyboard only, with one wrong step', async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      const problems = watchPage(page, baseURL!);
      await openPage(page, `${lang}/05-backtracking/`, { islands: true });
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
          await undoWrongStep(page, region, square(Number(a['row']), col), translator(lang), TABBING);
          wrongDone = true;
        }
        const target = a.type === 'place' ? square(Number(a['row']), Number(a['col'])) : backtrack;
        await tabTo(page, target, TABBING);
        await page.keyboard.press('Enter');
      }
      expect(wrongDone).toBe(true);
      // The step taken back and then done right is not right first time.
      await expectExerciseDone(region, { correct: model.length - 1, undone: 1 });
      expect(problems).toEqual([]);
    });

    test('the chapter page is axe clean with its islands hydrated', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await openPage(page, `${lang}/05-backtracking/`, { islands: true });
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}
