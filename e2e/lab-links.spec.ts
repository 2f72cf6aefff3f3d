// Chapters into the lab, keyboard only, both languages: a runnable sample's "Run in the lab" link
// and the chapter 7 object-graph player's link open the lab on that very program (in the URL, so
// it can be shared), and it runs there in real CPython. (The query is lab-url.ts's; that module
// needs Vite's import.meta.env, so the spec reads the URL itself.)
import { test, expect, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../src/i18n/lang';
import { asRealPython } from '../src/sim/objects/real-python';
import { openPage, openRegion, t, tabTo, watchPage } from './pages';

/** Runs the program the lab opened with and waits for its first steps. */
async function runInLab(page: Page, lang: Lang) {
  await tabTo(page, page.getByRole('button', { name: t(lang, 'lab.page.run') }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: t(lang, 'lab.page.steps') })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('recorded')).toContainText('CPython 3.14');
}

for (const lang of LANGS) {
  test(`a chapter 3 sample opens in the lab and runs there (${lang})`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto(`${lang}/03-recursion/`);
    const sample = page.locator('.code-block:has(a.run-in-lab)').first();
    const code = ((await sample.locator('pre').textContent()) ?? '').replace(/\n+$/, '');
    expect(code).toContain('def factorial');
    // Code blocks the chapter marks as not runnable as they stand get no link.
    expect(await page.locator('a.run-in-lab').count()).toBeLessThan(await page.locator('pre[data-language="python"]').count());
    await tabTo(page, sample.getByRole('link', { name: t(lang, 'code.runInLab') }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${lang}/lab/\\?code=`));
    expect(new URL(page.url()).searchParams.get('code')).toBe(code);
    await runInLab(page, lang);
    expect(problems).toEqual([]);
  });

  test(`the chapter 7 object graph opens its program, as edited, in the lab (${lang})`, async ({ page }) => {
    await openPage(page, `${lang}/07-cpython-memory/`);
    const caption = { en: 'a cycle of two nodes', ko: '두 노드의 순환' }[lang];
    const player = await openRegion(page, t(lang, 'objgraph.titleCaption', { caption }));
    const program = player.getByRole('textbox', { name: t(lang, 'objgraph.program') });
    await program.focus(); // the chapter is long: start in the player, as objects.spec does
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\nprint("edited")');
    const expected = asRealPython((await program.inputValue()).replace(/\n+$/, ''));
    expect(expected).toContain('class Node: pass');
    await tabTo(page, player.getByRole('link', { name: t(lang, 'objgraph.openInLab') }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${lang}/lab/\\?code=`));
    expect(new URL(page.url()).searchParams.get('code')).toBe(expected);
    await runInLab(page, lang);
    // Real CPython ran it to its end: the print the reader added is in the output.
    await tabTo(page, page.getByRole('group', { name: t(lang, 'lab.page.steps') }).getByRole('button', { name: t(lang, 'player.end') }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('stdout')).toContainText('edited');
  });
}
