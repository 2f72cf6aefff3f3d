// Chapter 1's islands driven as a student would: by role and accessible name, keyboard only.
import { test, expect } from '@playwright/test';
import { generateSegmentQuiz, QUIZ_SEGMENTS, type QuizItem, type SegmentKind } from '../src/sim/segments';
import { LANGS } from '../src/i18n/lang';
import { liveRegion, openRegion, said as t, seedOf, tabTo } from './pages';

for (const lang of LANGS) {
  test.describe(`chapter 1 islands (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await page.goto(`${lang}/01-memory-layout/`);
    });

    test('address-space map: choose lines with the keyboard and see where their data lives', async ({ page }) => {
      const map = await openRegion(page, t(lang, 'map.heading'));

      // Server-rendered start: line 4, `int counter = 42;`, in .data.
      const cTab = map.getByRole('tab', { name: t(lang, 'map.tab.c') });
      await expect(cTab).toHaveAttribute('aria-selected', 'true');
      const cLines = map.getByRole('listbox', { name: t(lang, 'map.lines.c') });
      await expect(cLines.getByRole('option', { selected: true })).toHaveAccessibleName(/^(Line 4|4행): int counter = 42;/);
      await expect(map.locator('[data-segment="data"]')).toHaveAttribute('data-active', 'true');

      // Keyboard: from the tab into the program, then down one line to `buffer`.
      await cTab.focus();
      await page.keyboard.press('Tab');
      const line4 = cLines.getByRole('option', { name: /^(Line 4|4행):/ });
      await expect(line4).toBeFocused();
      await page.keyboard.press('ArrowDown');
      const line5 = cLines.getByRole('option', { name: /^(Line 5|5행):/ });
      await expect(line5).toBeFocused();
      await expect(line5).toHaveAttribute('aria-selected', 'true');
      const bss = map.locator('[data-segment="bss"]');
      await expect(bss).toHaveAttribute('data-active', 'true');
      await expect(bss).toContainText(t(lang, 'map.here'));
      await expect(map.locator('[data-segment="data"]')).toHaveAttribute('data-active', 'false');
      await expect(map).toContainText(t(lang, 'c.buffer'));
      await expect(liveRegion(map)).toContainText(t(lang, 'seg.bss'));

      // Down to line 14: the pointer on the stack, the block on the heap.
      for (let i = 5; i < 14; i++) await page.keyboard.press('ArrowDown');
      await expect(cLines.getByRole('option', { name: /^(Line 14|14행):/ })).toBeFocused();
      await expect(map.locator('[data-segment="stack"]')).toHaveAttribute('data-active', 'true');
      await expect(map.locator('[data-segment="heap"]')).toHaveAttribute('data-active', 'true');
      await expect(map).toContainText(t(lang, 'why.mallocBlock', { bytes: 400 }));

      // Switch to Python with the arrow keys; its line 10 (`n = 7`) shows the static small int.
      await page.keyboard.press('Shift+Tab');
      await expect(cTab).toBeFocused();
      await page.keyboard.press('ArrowRight');
      const pyTab = map.getByRole('tab', { name: t(lang, 'map.tab.python') });
      await expect(pyTab).toBeFocused();
      await expect(pyTab).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Tab');
      const pyLines = map.getByRole('listbox', { name: t(lang, 'map.lines.python') });
      await expect(pyLines.getByRole('option', { name: /^(Line 3|3행):/ })).toBeFocused();
      for (let i = 3; i < 10; i++) await page.keyboard.press('ArrowDown');
      await expect(pyLines.getByRole('option', { name: /^(Line 10|10행): n = 7/ })).toHaveAttribute('aria-selected', 'true');
      await expect(map.locator('[data-segment="data"]')).toHaveAttribute('data-active', 'true');
      await expect(map.locator('[data-segment="mmap"]')).toHaveAttribute('data-active', 'true');
      await expect(map).toContainText(t(lang, 'py.smallInt'));
    });

    test('“Which segment?”: answer with the keyboard, fix a wrong answer, reach all correct', async ({ page }) => {
      const quizRegion = await openRegion(page, t(lang, 'quiz.heading'));
      const quiz = generateSegmentQuiz(await seedOf(quizRegion));
      const groupName = (item: QuizItem) =>
        t(lang, 'quiz.legend', { item: t(lang, item.labelKey, item.params), line: item.line });
      const groupOf = (item: QuizItem) => quizRegion.getByRole('group', { name: groupName(item), exact: true });
      const rowOf = (item: QuizItem) =>
        quizRegion.getByRole('listitem').filter({ has: page.getByRole('group', { name: groupName(item), exact: true }) });

      /** With the group's first radio focused and nothing checked: Space for the first, ↓ for the others. */
      const choose = async (seg: SegmentKind) => {
        const steps = QUIZ_SEGMENTS.indexOf(seg);
        if (steps === 0) await page.keyboard.press('Space');
        for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowDown');
      };

      const [first, ...rest] = quiz.items;
      const wrong = QUIZ_SEGMENTS.find((s) => s !== first!.segment)!;

      // The student starts at the first item's choices and tabs from item to item.
      await groupOf(first!).getByRole('radio').first().focus();
      await choose(wrong);
      for (const item of rest) {
        await page.keyboard.press('Tab');
        await expect(groupOf(item).getByRole('radio').first()).toBeFocused();
        await choose(item.segment);
      }
      await expect(groupOf(first!).getByRole('radio', { name: t(lang, `seg.${wrong}`) })).toBeChecked();

      const check = quizRegion.getByRole('button', { name: t(lang, 'quiz.check') });
      await page.keyboard.press('Tab');
      await expect(check).toBeFocused();
      await page.keyboard.press('Enter');

      const status = quizRegion.getByRole('status');
      await expect(status).toHaveText(t(lang, 'quiz.score', { k: quiz.items.length - 1, n: quiz.items.length }));
      const firstRow = rowOf(first!);
      // A first wrong answer earns a hint, not the answer.
      await expect(firstRow).toContainText(t(lang, 'quiz.reveal.tryAgain'));
      await expect(firstRow).not.toContainText(t(lang, 'quiz.wrong', { segment: t(lang, `seg.${first!.segment}`) }));
      await expect(firstRow).not.toContainText(t(lang, first!.explanationKey, first!.params));
      await expect(rowOf(rest[0]!)).toContainText(t(lang, 'quiz.correct'));

      // "Try again" clears the wrong answer and puts the student back on that item.
      const retry = quizRegion.getByRole('button', { name: t(lang, 'quiz.retry') });
      await page.keyboard.press('Tab');
      await expect(retry).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(groupOf(first!).getByRole('radio').first()).toBeFocused();
      await expect(groupOf(first!).getByRole('radio', { name: t(lang, `seg.${wrong}`) })).not.toBeChecked();
      await choose(first!.segment);
      await expect(groupOf(first!).getByRole('radio', { name: t(lang, `seg.${first!.segment}`) })).toBeChecked();

      await tabTo(page, check);
      await page.keyboard.press('Enter');
      await expect(status).toHaveText(t(lang, 'quiz.allCorrect', { n: quiz.items.length }));
      for (const item of quiz.items) await expect(rowOf(item)).toContainText(t(lang, 'quiz.correct'));
    });
  });
}

for (const lang of LANGS) {
  for (const width of [360, 1280]) {
    test.describe(`chapter 1 map at ${width} px (${lang})`, () => {
      test.use({ viewport: { width, height: 800 } });

      test('no line of either program is cut off: long comments wrap inside the code pane', async ({ page }) => {
        await page.goto(`${lang}/01-memory-layout/`);
        const map = await openRegion(page, t(lang, 'map.heading'));
        for (const program of ['c', 'python'] as const) {
          await map.getByRole('tab', { name: t(lang, `map.tab.${program}`) }).click();
          const pane = map.getByRole('listbox', { name: t(lang, `map.lines.${program}`) });
          const overflow = await pane.evaluate((el) => {
            const box = el.getBoundingClientRect();
            const lines = [...el.querySelectorAll('[role="option"]')].map((line) => {
              const code = line.querySelector('code')!;
              const b = code.getBoundingClientRect();
              return { text: code.textContent, past: Math.max(code.scrollWidth - code.clientWidth, b.right - box.right) };
            });
            return { pane: el.scrollWidth - el.clientWidth, lines: lines.filter((l) => l.past > 0.5) };
          });
          expect(overflow).toEqual({ pane: 0, lines: [] });
        }
        // The longest comment of the Python program is all there, on screen, in the page's language.
        const line6 = map.getByRole('option', { name: /^(Line 6|6행):/ });
        await expect(line6).toContainText(`# ${t(lang, 'map.comment.python.result')}`);
        if (lang === 'ko') await expect(line6).toContainText('# 새 int 객체(pymalloc 아레나) 또는 캐시된 작은 정수');
      });
    });
  }

  test(`the map and its explanation agree on where a function object lives (${lang})`, async ({ page }) => {
    await page.goto(`${lang}/01-memory-layout/`);
    const map = await openRegion(page, t(lang, 'map.heading'));
    await map.getByRole('tab', { name: t(lang, 'map.tab.python') }).click();
    await map.getByRole('option', { name: /^(Line 5|5행):/ }).click();
    const mmap = map.locator('[data-segment="mmap"]');
    await expect(mmap).toHaveAttribute('data-active', 'true');
    await expect(mmap).toContainText(t(lang, 'item.object', { name: 'square' }));
    await expect(map.locator('[data-segment="heap"]')).toHaveAttribute('data-active', 'false');
    // The explanation under the chip "mmap region" says why it is there: a pymalloc arena.
    const why = map.locator('.why li').filter({ hasText: t(lang, 'seg.mmap') }).filter({ hasText: t(lang, 'py.functionObject') });
    await expect(why).toHaveCount(1);
  });
}
