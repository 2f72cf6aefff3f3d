// Chapter 5's maze player with the reader's own maze, in both languages: typed (one row per
// line), drawn with the keyboard only, and typed wrong (an error located at its line). Then the
// touch targets of the boards a reader plays on, measured at 360 px. What each maze should give
// comes from the core, never hard-coded.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../src/i18n/lang';
import { solveMaze, type Cell } from '../src/sim/backtracking/maze';
import { formatMaze, mazeFrom, parseMazeText } from '../src/sim/backtracking/maze-input';
import { drawCell, resizeMaze } from '../src/sim/backtracking/maze-draw';
import { axeViolations, liveRegion, openIsland, openPage, openRegion, t, tabTo, watchPage } from './pages';

const CHAPTER = (lang: Lang) => `${lang}/05-backtracking/`;
const openMaze = (page: Page, lang: Lang) => openRegion(page, t(lang, 'players.maze.title'), { exact: true });
const field = (region: Locator, lang: Lang) => region.getByRole('textbox', { name: t(lang, 'players.maze.field') });
const steps = (region: Locator, lang: Lang) => region.getByRole('group', { name: t(lang, 'players.common.steps', { title: t(lang, 'players.maze.title') }) });

/** Runs to the last step and checks what the narration says there. */
async function expectEnd(region: Locator, lang: Lang, said: string) {
  const group = steps(region, lang);
  await group.getByRole('button', { name: t(lang, 'player.end') }).click();
  await expect(liveRegion(group)).toHaveText(said);
}

for (const lang of LANGS) {
  test.describe(`maze player, the reader's own maze (${lang})`, () => {
    test('a typed maze runs, is kept in the URL, and an unreachable goal is a result, not an error', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await openPage(page, CHAPTER(lang));
      const region = await openMaze(page, lang);
      const box = field(region, lang);
      // The field starts with the chapter's maze written out, so the format is there to copy.
      await expect(box).toHaveValue(formatMaze(mazeFrom('example')));

      const text = 'S..#.\n.#...\n.#.#.\n...#G';
      await box.fill(text);
      await box.press('Control+Enter');
      await expect(region.getByRole('table', { name: t(lang, 'players.maze.grid', { rows: 4, cols: 5 }) })).toBeVisible();
      const m = parseMazeText(text);
      const length = solveMaze(m.grid, m.start, m.goal).path!.length;
      await expectEnd(region, lang, t(lang, 'maze.solution', { length }));
      await expect.poll(() => new URL(page.url()).searchParams.get('maze')).toBe(text);

      // A reload brings the same maze back from the URL.
      await page.reload();
      const again = await openMaze(page, lang);
      await expect(field(again, lang)).toHaveValue(text);

      // Walls all round the start: the player runs and says there is no path.
      await field(again, lang).fill('S#.\n##.\n..G');
      await field(again, lang).press('Control+Enter');
      await expect(field(again, lang)).not.toHaveAttribute('aria-invalid', 'true');
      await expectEnd(again, lang, t(lang, 'maze.noPath'));
      expect(problems).toEqual([]);
    });

    test('a bad maze shows an error located at its line and column', async ({ page }) => {
      await openPage(page, CHAPTER(lang));
      const region = await openMaze(page, lang);
      const box = field(region, lang);

      await box.fill('S...\n...\n...G');
      await region.getByRole('button', { name: t(lang, 'players.common.run'), exact: true }).click();
      const message = t(lang, 'players.common.invalid', { message: t(lang, 'error.maze.rowLength', { line: 2, length: 3, width: 4, firstLine: 1 }) });
      await expect(region.getByText(message)).toBeVisible();
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await expect(box).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

      await box.fill('S.x\n..G');
      await box.press('Control+Enter');
      await expect(region.getByText(t(lang, 'error.maze.badChar', { line: 1, col: 3, ch: 'x' }), { exact: false })).toBeVisible();
      // The spot is marked in the input too.
      const spot = region.getByRole('list', { name: t(lang, 'players.common.input') }).getByRole('listitem').filter({ hasText: t(lang, 'players.common.errorHere') });
      await expect(spot).toContainText('x');

      await box.fill('S.G\n.G.');
      await box.press('Control+Enter');
      await expect(region.getByText(t(lang, 'error.maze.twoGoals', { line: 2, col: 2, firstLine: 1, firstCol: 3 }), { exact: false })).toBeVisible();
    });

    test('a maze drawn with the keyboard only: size, walls, the goal moved, every change announced', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await openPage(page, CHAPTER(lang));
      const region = await openMaze(page, lang);
      const summary = region.getByText(t(lang, 'players.maze.draw'), { exact: true });
      await region.getByRole('button', { name: t(lang, 'players.maze.random') }).focus();
      await tabTo(page, summary, { tabs: 10, backTabs: 0 });
      await page.keyboard.press('Enter');

      // The size: 4 rows (typing the number picks it in the closed select).
      const rowsSelect = region.getByRole('combobox', { name: t(lang, 'players.maze.rows') });
      // The editor is loaded when first opened.
      await expect(rowsSelect).toBeVisible();
      await tabTo(page, rowsSelect, { tabs: 5, backTabs: 0 });
      await page.keyboard.type('4');
      await expect(rowsSelect).toHaveValue('4');
      const grid = region.getByRole('grid', { name: t(lang, 'players.maze.drawGrid', { rows: 4, cols: 5 }) });
      await expect(grid).toBeVisible();

      // Into the grid: one tab stop, on the top-left cell (the start).
      const cell = (r: number, c: number) => grid.locator(`[data-cell="${r}-${c}"]`);
      await tabTo(page, cell(0, 0), { tabs: 10, backTabs: 0 });
      const said = liveRegion(region.locator('details'));
      let expected = resizeMaze(mazeFrom('example'), 4, 5);
      const draw = (at: Cell, how: 'wall' | 'start' | 'goal') => {
        const r = drawCell(expected, at, how);
        expected = r.maze;
        return t(lang, r.said.key, r.said.params);
      };

      // → → Space: a wall at [0, 2] where the example had none (its first row is open).
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect(cell(0, 2)).toBeFocused();
      await page.keyboard.press('Space');
      await expect(said).toHaveText(draw([0, 2], 'wall'));
      await expect(cell(0, 2)).toHaveAccessibleName(t(lang, 'players.maze.cell', { row: 1, col: 3, what: t(lang, 'players.maze.wall') }));
      // ↓ ↓ Space: [2, 2] was open in the example; now a wall.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      await expect(said).toHaveText(draw([2, 2], 'wall'));
      // ↓ G: the goal moves to [3, 2].
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('g');
      await expect(said).toHaveText(draw([3, 2], 'goal'));
      await expect(cell(3, 2)).toHaveAccessibleName(t(lang, 'players.maze.cell', { row: 4, col: 3, what: t(lang, 'players.maze.goal') }));

      // Run it: the field gets the drawn maze's text and the player solves it.
      await tabTo(page, region.getByRole('button', { name: t(lang, 'players.maze.useDrawn') }), { tabs: 5, backTabs: 0 });
      await page.keyboard.press('Enter');
      await expect(field(region, lang)).toHaveValue(formatMaze(expected));
      await expect(region.getByRole('table', { name: t(lang, 'players.maze.grid', { rows: 4, cols: 5 }) })).toBeVisible();
      const path = solveMaze(expected.grid, expected.start, expected.goal).path;
      await expectEnd(region, lang, path ? t(lang, 'maze.solution', { length: path.length }) : t(lang, 'maze.noPath'));
      expect(await axeViolations(page, 'section.trace-player')).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}

test.describe('touch targets at 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  /** The smallest width and height among `targets`' boxes. */
  async function smallest(targets: Locator): Promise<{ width: number; height: number; count: number }> {
    const boxes = await targets.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((b) => ({ width: b.width, height: b.height })));
    return { width: Math.min(...boxes.map((b) => b.width)), height: Math.min(...boxes.map((b) => b.height)), count: boxes.length };
  }

  for (const lang of LANGS) {
    test(`N-Queens squares and drawn maze cells are at least 44 × 44 px (${lang})`, async ({ page }) => {
      await openPage(page, CHAPTER(lang));
      const board = page.locator('section[data-exercise="ch5.nqueens"]');
      await openIsland(page, board);
      // The largest board the exercise draws (6 × 6; "New problem" picks 4–6 at random).
      const rows = board.locator('table tbody tr');
      for (let i = 0; i < 40 && (await rows.count()) !== 6; i++) await board.getByRole('button', { name: t(lang, 'exercise.new'), exact: true }).click();
      await expect(rows).toHaveCount(6);
      await expect(board.getByRole('button', { name: t(lang, 'exercise.nqueens.squareLabel', { row: 1, col: 6 }), exact: true })).toBeVisible();
      const queens = await smallest(board.locator('table button'));
      console.log(`N-Queens squares at 360 px (${lang}, 6 × 6): ${queens.count} buttons, smallest ${queens.width.toFixed(1)} × ${queens.height.toFixed(1)} px`);
      expect(queens.count).toBe(6);
      expect(queens.width).toBeGreaterThanOrEqual(44);
      expect(queens.height).toBeGreaterThanOrEqual(44);
      // The whole board fits its box: no square is hidden behind a scroll.
      expect(await board.locator('table').evaluate((el) => el.getBoundingClientRect().right - el.parentElement!.getBoundingClientRect().right)).toBeLessThanOrEqual(0);

      const region = await openMaze(page, lang);
      await region.getByText(t(lang, 'players.maze.draw'), { exact: true }).click();
      await region.getByRole('combobox', { name: t(lang, 'players.maze.cols') }).selectOption('12');
      const cells = await smallest(region.locator('[data-cell]'));
      console.log(`maze cells at 360 px (${lang}): ${cells.count} buttons, smallest ${cells.width.toFixed(1)} × ${cells.height.toFixed(1)} px`);
      expect(cells.count).toBe(5 * 12);
      expect(cells.width).toBeGreaterThanOrEqual(44);
      expect(cells.height).toBeGreaterThanOrEqual(44);
      // A grid wider than the phone scrolls inside its own box, not the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  }
});
