// Chapter 7's pymalloc islands driven as a student would: by role and accessible name, keyboard only.
import { test, expect, type Locator } from '@playwright/test';
import { LANGS } from '../src/i18n/lang';
import { generateSizeClassProblem } from '../src/sim/pymalloc/size-class-problems';
import { pymallocConfig } from '../src/sim/pymalloc/config';
import { axeViolations, openPage, openRegion, seedOf, setTheme, storedProgress, t, tabTo, THEMES, watchPage } from './pages';

const PAGE = '07-cpython-memory/';

for (const lang of LANGS) {
  test.describe(`pymalloc islands (${lang})`, () => {
    test('visualizer: 40,000 floats fill two arenas; 0.1% survivors pin them; freeing the rest releases one', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await openPage(page, `${lang}/${PAGE}`);
      const viz = await openRegion(page, t(lang, 'pmv.heading'));
      const status = viz.getByRole('status');
      const stat = (name: string) => viz.locator(`dd[data-stat="${name}"]`);

      // The simulator is not part of the page: it comes with the first request.
      const simulator: string[] = [];
      page.on('request', (r) => /\/simulate\.[\w-]+\.js$/.test(r.url()) && simulator.push(r.url()));
      // Server-rendered start: CPython 3.13, a float (24 bytes), nothing allocated.
      const versionSelect = viz.getByLabel(t(lang, 'pmv.version'));
      await expect(versionSelect).toHaveValue('3.13');
      await expect(viz.getByLabel(t(lang, 'pmv.size'))).toHaveValue('24');
      await expect(stat('in-use')).toHaveText('0');
      // A version switch before any request needs no simulator either.
      await versionSelect.selectOption('3.8');
      const c38 = pymallocConfig('3.8');
      await expect(viz.getByText(t(lang, 'pmv.versionInfo', { version: '3.8', poolKib: c38.poolSize / 1024, arenaKib: c38.arenaSize / 1024, pools: c38.poolsPerArena, keep: t(lang, 'pmv.keepNone') }))).toBeVisible();
      await versionSelect.selectOption('3.13');
      expect(simulator).toEqual([]);

      // Keyboard only: from the version select, Tab to "Allocate 40,000" and press Enter.
      await versionSelect.focus();
      const allocMany = viz.getByRole('button', { name: t(lang, 'pmv.allocMany', { n: '40,000' }) });
      await tabTo(page, allocMany);
      await page.keyboard.press('Enter');
      // 3.13: 510 float blocks per 16 KiB pool, 63 pools per arena → 79 pools in 2 arenas.
      await expect(stat('in-use')).toHaveText('2');
      await expect(stat('allocated')).toHaveText('2');
      await expect(status).toContainText(t(lang, 'pmv.did.alloc', { n: '40,000', size: 24 }));
      expect(simulator.length).toBeGreaterThan(0);
      // The _debugmallocstats-like row of class 1: 79 pools, 40,000 blocks in use, 79 × 510 − 40,000 = 290 free.
      await expect(viz.getByRole('cell', { name: '40,000', exact: true })).toBeVisible();
      await expect(viz.getByRole('cell', { name: '290', exact: true })).toBeVisible();
      await expect(viz.getByText(t(lang, 'pmv.path.classValue', { sizeClass: 1, blockSize: 32 }))).toBeVisible();

      // The drawn arenas and tables pass axe in both themes (the page test only sees the empty start).
      for (const theme of THEMES) {
        await setTheme(page, theme);
        expect(await axeViolations(page, 'section.pmv')).toEqual([]);
      }

      // Free all but every 1000th: 40 survivors keep both arenas mapped.
      const freeKeep = viz.getByRole('button', { name: t(lang, 'pmv.freeKeep') });
      await tabTo(page, freeKeep);
      await page.keyboard.press('Enter');
      await expect(status).toContainText(t(lang, 'pmv.did.freeKeep', { n: '39,960', kept: 40 }));
      await expect(stat('in-use')).toHaveText('2');
      await expect(stat('freed')).toHaveText('0');

      // Free the rest: one arena is released, the last empty one is kept (3.9+).
      const freeAll = viz.getByRole('button', { name: t(lang, 'pmv.freeAll'), exact: true });
      await page.keyboard.press('Shift+Tab');
      await expect(freeAll).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(stat('freed')).toHaveText('1');
      await expect(stat('in-use')).toHaveText('1');
      await expect(status).toContainText(t(lang, 'pmv.announce', { what: t(lang, 'pmv.did.freeAll', { n: 40 }), inUse: 1, allocated: 2, freed: 1, live: 0 }));

      // The step player walks back through the last operation with the keyboard.
      const scrubber = viz.getByRole('slider');
      await scrubber.focus();
      await page.keyboard.press('Home');
      await expect(stat('freed')).toHaveText('0');
      await page.keyboard.press('End');
      await expect(stat('freed')).toHaveText('1');

      // Switching to 3.8 replays the same operations: every arena is freed there.
      await versionSelect.focus();
      await versionSelect.selectOption('3.8');
      await expect(stat('in-use')).toHaveText('0');
      await expect(status).toContainText(t(lang, 'pmv.did.version', { version: '3.8' }));
      expect(problems).toEqual([]);
    });

    test('visualizer: a heap that has allocated 500,000 objects in all refuses more until it starts over (each click replays them all)', async ({ page, baseURL }) => {
      test.setTimeout(120_000);
      const problems = watchPage(page, baseURL!);
      await openPage(page, `${lang}/${PAGE}`);
      const viz = await openRegion(page, t(lang, 'pmv.heading'));
      const status = viz.getByRole('status');
      const stat = (name: string) => viz.locator(`dd[data-stat="${name}"]`);
      await viz.getByLabel(t(lang, 'pmv.count')).selectOption('100000');
      const allocMany = viz.getByRole('button', { name: t(lang, 'pmv.allocMany', { n: '100,000' }) });
      const freeAll = viz.getByRole('button', { name: t(lang, 'pmv.freeAll'), exact: true });
      for (let k = 0; k < 5; k++) {
        await allocMany.click();
        await expect(status).toContainText(t(lang, 'pmv.did.alloc', { n: '100,000', size: 24 }));
        await freeAll.click();
        await expect(status).toContainText(t(lang, 'pmv.did.freeAll', { n: '100,000' }));
      }
      const arenas = await stat('allocated').textContent();
      await allocMany.click();
      await expect(status).toHaveText(t(lang, 'pmv.totalLimit', { total: '500,000' }));
      await expect(stat('allocated')).toHaveText(arenas!);
      await viz.getByRole('button', { name: t(lang, 'pmv.reset') }).click();
      await allocMany.click();
      await expect(status).toContainText(t(lang, 'pmv.did.alloc', { n: '100,000', size: 24 }));
      expect(problems).toEqual([]);
    });

    test('size-class exercise: answer with the keyboard, fix a wrong answer, reach all correct', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await openPage(page, `${lang}/${PAGE}`);
      await page.evaluate(() => localStorage.clear());
      const quiz = await openRegion(page, t(lang, 'scx.heading'));
      const { questions } = generateSizeClassProblem(await seedOf(quiz));

      /** Chooses option `k` (0 = "Choose…", 1 = raw, 2 + c = class c) with arrow keys. */
      const choose = async (select: Locator, k: number) => {
        await select.focus();
        await page.keyboard.press('Home');
        for (let i = 0; i < k; i++) await page.keyboard.press('ArrowDown');
      };
      for (const q of questions) {
        const legend = q.object
          ? t(lang, 'scx.questionObject', { n: q.id + 1, nbytes: q.nbytes, version: q.version, expr: q.object.expr })
          : t(lang, 'scx.question', { n: q.id + 1, nbytes: q.nbytes, version: q.version });
        const group = quiz.getByRole('group', { name: legend });
        const select = group.getByLabel(t(lang, 'scx.class'));
        const a = q.answer;
        // The first question is answered wrongly on purpose: the raw allocator for a small request, class 0 otherwise.
        const wrong = q.id === 0;
        const k = a.raw ? (wrong ? 2 : 1) : wrong ? 1 : 2 + a.sizeClass;
        await choose(select, k);
        if (!a.raw && !wrong) {
          await page.keyboard.press('Tab');
          await page.keyboard.type(String(a.blocksPerPool));
        }
        if (wrong && a.raw) {
          await page.keyboard.press('Tab');
          await page.keyboard.type('1');
        }
      }
      const check = quiz.getByRole('button', { name: t(lang, 'scx.check') });
      await tabTo(page, check);
      await page.keyboard.press('Enter');
      await expect(quiz.getByRole('status')).toHaveText(t(lang, 'scx.score', { k: 3, n: 4 }));
      // A first wrong class earns a hint, not the solution.
      await expect(quiz.getByText(t(lang, 'quiz.reveal.tryAgain'))).toBeVisible();
      await expect(quiz.getByText(t(lang, 'scx.wrongClass'))).toHaveCount(0);

      // Clear the wrong answer: focus returns to its select; answer it right.
      await page.keyboard.press('Tab');
      await expect(quiz.getByRole('button', { name: t(lang, 'scx.retry') })).toBeFocused();
      await page.keyboard.press('Enter');
      const first = questions[0]!;
      const firstSelect = quiz.locator('select').first();
      await expect(firstSelect).toBeFocused();
      await choose(firstSelect, first.answer.raw ? 1 : 2 + first.answer.sizeClass);
      if (!first.answer.raw) {
        await page.keyboard.press('Tab');
        await page.keyboard.type(String(first.answer.blocksPerPool));
      }
      await tabTo(page, check);
      await page.keyboard.press('Enter');
      await expect(quiz.getByRole('status')).toHaveText(t(lang, 'scx.allCorrect', { n: 4 }));
      await expect(quiz.getByText(t(lang, 'scx.correct'))).toHaveCount(4);
      expect(Object.keys((await storedProgress(page)).exercises ?? {})).toContain('ch7.size-class');
      expect(problems).toEqual([]);
    });
  });
}
