// @vitest-environment jsdom
import { islandMessages } from '../registry';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import PredictReturn from './PredictReturn.svelte';
import { returnQuestions } from './predict-return';

const messages = islandMessages('predict-return', 'en');
afterEach(() => cleanup());

describe('returnQuestions (from the core\'s trace)', () => {
  it('fibonacci(4): one question per distinct call, with the right values and stacks', () => {
    const { questions, initial } = returnQuestions('fibonacci', '4', messages);
    const fib = (k: number): number => (k < 2 ? k : fib(k - 1) + fib(k - 2));
    expect(questions.map((q) => q.call)).toEqual(['fib(4)', 'fib(3)', 'fib(2)', 'fib(1)', 'fib(0)']);
    for (const q of questions) expect(q.value).toBe(String(fib(Number(q.call.slice(4, -1)))));
    expect(questions[1]!.stack).toEqual(['fib(4)', 'fib(3)']);
    // The first question asked is the first call below the entry that makes calls itself.
    expect(questions[initial]!.call).toBe('fib(3)');
    expect(questions.find((q) => q.call === 'fib(1)')!.why).toBe(messages['predictReturn.base']);
  });

  it('a chosen frame is asked first, and an unknown program is refused', () => {
    expect(returnQuestions('factorial', '5', messages, 'factorial(2)').initial).toBe(3);
    expect(() => returnQuestions('nope', '1', messages)).toThrow(/unknown program/);
  });
});

describe('PredictReturn', () => {
  it('a wrong value gets a hint, a second one the answer; a right one is right, with the reason', async () => {
    const { questions, initial } = returnQuestions('fibonacci', '4', messages);
    render(PredictReturn, { props: { messages, progressId: 'ch3.predict-return', program: 'fibonacci', arg: '4', questions, initial } });
    const field = screen.getByRole('textbox');
    await fireEvent.input(field, { target: { value: '3' } });
    await fireEvent.submit(field.closest('form')!);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).not.toContain('fib(2) → 1, fib(1) → 1');
    await fireEvent.input(field, { target: { value: '5' } });
    await fireEvent.submit(field.closest('form')!);
    expect(screen.getByRole('status').textContent).toContain('fib(2) → 1, fib(1) → 1');
    await fireEvent.input(field, { target: { value: '2' } });
    await fireEvent.submit(field.closest('form')!);
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('fib(2) → 1, fib(1) → 1');
  });
});
