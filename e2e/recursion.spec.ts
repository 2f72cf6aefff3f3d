// Chapter 3 islands in a real browser, both locales: the call-stack player stepped with the
// keyboard (factorial(4): frames return 1, 2, 6, 24, result 24), a RecursionError run still
// steppable, axe clean with islands hydrated, no console errors. Expectations from the core.
import { t as message } from '../src/i18n/messages';
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { LANGS, type Lang } from '../src/i18n/lang';
import { runCallStack } from '../src/sim/callstack';
import { formatValue } from '../src/sim/programs/types';
import { watchPage, waitForIslands } from './pages';

const t = (lang: Lang, key: string, params: Record<string, string | number> = {}) => message(lang, key, params);

async function openChapter(page: Page, lang: Lang) {
  const origin = new URL(page.url() === 'about:blank' ? 'http://localhost' : page.url()).origin;
  await page.goto(`${lang}/03-recursion/`);
  await waitForIslands(page);
  return origin;
}

/** The call-stack player whose argument field holds `arg` (program `program`). */
function player(page: Page, lang: Lang, call: string): Locator {
  return page.locator('section.trace-player').filter({ hasText: t(lang, 'players.callstack.source', { call }) }).first();
}

for (const lang of LANGS) {
  test.describe(`chapter 3 (${lang})`, () => {
    test('factorial(4) stepped with the keyboard returns 1, 2, 6, 24', async ({ page, baseURL }) => {
      const problems = watchPage(page, new URL(baseURL!).origin);
      await openChapter(page, lang);
      const { trace } = runCallStack('factorial', { n: 4 });
      const p = player(page, lang, 'factorial(4)');
      await p.scrollIntoViewIfNeeded();
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
      const problems = watchPage(page, new URL(baseURL!).origin);
      await openChapter(page, lang);
      const { trace } = runCallStack('factorial', { n: 1200 });
      const p = player(page, lang, 'factorial(1200)');
      await p.scrollIntoViewIfNeeded();
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
      const problems = watchPage(page, new URL(baseURL!).origin);
      await openChapter(page, lang);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}
