// What students read in chapters 2 and 4, in a real browser, both locales: one numbering (every
// position counts from 1; "after step k" and the highlighted item named as the next one),
// every player's stack with a visible label, and counts that agree with their nouns ("1 value").
// Expectations from the core and the catalogs, never hard-coded results.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { LANGS } from '../src/i18n/lang';
import stackKind from '../src/sim/exercises/kinds/stack';
import { predictChoices } from '../src/sim/exercises/predict';
import { parseStackOps, simulateStackOps } from '../src/sim/stackops';
import { openPage, t } from './pages';

for (const lang of LANGS) {
  test.describe(`numbering and wording (${lang})`, () => {
    test('chapter 2: "after step 4" shows item 5 highlighted as the next one, and the question is about step 5', async ({ page }) => {
      await openPage(page, `${lang}/02-the-stack/`, { islands: true });
      // The chapter's own input (its command words are the page language's).
      const mdx = readFileSync(join(import.meta.dirname, '..', 'content', lang, '02-the-stack.mdx'), 'utf8');
      const input = /<PredictStep[^>]*algorithm="stack"[^>]*input="([^"]*)"/.exec(mdx)![1]!;
      const kind = stackKind;
      const problem = kind.fromInput(input);
      const q = predictChoices(problem.trace, 4, kind.predict);
      const next = problem.view(problem.trace.stateAt(4)).input!;
      const region = page.locator('section.predict[data-step="4"]');
      await region.scrollIntoViewIfNeeded();
      await expect(region.locator('.state-label')).toHaveText(`${t(lang, 'predict.state', { step: 4 })} ${t(lang, 'predict.next', { n: next.current! + 1 })}`);
      await expect(region.locator('legend')).toHaveText(t(lang, q.question.key, q.question.params));
      const current = region.locator('[aria-current="step"]');
      const part = next.parts[next.current!]!;
      await expect(current.locator('.text')).toHaveText(typeof part === 'string' ? part : t(lang, part.key, part.params));
      await expect(current.locator('.index')).toHaveText(String(next.current! + 1));
      expect(next.current! + 1).toBe(5);
    });

    test('chapter 2: the arriving numbers 1 to n are labelled 1 to n', async ({ page }) => {
      await openPage(page, `${lang}/02-the-stack/`, { islands: true });
      const region = page.locator('section[data-exercise="ch2.stack-permutation"]');
      await region.scrollIntoViewIfNeeded();
      const strip = region.getByRole('list', { name: t(lang, 'exercise.view.arrivals') }).first();
      const parts = strip.locator('li.part');
      expect(await parts.count()).toBeGreaterThan(2);
      for (const li of await parts.all()) expect(await li.locator('.index').textContent()).toBe(await li.locator('.text').textContent());
    });

    test('chapter 2: a count of one reads "1 value"', async ({ page }) => {
      await openPage(page, `${lang}/02-the-stack/`, { islands: true });
      const region = page.getByRole('region', { name: t(lang, 'players.stack.title'), exact: true });
      await region.scrollIntoViewIfNeeded();
      const { trace } = simulateStackOps(parseStackOps('push 10, push 20, peek, pop, push 30, pop, pop'));
      await region.getByRole('button', { name: t(lang, 'player.forward') }).focus();
      await page.keyboard.press('ArrowRight');
      const said = t(lang, trace.event(0).msg.key, trace.event(0).msg.params);
      await expect(region.locator('.narration')).toHaveText(said);
      if (lang === 'en') expect(said).toMatch(/holds 1 value\.$/);
    });

    test('chapter 4: every player labels its stack visibly', async ({ page }) => {
      await openPage(page, `${lang}/04-stacks-at-work/`, { islands: true });
      for (const kind of ['reverse', 'brackets', 'postfix', 'infix']) {
        const region = page.getByRole('region', { name: t(lang, `players.${kind}.title`), exact: true });
        await region.scrollIntoViewIfNeeded();
        const label = region.locator('.stack-label');
        await expect(label).toBeVisible();
        await expect(label).toHaveText(t(lang, `players.${kind}.stack`));
        await expect(region.getByRole('list', { name: t(lang, `players.${kind}.stack`) })).toHaveCount(1);
      }
    });
  });
}
