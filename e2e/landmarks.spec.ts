// Landmarks in long traces: the step player's "previous / next" buttons jump between a player's
// own event kinds (push/pop/error for the bracket checker, backtrack/solution for the choice
// tree, malloc/free/NULL/error for the allocator), reached with Tab and pressed with Enter, the
// step announced like any other. The expected steps come from the core (src/sim/landmarks.ts).
import { test, expect, type Locator } from '@playwright/test';
import { LANGS } from '../src/i18n/lang';
import { attempt } from '../src/sim/errors';
import { narrationAt, type EventBase, type Trace } from '../src/sim/trace';
import { LANDMARKS, landmarkSteps, type LandmarkSpec } from '../src/sim/landmarks';
import { checkBrackets } from '../src/sim/brackets';
import { permutations } from '../src/sim/backtracking/combinatorics';
import { parseAllocOps, simulateAllocator } from '../src/sim/heap/index';
import { islandT, liveRegion, openPage, openRegion, tabTo, watchPage, type Translate } from './pages';

interface Case {
  island: string;
  page: string;
  /** The region's and the step group's names. */
  region: (t: Translate) => string;
  steps: (t: Translate) => string;
  input: string;
  spec: LandmarkSpec;
  trace: () => Trace<unknown, EventBase>;
}

const traceOf = (fn: () => { trace: Trace<unknown, EventBase> }): Trace<unknown, EventBase> => {
  const r = attempt(fn);
  return r.ok ? r.value.trace : (r.error.trace as Trace<unknown, EventBase>);
};

const CASES: Case[] = [
  {
    island: 'brackets-player',
    page: '04-stacks-at-work',
    region: (t) => t('players.brackets.title'),
    steps: (t) => t('players.common.steps', { title: t('players.brackets.title') }),
    input: '([]{)',
    spec: LANDMARKS.brackets!,
    trace: () => traceOf(() => checkBrackets('([]{)')),
  },
  {
    island: 'choice-tree-player',
    page: '05-backtracking',
    region: (t) => t('players.choice.title.permutations'),
    steps: (t) => t('players.common.steps', { title: t('players.choice.title.permutations') }),
    input: 'x, y, z',
    spec: LANDMARKS.choice!,
    trace: () => permutations(['x', 'y', 'z']).trace as Trace<unknown, EventBase>,
  },
  {
    island: 'allocator-playground',
    page: '06-the-heap',
    region: (t) => t('heap.play.title'),
    steps: (t) => t('heap.play.steps'),
    input: 'a = malloc 40, b = malloc 9999, free a, free 0x1018',
    spec: LANDMARKS.allocator!,
    // The chapter's first playground: a 512-byte heap, first-fit. 0x1018 was never handed out: the run stops on an error.
    trace: () => traceOf(() => simulateAllocator(parseAllocOps('a = malloc 40, b = malloc 9999, free a, free 0x1018'), { size: 512 })),
  },
];

async function run(region: Locator, input: string) {
  const box = region.getByRole('textbox').first();
  await box.fill(input);
  await box.press((await box.evaluate((el) => el.tagName)) === 'TEXTAREA' ? 'Control+Enter' : 'Enter');
}

for (const lang of LANGS) {
  for (const c of CASES) {
    test(`${c.island} (${lang}): previous / next landmark by keyboard, announced`, async ({ page, baseURL }) => {
      const t = islandT(c.island, lang);
      const problems = watchPage(page, baseURL!);
      await openPage(page, `${lang}/${c.page}/`);
      const region = await openRegion(page, c.region(t), { exact: true });
      await run(region, c.input);
      const trace = c.trace();
      const marks = [...landmarkSteps(trace, c.spec)];
      expect(marks.length).toBeGreaterThanOrEqual(3);
      const group = region.getByRole('group', { name: c.steps(t), exact: true });
      const live = liveRegion(group);
      const kinds = c.spec.names.map((n) => t(`player.landmark.${n}`)).join(t('player.landmarkSep'));
      const next = group.getByRole('button', { name: t('player.landmarkNext', { kinds }), exact: true });
      const prev = group.getByRole('button', { name: t('player.landmarkPrev', { kinds }), exact: true });
      const slider = group.getByRole('slider', { name: t('player.scrubber') });
      const at = async (i: number) => {
        await expect(slider).toHaveValue(String(i));
        await expect(live).toHaveText(narrationAt(trace, i, t));
      };

      // From the first step, the keyboard reaches "next" (just before the scrubber); each Enter lands on the next landmark.
      await slider.focus();
      await page.keyboard.press('Home');
      await tabTo(page, next, { tabs: 0, backTabs: 8 });
      await page.keyboard.press('Enter');
      await at(marks[0]!);
      await page.keyboard.press('Enter');
      await at(marks[1]!);
      // Between two landmarks, "previous" goes back to the one before.
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await tabTo(page, prev, { tabs: 0, backTabs: 8 });
      await page.keyboard.press('Enter');
      await at(marks[1]!);
      // The last landmark, then nothing further: the button says so and stays put.
      await slider.focus();
      await page.keyboard.press('End');
      await tabTo(page, prev, { tabs: 0, backTabs: 8 });
      await page.keyboard.press('Enter');
      await at(marks[marks.length - 1] === trace.length ? marks[marks.length - 2]! : marks[marks.length - 1]!);
      await slider.focus();
      await page.keyboard.press('End');
      await expect(next).toHaveAttribute('aria-disabled', 'true');
      expect(problems).toEqual([]);
    });
  }
}
