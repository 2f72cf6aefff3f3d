// The Python lab in Chromium, both languages, keyboard only: the page with JavaScript off, the
// sidebar link, the program's plain text area becoming CodeMirror on focus without losing what
// was typed meanwhile, a share link's round trip, a runtime that cannot be loaded, and — with the
// real worker and Pyodide — typing a program, running it, stepping to a frame and an object (axe
// clean with the trace on screen), jumping to a line, running and stepping without ever touching
// the editor (the plain view marks the line), and Stop ending an endless loop within a second.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../src/i18n/lang';
import { LAB_SAMPLE } from '../src/components/lab/lab-sample';
import { axeViolations, liveRegion, said, t, tabTo, templatePattern, watchPage } from './pages';

/** The Pyodide files and the worker: nothing of them may load before Run. */
const RUNTIME = /pyodide|python_stdlib|\.wasm(\?|$)|lab-worker|lab-client/;
/** CodeMirror's chunk: loaded only when the reader first focuses the program. */
const CODEMIRROR = /\/codemirror\.[\w-]+\.js$/;

const pattern = (lang: Lang, key: string): RegExp => templatePattern(t(lang, key), '.+');

/** The program's text box: the plain text area, then CodeMirror's content once focused. */
const programBox = (page: Page, lang: Lang): Locator => page.getByRole('textbox', { name: t(lang, 'lab.page.program') });

/** What a screen reader adds to the program's name while step `line` is shown: the keys, then the line. */
const described = (lang: Lang, line: number): string => `${said(lang, 'lab.page.editorHint')} ${said(lang, 'lab.page.markStep', { line })}`;

/** Opens the lab (with `code` when given) and waits for its program (a plain text area until focused). */
async function openLab(page: Page, lang: Lang, code?: string): Promise<Locator> {
  // The query labHref writes (lab-url.ts, which needs Vite's import.meta.env to say the base).
  await page.goto(code === undefined ? `${lang}/lab/` : `${lang}/lab/?${new URLSearchParams({ code })}`);
  const editor = programBox(page, lang);
  await expect(editor).toBeVisible();
  return editor;
}

/** Replaces the program by typing it, then leaves the editor as a keyboard user does (Escape, Tab). */
async function typeProgram(page: Page, editor: Locator, lines: readonly string[]) {
  await tabTo(page, editor);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
  // By now CodeMirror has taken the text area's place (the focus loaded it): Escape then Tab leaves it.
  await expect(page.locator('.cm-content')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor).not.toBeFocused();
}

for (const lang of LANGS) {
  test.describe(`the Python lab (${lang})`, () => {
    test.describe('with JavaScript off', () => {
      test.use({ javaScriptEnabled: false });
      test('shows the sample program and says the lab needs JavaScript', async ({ page }) => {
        const response = await page.goto(`${lang}/lab/`);
        await expect(page.locator('h1')).toHaveText(t(lang, 'lab.prose.title'));
        await expect(page.locator('pre').filter({ hasText: 'def factorial(n):' })).toHaveText(LAB_SAMPLE);
        // The message is in <noscript>, which a browser with JavaScript off shows; Chromium under
        // Playwright's javaScriptEnabled: false still parses it as text, so read it in the HTML.
        const noscript = /<noscript>([\s\S]*?)<\/noscript>/.exec((await response!.text()).replace(/<noscript><style>[\s\S]*?<\/noscript>/g, ''));
        expect(noscript?.[1]).toContain(t(lang, 'lab.prose.noscript'));
      });
    });

    test('the sidebar links to it; nothing of the runtime loads before Run', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      const runtime: string[] = [];
      page.on('request', (r) => RUNTIME.test(r.url()) && runtime.push(r.url()));
      await page.goto(`${lang}/03-recursion/`);
      const link = page.getByRole('navigation').getByRole('link', { name: t(lang, 'lab.prose.link') });
      await link.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${lang}/lab/$`));
      await expect(page.getByRole('navigation').getByRole('link', { name: t(lang, 'lab.prose.link') })).toHaveAttribute('aria-current', 'page');
      await expect(programBox(page, lang)).toBeVisible();
      await page.waitForLoadState('networkidle');
      expect(runtime).toEqual([]);
      expect(problems).toEqual([]);
    });

    test('the program is a plain text area until focused; then CodeMirror takes over keeping what was typed meanwhile; axe clean', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      // CodeMirror arrives only when the test says, as on a slow connection.
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      const asked: string[] = [];
      await page.route(CODEMIRROR, async (route) => {
        asked.push(route.request().url());
        await released;
        await route.continue();
      });
      const program = await openLab(page, lang);
      await page.waitForLoadState('networkidle');
      expect(asked).toEqual([]);
      await expect(program).toHaveValue(LAB_SAMPLE);
      expect(await axeViolations(page)).toEqual([]);

      await tabTo(page, program);
      await expect.poll(() => asked.length).toBe(1);
      // Typing works at once, in the text area: a new last line.
      await page.keyboard.press('ControlOrMeta+End');
      await page.keyboard.type('total = sum(nums)');
      await expect(program).toHaveValue(`${LAB_SAMPLE}total = sum(nums)`);
      // The reader keeps typing while CodeMirror arrives: no key is lost, none lands elsewhere.
      release();
      await page.keyboard.type(' + 1');
      await expect(page.locator('.cm-content')).toBeFocused();
      await page.keyboard.type('0');
      await expect(page.locator('.cm-line').last()).toHaveText('total = sum(nums) + 10');
      expect(await axeViolations(page)).toEqual([]);
      // Leaving it works as before: Escape, then Tab.
      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
      await expect(page.getByRole('textbox', { name: t(lang, 'lab.page.input') })).toBeFocused();
      expect(asked).toHaveLength(1);
      expect(problems).toEqual([]);
    });

    test('Tab passes through the program even as CodeMirror arrives, leaving it unchanged', async ({ page }) => {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      await page.route(CODEMIRROR, async (route) => {
        await released;
        await route.continue();
      });
      const program = await openLab(page, lang);
      await tabTo(page, program);
      release();
      // CodeMirror takes over while the reader is still on their way through: Tab moves on.
      await expect(page.locator('.cm-content')).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('textbox', { name: t(lang, 'lab.page.input') })).toBeFocused();
      await expect(page.locator('.cm-content')).toHaveText(LAB_SAMPLE.split('\n').join(''));
    });

    test('a 20,000-line program pasted where the editor cannot load: the plain view numbers only the lines near those in view, each beside its line', async ({ page, context, baseURL }) => {
      // No URL carries such a program (servers refuse a request line that long): it is pasted.
      // CodeMirror not loading (offline) leaves the plain view to hold it.
      await page.route(CODEMIRROR, (route) => route.abort());
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
      const code = Array.from({ length: 20_000 }, (_, i) => `x${i + 1} = ${i + 1}`).join('\n');
      const program = await openLab(page, lang);
      await page.evaluate((text) => navigator.clipboard.writeText(text), code);
      await program.focus();
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.press('ControlOrMeta+v');
      await expect(program).toHaveValue(code, { timeout: 30_000 });
      const numbers = page.locator('.plain .numbers span:not(.spacer)');
      expect(await numbers.count()).toBeLessThan(300);
      // Scrolled to line 15,000 and to the end: the number drawn level with the text area's first
      // visible line is that line's.
      for (const line of [15_000, 20_000]) {
        const beside = (scrollTo = 0) =>
          program.evaluate((el, n) => {
            const area = el as HTMLTextAreaElement;
            const style = getComputedStyle(area);
            // The real pitch of its lines (line boxes round: not quite the line-height).
            const height = (area.scrollHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) / 20_000;
            if (n > 0) area.scrollTop = (n - 1) * height;
            const y = area.getBoundingClientRect().top + parseFloat(style.paddingTop) - (area.scrollTop % height);
            const drawn = [...document.querySelectorAll('.plain .numbers span:not(.spacer)')].find((s) => Math.abs(s.getBoundingClientRect().top - y) < 3);
            return { drawn: drawn?.textContent ?? null, line: String(Math.floor(area.scrollTop / height) + 1) };
          }, scrollTo);
        const first = await beside(line);
        expect(Number(first.line)).toBeGreaterThan(line - 30);
        await expect
          .poll(async () => {
            const b = await beside();
            return b.drawn === b.line ? 'level' : `${b.drawn} beside line ${b.line}`;
          })
          .toBe('level');
        expect(await numbers.count()).toBeLessThan(300);
      }
    });

    test('share link round trip: the program typed is in the link, and the link opens it', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const editor = await openLab(page, lang);
      const program = ['a = [1, 2]', 'b = a', `print("${lang}", b)`];
      await typeProgram(page, editor, program);
      const input = page.getByRole('textbox', { name: t(lang, 'lab.page.input') });
      await expect(input).toBeFocused();
      await page.keyboard.type('7');
      await tabTo(page, page.getByRole('button', { name: t(lang, 'lab.page.share') }));
      await page.keyboard.press('Enter');
      await expect(page.getByText(t(lang, 'lab.page.shared'))).toBeVisible();
      const url = page.url();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
      expect(new URL(url).searchParams.get('code')).toBe(program.join('\n'));

      const again = await page.context().newPage();
      await again.goto(url);
      await expect(programBox(again, lang)).toHaveValue(program.join('\n'));
      await expect(again.getByRole('textbox', { name: t(lang, 'lab.page.input') })).toHaveValue('7');
      await again.close();
    });

    test('a runtime that cannot be loaded is said in the page, and nothing is left to step', async ({ page }) => {
      await page.route(RUNTIME, (route) => route.abort());
      await openLab(page, lang);
      await tabTo(page, page.getByRole('button', { name: t(lang, 'lab.page.run') }));
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('lab-failure')).toHaveText(pattern(lang, 'lab.page.loadFailed'));
      await expect(page.getByRole('group', { name: t(lang, 'lab.page.steps') })).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);
    });

    test.describe('with the runtime', () => {

      test('keyboard only: type a program, run it, step to a frame and an object; jump to a line; axe clean', async ({ page, baseURL }) => {
        const problems = watchPage(page, baseURL!);
        const editor = await openLab(page, lang);
        await typeProgram(page, editor, ['a = [1, 2]', 'b = a', 'f = lambda x: [x, x]', 'c = f(a)', 'print(len(c))']);
        await tabTo(page, page.getByRole('button', { name: t(lang, 'lab.page.run') }));
        await page.keyboard.press('Enter');

        const steps = page.getByRole('group', { name: t(lang, 'lab.page.steps') });
        await expect(steps).toBeVisible({ timeout: 60_000 });
        await expect(page.getByTestId('recorded')).toContainText('CPython 3.14');
        await expect(page.getByRole('button', { name: t(lang, 'lab.page.run') })).toHaveAttribute('aria-disabled', 'false', { timeout: 30_000 });
        await tabTo(page, steps.getByRole('button', { name: t(lang, 'player.forward') }));

        // Step until the lambda's frame is on the stack, above the module's.
        const call = said(lang, 'lab.call', { fn: '<lambda>', line: 4, depth: 2 });
        for (let i = 0; i < 40 && (await liveRegion(steps).textContent()) !== call; i++) await page.keyboard.press('ArrowRight');
        await expect(liveRegion(steps)).toHaveText(call);
        await expect(page.getByRole('group', { name: /<lambda>\(list 0x[0-9a-f]+\)/ })).toBeVisible();
        await expect(page.getByRole('group', { name: t(lang, 'players.callstack.frameAtDepth', { call: '<module>', depth: 1 }) })).toContainText(/b\s*list 0x/);
        // The list a and b share: one card, with its real wasm32 size and its 64-bit size.
        const list = page.locator('[data-object^="list 0x"]').first();
        await expect(list).toContainText(pattern(lang, 'lab.page.sizes'));
        await expect(list).toContainText(pattern(lang, 'objgraph.refcount'));
        // The editor marks the line the step is at: the called function's own line.
        await expect(page.locator('.cm-lab-step')).toHaveText('f = lambda x: [x, x]');
        expect(await axeViolations(page)).toEqual([]);

        // The first step of line 5, then the end: what it printed.
        await tabTo(page, page.getByRole('textbox', { name: t(lang, 'lab.page.line') }));
        await page.keyboard.type('5');
        await page.keyboard.press('Enter');
        await expect(liveRegion(steps)).toHaveText(said(lang, 'lab.line', { line: 5, fn: '<module>' }));
        await tabTo(page, steps.getByRole('button', { name: t(lang, 'player.end') }));
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('stdout')).toHaveText('2\n');
        expect(problems).toEqual([]);
      });

      test('Run and step without touching the program: CodeMirror never loads; the plain view marks and says the line; axe clean', async ({ page, baseURL }) => {
        const problems = watchPage(page, baseURL!);
        const editorAsked: string[] = [];
        page.on('request', (r) => CODEMIRROR.test(r.url()) && editorAsked.push(r.url()));
        const program = await openLab(page, lang);
        // To Run from the end of the page (Shift+Tab), so the focus never passes through the program.
        await tabTo(page, page.getByRole('button', { name: t(lang, 'lab.page.run') }), { tabs: 0, backTabs: 80 });
        await page.keyboard.press('Enter');
        const steps = page.getByRole('group', { name: t(lang, 'lab.page.steps') });
        await expect(steps).toBeVisible({ timeout: 60_000 });
        await expect(page.getByRole('button', { name: t(lang, 'lab.page.run') })).toHaveAttribute('aria-disabled', 'false', { timeout: 30_000 });
        await tabTo(page, steps.getByRole('button', { name: t(lang, 'player.forward') }));

        // Step until line 7 (`same = nums`) runs next.
        const line7 = said(lang, 'lab.line', { line: 7, fn: '<module>' });
        for (let i = 0; i < 20 && (await liveRegion(steps).textContent()) !== line7; i++) await page.keyboard.press('ArrowRight');
        await expect(liveRegion(steps)).toHaveText(line7);
        await expect(page.locator('.plain .numbers .marked')).toHaveText('7');
        await expect(program).toHaveAccessibleDescription(described(lang, 7));
        // The band behind line 7 is drawn where line 7 is: its top is six lines below the first.
        const band = await program.evaluate((el) => {
          const style = getComputedStyle(el);
          return { position: style.backgroundPositionY, lineHeight: parseFloat(style.lineHeight), padding: parseFloat(style.paddingTop) };
        });
        expect(parseFloat(band.position)).toBeCloseTo(band.padding + 6 * band.lineHeight, 0);
        expect(await axeViolations(page)).toEqual([]);
        expect(editorAsked).toEqual([]);

        // Now the reader goes to the program: CodeMirror loads and marks the same line.
        await tabTo(page, program, { tabs: 0 });
        await expect(page.locator('.cm-content')).toBeFocused();
        await expect(page.locator('.cm-lab-step')).toHaveText('same = nums');
        await expect(page.locator('.cm-content')).toHaveAccessibleDescription(described(lang, 7));
        expect(editorAsked).toHaveLength(1);
        expect(problems).toEqual([]);
      });

      test('Stop ends an endless loop within a second; its steps stay steppable; Run works again', async ({ page }) => {
        await openLab(page, lang, 'i = 0\nwhile True:\n    i += 1\n');
        await tabTo(page, page.getByRole('button', { name: t(lang, 'lab.page.run') }));
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('recorded')).toContainText('CPython', { timeout: 60_000 });
        await tabTo(page, page.getByRole('button', { name: t(lang, 'lab.page.stop') }));
        const pressed = Date.now();
        await page.keyboard.press('Enter');
        const stop = page.getByTestId('lab-stop');
        await expect(stop).toContainText(pattern(lang, 'lab.stop.stopped'), { timeout: 1_000 });
        expect(Date.now() - pressed).toBeLessThanOrEqual(1_000);

        await tabTo(page, stop.getByRole('button', { name: t(lang, 'lab.page.showLast') }));
        await page.keyboard.press('Enter');
        const steps = page.getByRole('group', { name: t(lang, 'lab.page.steps') });
        await expect(liveRegion(steps)).toContainText(pattern(lang, 'lab.stop.stopped'));
        await expect(page.getByRole('group', { name: t(lang, 'players.callstack.frameAtDepth', { call: '<module>', depth: 1 }) })).toContainText('i');

        await tabTo(page, page.getByRole('button', { name: t(lang, 'lab.page.run') }));
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('lab-stop')).toHaveCount(0);
        await expect(page.getByTestId('recorded')).toBeVisible({ timeout: 60_000 });
        await tabTo(page, page.getByRole('button', { name: t(lang, 'lab.page.stop') }));
        await page.keyboard.press('Enter');
        await expect(page.getByTestId('lab-stop')).toBeVisible({ timeout: 1_000 });
      });
    });
  });
}
