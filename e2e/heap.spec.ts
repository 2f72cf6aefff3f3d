// Chapter 6 islands in a real browser, both locales: the allocator exercise completed with the
// keyboard only (one wrong step explained and undone, after switching the policy); a script
// typed into the playground, a bad one located, a good one stepped to its free; the game-server
// day driven with the slider and Play; axe clean in light and dark; no console errors. Islands
// are found by role and accessible name (the page's prose will change), and the model's answers
// come from the core.
import { test, expect } from '@playwright/test';
import { LANGS, type Lang } from '../src/i18n/lang';
import { fitExercise, fitTrace, generateFitProblem, hex } from '../src/sim/heap/index';
import { simulateGameServer } from '../src/sim/heap/game-server';
import { modelActions } from '../src/sim/exercises/grader';
import { axeViolations, expectExerciseDone, islandT, openPage, openRegion, seedOf, tabTo, THEMES, undoWrongStep, watchPage } from './pages';

const PAGE = (lang: Lang) => `${lang}/06-the-heap/`;
const TABBING = { tabs: 25, backTabs: 40 };

for (const lang of LANGS) {
  test.describe(`chapter 6 (${lang})`, () => {
    test('allocator exercise, keyboard only: switch to next-fit, one wrong pick undone, then the model answer', async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      const t = islandT('allocator-exercise', lang);
      const problems = watchPage(page, baseURL!);
      await openPage(page, PAGE(lang));
      const region = await openRegion(page, t('exercise.allocfit.heading'));
      const seed = await seedOf(region);

      // Switch the policy from the keyboard: first-fit → next-fit is one step down the list.
      const select = region.getByRole('combobox', { name: t('exercise.allocfit.policy') });
      await select.focus();
      await page.keyboard.press('ArrowDown');
      await expect(region).toContainText(t('heap.rule.next-fit'));
      await expect(region.getByRole('combobox', { name: t('exercise.allocfit.policy') })).toBeFocused();
      expect(await seedOf(region)).toBe(seed);

      const model = modelActions(fitTrace(generateFitProblem(seed, 'next-fit')), fitExercise);
      const blocks = region.getByRole('group', { name: t('exercise.allocfit.blocks') });
      const blockButton = (address: number) => blocks.getByRole('button', { name: new RegExp(`^${hex(address)} \\(`) });
      const nullButton = region.getByRole('button', { name: t('exercise.allocfit.null') });
      let wrongDone = false;
      for (const a of model) {
        if (!wrongDone) {
          await undoWrongStep(page, region, a.type === 'null' ? blocks.getByRole('button').first() : nullButton, t, TABBING);
          wrongDone = true;
        }
        await tabTo(page, a.type === 'null' ? nullButton : blockButton(Number(a['address'])), TABBING);
        await page.keyboard.press('Enter');
      }
      // The step taken back and then done right is not right first time.
      await expectExerciseDone(region, { correct: model.length - 1, undone: 1 });
      expect(problems).toEqual([]);
    });

    test('playground: a bad script is located; a good one is stepped to its free', async ({ page, baseURL }) => {
      const t = islandT('allocator-playground', lang);
      const problems = watchPage(page, baseURL!);
      await openPage(page, PAGE(lang));
      const region = await openRegion(page, t('heap.play.title'), { exact: true });
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

    test('playground: a name given a new block leaves the old one leaked, and the end of the script sums up the leaks', async ({ page, baseURL }) => {
      const t = islandT('allocator-playground', lang);
      const problems = watchPage(page, baseURL!);
      await openPage(page, PAGE(lang));
      const region = await openRegion(page, t('heap.play.title'), { exact: true });
      const box = region.getByRole('textbox', { name: t('heap.play.field') });
      const steps = region.getByRole('group', { name: t('heap.play.steps') });
      const summary = region.getByRole('region', { name: t('heap.play.leakTitle') });
      const counts = (bytes: number, blocks: number) => ({
        bytes: t(bytes === 1 ? 'heap.play.bytesOne' : 'heap.play.bytesMany', { n: bytes }),
        blocks: t(blocks === 1 ? 'heap.play.blocksOne' : 'heap.play.blocksMany', { n: blocks }),
      });

      await box.fill('a = malloc(10)\na = malloc(20)');
      await box.press('Control+Enter');
      // No summary before the end of the script.
      await expect(summary).toHaveCount(0);
      await steps.getByRole('slider', { name: t('player.scrubber') }).focus();
      await page.keyboard.press('End');
      // The first block is no longer a's: the table says it is leaked and names no pointer.
      const first = region.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '0x1010', exact: true }) });
      await expect(first).toContainText(t('heap.map.leaked'));
      await expect(first.getByRole('cell').nth(2)).toHaveText(t('heap.map.none'));
      await expect(region.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '0x1030', exact: true }) }).getByRole('cell').nth(2)).toHaveText('a');
      await expect(summary).toContainText(t('heap.play.leakLost', counts(10, 1)));
      await expect(summary).toContainText(t('heap.play.leakReachable', counts(20, 1)));

      // Everything freed: Valgrind's all-clear.
      await box.fill('a = malloc(10)\nfree(a)');
      await box.press('Control+Enter');
      await steps.getByRole('slider', { name: t('player.scrubber') }).focus();
      await page.keyboard.press('End');
      await expect(summary).toContainText(t('heap.play.leakNone'));
      await expect(summary).not.toContainText(t('heap.play.leakLost', counts(0, 0)));
      expect(problems).toEqual([]);
    });

    test('game server: slider and Play move through the day', async ({ page, baseURL }) => {
      const t = islandT('game-server', lang);
      const problems = watchPage(page, baseURL!);
      await openPage(page, PAGE(lang));
      const region = await openRegion(page, t('heap.game.title'));
      const day = simulateGameServer({ seed: await seedOf(region) });
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

    for (const theme of THEMES) {
      test(`the page is axe clean with its islands hydrated (${theme})`, async ({ page, baseURL }) => {
        const problems = watchPage(page, baseURL!);
        await openPage(page, PAGE(lang), { theme, islands: true });
        expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      });
    }
  });
}
