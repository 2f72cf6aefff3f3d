// The class report (issue 14, part 1), as an instructor meets it: reached from the instructors
// page, a class's files chosen with the keyboard (one exported from the book after a real
// attempt, others built the way the islands build them, some tampered with, some broken): the
// tampered records flagged, the broken files reported, the rest graded; sorting and the CSV.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { predictChoices } from '../src/sim/exercises/predict';
import bracketsKind from '../src/sim/exercises/kinds/brackets';
import { LANGS, type Lang } from '../src/i18n/lang';
import { axeViolations, setTheme, t, tabTo, waitForIslands } from './pages';
import { editFile, exerciseAttempt, fibCountAttempt, progressFile, readCsv } from './class-files';

/** Answers chapter 4's bracket question right at once and exports the progress file, named `student`. */
async function realExport(page: Page, lang: Lang, student: string): Promise<string> {
  const q = predictChoices(bracketsKind.fromInput('([)]').trace, 2, bracketsKind.predict);
  await page.goto(`${lang}/04-stacks-at-work/`);
  const region = page.locator('section.predict').filter({ hasText: t(lang, q.question.key, q.question.params) });
  await region.scrollIntoViewIfNeeded();
  await waitForIslands(page);
  await region.getByRole('radio', { name: t(lang, q.choices.find((c) => c.id === q.correctId)!.labelKey) }).check();
  await region.getByRole('button', { name: t(lang, 'predict.check') }).click();
  await expect(region.locator('.choice.right')).toHaveCount(1);
  await page.goto(`${lang}/progress/`);
  await waitForIslands(page);
  await page.getByLabel(t(lang, 'progress.student')).fill(student);
  await page.getByLabel(t(lang, 'progress.student')).press('Tab');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t(lang, 'progress.export') }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}


for (const lang of LANGS) {
  test(`class report (${lang}): honest, tampered and broken files; sorting, CSV, keyboard only, axe clean`, async ({ page }) => {
    const real = await realExport(page, lang, 'Kim Minji 2026123456');
    expect(JSON.parse(real).exercises['ch4.predict-brackets'].completed).toBe(true);

    const honest = progressFile('Lee Jun', [
      ['ch4.brackets', await exerciseAttempt('brackets', 21, { wrongEvery: 2 })],
      ['ch4.postfix', await exerciseAttempt('postfix', 22, { model: true })],
      ['ch3.fib-count', fibCountAttempt(7, true)],
    ]);
    // A name a spreadsheet would run as a formula.
    const formula = progressFile('=HYPERLINK("http://evil","x")', [['ch4.infix', await exerciseAttempt('infix', 23)]]);
    const tampered = editFile(progressFile('Park Seo', [['ch4.brackets', await exerciseAttempt('brackets', 31, { wrongEvery: 2 })], ['ch3.fib-count', fibCountAttempt(5)]]), (id, rec) => {
      if (id === 'ch4.brackets') rec.best.correct = rec.best.total;
    });
    const brokenLog = editFile(progressFile('Choi Ara', [['ch4.reverse', await exerciseAttempt('reverse', 41)]]), (_, rec) => {
      rec.attempt.log = [['undo'], ...rec.attempt.log];
    });
    const files = [
      { name: 'kim.json', text: real },
      { name: 'lee.json', text: honest },
      { name: 'formula.json', text: formula },
      { name: 'park.json', text: tampered },
      { name: 'choi.json', text: brokenLog },
      { name: 'cut.json', text: honest.slice(0, 100) },
      { name: 'notes.json', text: '{"todo": ["grade"]}' },
      { name: 'future.json', text: JSON.stringify({ ...JSON.parse(honest), version: 2 }) },
    ];

    // From the instructors page (the sidebar does not offer it to students).
    await page.goto(`${lang}/instructors/`);
    await expect(page.locator('.book-nav a[href$="/class-report/"]')).toHaveCount(0);
    await page.getByRole('link', { name: lang === 'en' ? 'class report' : '수업 성적 보고서', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/class-report/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t(lang, 'report.title'));
    await expect(page.locator('main')).toContainText(t(lang, 'report.cannot'));
    await waitForIslands(page);

    // Keyboard only: Tab to "Choose files…", Enter opens the file chooser.
    const choose = page.locator('button', { hasText: t(lang, 'report.choose') });
    await tabTo(page, choose, { tabs: 80 });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));

    const status = page.getByRole('main').getByRole('status');
    // Records: kim 1, lee 3, formula 1, park 2, choi 1 = 8; verified: all but park's brackets and choi's reverse.
    await expect(status).toHaveText(t(lang, 'report.summary', { files: 8, records: 8, verified: 6, flagged: 2 }), { timeout: 20_000 });
    for (const [file, problem] of [
      ['cut.json', 'not-json'],
      ['notes.json', 'not-progress'],
      ['future.json', 'newer-version'],
    ] as const) {
      await expect(page.locator(`.errors li[data-file="${file}"]`)).toHaveText(t(lang, `report.error.${problem}`, { file }));
    }
    const row = (file: string, exercise: string) => page.locator(`tbody tr[data-file="${file}"][data-exercise="${exercise}"]`);
    await expect(row('park.json', 'ch4.brackets')).toHaveAttribute('data-verification', 'mismatch');
    await expect(row('park.json', 'ch4.brackets')).toContainText(t(lang, 'report.status.mismatch'));
    await expect(row('choi.json', 'ch4.reverse')).toHaveAttribute('data-verification', 'invalid');
    await expect(row('park.json', 'ch3.fib-count')).toHaveAttribute('data-verification', 'verified');
    await expect(row('kim.json', 'ch4.predict-brackets')).toHaveAttribute('data-verification', 'verified');
    // The real record: its student, its exercise titled in the page's language, a first-try score of 1/1.
    await expect(row('kim.json', 'ch4.predict-brackets')).toContainText('Kim Minji 2026123456');
    await expect(row('kim.json', 'ch4.predict-brackets')).toContainText(t(lang, 'progress.title.ch4.predict-brackets'));
    await expect(row('kim.json', 'ch4.predict-brackets').locator('td').nth(1)).toHaveText(t(lang, 'report.score', { correct: 1, total: 1 }));
    await expect(row('lee.json', 'ch4.postfix').locator('td').nth(3)).toHaveText(t(lang, 'report.yes')); // assisted
    await expect(page.locator('tbody tr')).toHaveCount(8);

    // Sorting, by keyboard: "Verified" ascending puts the verified first, again descending the flagged.
    const verifiedHeader = page.locator('thead th').nth(5);
    const sortVerified = verifiedHeader.getByRole('button');
    await tabTo(page, sortVerified);
    await page.keyboard.press('Enter');
    await expect(verifiedHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.locator('tbody tr').first()).toHaveAttribute('data-verification', 'verified');
    await expect(page.locator('tbody tr').last()).not.toHaveAttribute('data-verification', 'verified');
    await page.keyboard.press('Enter');
    await expect(verifiedHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(page.locator('tbody tr').first()).not.toHaveAttribute('data-verification', 'verified');
    // By student: the names in the page's collation order, and only one column says it is sorted.
    const studentHeader = page.locator('thead th').first();
    await studentHeader.getByRole('button').press('Enter');
    await expect(studentHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(verifiedHeader).not.toHaveAttribute('aria-sort');
    const names = await page.locator('tbody th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => new Intl.Collator(lang, { numeric: true, sensitivity: 'base' }).compare(a, b)));
    expect(new Set(names).size).toBe(5);

    // Only the flagged records, then the CSV of what is shown (downloaded with Enter).
    await page.getByLabel(t(lang, 'report.onlyFlagged')).check();
    await expect(page.locator('tbody tr')).toHaveCount(2);
    await page.getByLabel(t(lang, 'report.onlyFlagged')).uncheck();
    const exportButton = page.getByRole('button', { name: t(lang, 'report.export') });
    await tabTo(page, exportButton);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const csv = readCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''));
    expect(csv[0]).toEqual(['student', 'file', 'exerciseId', 'exercise', 'correct', 'total', 'completed', 'assisted', 'verified'].map((c) => t(lang, `report.col.${c}`)));
    expect(csv).toHaveLength(9);
    const csvRow = (file: string, id: string) => csv.find((r) => r[1] === file && r[2] === id)!;
    expect(csvRow('park.json', 'ch4.brackets')[8]).toBe(t(lang, 'report.status.mismatch'));
    expect(csvRow('kim.json', 'ch4.predict-brackets')).toEqual(['Kim Minji 2026123456', 'kim.json', 'ch4.predict-brackets', t(lang, 'progress.title.ch4.predict-brackets'), '1', '1', t(lang, 'report.yes'), t(lang, 'report.no'), t(lang, 'report.status.verified')]);
    // The formula is written as text: it starts with an apostrophe, quotes and comma intact.
    expect(csvRow('formula.json', 'ch4.infix')[0]).toBe(`'=HYPERLINK("http://evil","x")`);

    expect(await axeViolations(page)).toEqual([]);
    await setTheme(page, 'dark');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('class report: files dropped on the drop zone are graded, and replace the report', async ({ page }) => {
  const lang = 'en';
  await page.goto(`${lang}/class-report/`);
  await waitForIslands(page);
  const a = progressFile('Ahn', [['ch4.undo', await exerciseAttempt('undo', 5)]]);
  const b = editFile(progressFile('Baek', [['ch4.history', await exerciseAttempt('history', 6)]]), (_, rec) => {
    rec.best.undone += 1;
  });
  const drop = page.getByRole('group', { name: t(lang, 'report.drop') });
  const dataTransfer = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    return dt;
  }, [
    { name: 'ahn.json', text: a },
    { name: 'baek.json', text: b },
  ]);
  await drop.dispatchEvent('dragenter', { dataTransfer });
  await drop.dispatchEvent('drop', { dataTransfer });
  await expect(page.getByRole('main').getByRole('status')).toHaveText(t(lang, 'report.summary', { files: 2, records: 2, verified: 1, flagged: 1 }), { timeout: 20_000 });
  await expect(page.locator('tbody tr[data-file="baek.json"]')).toHaveAttribute('data-verification', 'mismatch');
  // A second drop replaces the first report.
  const again = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'ahn.json', { type: 'application/json' }));
    return dt;
  }, a);
  await drop.dispatchEvent('drop', { dataTransfer: again });
  await expect(page.getByRole('main').getByRole('status')).toHaveText(t(lang, 'report.summary', { files: 1, records: 1, verified: 1, flagged: 0 }));
  await expect(page.locator('tbody tr')).toHaveCount(1);
});
