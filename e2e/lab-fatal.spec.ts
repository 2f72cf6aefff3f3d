// A crash of the interpreter itself in the lab, in Chromium, keyboard only: the run ends with the
// crash said in the page's language, the steps recorded before it stay steppable, and the next
// Run gets a fresh interpreter that works.
import { test, expect } from '@playwright/test';
import { LANGS } from '../src/i18n/lang';
import { liveRegion, t, tabTo, templatePattern, waitForIslands } from './pages';

// A deterministic way to kill the interpreter: a call into the JS engine's eval through ctypes,
// which the worker's lock-down makes throw inside wasm (a fatal error, as a JS-stack overflow in
// deep C recursion is). The input says whether to do it, so the next run, in the same page, can
// skip it. (Chapter 2's 200,000-deep recursion, fatal in Node, runs to its end in Chromium's
// worker, so it cannot serve here.)
const CRASH = 'n = int(input())\nif n == 0:\n    import ctypes\n    ctypes.CDLL(None).emscripten_run_script(b"0")\nprint(n * 2)\n';

const pattern = (text: string): RegExp => templatePattern(text);

for (const lang of LANGS) {
  test(`survives a crash of the interpreter and runs again (${lang})`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto(`${lang}/lab/?${new URLSearchParams({ code: CRASH, input: '0' })}`);
    await waitForIslands(page);
    await tabTo(page, page.getByRole('button', { name: t(lang, 'lab.page.run') }));
    await page.keyboard.press('Enter');
    const stop = page.getByTestId('lab-stop');
    await expect(stop).toContainText(pattern(t(lang, 'lab.stop.fatal')), { timeout: 120_000 });

    // The steps recorded before the crash stay steppable.
    await tabTo(page, stop.getByRole('button', { name: t(lang, 'lab.page.showLast') }));
    await page.keyboard.press('Enter');
    const steps = page.getByRole('group', { name: t(lang, 'lab.page.steps') });
    await expect(liveRegion(steps)).toContainText(pattern(t(lang, 'lab.stop.fatal')));

    // A fresh interpreter for the next Run, in the same page: with 30 the program runs to its end.
    await tabTo(page, page.getByRole('textbox', { name: t(lang, 'lab.page.input') }));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('30');
    await tabTo(page, page.getByRole('button', { name: t(lang, 'lab.page.run') }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('lab-stop')).toHaveCount(0);
    await expect(page.getByText(pattern(t(lang, 'lab.page.finished')))).toBeVisible({ timeout: 120_000 });
    await tabTo(page, steps.getByRole('button', { name: t(lang, 'player.end') }));
    await page.keyboard.press('Enter');
    // The line input() read, echoed as a terminal shows it, then the print.
    await expect(page.getByTestId('stdout')).toHaveText('30\n60\n');
  });
}
