// @vitest-environment jsdom
// The stack players' logic in jsdom: stepping moves the narration and the views, a bad input
// gets a located message, and the input goes to and comes from the URL.
import { failOnConsoleErrors } from '../shell/component-test';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import BracketsPlayer from './BracketsPlayer.svelte';
import PostfixPlayer from './PostfixPlayer.svelte';
import InfixPlayer from './InfixPlayer.svelte';
import StackPlayer from './StackPlayer.svelte';
import UndoPlayer from './UndoPlayer.svelte';
import HistoryPlayer from './HistoryPlayer.svelte';
import ReversePlayer from './ReversePlayer.svelte';
import { islandMessages } from '../registry';
import { fill, type Lang } from '../../i18n/lang';
import { checkBrackets } from '../../sim/brackets';

failOnConsoleErrors();

const SIM = {
  brackets: ['brackets.', 'error.brackets.'],
  postfix: ['postfix.', 'error.postfix.'],
  infix: ['infix.', 'error.infix.'],
  stack: ['stackops.', 'error.commands.'],
  undo: ['undo.', 'error.undo.', 'error.commands.'],
  history: ['history.', 'error.history.', 'error.commands.'],
  reverse: ['reverse.'],
} as const;
const messagesOf = (lang: Lang, kind: keyof typeof SIM) => islandMessages(`${kind}-player`, lang);

function parts(lang: Lang, kind: keyof typeof SIM) {
  const m = messagesOf(lang, kind);
  const t = (key: string, params: Record<string, string | number> = {}) => fill(m, key, params);
  const region = screen.getByRole('region', { name: t(`players.${kind}.title`) });
  const group = within(region).getByRole('group', { name: t('players.common.steps', { title: t(`players.${kind}.title`) }) });
  const live = group.querySelector('[aria-live="polite"]')!;
  const button = (key: string) => within(group).getByRole('button', { name: t(key) });
  const field = within(region).getByRole('textbox', { name: t(`players.${kind}.field`) }) as HTMLInputElement;
  return { m, t, region, group, live, button, field };
}

describe('BracketsPlayer', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`steps through the trace: narration and stack follow (${lang})`, async () => {
      const text = '(a[b])';
      render(BracketsPlayer, { props: { messages: messagesOf(lang, 'brackets'), input: text } });
      const { t, region, live, button } = parts(lang, 'brackets');
      const trace = checkBrackets(text).trace;
      const stack = within(region).getByRole('list', { name: t('players.brackets.stack') });

      expect(live.textContent).toBe(t('player.initial'));
      expect(within(stack).queryAllByRole('listitem')).toHaveLength(0);
      expect(region.textContent).toContain(t('players.common.empty'));

      await fireEvent.click(button('player.forward'));
      const e0 = trace.event(0);
      expect(live.textContent).toBe(t(e0.msg.key, e0.msg.params));
      expect(within(stack).getAllByRole('listitem')).toHaveLength(1);
      expect(within(stack).getByRole('listitem').textContent).toContain(t('players.common.top'));
      // The current character is marked for assistive technology, not only by colour.
      expect(region.querySelector('[aria-current="step"]')?.textContent).toContain('(');

      await fireEvent.click(button('player.forward'));
      expect(within(stack).getAllByRole('listitem')).toHaveLength(2);
      const items = within(stack).getAllByRole('listitem');
      expect(items[1]!.textContent).toContain('[');
      expect(items[1]!.textContent).toContain(t('players.common.top'));

      await fireEvent.click(button('player.end'));
      const last = trace.event(trace.length - 1);
      expect(live.textContent).toBe(t(last.msg.key, last.msg.params));
      expect(region.textContent).toContain(t('players.brackets.balanced'));

      await fireEvent.click(button('player.start'));
      expect(live.textContent).toBe(t('player.initial'));
    });
  }

  it('marks the error position of an unbalanced text', async () => {
    render(BracketsPlayer, { props: { messages: messagesOf('en', 'brackets'), input: '(]' } });
    const { t, region, button } = parts('en', 'brackets');
    await fireEvent.click(button('player.end'));
    // Positions count from 1: ']' is the second character, and its number under it says so.
    expect(region.textContent).toContain(t('players.brackets.unbalanced', { index: 2 }));
    const input = within(region).getByRole('list', { name: t('players.brackets.input') });
    expect(input.querySelector('.error')?.textContent).toContain(']');
    expect(input.querySelector('.error .index')?.textContent).toBe('2');
  });

  it('shows only the top of a deep stack', async () => {
    const text = '('.repeat(5000) + ')'.repeat(5000);
    render(BracketsPlayer, { props: { messages: messagesOf('en', 'brackets'), input: text } });
    const { t, region, group } = parts('en', 'brackets');
    const range = within(group).getByRole('slider') as HTMLInputElement;
    await fireEvent.input(range, { target: { value: '5000' } });
    const stack = within(region).getByRole('list', { name: t('players.brackets.stack') });
    expect(within(stack).getAllByRole('listitem').length).toBeLessThan(20);
    expect(stack.textContent).toContain(t('players.common.more', { n: (4988).toLocaleString() }));
  });
});

describe('invalid input', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`postfix: a located message, aria-invalid and aria-describedby (${lang})`, async () => {
      render(PostfixPlayer, { props: { messages: messagesOf(lang, 'postfix'), input: '3 4 +' } });
      const { t, region, field } = parts(lang, 'postfix');
      await fireEvent.input(field, { target: { value: '1 2 + +' } });
      await fireEvent.submit(field.form!);
      const message = t('players.common.invalid', {
        message: t('error.postfix.tooFewOperands', { op: '+', tokenIndex: 3, have: 1 }),
      });
      expect(field.getAttribute('aria-invalid')).toBe('true');
      const described = field.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)!);
      expect(described.map((el) => el.textContent).join(' ')).toContain(message);
      // The fourth token, the seventh character (counted from 1), is marked.
      const marked = within(region).getByRole('list', { name: t('players.common.input') }).querySelector('.error')!;
      expect(marked.textContent).toContain('+');
      expect(marked.querySelector('.index')?.textContent).toBe('7');
      expect(marked.textContent).toContain(t('players.common.errorHere'));

      await fireEvent.input(field, { target: { value: '1 2 +' } });
      await fireEvent.submit(field.form!);
      expect(field.getAttribute('aria-invalid')).toBeNull();
      expect(region.textContent).not.toContain(message);
    });
  }

  it('infix: an unexpected character, at its position', async () => {
    render(InfixPlayer, { props: { messages: messagesOf('en', 'infix'), input: '1 + 2' } });
    const { t, region, field } = parts('en', 'infix');
    await fireEvent.input(field, { target: { value: '1 + 2 $ 3' } });
    await fireEvent.submit(field.form!);
    expect(region.textContent).toContain(t('error.infix.unknownChar', { ch: '$', index: 7 }));
  });

  it('stack ops: a push without a value is marked after the text', async () => {
    render(StackPlayer, { props: { messages: messagesOf('en', 'stack'), input: 'push 1' } });
    const { t, region, field } = parts('en', 'stack');
    await fireEvent.input(field, { target: { value: 'push 1, push' } });
    await fireEvent.submit(field.form!);
    expect(region.textContent).toContain(t('stackops.error.missingValue', { index: 13 }));
    const list = within(region).getByRole('list', { name: t('players.common.input') });
    expect(list.querySelector('.error .index')?.textContent).toBe('13');
  });

  it('undo: an unknown command is located', async () => {
    render(UndoPlayer, { props: { messages: messagesOf('ko', 'undo'), input: 'type a' } });
    const { t, region, field } = parts('ko', 'undo');
    await fireEvent.input(field, { target: { value: 'type a, jump' } });
    await fireEvent.submit(field.form!);
    expect(region.textContent).toContain(t('error.commands.unknown.undo', { word: 'jump', index: 9 }));
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('other players step', () => {
  it('stack ops: underflow is a step, with the returned value', async () => {
    render(StackPlayer, { props: { messages: messagesOf('en', 'stack'), input: 'push 10, pop, pop' } });
    const { t, region, live, button } = parts('en', 'stack');
    await fireEvent.click(button('player.forward'));
    await fireEvent.click(button('player.forward'));
    expect(live.textContent).toBe(t('stackops.pop', { value: '10', size: 0 }));
    expect(region.textContent).toContain(`${t('players.stack.returned')}: 10`);
    await fireEvent.click(button('player.forward'));
    expect(live.textContent).toBe(t('stackops.popEmpty'));
    expect(region.textContent).toContain(t('players.stack.underflow'));
  });

  it('undo: the text and both stacks follow the steps', async () => {
    render(UndoPlayer, { props: { messages: messagesOf('en', 'undo'), input: 'type ab, type c, undo' } });
    const { t, region, button } = parts('en', 'undo');
    const text = () => region.querySelector('output')!.textContent;
    expect(text()).toBe(t('players.undo.textEmpty'));
    await fireEvent.click(button('player.forward'));
    expect(text()).toBe('ab');
    await fireEvent.click(button('player.end'));
    expect(text()).toBe('ab');
    const redo = within(region).getByRole('list', { name: t('players.undo.redoStack') });
    expect(redo.textContent).toContain(t('players.undo.typed', { text: 'c' }));
  });

  it('history: back and forward move the current page', async () => {
    render(HistoryPlayer, { props: { messages: messagesOf('ko', 'history'), input: 'visit a.com, visit b.com, back' } });
    const { t, region, button } = parts('ko', 'history');
    await fireEvent.click(button('player.end'));
    expect(region.querySelector('output')!.textContent).toBe('a.com');
    const forward = within(region).getByRole('list', { name: t('players.history.forward') });
    expect(forward.textContent).toContain('b.com');
  });

  it('reverse: the output grows as the stack empties', async () => {
    render(ReversePlayer, { props: { messages: messagesOf('ko', 'reverse'), input: '안녕👋🏽' } });
    const { region, button } = parts('ko', 'reverse');
    await fireEvent.click(button('player.end'));
    expect(region.querySelector('output')!.textContent).toBe('👋🏽녕안');
  });

  it('reverse: a long output shows its end, where the pops add, and says so', async () => {
    const input = '가'.repeat(3000) + '👋🏽ab';
    render(ReversePlayer, { props: { messages: messagesOf('en', 'reverse'), input } });
    const { region, button, t } = parts('en', 'reverse');
    await fireEvent.click(button('player.end'));
    expect(region.querySelector('output')!.textContent).toBe('…' + '가'.repeat(1000));
    expect(region.textContent).toContain(t('players.reverse.outputCut', { n: 1000 }));
    // Three pops after the 3,003 pushes, the whole output is shown, with no note.
    await fireEvent.input(within(region).getByRole('slider'), { target: { value: '3006' } });
    expect(region.querySelector('output')!.textContent).toBe('ba👋🏽');
    expect(region.textContent).not.toContain(t('players.reverse.outputCut', { n: 1000 }));
  });
});

describe('URL', () => {
  it('reads the input from its own key on mount and writes it back on Run', async () => {
    history.replaceState(null, '', '/book/en/lab/?infix=x%20*%20y&postfix=2%203%20%2B#s2');
    render(PostfixPlayer, { props: { messages: messagesOf('en', 'postfix'), input: '3 4 +' } });
    const { field, button, live, t } = parts('en', 'postfix');
    await Promise.resolve();
    expect(field.value).toBe('2 3 +');
    await fireEvent.click(button('player.end'));
    expect(live.textContent).toBe(t('postfix.result', { value: 5 }));

    await fireEvent.input(field, { target: { value: '6 7 *' } });
    await fireEvent.submit(field.form!);
    const url = new URL(location.href);
    expect(url.searchParams.get('postfix')).toBe('6 7 *');
    expect(url.searchParams.get('infix')).toBe('x * y');
    expect(url.hash).toBe('#s2');

    // Back to the page's own example: the key is dropped, the link stays clean.
    await fireEvent.input(field, { target: { value: '3 4 +' } });
    await fireEvent.submit(field.form!);
    expect(new URL(location.href).searchParams.has('postfix')).toBe(false);
  });

  it('builds a long input from ?brackets-gen=', async () => {
    history.replaceState(null, '', '/book/en/lab/?brackets-gen=balanced:2000');
    render(BracketsPlayer, { props: { messages: messagesOf('en', 'brackets'), input: '()' } });
    const { field, t, group } = parts('en', 'brackets');
    await Promise.resolve();
    expect(field.value).toBe('('.repeat(1000) + ')'.repeat(1000));
    expect(group.textContent).toContain(t('player.position', { i: 0, n: 2001 }));
  });
});
