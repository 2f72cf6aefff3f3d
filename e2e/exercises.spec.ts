// The proficiency exercises of chapters 2 and 4 driven as a student would: keyboard only
// (Tab / Shift+Tab / Enter / typing), by role and accessible name. The model's answers come
// from the core for the seed each exercise shows, never hard-coded.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { LANGS, type Lang } from '../src/i18n/lang';
import { createExercise, type Action, modelActions } from '../src/sim/exercises/grader';
import { loadKind, type AnyKind } from '../src/sim/exercises/load-kind';
import { axeViolations, openPage, openRegion, seedOf, storedProgress, t, tabTo, waitForIslands, watchPage } from './pages';
import { ISLANDS, island } from '../src/components/registry';

/** The exercises placed by kind (`<Exercise kind="…" />`), as the registry lists them. */
const NAMES = ISLANDS.filter((e) => e.mount === 'exercise/Exercise.astro').map((e) => e.variant!);
type Name = string;
const KINDS = new Map<Name, AnyKind>();
test.beforeAll(async () => {
  for (const name of NAMES) KINDS.set(name, await loadKind(name));
});
const kindOf = (name: Name) => KINDS.get(name)!;
/** The counts a score line shows. */
const counts = (s: { correct: number; fixed: number; undone: number }) => ({ correct: s.correct, fixed: s.fixed, undone: s.undone });
const progressIdOf = (name: Name) => island(`${name}-exercise`).progressId!;

/** The chapter page that carries the exercise (the registry knows where each island is placed). */
const pageFor = (lang: Lang, name: Name): string => `${lang}/${island(`${name}-exercise`).chapters[0]}/`;

/** Tab a little forward, then back: the targets are in the exercise the focus is in. */
const TABBING = { tabs: 10, backTabs: 30 };

async function open(page: Page, lang: Lang, name: Name) {
  await openPage(page, pageFor(lang, name));
  const region = await openRegion(page, t(lang, `exercise.${name}.heading`), { exact: true });
  const seed = await seedOf(region);
  await expect(region).toContainText(t(lang, 'exercise.problemNo', { seed: String(seed) }));
  const problem = kindOf(name).fromSeed(seed);
  return { region, problem, model: modelActions(problem.trace, kindOf(name).spec) };
}

/** Performs one step with the keyboard: types the value if the action has one, then Enter on its button. */
async function step(page: Page, lang: Lang, name: Name, region: Locator, action: Action) {
  const def = kindOf(name).actions.find((a) => a.type === action.type)!;
  if (def.field) {
    const input = region.getByRole('textbox', { name: t(lang, 'exercise.value'), exact: true });
    await tabTo(page, input, TABBING);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(action[def.field]));
  }
  const button = region.getByRole('button', { name: t(lang, `exercise.${name}.${action.type}`), exact: true });
  await tabTo(page, button, TABBING);
  await page.keyboard.press('Enter');
}

/**
 * Completes the exercise with the keyboard, making one wrong step at decision `wrongAt`:
 * checks the explanation, then applies the model's step (fix mode).
 */
async function solve(page: Page, lang: Lang, name: Name, opts: { wrongAt?: number; beforeFix?: () => Promise<void> } = {}) {
  const { region, problem, model } = await open(page, lang, name);
  const kind = kindOf(name);
  const wrongAt = Math.min(opts.wrongAt ?? 1, model.length - 1);
  // Enter the exercise: focus its first step button (as a skip link would), then keys only.
  await region.getByRole('button', { name: t(lang, `exercise.${name}.${kind.actions[0]!.type}`), exact: true }).focus();
  const shadow = createExercise(problem.trace, kind.spec);
  for (let i = 0; i < model.length; i++) {
    if (i === wrongAt) {
      const wrongDef = kind.actions.find((a) => a.type !== model[i]!.type && !a.field) ?? kind.actions.find((a) => a.type !== model[i]!.type)!;
      const wrong: Action = wrongDef.field ? { type: wrongDef.type, [wrongDef.field]: 12345 } : { type: wrongDef.type };
      const verdict = shadow.submit(wrong);
      expect(verdict.verdict).toBe('wrong');
      await step(page, lang, name, region, wrong);
      const feedback = region.locator('.feedback');
      await expect(feedback).toContainText(t(lang, 'exercise.wrong', { step: t(lang, `exercise.${name}.${wrong.type}`) }));
      await expect(feedback).toContainText(t(lang, 'exercise.why', { reason: t(lang, verdict.reasonKey, verdict.params) }));
      const undo = region.getByRole('button', { name: t(lang, 'exercise.undoMine'), exact: true });
      await expect(undo).toBeFocused();
      if (opts.beforeFix) await opts.beforeFix();
      await page.keyboard.press('Tab');
      const fix = region.getByRole('button', { name: t(lang, 'exercise.showModelStep'), exact: true });
      await expect(fix).toBeFocused();
      await page.keyboard.press('Enter');
      shadow.fix();
      await expect(region.locator('.score')).toContainText(t(lang, 'exercise.score', counts(shadow.score)));
      continue;
    }
    await step(page, lang, name, region, model[i]!);
    shadow.submit(model[i]!);
    await expect(region.locator('.score')).toContainText(t(lang, 'exercise.score', counts(shadow.score)));
  }
  const s = shadow.score;
  const done = region.locator('.done');
  await expect(done).toHaveText(t(lang, 'exercise.done', { correct: s.correct, total: model.length, fixed: s.fixed, undone: s.undone }));
  await expect(done).toBeFocused();
  await expect(region).toHaveAttribute('data-done', 'true');
  return { region, score: { ...s, total: model.length } };
}


for (const lang of LANGS) {
  test.describe(`proficiency exercises (${lang})`, () => {
    for (const name of NAMES) {
      test(`${name}: solved with the keyboard, one wrong step explained and fixed`, async ({ page, baseURL }) => {
        const problems = watchPage(page, baseURL!);
        await solve(page, lang, name);
        expect((await storedProgress(page)).exercises?.[progressIdOf(name)]?.completed).toBe(true);
        expect(problems).toEqual([]);
      });
    }

    test('progress survives a reload, shows on the progress page, exports and re-imports', async ({ page }) => {
      // The progress page lists the exercises of chapters that exist: use one on a chapter page.
      const name: Name = 'brackets';
      const id = progressIdOf(name);
      const { score } = await solve(page, lang, name);
      await page.reload();
      await page.goto(`${lang}/progress/`);
      const row = page.locator(`tr[data-exercise="${id}"]`);
      await expect(row).toContainText(t(lang, 'progress.done'));
      await expect(row).toContainText(t(lang, 'progress.score', { ...counts(score), total: score.total }));

      const exportButton = page.getByRole('button', { name: t(lang, 'progress.export'), exact: true });
      await exportButton.focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      const path = await download.path();
      const exported = JSON.parse(readFileSync(path, 'utf8'));
      expect(exported.exercises[id].completed).toBe(true);

      await page.evaluate(() => localStorage.clear());
      await page.reload();
      // The server-rendered table says "not yet" for everything: wait for the island to own it.
      await waitForIslands(page);
      await expect(row).toContainText(t(lang, 'progress.todo'));
      await page.locator('input[type="file"]').setInputFiles(path);
      await expect(page.getByRole('status').filter({ hasText: t(lang, 'progress.imported', { count: Object.keys(exported.exercises).length }) })).toBeVisible();
      await expect(row).toContainText(t(lang, 'progress.done'));
    });

    test('works with localStorage blocked and says progress is not saved', async ({ page, baseURL }) => {
      await page.addInitScript(() =>
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        }),
      );
      const problems = watchPage(page, baseURL!);
      const { region } = await solve(page, lang, 'brackets');
      await expect(region).toContainText(t(lang, 'progress.notSaved'));
      expect(problems).toEqual([]);
    });

    test('axe finds no WCAG A/AA violation with an exercise in progress (after a wrong step)', async ({ page }) => {
      let checked = false;
      await solve(page, lang, 'brackets', {
        beforeFix: async () => {
          expect(await axeViolations(page, 'section[data-exercise="ch4.brackets"]')).toEqual([]);
          checked = true;
        },
      });
      expect(checked).toBe(true);
    });
  });
}
