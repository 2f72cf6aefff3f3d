import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { islandMessages } from '../src/components/registry';
import { fill, type Lang } from '../src/i18n/lang';
import { t as message } from '../src/i18n/messages';
import { plain } from '../src/i18n/rich-text';

const DIST = join(import.meta.dirname, '..', 'dist');

/** Every HTML page of the built site, as a path relative to the base ('' is the root). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(full);
      } else if (name === 'index.html') {
        const rel = relative(DIST, dir).split(sep).join('/');
        pages.push(rel ? `${rel}/` : '');
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/** Records console errors, page errors and any request that leaves the origin of `base` (the base URL). */
export function watchPage(page: Page, base: string) {
  const origin = new URL(base).origin;
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request to another origin: ${url}`);
    }
  });
  return problems;
}

/**
 * Components drawn at build that their own script makes interactive once near the screen (the
 * layer diagram): the script marks the component `data-ready`.
 */
const SCRIPTED_ATTR = 'data-layer-diagram';
const SCRIPTED = `[${SCRIPTED_ATTR}]`;

/** Waits until every island on the page has hydrated (Astro removes the `ssr` attribute). */
export async function waitForIslands(page: Page) {
  // <astro-island> is `display: contents`, so scroll its first child: client:visible islands
  // hydrate only once they are on screen.
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) {
    await expect(async () => {
      await islands.nth(i).locator('> *').first().scrollIntoViewIfNeeded({ timeout: 2_000 });
    }).toPass({ timeout: 15_000 });
  }
  const scripted = page.locator(SCRIPTED);
  for (let i = 0; i < (await scripted.count()); i++) await scripted.nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (selector) => document.querySelectorAll('astro-island[ssr]').length === 0 && [...document.querySelectorAll(selector)].every((e) => e.hasAttribute('data-ready')),
    SCRIPTED,
  );
}

/**
 * Brings an island into view and waits until it has hydrated. `root` is an element inside
 * the island (its region): `<astro-island>` itself is `display: contents` and cannot be
 * scrolled to, and hydration may swap the node while we scroll, so the scroll is retried.
 */
export async function openIsland(page: Page, root: Locator, timeout = 15_000): Promise<Locator> {
  await expect(async () => {
    await root.scrollIntoViewIfNeeded({ timeout: 2_000 });
  }).toPass({ timeout });
  const scripted = root.locator(`xpath=ancestor-or-self::*[@${SCRIPTED_ATTR}]`);
  if ((await scripted.count()) > 0) await expect(scripted).toHaveAttribute('data-ready', '', { timeout });
  else await expect(page.locator('astro-island', { has: root })).not.toHaveAttribute('ssr', { timeout });
  return root;
}

// ---------------------------------------------------------------------------------------------
// Helpers the specs share. A spec defines none of these again: it imports them from here.

export type Params = Record<string, string | number>;

/** A catalog string as written, placeholders filled (Korean particles chosen). */
export const t = (lang: Lang, key: string, params: Params = {}): string => message(lang, key, params);

/** A catalog string as a name or a live region says it: without the backticks of code spans. */
export const said = (lang: Lang, key: string, params: Params = {}): string => plain(message(lang, key, params));

/**
 * A catalog template as a pattern: each placeholder — plain, a Korean particle pair, or a whole
 * plural block with its nested forms — matches any text (`wildcard`); the rest as written.
 */
export function templatePattern(template: string, wildcard = '[\\s\\S]+?'): RegExp {
  const parts: string[] = [];
  let literal = '';
  for (let i = 0; i < template.length; i++) {
    if (template[i] !== '{') {
      literal += template[i];
      continue;
    }
    for (let depth = 0; i < template.length; i++) {
      if (template[i] === '{') depth++;
      else if (template[i] === '}' && --depth === 0) break;
    }
    parts.push(literal);
    literal = '';
  }
  parts.push(literal);
  return new RegExp(parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(wildcard));
}

/** The strings one island ships (its registry domains), as `t` for that island: a key the island
 *  does not get renders as itself, so a test using it fails. */
export function islandT(id: string, lang: Lang): Translate {
  const messages = islandMessages(id, lang);
  return (key, params = {}) => fill(messages, key, params);
}

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Sets the system colour scheme; on a loaded page, waits until the page follows it. */
export async function setTheme(page: Page, theme: Theme) {
  await page.emulateMedia({ colorScheme: theme });
  if (page.url() !== 'about:blank') await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Opens `path` (below the base, e.g. `ko/03-recursion/`), in `theme` if given; with `islands`,
 *  waits until every island on it has hydrated. */
export async function openPage(page: Page, path: string, opts: { theme?: Theme; islands?: boolean } = {}) {
  if (opts.theme) await page.emulateMedia({ colorScheme: opts.theme });
  await page.goto(path);
  if (opts.theme) await expect(page.locator('html')).toHaveAttribute('data-theme', opts.theme);
  if (opts.islands) await waitForIslands(page);
}

/** The island whose region is named `name`, scrolled to and hydrated. */
export function openRegion(page: Page, name: string, opts: { exact?: boolean; timeout?: number } = {}): Promise<Locator> {
  return openIsland(page, page.getByRole('region', { name, exact: opts.exact }), opts.timeout);
}

/** Whether `target` has the keyboard focus. */
export const focused = (target: Locator): Promise<boolean> => target.evaluate((el) => el === document.activeElement);

/**
 * Moves the focus to `target` as a keyboard user would: Tab (at most `tabs` times), then
 * Shift+Tab (at most `backTabs` times). With `rowArrows`, while the focus is on another button
 * in the target's table row (a board), → moves along the row first. In a code editor, where Tab
 * indents, Escape comes first: CodeMirror then lets the next Tab move the focus (the lab says so).
 */
export async function tabTo(page: Page, target: Locator, opts: { tabs?: number; backTabs?: number; rowArrows?: boolean } = {}) {
  const { tabs = 40, backTabs = 40, rowArrows = false } = opts;
  for (let i = 0; rowArrows && i < 8; i++) {
    if (await focused(target)) return;
    const sameRow = await target.evaluate((el) => {
      const a = document.activeElement;
      return !!a && a !== el && a.tagName === 'BUTTON' && a.closest('tr') !== null && a.closest('tr') === el.closest('tr');
    });
    if (!sameRow) break;
    await page.keyboard.press('ArrowRight');
  }
  const inEditor = () => page.evaluate(() => document.activeElement?.closest('.cm-editor') != null);
  /**
   * In a code editor, Escape first so Tab can leave it. True if the editor is the target: the
   * lab's text area may have been replaced by CodeMirror (focused) while `focused` looked at it.
   */
  const leaveEditor = async () => {
    if (!(await inEditor())) return false;
    if (await focused(target)) return true;
    await page.keyboard.press('Escape');
    return false;
  };
  for (let i = 0; i < tabs; i++) {
    if (await focused(target)) return;
    if (await leaveEditor()) return;
    await page.keyboard.press('Tab');
  }
  for (let i = 0; i < backTabs; i++) {
    if (await focused(target)) return;
    if (await leaveEditor()) return;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(target).toBeFocused();
}

/** axe's WCAG 2.1 A/AA violations on the page (or inside `include`), one line each. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** The polite live region inside `scope` (a player's narration, an island's announcements). */
export const liveRegion = (scope: Locator): Locator => scope.locator('[aria-live="polite"]');

/** The seed of the problem an exercise or quiz island shows. */
export const seedOf = async (region: Locator): Promise<number> => Number(await region.getAttribute('data-seed'));

/** The progress record the book keeps in localStorage ({} when there is none). */
export async function storedProgress(page: Page): Promise<{ exercises?: Record<string, { completed?: boolean }> }> {
  return JSON.parse((await page.evaluate(() => localStorage.getItem('stack-and-heap:progress:v1'))) ?? '{}');
}

/** A translator bound to a language (or to one island's strings, see `islandT`). */
export type Translate = (key: string, params?: Params) => string;

/**
 * In a graded exercise: Enter on the wrong step `wrong`, check that the reason is shown and
 * "Undo mine" has the focus, then undo it with Enter.
 */
export async function undoWrongStep(page: Page, region: Locator, wrong: Locator, tr: Translate, tabbing: Parameters<typeof tabTo>[2] = {}) {
  await tabTo(page, wrong, tabbing);
  await page.keyboard.press('Enter');
  await expect(region).toContainText(tr('exercise.why', { reason: '' }).trim());
  await expect(region.getByRole('button', { name: tr('exercise.undoMine') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(region).toContainText(tr('exercise.undone'));
}

/** The exercise is done, with `correct` steps right first time and `undone` undone. */
export async function expectExerciseDone(region: Locator, score: { correct: number; undone: number }) {
  await expect(region).toHaveAttribute('data-done', 'true');
  await expect(region.locator('.score')).toHaveAttribute('data-correct', String(score.correct));
  await expect(region.locator('.score')).toHaveAttribute('data-undone', String(score.undone));
}
