// A timing report for the lab in Chromium (printed, not asserted: goals are checked by reading
// the figures, as with `npm run bench`): the cold start of the runtime on the first Run, and how
// soon the first step of a program is on screen once the runtime is loaded (goal: ≤ 1 s). Times
// are taken from the test's side, so they include a few ms of Playwright's round trips.
import { test, expect, type Page } from '@playwright/test';
import { t, waitForIslands } from './pages';

// n comes from input(), so each run is told apart by its step count without touching the editor.
const PROGRAM = 'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\nprint(fib(int(input())))\n';

/** Presses Run and waits until this run's first steps are drawn (its step count differs from the last run's). */
async function runAndTime(page: Page): Promise<number> {
  const recorded = page.getByTestId('recorded');
  const before = (await recorded.count()) > 0 ? await recorded.textContent() : null;
  const started = Date.now();
  await page.getByRole('button', { name: t('en', 'lab.page.run') }).click();
  await expect(page.getByRole('group', { name: t('en', 'lab.page.steps') })).toBeVisible({ timeout: 60_000 });
  await expect(recorded).not.toHaveText(before ?? '', { timeout: 60_000 });
  return Date.now() - started;
}

test('lab timing report: cold start, then the first step on screen once loaded', async ({ page }, info) => {
  await page.goto(`en/lab/?${new URLSearchParams({ code: PROGRAM, input: '15' })}`);
  await waitForIslands(page);
  const cold = await runAndTime(page);
  const warm: number[] = [];
  for (const n of [14, 13, 12]) {
    await expect(page.getByRole('button', { name: t('en', 'lab.page.run') })).toHaveAttribute('aria-disabled', 'false', { timeout: 60_000 });
    await page.getByRole('textbox', { name: t('en', 'lab.page.input') }).fill(String(n));
    warm.push(await runAndTime(page));
  }
  const line = `lab in Chromium: first Run (runtime cold) ${cold} ms to the first step on screen; once loaded ${warm.join(', ')} ms (goal ≤ 1000)`;
  console.log(line);
  info.annotations.push({ type: 'lab-timing', description: line });
});
