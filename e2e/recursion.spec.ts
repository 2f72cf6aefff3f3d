// Chapter 3 islands in a real browser, both locales: the call-stack player stepped with the
// keyboard (factorial(4): frames return 1, 2, 6, 24, result 24), a RecursionError run still
// steppable, axe clean with islands hydrated, no console errors. Expectations from the core.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../src/i18n/lang';
import { runCallStack } from '../src/sim/callstack';
import { formatValue } from '../src/sim/programs/types';
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

    test('factorial(1200) ends in RecursionError and stays steppable', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      const { p, trace } = await factorialPlayer(page, lang, 1200);
      await expect(p.getByText(t(lang, 'players.callstack.errorAhead', { step: trace.length }))).toBeVisible();
      await p.getByRole('button', { name: t(lang, 'player.forward') }).focus();
      await page.keyboard.press('End');
      const banner = p.getByTestId('recursion-error');
      await expect(banner).toBeVisible();
      await expect(banner).toContainText('RecursionError');
      await expect(banner).toContainText('1000');
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
