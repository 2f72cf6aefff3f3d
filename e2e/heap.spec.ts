// Chapter 6 islands in a real browser, both locales: the allocator exercise completed with the
// keyboard only (one wrong step explained and undone, after switching the policy); a script
// typed into the playground, a bad one located, a good one stepped to its free; the game-server
// day driven with the slider and Play; axe clean in light and dark; no console errors. Islands
// are found by role and accessible name (the page's prose will change), and the model's answers
// come from the core.
import { islandMessages } from '../src/components/registry';
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { fill, LANGS, type Lang } from '../src/i18n/lang';
import { fitExercise, fitTrace, generateFitProblem, hex } from '../src/sim/heap/index';
import { simulateGameServer } from '../src/sim/heap/game-server';
import { modelActions } from '../src/sim/exercises/grader';
import { openIsland, watchPage, waitForIslands } from './pages';

const PAGE = (lang: Lang) => `${lang}/06-the-heap/`;
const focused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

async function tabTo(page: Page, target: Locator) {
  for (let i = 0; i < 25; i++) {
    if (await focused(target)) return;
    await page.keyboard.press('Tab');
  }
  for (let i = 0; i < 40; i++) {
    if (await focused(target)) return;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(target).toBeFocused();
}

for (const lang of LANGS) {
  test.describe(`chapter 6 (${lang})`, () => {
    test('allocator exercise, keyboard only: switch to next-fit, one wrong pick undone, then the model answer', async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      const m = islandMessages('allocator-exercise', lang);
      const t = (k: string, p: Record<string, string | number> = {}) => fill(m, k, p);
      const problems = watchPage(page, new URL(baseURL!).origin);
      await page.goto(PAGE(lang));
      const region = page.getByRole('region', { name: t('exercise.allocfit.heading') });
      await openIsland(page, region);
      const seed = Number(await region.getAttribute('data-seed'));

      // Switch the policy from the keyboard: first-fit → next-fit is one step down the list.
      const select = region.getByRole('combobox', { name: t('exercise.allocfit.policy') });
      await select.focus();
      await page.keyboard.press('ArrowDown');
      await expect(region).toContainText(t('heap.rule.next-fit'));
      await expect(region.getByRole('combobox', { name: t('exercise.allocfit.policy') })).toBeFocused();
      expect(Number(await region.getAttribute('data-seed'))).toBe(seed);

      const model = modelActions(fitTrace(generateFitProblem(seed, 'next-fit')), fitExercise);
      const blocks = region.getByRole('group', { name: t('exercise.allocfit.blocks') });
      const blockButton = (address: number) => blocks.getByRole('button', { name: new RegExp(`^${hex(address)} \\(`) });
      const nullButton = region.getByRole('button', { name: t('exercise.allocfit.null') });
      let wrongDone = false;
      for (const a of model) {
        if (!wrongDone) {
          const wrong = a.type === 'null' ? blocks.getByRole('button').first() : nullButton;
          await tabTo(page, wrong);
          await page.keyboard.press('Enter');
          await expect(region).toContainText(t('exercise.why', { reason: '' }).trim());
          const undo = region.getByRole('button', { name: t('exercise.undoMine') });
          await expect(undo).toBeFocused();
          await page.keyboard.press('Enter');
          await expect(region).toContainText(t('exercise.undone'));
          wrongDone = true;
        }
        await tabTo(page, a.type === 'null' ? nullButton : blockButton(Number(a['address'])));
        await page.keyboard.press('Enter');
      }
      await expect(region).toHaveAttribute('data-done', 'true');
      const score = region.locator('.score');
      await expect(score).toHaveAttribute('data-correct', String(model.length));
      await expect(score).toHaveAttribute('data-undone', '1');
      expect(problems).toEqual([]);
    });

    test('playground: a bad script is located; a good one is stepped to its free', async ({ page, baseURL }) => {
      const m = islandMessages('allocator-playground', lang);
      const t = (k: string, p: Record<string, string | number> = {}) => fill(m, k, p);
      const problems = watchPage(page, new URL(baseURL!).origin);
      await page.goto(PAGE(lang));
      const region = page.getByRole('region', { name: t('heap.play.title'), exact: true });
      await openIsland(page, region);
      const box = region.getByRole('textbox', { name: t('heap.play.field') });

      await box.fill('a = malloc 100\nfree a\nfree a');
      await box.press('Control+Enter');
      await expect(box).toHaveAttribute('aria-invalid', 'true');
      await expect(region).toContainText(t('heap.play.invalid', { message: t('error.alloc.doubleFreeHandle', { name: 'a' }) }));
      await expect(region.getByRole('list', { name: t('heap.play.input'), exact: true })).toBeVisible();
      // A raw address inside a block is not one malloc returned.
      await box.fill('a = malloc 32, free 0x1018');
      await box.press('Control+Enter');
      await expect(region).toContainText(t('heap.play.invalid', { message: t('error.alloc.foreignFree', { address: '0x1018' }) }));

      await box.fill('a = malloc 100, b = malloc 10, free a');
      await region.getByRole('button', { name: t('heap.play.run') }).press('Enter');
      await expect(box).not.toHaveAttribute('aria-invalid', 'true');
      const steps = region.getByRole('group', { name: t('heap.play.steps') });
      await steps.getByRole('slider', { name: t('player.scrubber') }).focus();
      await page.keyboard.press('End');
      const freeText = t('alloc.free', { address: '0x1010', size: 112 });
      await expect(steps).toContainText(freeText);
      await expect(region.getByRole('table')).toContainText(t('heap.map.free'));
      // step back onto the search: the block map's table marks the block looked at
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await expect(region.getByRole('table')).toContainText(t('heap.map.current', { what: t('heap.map.chosen') }));

      // a click adds a command on its own line and runs it
      await region.getByRole('button', { name: t('heap.play.mallocLabel') }).click();
      await expect(box).toHaveValue(/\nc = malloc 64$/);
      expect(problems).toEqual([]);
    });

    test('game server: slider and Play move through the day', async ({ page, baseURL }) => {
      const m = islandMessages('game-server', lang);
      const t = (k: string, p: Record<string, string | number> = {}) => fill(m, k, p);
      const problems = watchPage(page, new URL(baseURL!).origin);
      await page.goto(PAGE(lang));
      const region = page.getByRole('region', { name: t('heap.game.title') });
      await openIsland(page, region);
      const day = simulateGameServer({ seed: Number(await region.getAttribute('data-seed')) });
      const slider = region.getByRole('slider', { name: t('heap.game.time') });
      await slider.focus();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      const one = day.hours[1]!;
      const n = (v: number) => v.toLocaleString('en-US');
      await expect(region).toContainText(
        t('heap.game.readout', { time: t('heap.game.clock', { hh: '01' }), online: one.online, a: n(one.arrayBytes), b: n(one.heapLive), top: n(one.heapTop), holes: n(one.holes) }),
      );
      await region.getByRole('button', { name: t('heap.game.play') }).click();
      await expect(slider).toHaveValue('3', { timeout: 5_000 });
      await region.getByRole('button', { name: t('heap.game.pause') }).click();
      await region.getByText(t('heap.game.table')).click();
      await expect(region.getByRole('table')).toBeVisible();
      await expect(region.getByRole('row')).toHaveCount(26);
      expect(problems).toEqual([]);
    });

    for (const theme of ['light', 'dark'] as const) {
      test(`the page is axe clean with its islands hydrated (${theme})`, async ({ page, baseURL }) => {
        const problems = watchPage(page, new URL(baseURL!).origin);
        await page.emulateMedia({ colorScheme: theme });
        await page.goto(PAGE(lang));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await waitForIslands(page);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
        expect(problems).toEqual([]);
      });
    }
  });
}
