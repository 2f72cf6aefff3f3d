// @vitest-environment jsdom
import { gradedProps } from '../registry';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import FibCallCount from './FibCallCount.svelte';
import { callCount } from '../../sim/exercises/recursion';
import { forgetOpenProgress, PROGRESS_KEY } from '../progress';

const graded = gradedProps('fib-count', 'en');
const counts = Array.from({ length: 8 }, (_, i) => [callCount('fibonacci', { n: i }), callCount('fibonacci-memo', { n: i })] as const);
const stored = () => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{"exercises":{}}').exercises['ch3.fib-count'];

beforeEach(() => {
  localStorage.clear();
  forgetOpenProgress();
});
afterEach(() => cleanup());

describe('FibCallCount', () => {
  it('the counts it checks against come from the core: 2·fib(n+1) − 1 naive calls, 2n − 1 with a memo', () => {
    const fib = (k: number): number => (k < 2 ? k : fib(k - 1) + fib(k - 2));
    for (let n = 2; n < counts.length; n++) expect(counts[n]).toEqual([2 * fib(n + 1) - 1, 2 * n - 1]);
  });

  it('a wrong count gets a hint (not the count), both right completes the exercise and records progress', async () => {
    render(FibCallCount, { props: { ...graded, counts, initialN: 6 } });
    const naive = screen.getByLabelText('Calls of fib(6) without memo');
    const memo = screen.getByLabelText('Calls of fib(6) with an empty memo');
    await fireEvent.input(naive, { target: { value: '12' } });
    await fireEvent.input(memo, { target: { value: String(counts[6]![1]) } });
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(stored()).toBeUndefined();
    const verdict = document.getElementById(naive.getAttribute('aria-describedby')!)!;
    expect(verdict.textContent).toContain(graded.messages['fibcount.hintNaive']);
    expect(verdict.textContent).not.toContain(String(counts[6]![0]));
    await fireEvent.input(naive, { target: { value: '13' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(verdict.textContent).toContain(String(counts[6]![0]));
    await fireEvent.input(naive, { target: { value: String(counts[6]![0]) } });
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    // The memo count was right at its first try; the naive one was not.
    expect(stored()).toMatchObject({ completed: true, best: { correct: 1, fixed: 1, total: 2, assisted: false } });
  });

  it('revealing the counts first records the attempt as assisted, with nothing right first time', async () => {
    render(FibCallCount, { props: { ...graded, counts, initialN: 5 } });
    await fireEvent.click(screen.getByRole('button', { name: 'Show the counts' }));
    await fireEvent.input(screen.getByLabelText('Calls of fib(5) without memo'), { target: { value: String(counts[5]![0]) } });
    await fireEvent.input(screen.getByLabelText('Calls of fib(5) with an empty memo'), { target: { value: String(counts[5]![1]) } });
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(stored()).toMatchObject({ completed: true, best: { correct: 0, total: 2, assisted: true } });
  });
});
