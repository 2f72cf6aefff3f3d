// Scores a course can trust, as a student meets them: a check gives away no more than it should,
// asking for an answer or the model is recorded as help, records can be replayed, the sidebar
// ticks finished chapters, and a hand-edited progress file cannot inflate anything.
import { test, expect } from '@playwright/test';
import { generateSegmentQuiz, QUIZ_SEGMENTS, type QuizItem } from '../src/sim/segments';
import { regrade, agrees } from '../src/sim/exercises/replay';
import { predictChoices } from '../src/sim/exercises/predict';
import bracketsKind from '../src/sim/exercises/kinds/brackets';
import { LANGS } from '../src/i18n/lang';
import { openRegion, said as t, storedProgress, waitForIslands } from './pages';

type Stored = { exercises?: Record<string, { completed?: boolean; attempts?: number; best?: { correct: number; total: number; fixed: number; undone: number; assisted: boolean } | null; attempt?: unknown }> };

for (const lang of LANGS) {
  test.describe(`honest scores (${lang})`, () => {
    test('which segment: a hint first, the answer on request; the solved attempt is assisted, replays, and ticks chapter 1', async ({ page }) => {
      await page.goto(`${lang}/01-memory-layout/`);
      const quizRegion = await openRegion(page, t(lang, 'quiz.heading'));
      const quiz = generateSegmentQuiz(Number(await quizRegion.getAttribute('data-seed')));
      const legend = (item: QuizItem) => t(lang, 'quiz.legend', { item: t(lang, item.labelKey, item.params), line: item.line });
      const groupOf = (item: QuizItem) => quizRegion.getByRole('group', { name: legend(item), exact: true });
      const rowOf = (item: QuizItem) => quizRegion.locator('li').filter({ has: page.getByRole('group', { name: legend(item), exact: true }) });
      const tick = page.locator('.book-nav a[aria-current="page"] .tick');
      await expect(tick).toBeHidden();

      // Only the first item answered, and wrongly: it gets the hint; the others reveal nothing.
      const [first, second, ...rest] = quiz.items;
      const wrong = QUIZ_SEGMENTS.find((s) => s !== first!.segment)!;
      await groupOf(first!).getByRole('radio', { name: t(lang, `seg.${wrong}`) }).check();
      await quizRegion.getByRole('button', { name: t(lang, 'quiz.check') }).click();
      await expect(rowOf(first!)).toContainText(t(lang, 'quiz.reveal.tryAgain'));
      await expect(rowOf(first!)).not.toContainText(t(lang, first!.explanationKey, first!.params));
      for (const item of [second!, ...rest]) {
        await expect(rowOf(item)).toContainText(t(lang, 'quiz.reveal.notAnswered'));
        await expect(rowOf(item)).not.toContainText(t(lang, item.explanationKey, item.params));
      }

      // Asking for the second item's answer shows it, and says the attempt is now assisted.
      await rowOf(second!).getByRole('button', { name: t(lang, 'quiz.reveal.show') }).click();
      await expect(rowOf(second!)).toContainText(t(lang, second!.explanationKey, second!.params));
      await expect(quizRegion.getByRole('status')).toHaveText(t(lang, 'quiz.reveal.shown'));

      for (const item of quiz.items) await groupOf(item).getByRole('radio', { name: t(lang, `seg.${item.segment}`) }).check();
      await quizRegion.getByRole('button', { name: t(lang, 'quiz.check') }).click();
      await expect(quizRegion.getByRole('status')).toHaveText(t(lang, 'quiz.allCorrect', { n: quiz.items.length }));

      const rec = ((await storedProgress(page)) as Stored).exercises!['ch1.segments']!;
      expect(rec.best).toEqual({ correct: quiz.items.length - 2, fixed: 2, undone: 0, total: quiz.items.length, assisted: true });
      // Replaying the stored attempt through the core gives the stored score.
      const replay = await regrade(rec.attempt);
      expect(replay.ok && agrees({ ...rec.best!, completed: true }, replay.score)).toBe(true);
      // Chapter 1's only graded exercise is done: its sidebar entry is ticked at once.
      await expect(tick).toBeVisible();
      await page.reload();
      await expect(tick).toBeVisible();
      await expect(page.locator('.book-nav a[data-graded]').filter({ has: page.locator('.tick:visible') })).toHaveCount(1);

      await page.goto(`${lang}/progress/`);
      await waitForIslands(page);
      await expect(page.locator('tr[data-exercise="ch1.segments"]')).toContainText(t(lang, 'progress.assisted'));
    });

    test('an exercise: opening the model answer marks the attempt as assisted', async ({ page }) => {
      await page.goto(`${lang}/04-stacks-at-work/`);
      const region = await openRegion(page, t(lang, 'exercise.brackets.heading'));
      const score = region.locator('.score');
      await expect(score).toHaveAttribute('data-assisted', 'false');
      await region.getByRole('button', { name: t(lang, 'exercise.model'), exact: true }).click();
      await expect(score).toHaveAttribute('data-assisted', 'true');
      await expect(score).toContainText(t(lang, 'exercise.assisted'));
    });

    test('what happens next: a wrong choice gets a hint, a second different one the answer', async ({ page }) => {
      // Chapter 4's bracket question: '([)]' at step 2 (PredictStep in the chapter).
      const q = predictChoices(bracketsKind.fromInput('([)]').trace, 2, bracketsKind.predict);
      const [wrong1, wrong2] = q.choices.filter((c) => c.id !== q.correctId);
      await page.goto(`${lang}/04-stacks-at-work/`);
      const region = page.locator('section.predict').filter({ hasText: t(lang, q.question.key, q.question.params) });
      await region.scrollIntoViewIfNeeded();
      await waitForIslands(page);
      const status = region.getByRole('status');
      const check = region.getByRole('button', { name: t(lang, 'predict.check') });
      await region.getByRole('radio', { name: t(lang, wrong1!.labelKey) }).check();
      await check.click();
      await expect(status).toContainText(t(lang, 'ex.predict.hint.brackets'));
      await expect(status).not.toContainText(t(lang, q.explanation.key, q.explanation.params));
      await expect(region.locator('.choice.right')).toHaveCount(0);
      await region.getByRole('radio', { name: t(lang, wrong2!.labelKey) }).check();
      await check.click();
      await expect(status).toContainText(t(lang, q.explanation.key, q.explanation.params));
      await expect(region.locator('.choice.right')).toContainText(t(lang, `ex.predict.brackets.${q.correctId}`));
    });

    test('a hand-edited progress file: unknown ids and implausible numbers are left out, the rest imported', async ({ page }) => {
      await page.goto(`${lang}/progress/`);
      await waitForIslands(page);
      const file = JSON.stringify({
        format: 'stack-and-heap-progress',
        version: 1,
        exercises: {
          'ch4.brackets': { completed: true, attempts: 1152921504606846976, best: { correct: 1e300, fixed: 0, undone: 0, total: 8 } },
          'not.an.exercise': { completed: true, attempts: 1 },
          constructor: { completed: true, attempts: 1 },
        },
      });
      await page.locator('input[type="file"]').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      await expect(page.getByRole('status').filter({ hasText: t(lang, 'progress.importSkipped', { count: 2 }) })).toBeVisible();
      const row = page.locator('tr[data-exercise="ch4.brackets"]');
      await expect(row).toContainText(t(lang, 'progress.done'));
      await expect(row).not.toContainText('1152921504606846976');
      await expect(row).not.toContainText('e+300');
      const stored = (await storedProgress(page)) as Stored;
      expect(Object.keys(stored.exercises ?? {})).toEqual(['ch4.brackets']);
      expect(stored.exercises!['ch4.brackets']).toMatchObject({ attempts: 0, best: null });
    });

    test('a student name typed on the progress page goes into the exported file', async ({ page }) => {
      await page.goto(`${lang}/progress/`);
      await waitForIslands(page);
      const field = page.getByLabel(t(lang, 'progress.student'));
      await field.fill('Kim Minji 2026123456');
      await field.press('Tab');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t(lang, 'progress.export') }).click()]);
      const { readFileSync } = await import('node:fs');
      expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).student).toBe('Kim Minji 2026123456');
      await page.reload();
      await waitForIslands(page);
      await expect(page.getByLabel(t(lang, 'progress.student'))).toHaveValue('Kim Minji 2026123456');
    });
  });
}
