// Chapter 3 islands in a real browser, both locales: the call-stack player stepped with the
// keyboard (factorial(4): frames return 1, 2, 6, 24, result 24), narration that says what a line
// did, a name of its own for each player, a RecursionError run still steppable with the failed
// call readable in the tree, axe clean with islands hydrated, no console errors. Expectations
// from the core.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../src/i18n/lang';
import { runCallStack } from '../src/sim/callstack';
import { formatValue } from '../src/sim/programs/types';
import { PROGRAMS } from '../src/sim/programs/index';
import { parseArgText } from '../src/sim/exercises/recursion';
import { axeViolations, openPage, t, watchPage } from './pages';

const openChapter = (page: Page, lang: Lang) => openPage(page, `${lang}/03-recursion/`, { islands: true });

/** The chapter's call-stack player of factorial(n), in view, and the trace the core makes of it. */
async function factorialPlayer(page: Page, lang: Lang, n: number): Promise<{ p: Locator; trace: ReturnType<typeof runCallStack>['trace'] }> {
  await openChapter(page, lang);
  const p = page.locator('section.trace-player').filter({ hasText: t(lang, 'players.callstack.source', { call: `factorial(${n})` }) }).first();
  await p.scrollIntoViewIfNeeded();
  return { p, trace: runCallStack('factorial', { n }).trace };
}

for (const lang of LANGS) {
  test.describe(`chapter 3 (${lang})`, () => {
    test('factorial(4) stepped with the keyboard returns 1, 2, 6, 24', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      const { p, trace } = await factorialPlayer(page, lang, 4);
      const forward = p.getByRole('button', { name: t(lang, 'player.forward') });
      await forward.focus();
      const returned: string[] = [];
      for (let i = 0; i < trace.length; i++) {
        await page.keyboard.press('ArrowRight');
        const e = trace.event(i);
        if (e.kind === 'return') {
          const text = t(lang, 'players.callstack.returning', { value: formatValue(e.value) });
          await expect(p.locator('[role=group]').filter({ hasText: text }).first()).toBeVisible();
          returned.push(formatValue(e.value));
        }
      }
      expect(returned).toEqual(['1', '2', '6', '24']);
      await expect(p.getByText(t(lang, 'players.callstack.result', { value: '24' }))).toBeVisible();
      await expect(p.getByText(t(lang, 'player.position', { i: trace.length, n: trace.length }), { exact: true })).toBeVisible();
      const tree = p.getByRole('region', { name: t(lang, 'tree.label', { call: 'factorial(4)' }) });
      for (const [k, v] of [[1, 1], [2, 2], [3, 6], [4, 24]] as const) {
        await expect(tree).toContainText(`factorial(${k})${t(lang, 'tree.returned', { value: v })}`.replace('→', ' →').replace('  ', ' '));
      }
      expect(problems).toEqual([]);
    });

    test('the narration says what a line did: the condition and its value, the call, the value returned', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      const { p, trace } = await factorialPlayer(page, lang, 4);
      const narration = p.locator('.narration');
      await p.getByRole('button', { name: t(lang, 'player.forward') }).focus();
      const seen: string[] = [];
      for (let i = 0; i < trace.length; i++) {
        await page.keyboard.press('ArrowRight');
        const e = trace.event(i);
        if (e.kind === 'line') {
          await expect(narration).toHaveText(t(lang, e.msg.key, e.msg.params));
          seen.push((await narration.textContent())!);
        }
      }
      // What a student reads, in words (not "Run line 2.").
      const [isFalse, isTrue] = lang === 'en' ? ['n <= 1 is False (4 <= 1)', 'n <= 1 is True (1 <= 1)'] : ['n <= 1이 False입니다(4 <= 1)', 'n <= 1이 True입니다(1 <= 1)'];
      expect(seen.filter((s) => s.includes(isFalse))).toHaveLength(1);
      expect(seen.filter((s) => s.includes(isTrue))).toHaveLength(1);
      expect(seen).toContain(t(lang, 'callstack.lineCalls', { line: 4, expr: 'factorial(n - 1)', call: 'factorial(3)' }));
      expect(seen).toContain(t(lang, 'callstack.lineReturnsWork', { line: 5, expr: 'n * rest', work: '4 * 6', value: '24' }));
      expect(seen.filter((s) => s === t(lang, 'callstack.line', { line: 2 }))).toEqual([]);
      expect(problems).toEqual([]);
    });

    test('each call-stack player has a name of its own: its call', async ({ page }) => {
      await openChapter(page, lang);
      const players = page.locator('section.trace-player').filter({ hasText: t(lang, 'players.callstack.program') });
      const count = await players.count();
      expect(count).toBe(9);
      const calls: string[] = [];
      for (const [program, arg] of [['factorial', '4'], ['sum-list', '[3, 1, 4, 1, 5]'], ['power', '2, 10'], ['binary-search', '[1, 3, 5, 7, 9, 11], 7'], ['hanoi', '3'], ['is-even', '5'], ['fibonacci', '5'], ['fibonacci-memo', '6'], ['factorial', '1200']] as const) {
        const prog = PROGRAMS[program]!;
        calls.push(prog.callText(parseArgText(prog, arg)));
      }
      expect(new Set(calls).size).toBe(9);
      for (const call of calls) {
        await expect(page.getByRole('region', { name: t(lang, 'players.callstack.titleOf', { call }), exact: true })).toHaveCount(1);
      }
      await expect(page.getByRole('region', { name: t(lang, 'players.callstack.title'), exact: true })).toHaveCount(0);
    });

    for (const width of [1280, 390]) {
      test(`the call that raised RecursionError is readable whole in the tree (${width} px)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        const { p } = await factorialPlayer(page, lang, 1200);
        await p.getByRole('button', { name: t(lang, 'player.forward') }).focus();
        await page.keyboard.press('End');
        const box = p.getByRole('region', { name: t(lang, 'tree.label', { call: 'factorial(1200)' }) });
        const failed = box.locator('.node.error');
        await expect(failed).toContainText('factorial(200)');
        await expect(failed).toContainText(t(lang, 'tree.error'));
        await box.scrollIntoViewIfNeeded();
        const [b, n] = [(await box.boundingBox())!, (await failed.boundingBox())!];
        // Its whole label lies inside the scrolled box: nothing cut off on either side.
        expect(n.x).toBeGreaterThanOrEqual(b.x);
        expect(n.x + n.width).toBeLessThanOrEqual(b.x + b.width);
      });
    }

    test('factorial(1200) ends in RecursionError and stays steppable', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      const { p, trace } = await factorialPlayer(page, lang, 1200);
      await expect(p.getByText(t(lang, 'players.callstack.errorAhead', { step: trace.length }))).toBeVisible();
      await p.getByRole('button', { name: t(lang, 'player.forward') }).focus();
      await page.keyboard.press('End');
      const banner = p.getByTestId('recursion-error');
      await expect(banner).toBeVisible();
      await expect(banner).toContainText('RecursionError');
      await expect(banner).toContainText('1,000');
      await p.getByRole('button', { name: t(lang, 'player.back') }).focus();
      await page.keyboard.press('ArrowLeft');
      await expect(banner).toHaveCount(0);
      await expect(p.getByText(t(lang, 'player.position', { i: trace.length - 1, n: trace.length }), { exact: true })).toBeVisible();
      // 1000 frames on the stack; the view shows the top ones and says how many are above.
      await expect(p).toContainText(t(lang, 'players.callstack.above', { n: (1000 - 7).toLocaleString() }));
      await page.keyboard.press('ArrowRight');
      await expect(banner).toBeVisible();
      expect(problems).toEqual([]);
    });

    test('the chapter page is axe clean with its islands hydrated', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await openChapter(page, lang);
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}
