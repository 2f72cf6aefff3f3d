// @vitest-environment jsdom
import { gradedProps, islandMessages } from './registry';
import { t as message } from '../i18n/messages';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import SegmentExercise from './SegmentExercise.svelte';
import AddressSpaceMap from './AddressSpaceMap.svelte';
import { generateSegmentQuiz, QUIZ_SEGMENTS, type QuizItem } from '../sim/segments';
import { plain } from '../i18n/rich-text';

afterEach(() => cleanup());

const t = (lang: 'en' | 'ko', key: string, params: Record<string, string | number> = {}) =>
  plain(message(lang, key, params));
const legendOf = (lang: 'en' | 'ko', item: QuizItem) =>
  t(lang, 'quiz.legend', { item: t(lang, item.labelKey, item.params), line: item.line });

describe('SegmentExercise', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`grades answers, gives a hint (not the answer) for a wrong one, the answer on request, and reaches "all correct" (${lang})`, async () => {
      render(SegmentExercise, { props: { ...gradedProps('segment-exercise', lang), seed: 7 } });
      const quiz = generateSegmentQuiz(7);
      const region = screen.getByRole('region', { name: t(lang, 'quiz.heading') });
      expect(region.getAttribute('data-seed')).toBe('7');

      const radioFor = (item: QuizItem, seg: string) =>
        within(within(region).getByRole('group', { name: legendOf(lang, item) })).getByRole('radio', {
          name: t(lang, `seg.${seg}`),
        });

      // First item wrong, the rest right.
      const [first, ...rest] = quiz.items;
      const wrong = QUIZ_SEGMENTS.find((s) => s !== first!.segment)!;
      await fireEvent.click(radioFor(first!, wrong));
      for (const item of rest) await fireEvent.click(radioFor(item, item.segment));

      await fireEvent.click(within(region).getByRole('button', { name: t(lang, 'quiz.check') }));
      const status = within(region).getByRole('status');
      expect(status.textContent).toBe(t(lang, 'quiz.score', { k: quiz.items.length - 1, n: quiz.items.length }));
      const item = within(region).getByRole('group', { name: legendOf(lang, first!) }).closest('li')!;
      expect(item.textContent).toContain(t(lang, 'quiz.reveal.tryAgain'));
      expect(item.textContent).not.toContain(t(lang, 'quiz.wrong', { segment: t(lang, `seg.${first!.segment}`) }));
      expect(item.textContent).not.toContain(plain(message(lang, first!.explanationKey, first!.params)));
      // The wrong item's group is described by its feedback.
      const group = within(region).getByRole('group', { name: legendOf(lang, first!) });
      expect(group.getAttribute('aria-describedby')).toBeTruthy();
      // On request, the answer and why.
      await fireEvent.click(within(item).getByRole('button', { name: t(lang, 'quiz.reveal.show') }));
      expect(item.textContent).toContain(t(lang, 'quiz.wrong', { segment: t(lang, `seg.${first!.segment}`) }));
      expect(item.textContent).toContain(plain(message(lang, first!.explanationKey, first!.params)));

      // Try again clears only the wrong answer.
      await fireEvent.click(within(region).getByRole('button', { name: t(lang, 'quiz.retry') }));
      expect((radioFor(first!, wrong) as HTMLInputElement).checked).toBe(false);
      expect((radioFor(rest[0]!, rest[0]!.segment) as HTMLInputElement).checked).toBe(true);

      await fireEvent.click(radioFor(first!, first!.segment));
      await fireEvent.click(within(region).getByRole('button', { name: t(lang, 'quiz.check') }));
      expect(status.textContent).toBe(t(lang, 'quiz.allCorrect', { n: quiz.items.length }));
      expect(within(region).getAllByText(t(lang, 'quiz.correct')).length).toBe(quiz.items.length);
    });
  }

  it('a check with nothing answered reveals no answer', async () => {
    render(SegmentExercise, { props: { ...gradedProps('segment-exercise', 'en') } });
    const quiz = generateSegmentQuiz(1);
    const region = screen.getByRole('region', { name: 'Which segment?' });
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(within(region).getByRole('status').textContent).toBe(`0 of ${quiz.items.length} correct.`);
    expect(screen.getAllByText(t('en', 'quiz.reveal.notAnswered')).length).toBe(quiz.items.length);
    for (const item of quiz.items) expect(region.textContent).not.toContain(plain(message('en', item.explanationKey, item.params)));
  });

  it('with one item answered, Check shows nothing about the others', async () => {
    render(SegmentExercise, { props: { ...gradedProps('segment-exercise', 'en'), seed: 5 } });
    const quiz = generateSegmentQuiz(5);
    const region = screen.getByRole('region', { name: 'Which segment?' });
    const [first, ...rest] = quiz.items;
    await fireEvent.click(within(within(region).getByRole('group', { name: legendOf('en', first!) })).getByRole('radio', { name: t('en', `seg.${first!.segment}`) }));
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    for (const item of rest) {
      expect(region.textContent).not.toContain(t('en', 'quiz.wrong', { segment: t('en', `seg.${item.segment}`) }));
      expect(region.textContent).not.toContain(t('en', 'quiz.unanswered', { segment: t('en', `seg.${item.segment}`) }));
    }
  });

  it('draws a new problem on request', async () => {
    render(SegmentExercise, { props: { ...gradedProps('segment-exercise', 'en'), seed: 1 } });
    const region = screen.getByRole('region', { name: 'Which segment?' });
    await fireEvent.click(screen.getByRole('button', { name: 'New problem' }));
    expect(region.getAttribute('data-seed')).not.toBe('1');
    expect(screen.getByRole('status').textContent).toMatch(/^A new problem with \d+ questions\.$/);
  });
});

describe('AddressSpaceMap', () => {
  it('starts on counter (line 4) and moves with the arrow keys', async () => {
    render(AddressSpaceMap, { props: { messages: islandMessages('segment-exercise', 'en') } });
    const region = screen.getByRole('region', { name: 'Address-space map' });
    const listbox = within(region).getByRole('listbox', { name: 'Lines of the C program' });
    const selected = within(listbox).getByRole('option', { selected: true });
    expect(selected.getAttribute('aria-label')).toMatch(/^Line 4: int counter = 42;/);
    const data = region.querySelector('[data-segment="data"]')!;
    expect(data.getAttribute('data-active')).toBe('true');
    expect(region.textContent).toContain('counter is a global variable with a non-zero initial value (42)');

    await fireEvent.keyDown(selected, { key: 'ArrowDown' });
    expect(within(listbox).getByRole('option', { selected: true }).getAttribute('aria-label')).toMatch(/^Line 5:/);
    expect(region.querySelector('[data-segment="bss"]')!.getAttribute('data-active')).toBe('true');
    expect(data.getAttribute('data-active')).toBe('false');
    const live = region.querySelector('[aria-live="polite"]')!;
    expect(live.textContent).toMatch(/^Line 5: \.bss\./);
  });

  it('switches to the Python program and explains small ints (ko)', async () => {
    render(AddressSpaceMap, { props: { messages: islandMessages('segment-exercise', 'ko') } });
    const region = screen.getByRole('region', { name: '주소 공간 지도' });
    await fireEvent.click(within(region).getByRole('tab', { name: 'Python' }));
    const listbox = within(region).getByRole('listbox', { name: 'Python 프로그램의 줄' });
    const option = within(listbox).getByRole('option', { name: /^10행: n = 7/ });
    await fireEvent.click(option);
    expect(option.getAttribute('aria-selected')).toBe('true');
    expect(region.querySelector('[data-segment="data"]')!.getAttribute('data-active')).toBe('true');
    expect(region.querySelector('[data-segment="mmap"]')!.getAttribute('data-active')).toBe('true');
    expect(region.textContent).toContain('CPython 3.11 이상은 이런 정수를 libpython의 데이터 영역에');
  });
});

describe('SegmentExercise progress', () => {
  it('records a solved problem once under ch1.segments', async () => {
    const key = 'stack-and-heap:progress:v1';
    const attempts = () => JSON.parse(localStorage.getItem(key) ?? '{"exercises":{}}').exercises['ch1.segments']?.attempts ?? 0;
    const before = attempts();
    render(SegmentExercise, { props: { ...gradedProps('segment-exercise', 'en'), seed: 3 } });
    const quiz = generateSegmentQuiz(3);
    const region = screen.getByRole('region', { name: 'Which segment?' });
    const radioFor = (item: QuizItem, seg: string) =>
      within(within(region).getByRole('group', { name: legendOf('en', item) })).getByRole('radio', {
        name: t('en', `seg.${seg}`),
      });
    const [first, ...rest] = quiz.items;
    await fireEvent.click(radioFor(first!, QUIZ_SEGMENTS.find((s) => s !== first!.segment)!));
    for (const item of rest) await fireEvent.click(radioFor(item, item.segment));
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await fireEvent.click(radioFor(first!, first!.segment));
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    const stored = JSON.parse(localStorage.getItem(key)!);
    expect(stored.exercises['ch1.segments'].completed).toBe(true);
    expect(attempts()).toBe(before + 1);
    // A third check of the same solved problem is not a new attempt.
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(attempts()).toBe(before + 1);
  });
});
