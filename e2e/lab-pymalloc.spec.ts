// "Your objects in pymalloc" in Chromium, both languages, keyboard only, with the real worker and
// Pyodide: a program that makes a few tuples, a list and a string runs; at its last step the
// button opens chapter 7's visualizer on those objects, labelled simulated with the version;
// their blocks are in the size classes the 64-bit sizes say; another version replays them; axe
// finds nothing. Nothing of the view loads before the button.
import { test, expect, type Page } from '@playwright/test';
import { LANGS } from '../src/i18n/lang';
import { axeViolations, t, tabTo, waitForIslands, watchPage } from './pages';

// 64-bit CPython 3.8–3.13 (the book's tables): a 2-tuple 56 bytes, a 3-tuple 64, a list object 56
// → class 3 (64-byte blocks); the list's 4-slot item array 32 → class 1; 'x' * 100 on 3.13
// is 44 + 100 = 144 → class 8.
const PROGRAM = ['a = (1, 2)', 'b = (3, 4, 5)', 'c = [1, 2, 3]', "s = 'x' * 100", 'done = True'].join('\n');

/** The cells after the row header of size class `c` in the visualizer's table: size, pools, in use, available. */
async function classRow(page: Page, c: number): Promise<string[]> {
  const row = page.locator('section.pmv table tbody tr').filter({ has: page.getByRole('rowheader', { name: String(c), exact: true }) });
  return row.locator('td').allTextContents();
}

for (const lang of LANGS) {
  test(`your objects in pymalloc (${lang}): keyboard only, the run's objects in their size classes, simulated, by version`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    const loaded: string[] = [];
    page.on('request', (r) => /LabPymalloc|PymallocVisualizer/.test(r.url()) && loaded.push(r.url()));
    await page.goto(`${lang}/lab/?${new URLSearchParams({ code: PROGRAM })}`);
    await waitForIslands(page); // the program stays a plain text area: CodeMirror loads on first edit

    await tabTo(page, page.getByRole('button', { name: t(lang, 'lab.page.run') }));
    await page.keyboard.press('Enter');
    const steps = page.getByRole('group', { name: t(lang, 'lab.page.steps') });
    await expect(steps).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('button', { name: t(lang, 'lab.page.run') })).toHaveAttribute('aria-disabled', 'false', { timeout: 30_000 });
    await tabTo(page, steps.getByRole('button', { name: t(lang, 'player.end') }));
    await page.keyboard.press('Enter');
    expect(loaded).toEqual([]);

    const open = page.getByRole('button', { name: t(lang, 'lab.pymalloc.open') });
    await tabTo(page, open);
    await page.keyboard.press('Enter');
    await expect(open).toHaveAttribute('aria-expanded', 'true');
    const view = page.getByRole('region', { name: t(lang, 'lab.pymalloc.title') });
    await expect(view).toBeVisible();
    const label = view.getByTestId('pymalloc-simulated');
    await expect(label).toContainText('3.13');
    await expect(label).toContainText(lang === 'en' ? 'Simulated' : '시뮬레이션');
    expect(loaded.length).toBeGreaterThan(0);

    // Three blocks of class 3 (16 KiB pools on 3.13: 255 blocks), one of class 1, one of class 8.
    await expect.poll(() => classRow(page, 3)).toEqual(['64', '1', '3', '252']);
    expect(await classRow(page, 1)).toEqual(['32', '1', '1', '509']);
    expect(await classRow(page, 8)).toEqual(['144', '1', '1', '112']);
    expect(await axeViolations(page, 'section.pmv')).toEqual([]);

    // The version switch, from the keyboard: 3.8's 4 KiB pools hold 63 blocks of 64 bytes.
    const version = view.getByRole('combobox', { name: t(lang, 'pmv.version') });
    await tabTo(page, version);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
    await expect(version).toHaveValue('3.8');
    await expect(label).toContainText('3.8');
    await expect.poll(() => classRow(page, 3)).toEqual(['64', '1', '3', '60']);

    // The view's own step player walks back to before the first operation.
    const player = view.getByRole('group', { name: t(lang, 'pmv.given.steps') });
    await tabTo(page, player.getByRole('slider'));
    await page.keyboard.press('Home');
    await expect(view.getByText(t(lang, 'pmv.table.empty'))).toBeVisible();
    expect(problems).toEqual([]);
  });
}
