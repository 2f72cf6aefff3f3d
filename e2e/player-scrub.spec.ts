// Benchmark figure (printed, not asserted): a 10^6-step bracket trace built in the page, then the
// scrubber moved through it — 100 positions spread over the trace, plus End and Home. The only
// assertion is that the player stays responsive: the narration is right after End.
import { test, expect } from '@playwright/test';
import { liveRegion, openRegion, t } from './pages';

const N = 1_000_000;

const PAGE = 'en/04-stacks-at-work/';

test('scrubbing a 10^6-step bracket trace', async ({ page }) => {
  test.setTimeout(120_000);
  // A million characters do not fit a URL the preview server accepts; the player builds them.
  const t0 = Date.now();
  await page.goto(`${PAGE}?brackets-gen=balanced:${N}`);
  const region = await openRegion(page, t('en', 'players.brackets.title'), { exact: true, timeout: 30_000 });
  const slider = region.getByRole('slider');
  await expect(slider).toHaveAttribute('max', String(N + 1), { timeout: 60_000 });
  const loadMs = Date.now() - t0;

  // Re-run the same input with the Run button, timed in the page (trace build + first render).
  const buildMs = await region.evaluate(async (root) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const run = root.querySelector('form button[type=submit]') as HTMLButtonElement;
    const start = performance.now();
    run.click();
    await frame();
    return performance.now() - start;
  });

  const result = await slider.evaluate(async (el, n) => {
    const range = el as HTMLInputElement;
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const times: number[] = [];
    for (let k = 0; k < 100; k++) {
      // Spread over the trace, off the snapshot grid (the worst case replays 255 events).
      const i = Math.min(n + 1, Math.round(((k + 0.5) / 100) * (n + 1)) + 255);
      const start = performance.now();
      range.value = String(i);
      range.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return {
      total: times.reduce((a, b) => a + b, 0),
      median: times[50]!,
      p95: times[95]!,
      max: times[99]!,
    };
  }, N);

  const group = region.getByRole('group', { name: t('en', 'players.common.steps', { title: t('en', 'players.brackets.title') }) });
  const live = liveRegion(group);
  await slider.focus();
  const endStart = Date.now();
  await page.keyboard.press('End');
  await expect(live).toHaveText(t('en', 'brackets.balanced'));
  const endMs = Date.now() - endStart;
  const homeStart = Date.now();
  await page.keyboard.press('Home');
  await expect(live).toHaveText(t('en', 'player.initial'));
  const homeMs = Date.now() - homeStart;

  console.log(
    `[player-scrub] brackets trace of ${N + 1} steps (${N} chars): page load + build ${loadMs} ms; Run (build + render) ${buildMs.toFixed(0)} ms; ` +
      `100 scrubber positions: total ${result.total.toFixed(0)} ms, median ${result.median.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, max ${result.max.toFixed(1)} ms ` +
      `(each to the next frame); End ${endMs} ms, Home ${homeMs} ms (round trip incl. Playwright).`,
  );
  // Responsive: End then Home both answered above; the page is still interactive.
  await expect(slider).toHaveAttribute('aria-valuetext', /Step 0 of 1,?000,?001/);
});
