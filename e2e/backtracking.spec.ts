// Chapter 5 islands in a real browser, both locales: the N-Queens exercise (n = 4) completed
// with the keyboard only, one wrong step explained and undone; stacks listed in the order their
// labels say, rows and columns counted from 1, counters only where they mean something,
// arrangements as tuples, the model step named with its direction, an answer said once; axe
// clean; no console errors. The model's answers come from the core, never hard-coded.
import { test, expect } from '@playwright/test';
import { LANGS } from '../src/i18n/lang';
import { translator } from '../src/i18n/messages';
import { solveNQueens } from '../src/sim/backtracking/nqueens';
import { nQueensExercise } from '../src/sim/exercises/kinds/nqueens';
import { modelActions } from '../src/sim/exercises/grader';
import { solveMaze } from '../src/sim/backtracking/maze';
import { EXAMPLE_MAZE } from '../src/sim/backtracking/maze-input';
import { permutations, subsets } from '../src/sim/backtracking/combinatorics';
import { mazeKind } from '../src/sim/exercises/kinds/maze';
import { nqueensKind } from '../src/sim/exercises/kinds/nqueens';
import { predictChoices } from '../src/sim/exercises/predict';
import type { Locator } from '@playwright/test';
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

    test('stacks are listed in the order their labels say, rows and columns counted from 1', async ({ page }) => {
      await openPage(page, `${lang}/05-backtracking/`, { islands: true });
      const tops = async (items: Locator) => Promise.all((await items.all()).map(async (li) => (await li.boundingBox())!.y));
      // N-Queens (n = 6): the choice stack, bottom → top, reads row 1 first, down the page.
      const queens = page.getByRole('region', { name: t(lang, 'players.nqueens.title'), exact: true });
      await queens.scrollIntoViewIfNeeded();
      const { trace } = solveNQueens(6);
      let at = 0;
      while (trace.stateAt(at).queens.length < 3) at++;
      await queens.getByRole('button', { name: t(lang, 'player.forward') }).focus();
      for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
      await expect(queens.getByText(t(lang, 'bt.choices'), { exact: true })).toBeVisible();
      const placed = queens.getByRole('list', { name: t(lang, 'bt.choices') }).getByRole('listitem');
      const rows = trace.stateAt(at).queens.map((c, r) => t(lang, 'bt.choiceQueen', { row: r + 1, col: c + 1 }));
      await expect(placed).toHaveText(rows);
      const ys = await tops(placed);
      expect(ys).toEqual([...ys].sort((a, b) => a - b));

      // The maze: its path stack, top → bottom, shows the latest cell first, numbered by its step;
      // the grid's headers and the narration count rows and columns from 1.
      const maze = page.getByRole('region', { name: t(lang, 'players.maze.title'), exact: true });
      await maze.scrollIntoViewIfNeeded();
      await maze.getByRole('button', { name: t(lang, 'player.forward') }).focus();
      await page.keyboard.press('End');
      const path = solveMaze(EXAMPLE_MAZE, [0, 0], [4, 4]).path!;
      const cells = maze.getByRole('list', { name: t(lang, 'players.maze.pathStack') }).getByRole('listitem');
      await expect(cells).toHaveText(path.slice().reverse().map(([r, c]) => t(lang, 'bt.cell', { row: r + 1, col: c + 1 })));
      expect(await tops(cells)).toEqual([...(await tops(cells))].sort((a, b) => a - b));
      await expect(cells.first()).toHaveText(t(lang, 'bt.cell', { row: 5, col: 5 }));
      expect(await cells.first().evaluate((li) => (li as HTMLLIElement).value)).toBe(path.length);
      await expect(maze.locator('table thead th').first()).toHaveText('1');
      await expect(maze.locator('table tbody th').last()).toHaveText('5');
    });

    test('counters only where they mean something; arrangements as tuples, subsets as sets', async ({ page }) => {
      await openPage(page, `${lang}/05-backtracking/`, { islands: true });
      for (const mode of ['subsets', 'permutations'] as const) {
        const region = page.getByRole('region', { name: t(lang, `players.choice.title.${mode}`), exact: true });
        await region.scrollIntoViewIfNeeded();
        await region.getByRole('button', { name: t(lang, 'player.forward') }).focus();
        await page.keyboard.press('End');
        const names = await region.locator('dl.counters dt').allTextContents();
        expect(names.includes(t(lang, 'bt.conflicts'))).toBe(mode === 'permutations');
        const results = (mode === 'subsets' ? subsets(['a', 'b', 'c']) : permutations(['a', 'b', 'c'])).results!;
        const shown = await region.locator('ol.results li').allTextContents();
        expect(shown).toHaveLength(results.length);
        expect(shown).toEqual(results.map((r) => (mode === 'permutations' ? `(${r.join(', ')})` : r.length === 0 ? '{ }' : `{${r.join(', ')}}`)));
      }
    });

    test('"Show the answer" says the explanation once', async ({ page }) => {
      await openPage(page, `${lang}/05-backtracking/`, { islands: true });
      const kind = nqueensKind(4);
      const q = predictChoices(kind.fromInput('4').trace, 9, kind.predict);
      const explanation = t(lang, q.explanation.key, q.explanation.params);
      const region = page.locator('section.predict').first();
      await region.scrollIntoViewIfNeeded();
      await region.getByRole('button', { name: t(lang, 'predict.show') }).click();
      const feedback = region.getByRole('status');
      await expect(feedback).toContainText(explanation);
      const text = (await feedback.textContent())!;
      expect(text.split(explanation).length - 1).toBe(1);
    });

    test('the model step applied for a student names the move', async ({ page }) => {
      await openPage(page, `${lang}/05-backtracking/`, { islands: true });
      const region = page.locator('section[data-exercise="ch5.maze"]');
      await region.scrollIntoViewIfNeeded();
      const { trace } = mazeKind.fromSeed(Number(await region.getAttribute('data-seed')));
      const first = [...trace.events()].find((e) => mazeKind.spec.isDecision(e))!;
      const right = mazeKind.spec.toAction(first);
      expect(right.type).toBe('move');
      const wrong = (['down', 'right', 'up', 'left'] as const).find((d) => d !== right['dir'])!;
      await region.getByRole('button', { name: t(lang, `exercise.maze.${wrong}`), exact: true }).click();
      await region.getByRole('button', { name: t(lang, 'exercise.showModelStep') }).click();
      const step = t(lang, `exercise.maze.${String(right['dir'])}`);
      await expect(region.locator('.verdict')).toContainText(t(lang, 'exercise.fixed', { step, reason: '' }).trim());
    });

    test('the chapter page is axe clean with its islands hydrated', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await openPage(page, `${lang}/05-backtracking/`, { islands: true });
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}
