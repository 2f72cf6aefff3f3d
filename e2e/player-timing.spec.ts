// Timing report (issue 12): every player of the registry at its input limits, the time of each
// kind of jump — to the end, one step back from the end, to the start, a step forward, the
// scrubber at 20 positions spread over the trace, and the landmark buttons — each timed in the
// page from the click or input until the view is updated and laid out. Prints the figures and
// marks each jump over the bound the issue sets (≤ 100 ms). A report, not a gate: timings on a
// shared 2-core machine swing several-fold with load, and the project meets performance goals in
// measurements (this report, `npm run bench`), not in timed tests.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { ISLANDS } from '../src/components/registry';
import { openIsland, t } from './pages';

const BOUND_MS = 100;
const lang = 'en' as const;

interface Case {
  island: string;
  page: string;
  /** What is at its limit (for the report). */
  input: string;
  /** The player's region, scrolled to and hydrated, with its input at the limit and run. */
  open: (page: Page) => Promise<Locator>;
  /** Known to miss the bound, and why (issue 12 stays open for it): printed with its figures. */
  over?: string;
}

const region = async (page: Page, path: string, name: string | RegExp, which: 'first' | 'last' = 'first'): Promise<Locator> => {
  await page.goto(`${lang}/${path}/`);
  const all = page.getByRole('region', { name, exact: true });
  if (which === 'first') return openIsland(page, all.first());
  // Several players share the name (chapter 3): scroll to the last and wait for its island.
  await all.last().scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island', { has: page.getByRole('region', { name, exact: true }) }).last()).not.toHaveAttribute('ssr', { timeout: 15_000 });
  return all.last();
};

// Long scripts are pasted, as a reader would: Chromium's typed-text path (Playwright's fill) is
// quadratic in the lines of a text area (2,000 lines: 4 s on a bare page; a real paste of 10,000: 0.2 s).
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Replaces a text area's or field's text with `text` by a real paste. */
async function paste(box: Locator, text: string): Promise<void> {
  await box.evaluate((_, t) => navigator.clipboard.writeText(t), text);
  await box.fill('');
  await box.press('Control+V');
  await expect(box).toHaveValue(text, { timeout: 30_000 });
}

/** Pastes `text` into the player's field and runs it (Enter, or Ctrl+Enter in a text area). */
async function typeAndRun(r: Locator, text: string, field?: string): Promise<void> {
  const box = field ? r.getByRole('textbox', { name: field }) : r.getByRole('textbox').first();
  await paste(box, text);
  await box.press((await box.evaluate((el) => el.tagName)) === 'TEXTAREA' ? 'Control+Enter' : 'Enter');
}
const repeat = (parts: string[], n: number, sep = ', ') => Array.from({ length: n }, (_, i) => parts[i % parts.length]).join(sep);
const half = (a: string, b: string, n: number, sep = ', ') => [...Array(n / 2).fill(a), ...Array(n / 2).fill(b)].join(sep);

const CASES: Case[] = [
  {
    island: 'stack-player',
    page: '02-the-stack',
    input: '10,000 operations (5,000 pushes then 5,000 pops: 5,000 deep)',
    open: async (page) => {
      const r = await region(page, '02-the-stack', t(lang, 'players.stack.title'));
      await typeAndRun(r, half('push 7', 'pop', 10_000));
      return r;
    },
  },
  {
    island: 'callstack-player',
    page: '03-recursion',
    input: 'factorial(3000), the largest n (stops with RecursionError at depth 1,000)',
    open: async (page) => {
      // Each call-stack player is named by the call it shows (once hydrated): the chapter's last is
      // factorial's, and after Run it is named by ours.
      const r = await region(page, '03-recursion', new RegExp(`^${t(lang, 'players.callstack.title')}`), 'last');
      await typeAndRun(r, '3000');
      return page.getByRole('region', { name: t(lang, 'players.callstack.titleOf', { call: 'factorial(3000)' }), exact: true });
    },
  },
  {
    island: 'reverse-player',
    page: '04-stacks-at-work',
    input: '100,000 characters',
    open: async (page) => {
      const r = await region(page, '04-stacks-at-work', t(lang, 'players.reverse.title'));
      await typeAndRun(r, 'ab'.repeat(50_000));
      return r;
    },
  },
  {
    island: 'brackets-player',
    page: '04-stacks-at-work',
    input: '2,000,000 characters (generated in the page)',
    open: async (page) => {
      await page.goto(`${lang}/04-stacks-at-work/?brackets-gen=balanced:2000000`);
      const r = await openIsland(page, page.getByRole('region', { name: t(lang, 'players.brackets.title'), exact: true }), 60_000);
      await expect(r.getByRole('slider')).toHaveAttribute('max', /^\d{7}$/, { timeout: 60_000 });
      return r;
    },
  },
  {
    island: 'postfix-player',
    page: '04-stacks-at-work',
    input: '9,997 characters',
    open: async (page) => {
      const r = await region(page, '04-stacks-at-work', t(lang, 'players.postfix.title'));
      await typeAndRun(r, '1' + ' 1 +'.repeat(2499));
      return r;
    },
  },
  {
    island: 'infix-player',
    page: '04-stacks-at-work',
    input: '9,999 characters',
    open: async (page) => {
      const r = await region(page, '04-stacks-at-work', t(lang, 'players.infix.title'));
      await typeAndRun(r, '1' + ' + 1'.repeat(2499));
      return r;
    },
  },
  {
    island: 'undo-player',
    page: '04-stacks-at-work',
    input: '10,000 operations (5,000 typed, 5,000 undone)',
    open: async (page) => {
      const r = await region(page, '04-stacks-at-work', t(lang, 'players.undo.title'));
      await typeAndRun(r, half('type ab', 'undo', 10_000));
      return r;
    },
  },
  {
    island: 'history-player',
    page: '04-stacks-at-work',
    input: '10,000 operations (5,000 visits, 5,000 backs)',
    open: async (page) => {
      const r = await region(page, '04-stacks-at-work', t(lang, 'players.history.title'));
      await typeAndRun(r, half('visit a.com', 'back', 10_000));
      return r;
    },
  },
  {
    island: 'nqueens-player',
    page: '05-backtracking',
    input: 'n = 10, the largest the player takes (all 724 solutions)',
    open: async (page) => {
      const r = await region(page, '05-backtracking', t(lang, 'players.nqueens.title'));
      await typeAndRun(r, '10');
      await expect(r.getByRole('slider')).toHaveAttribute('max', /^\d{5,}$/, { timeout: 60_000 });
      return r;
    },
  },
  {
    island: 'maze-player',
    page: '05-backtracking',
    input: 'the largest seed (a generated maze)',
    open: async (page) => {
      const r = await region(page, '05-backtracking', t(lang, 'players.maze.title'));
      await typeAndRun(r, '999999');
      return r;
    },
  },
  {
    island: 'choice-tree-player',
    page: '05-backtracking',
    input: 'permutations of 8 items (40,320 results)',
    open: async (page) => {
      const r = await region(page, '05-backtracking', t(lang, 'players.choice.title.permutations'));
      await typeAndRun(r, 'a, b, c, d, e, f, g, h');
      return r;
    },
  },
  {
    island: 'choice-tree-player',
    page: '05-backtracking',
    input: 'subsets of 12 items (4,096 results)',
    open: async (page) => {
      const r = await region(page, '05-backtracking', t(lang, 'players.choice.title.subsets'));
      await typeAndRun(r, 'a, b, c, d, e, f, g, h, i, j, k, l');
      return r;
    },
  },
  {
    island: 'sudoku-player',
    page: '05-backtracking',
    input: "the chapter's puzzle",
    open: (page) => region(page, '05-backtracking', t(lang, 'players.sudoku.title')),
  },
  {
    island: 'allocator-playground',
    page: '06-the-heap',
    input: '10,000 operations (malloc / free pairs)',
    open: async (page) => {
      const r = await region(page, '06-the-heap', t(lang, 'heap.play.title'));
      await typeAndRun(r, repeat(['a = malloc 8', 'b = malloc 100', 'free a', 'free b'], 10_000, '\n'));
      return r;
    },
  },
  {
    island: 'pymalloc-visualizer',
    page: '07-cpython-memory',
    input: "the chapter's heap after 'allocate one' (its input is buttons)",
    open: async (page) => {
      const r = await region(page, '07-cpython-memory', t(lang, 'pmv.heading'));
      await r.getByRole('button', { name: t(lang, 'pmv.allocOne') }).first().click();
      return r;
    },
  },
  {
    island: 'list-growth-player',
    page: '07-cpython-memory',
    input: "the chapter's 40 appends (the mount point's limit is 200)",
    open: (page) => region(page, '07-cpython-memory', t(lang, 'cpy.growth.heading')),
  },
  {
    island: 'object-graph-player',
    page: '07-cpython-memory',
    input: 'a 20,000-character program',
    open: async (page) => {
      const r = await region(page, '07-cpython-memory', t(lang, 'objgraph.titleCaption', { caption: 'reference counting' }));
      const lines = ['class Node: pass', 'keep = []'];
      while (lines.join('\n').length < 19_900) lines.push('a = Node()', 'b = Node()', 'a.next = b', 'keep.append(a)', 'del b');
      await paste(r.getByRole('textbox', { name: t(lang, 'objgraph.program') }), lines.join('\n').slice(0, 20_000).replace(/\n[^\n]*$/, ''));
      await r.getByRole('button', { name: t(lang, 'objgraph.run') }).click();
      return r;
    },
  },
];

/** Per kind of jump: the median and the slowest of its trials (ms). */
type Figure = { median: number; max: number };
interface Figures {
  steps: number;
  jumps: Record<string, Figure>;
}

/**
 * Times each kind of jump in the page, five times (the machine may be busy: the median is the
 * figure, the slowest is printed too): from the click or the scrubber's input until the view is
 * updated and laid out (Svelte's flush, then a forced layout) — the work a jump costs, without
 * the wait for the next frame, which on a loaded machine measures the machine.
 */
function timeJumps(group: Locator): Promise<Figures> {
  return group.evaluate(async (root) => {
    const flushed = async () => {
      await new Promise((r) => setTimeout(r, 0));
      void document.documentElement.offsetHeight;
    };
    const range = root.querySelector('input[type=range]') as HTMLInputElement;
    const n = Number(range.max);
    const [start, back, , forward, end] = [...root.querySelectorAll('.controls > button')] as HTMLButtonElement[];
    const marks = [...root.querySelectorAll('.landmarks button')] as HTMLButtonElement[];
    const time = async (act: () => void) => {
      const t0 = performance.now();
      act();
      await flushed();
      return performance.now() - t0;
    };
    const scrub = (i: number) => () => {
      range.value = String(i);
      range.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const trials: Record<string, number[]> = {};
    const note = (kind: string, ms: number) => (trials[kind] ??= []).push(ms);
    for (let k = 0; k < 5; k++) {
      note('end', await time(() => end!.click()));
      note('back from end', await time(() => back!.click()));
      note('home', await time(() => start!.click()));
      note('forward', await time(() => forward!.click()));
      // Spread over the trace, off the snapshot grid (the worst case replays 255 events).
      for (let j = 0; j < 4; j++) note('scrubber', await time(scrub(Math.min(n, Math.round(((k * 4 + j + 0.5) / 20) * n) + 255))));
      if (marks.length === 2) {
        await time(scrub(Math.floor(((k + 0.5) / 5) * n)));
        note('next landmark', await time(() => marks[1]!.click()));
        note('previous landmark', await time(() => marks[0]!.click()));
      }
    }
    const jumps: Record<string, { median: number; max: number }> = {};
    for (const [kind, xs] of Object.entries(trials)) {
      xs.sort((a, b) => a - b);
      jumps[kind] = { median: xs[Math.floor(xs.length / 2)]!, max: xs[xs.length - 1]! };
    }
    return { steps: n, jumps };
  });
}

test('every player of the registry is in this report', () => {
  const players = new Set(ISLANDS.filter((e) => e.kind === 'player').map((e) => e.id));
  expect(new Set(CASES.map((c) => c.island))).toEqual(players);
});

for (const c of CASES) {
  test(`jumps at the input limit: ${c.island}, ${c.input}`, async ({ page }) => {
    test.setTimeout(120_000);
    const r = await c.open(page);
    const group = r.getByRole('group').filter({ has: page.getByRole('slider') }).first();
    await expect(group.getByRole('slider')).not.toHaveAttribute('max', '0', { timeout: 60_000 });
    // Warm up once (first-use compilation is not what a reader feels on the tenth jump).
    await timeJumps(group);
    const f = await timeJumps(group);
    const figures = Object.entries(f.jumps).map(([kind, j]) => `${kind} ${j.median.toFixed(1)} ms (slowest ${j.max.toFixed(1)})`);
    console.log(`[player-timing] ${c.island} — ${c.input} — ${f.steps.toLocaleString('en')} steps: ${figures.join(', ')}`);
    const worst = Object.entries(f.jumps).sort((a, b) => b[1].median - a[1].median)[0]!;
    const verdict = worst[1].median <= BOUND_MS ? `within ${BOUND_MS} ms` : `OVER ${BOUND_MS} ms (median ${worst[0]} jump ${worst[1].median.toFixed(1)} ms)`;
    console.log(`[player-timing]   ${verdict}${c.over ? ` — known: ${c.over}` : ''}`);
    test.info().annotations.push({ type: 'timing', description: `${c.island}: ${verdict}` });
  });
}
