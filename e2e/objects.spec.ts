// Chapter 7's object islands driven as a student would: found by role and accessible name,
// worked with the keyboard only, in both languages. Nothing here depends on the chapter's
// prose or on the exact program the chapter gives the player.
import { islandMessages } from '../src/components/registry';
import { test, expect, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../src/i18n/lang';
import { generateFateProblem, generateRefcountProblem, simulateObjects, statementStarts } from '../src/sim/objects/index';
import { axeViolations, liveRegion, openPage, openRegion, seedOf, storedProgress, t, templatePattern, watchPage } from './pages';

/** A message template as a pattern: every {placeholder} (with its Korean particle, if any) matches any text. */
const pattern = (lang: Lang, key: string): RegExp => templatePattern(islandMessages('object-graph-player', lang)[key]!);

/** One of the chapter's quiz islands, by its heading, and the seed of the problem it shows. */
async function openQuiz(page: Page, lang: Lang, heading: string) {
  await openPage(page, `${lang}/07-cpython-memory/`);
  const quiz = await openRegion(page, t(lang, heading));
  return { quiz, seed: await seedOf(quiz) };
}

for (const lang of LANGS) {
  test.describe(`chapter 7 object islands (${lang})`, () => {
    test('object graph: step with the keyboard until the GC collects a cycle', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await openPage(page, `${lang}/07-cpython-memory/`);
      // The chapter has several players, told apart by captions: take the two-node cycle.
      const caption = { en: 'a cycle of two nodes', ko: '두 노드의 순환' }[lang];
      const player = await openRegion(page, t(lang, 'objgraph.titleCaption', { caption }));

      const steps = player.getByRole('group', { name: t(lang, 'objgraph.steps') });
      const forward = steps.getByRole('button', { name: t(lang, 'player.forward') });
      const live = liveRegion(steps);
      const objects = player.locator('.objects');
      const collected = pattern(lang, 'objects.free.gc');
      const refcount = pattern(lang, 'objgraph.refcount');

      // The chapter's own program was run at build: stepping through it loads no simulator.
      const simulator: string[] = [];
      page.on('request', (r) => /\/simulate\.[\w-]+\.js$/.test(r.url()) && simulator.push(r.url()));
      await forward.focus();
      let sawCount = false;
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('ArrowRight');
        const said = (await live.textContent()) ?? '';
        if (!sawCount && refcount.test((await objects.textContent()) ?? '')) sawCount = true;
        if (collected.test(said)) break;
      }
      expect(sawCount).toBe(true);
      await expect(live).toContainText(collected);
      await expect(live).toContainText(pattern(lang, 'objects.gc.found'));
      // The collected objects are still drawn in this step, marked as freed by the GC.
      const freedCards = objects.getByRole('listitem').filter({ hasText: t(lang, 'objgraph.freedGc') });
      expect(await freedCards.count()).toBeGreaterThanOrEqual(2);
      // The line just run is marked for assistive technology too.
      await expect(player.getByRole('list', { name: t(lang, 'objgraph.code') }).locator('[aria-current="step"]')).toContainText('gc.collect()');
      expect(await axeViolations(page)).toEqual([]);

      // Back one step: the cycle is there, unreachable, waiting for the collector. Focus is
      // still on the forward button although it has nothing left to do.
      await expect(forward).toBeFocused();
      await expect(forward).toHaveAttribute('aria-disabled', 'true');
      await page.keyboard.press('ArrowLeft');
      await expect(objects.getByRole('listitem').filter({ hasText: t(lang, 'objgraph.unreachable') }).first()).toBeVisible();
      expect(simulator).toEqual([]);

      // An edited program with a mistake gets a located message; fixing it runs again.
      const field = player.getByRole('textbox', { name: t(lang, 'objgraph.program') });
      await field.focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type('a = []\nb = c\n');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await expect(player.getByRole('button', { name: t(lang, 'objgraph.run') })).toBeFocused();
      await page.keyboard.press('Enter');
      const invalid = t(lang, 'objgraph.invalid', { message: t(lang, 'error.objects.unknownName', { line: 2, column: 5, name: 'c' }) });
      await expect(player.getByText(invalid)).toBeVisible();
      // The reader's own program is what brings the simulator.
      expect(simulator.length).toBeGreaterThan(0);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await field.focus();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('End');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('a');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(field).not.toHaveAttribute('aria-invalid', 'true');
      await forward.focus();
      await page.keyboard.press('End');
      await expect(objects).toContainText(t(lang, 'objgraph.refcount', { n: 2 }));
      expect(problems).toEqual([]);
    });

    test('refcount exercise: answer with the keyboard, fix a wrong answer, progress saved', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      const { quiz, seed } = await openQuiz(page, lang, 'refquiz.heading');
      const p = generateRefcountProblem(seed);
      const field = (name: string) => quiz.getByRole('textbox', { name: t(lang, 'refquiz.label', { name }) });

      const [first, ...rest] = p.questions;
      await field(first!.name).focus();
      await page.keyboard.type(String(first!.answer + 1));
      for (const q of rest) {
        await page.keyboard.press('Tab');
        await expect(field(q.name)).toBeFocused();
        await page.keyboard.type(String(q.answer));
      }
      await page.keyboard.press('Enter');
      const status = quiz.getByRole('status');
      await expect(status).toHaveText(t(lang, 'quiz.score', { k: p.questions.length - 1, n: p.questions.length }));
      // A first wrong count earns a hint, not the count.
      await expect(quiz).toContainText(t(lang, 'refquiz.hint', { name: first!.name }));
      await expect(quiz).not.toContainText(t(lang, 'refquiz.wrong', { answer: first!.answer }));

      const retry = quiz.getByRole('button', { name: t(lang, 'quiz.retry') });
      await retry.focus();
      await page.keyboard.press('Enter');
      await expect(field(first!.name)).toBeFocused();
      await expect(field(first!.name)).toHaveValue('');
      await page.keyboard.type(String(first!.answer));
      await page.keyboard.press('Enter');
      await expect(status).toHaveText(t(lang, 'quiz.allCorrect', { n: p.questions.length }));
      expect((await storedProgress(page)).exercises?.['ch7.refcounts']).toMatchObject({ completed: true, best: { correct: p.questions.length - 1, fixed: 1 } });
      expect(problems).toEqual([]);
    });

    test('refcount exercise: a new problem loads its generator, and says so when it cannot', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      const { quiz, seed } = await openQuiz(page, lang, 'refquiz.heading');
      const status = quiz.getByRole('status');
      const newProblem = quiz.getByRole('button', { name: t(lang, 'quiz.new') });
      const shownProgram = async () => (await quiz.locator('pre.snippet').innerText()).replace(/\n+$/, '');
      expect(await shownProgram()).toBe(generateRefcountProblem(seed).program.replace(/\n$/, ''));

      // Offline before the generator was ever loaded: the problem stays, and the quiz says why.
      const generator = /\/problems\.[\w-]+\.js$/;
      await page.route(generator, (route) => route.abort());
      await newProblem.focus();
      await page.keyboard.press('Enter');
      await expect(status).toHaveText(t(lang, 'load.failed'));
      expect(await seedOf(quiz)).toBe(seed);

      // A module that failed to load stays failed for the page: back online, the reader reloads
      // (as the message says), and the next press loads the generator and draws a new problem.
      await page.unroute(generator);
      await page.reload();
      await openRegion(page, t(lang, 'refquiz.heading'));
      await newProblem.focus();
      await page.keyboard.press('Enter');
      await expect(quiz).not.toHaveAttribute('data-seed', String(seed));
      const next = generateRefcountProblem(await seedOf(quiz));
      await expect(status).toHaveText(t(lang, 'quiz.newAnnounce', { n: next.questions.length }));
      expect(await shownProgram()).toBe(next.program.replace(/\n$/, ''));
      // The browser's own note of the aborted request is the only console error.
      expect(problems.filter((p) => !p.includes('net::ERR_FAILED'))).toEqual([]);
    });

    test('refcount-or-GC exercise: choose with the keyboard until all are right, progress saved', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      const { quiz, seed } = await openQuiz(page, lang, 'fatequiz.heading');
      const p = generateFateProblem(seed);
      const lines = p.program.split('\n');
      const group = (line: number) => quiz.getByRole('group', { name: t(lang, 'fatequiz.legend', { line, code: lines[line - 1]! }), exact: true });
      const order = ['refcount', 'gc', 'alive'] as const;

      for (const item of p.items) {
        await group(item.line).getByRole('radio').first().focus();
        const k = order.indexOf(item.answer);
        if (k === 0) await page.keyboard.press('Space');
        for (let i = 0; i < k; i++) await page.keyboard.press('ArrowRight');
        await expect(group(item.line).getByRole('radio', { name: t(lang, `fatequiz.${item.answer}`) })).toBeChecked();
      }
      await quiz.getByRole('button', { name: t(lang, 'quiz.check') }).focus();
      await page.keyboard.press('Enter');
      await expect(quiz.getByRole('status')).toHaveText(t(lang, 'quiz.allCorrect', { n: p.items.length }));
      await expect(quiz).toContainText(t(lang, p.items[0]!.explanation.key, p.items[0]!.explanation.params));
      expect((await storedProgress(page)).exercises?.['ch7.refcount-or-gc']).toMatchObject({ completed: true });
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    });
  });
}

for (const lang of LANGS) {
  test(`object graph: switching the CPython version keeps the step (${lang})`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await openPage(page, `${lang}/07-cpython-memory/`);
    const caption = { en: 'a cycle of two nodes', ko: '두 노드의 순환' }[lang];
    const player = await openRegion(page, t(lang, 'objgraph.titleCaption', { caption }));
    const program = await player.getByRole('textbox', { name: t(lang, 'objgraph.program') }).inputValue();
    const stepsOf = (version: string) => statementStarts(simulateObjects(program, { version }).trace).length;
    const steps = player.getByRole('group', { name: t(lang, 'objgraph.steps') });
    const position = steps.getByRole('slider');
    const current = player.getByRole('list', { name: t(lang, 'objgraph.code') }).locator('[aria-current="step"]');

    await steps.getByRole('button', { name: t(lang, 'player.forward') }).focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(position).toHaveAttribute('aria-valuetext', t(lang, 'player.position', { i: 4, n: stepsOf('3.13') }));
    const line = await current.textContent();

    // 3.13 → 3.11 with the keyboard: the same statement, now as CPython 3.11 runs it.
    const version = player.getByRole('combobox', { name: t(lang, 'objgraph.version') });
    await version.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(version).toHaveValue('3.11');
    await expect(position).toHaveAttribute('aria-valuetext', t(lang, 'player.position', { i: 4, n: stepsOf('3.11') }));
    await expect(current).toHaveText(line!);
    expect(problems).toEqual([]);
  });
}
