// @vitest-environment jsdom
// Chapter 3 islands in jsdom: the call-stack player steps through frames and return values,
// shows RecursionError with the partial trace, validates arguments with a located message;
// the tree collapses big runs; FibCallCount and PredictReturn check against the core.
import { failOnConsoleErrors } from '../shell/component-test';
import { islandMessages } from '../registry';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import CallStackPlayer from './CallStackPlayer.svelte';
import { runCallStack } from '../../sim/callstack';
import { indexTree, visibleTree, type TreeItem } from './tree';

failOnConsoleErrors();

const en = islandMessages('callstack-player', 'en');

describe('CallStackPlayer', () => {
  it('steps factorial(4) to the end: frames return 1, 2, 6, 24', async () => {
    render(CallStackPlayer, { messages: en, program: 'factorial', arg: '4', id: 'f4' });
    const end = screen.getByRole('button', { name: 'Go to the last step' });
    await fireEvent.click(end);
    expect(screen.getByTestId('result').textContent).toContain('Result: 24');
    const tree = screen.getByRole('region', { name: 'Recursion tree of factorial(4)' });
    for (const v of ['factorial(1) → 1', 'factorial(2) → 2', 'factorial(3) → 6', 'factorial(4) → 24']) {
      expect(tree.textContent!.replace(/\s+/g, ' ')).toContain(v);
    }
  });
  it('shows a returning frame and the caller receiving its value', async () => {
    const { trace } = runCallStack('factorial', { n: 3 });
    let i = 0;
    while (trace.event(i).kind !== 'return') i++;
    render(CallStackPlayer, { messages: en, program: 'factorial', arg: '3', id: 'f3' });
    const fwd = screen.getByRole('button', { name: 'Step forward' });
    for (let k = 0; k <= i; k++) await fireEvent.click(fwd);
    expect(document.body.textContent).toContain('returns 1');
    expect(document.body.textContent).toContain('receives 1 from factorial(1)');
    expect(document.body.textContent).toContain('returns to factorial line 4');
    expect(document.querySelector('li[aria-current="true"]')?.textContent).toContain('return 1');
  });
  it('ends factorial(1200) in a RecursionError banner and can step back', async () => {
    render(CallStackPlayer, { messages: en, program: 'factorial', arg: '1200', id: 'f1200' });
    expect(document.body.textContent).toContain('This run ends in RecursionError');
    await fireEvent.click(screen.getByRole('button', { name: 'Go to the last step' }));
    expect(screen.getByTestId('recursion-error').textContent).toContain('limit of 1,000');
    await fireEvent.click(screen.getByRole('button', { name: 'Step back' }));
    expect(screen.queryByTestId('recursion-error')).toBeNull();
  });
  it('locates a bad argument', async () => {
    render(CallStackPlayer, { messages: en, program: 'power', arg: '2, 10', id: 'pw' });
    const field = screen.getByRole('textbox', { name: 'Arguments' });
    await fireEvent.input(field, { target: { value: '2, x' } });
    await fireEvent.submit(field.closest('form')!);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.body.textContent).toContain('Cannot run this input');
  });
  it('switches program with the picker', async () => {
    render(CallStackPlayer, { messages: en, program: 'factorial', arg: '4', id: 'pick' });
    const select = screen.getByRole('combobox', { name: 'Program' });
    await fireEvent.change(select, { target: { value: 'hanoi' } });
    expect((screen.getByRole('textbox', { name: 'Arguments' }) as HTMLInputElement).value).toBe('3');
    await fireEvent.click(screen.getByRole('button', { name: 'Go to the last step' }));
    expect(document.body.textContent).toContain('Moves so far: 7');
  });
});

describe('visibleTree', () => {
  const count = (items: readonly TreeItem[]): number => items.reduce((a, n) => a + 1 + (n.kind === 'node' ? count(n.children) : 0), 0);
  it('keeps big trees small: fib(20) and hanoi(10) at every 997th step', () => {
    for (const [p, n] of [
      ['fibonacci', 20],
      ['hanoi', 10],
    ] as const) {
      const { trace } = runCallStack(p, { n });
      const index = indexTree(trace.final.log.nodes);
      for (let i = 0; i <= trace.length; i += 997) expect(count(visibleTree(trace.stateAt(i), index))).toBeLessThan(120);
    }
  });
  it('elides the middle of a 1000-deep path', () => {
    const { trace } = runCallStack('factorial', { n: 1200 });
    const items = visibleTree(trace.final, indexTree(trace.final.log.nodes));
    expect(count(items)).toBeLessThan(40);
  });
});
