// @vitest-environment jsdom
// The lab page's island with a fake client (no worker, no Python) and without CodeMirror (the
// plain text area it falls back to): what a reader sees while Python downloads, while it runs
// and after; stepping, frames and objects; jumps; Stop; every way a run can end; a load failure;
// the URL and the share link; in both languages.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import Lab from './Lab.svelte';
import { FakeLabClient, gate, type FakeRun } from './fake-lab-client';
import { LAB_MESSAGE_DOMAINS } from './lab-messages';
import { failOnConsoleErrors } from '../shell/component-test';
import { select, t as message } from '../../i18n/messages';
import { plain } from '../../i18n/rich-text';
import type { Lang } from '../../i18n/lang';
import type { LabStepDelta } from '../../sim/lab/delta';
import { size64 } from '../../sim/lab/sizes64';

failOnConsoleErrors('/book/en/lab/');

const PROGRAM = `def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)

nums = [1, 2, 3]
same = nums
same.append(factorial(2))
print(nums)
`;

// What the tracer would record for PROGRAM (ids: the function 0x3e8, the list 0x7d0).
const FN = { i: 1000, t: 'function', k: 'function', s: 64, r: 2, g: 1, x: 'factorial' } as const;
const list = (r: number, items: string[], s: number) => ({ i: 2000, t: 'list', k: 'list', s, r, g: 1, n: items.length, it: items }) as const;
const STEPS: LabStepDelta[] = [
  { e: 'c', n: 1, f: '<module>' },
  { e: 'l', n: 1 },
  { e: 'l', n: 6, v: { factorial: 1000 }, o: [FN] },
  { e: 'l', n: 7, v: { nums: 2000 }, o: [list(1, ['1', '2', '3'], 40)] },
  { e: 'l', n: 8, v: { same: 2000 }, o: [list(2, ['1', '2', '3'], 40)] },
  { e: 'c', n: 1, f: 'factorial', v: { n: '2' } },
  { e: 'l', n: 2 },
  { e: 'l', n: 4 },
  { e: 'c', n: 1, f: 'factorial', v: { n: '1' } },
  { e: 'l', n: 2 },
  { e: 'l', n: 3 },
  { e: 'r', n: 3, rv: '1' },
  { e: 'r', n: 4, rv: '2' },
  { e: 'l', n: 9, o: [list(2, ['1', '2', '3', '2'], 56)] },
  { e: 'r', n: 9, rv: 'None', out: '[1, 2, 3, 2]\n' },
];

const noEditor = () => Promise.reject(new Error('no CodeMirror in jsdom: the lab falls back to a text area'));
const say = (lang: Lang, key: string, params: Record<string, string | number> = {}) => plain(message(lang, key, params));

function setup(script: (source: string, run: number) => FakeRun, lang: Lang = 'en') {
  const client = new FakeLabClient(script);
  const loadClient = vi.fn(async () => client);
  render(Lab, { props: { messages: select(lang, LAB_MESSAGE_DOMAINS), lang, sample: PROGRAM, loadClient, loadEditor: noEditor } });
  const tr = (key: string, params: Record<string, string | number> = {}) => say(lang, key, params);
  const button = (key: string) => screen.getByRole('button', { name: tr(key) });
  const run = () => fireEvent.click(button('lab.page.run'));
  // The views arrive by dynamic import after Run: on a loaded 2-core machine that can take seconds.
  const player = () => screen.findByRole('group', { name: tr('lab.page.steps') }, { timeout: 10_000 });
  const live = (group: HTMLElement) => group.querySelector('[aria-live="polite"]')!.textContent ?? '';
  /** Runs and waits until the run has ended with `n` steps on the player. */
  async function runToEnd(n: number) {
    await run();
    const steps = await player();
    await waitFor(() => expect(within(steps).getByText(tr('player.position', { i: 0, n }))).toBeTruthy());
    await waitFor(() => expect(button('lab.page.run').getAttribute('aria-disabled')).toBe('false'));
    return steps;
  }
  async function forward(steps: HTMLElement, times: number) {
    for (let k = 0; k < times; k++) await fireEvent.click(within(steps).getByRole('button', { name: tr('player.forward') }));
  }
  return { client, loadClient, tr, button, run, player, live, runToEnd, forward };
}

const frame = (name: string) => screen.getByRole('group', { name });

describe('the lab page island (en)', () => {
  it('shows the download, then the steps; stepping shows the frame, the list with its sizes, and says each step', async () => {
    const { client, loadClient, tr, run, player, live, forward } = setup(() => ({ steps: STEPS }));
    const downloading = gate();
    client.downloading = downloading.promise;
    const program = (await screen.findByRole('textbox', { name: tr('lab.page.program') })) as HTMLTextAreaElement;
    expect(program.value).toBe(PROGRAM);
    // Nothing of the runtime is asked for before Run.
    expect(loadClient).not.toHaveBeenCalled();

    await run();
    const bar = await screen.findByRole('progressbar', { name: tr('lab.page.progress') });
    expect(bar.getAttribute('value')).toBe('3000000');
    expect(document.body.textContent).toContain(tr('lab.page.downloaded', { loaded: '3.0', total: '6.3' }));
    expect(document.body.textContent).toContain(tr('lab.page.downloadNote', { total: '6.3' }));
    downloading.open();

    const steps = await player();
    await waitFor(() => expect(screen.getByTestId('recorded').textContent).toContain(tr('lab.page.recorded', { n: 15 })));
    expect(screen.getByTestId('recorded').textContent).toContain('CPython 3.14.2');
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(live(steps)).toBe(tr('lab.page.initial'));

    // Four steps: `factorial` is defined and `nums` bound to the list; line 7 runs next.
    await forward(steps, 4);
    expect(live(steps)).toBe(tr('lab.line', { line: 7, fn: '<module>' }));
    const module = frame(tr('players.callstack.frameAtDepth', { call: '<module>', depth: 1 }));
    expect(module.textContent).toContain('nums');
    expect(module.textContent).toContain('list 0x7d0');
    const card = document.querySelector<HTMLElement>('[data-object="list 0x7d0"]')!;
    expect(card.textContent).toContain(tr('objgraph.refcount', { n: 1 }));
    expect(card.textContent).toContain('[2] = 3');
    const wide = size64({ type: 'list', size: 40, length: 3 })!;
    expect(card.textContent).toContain(tr('lab.page.sizes', { size: 40, size64: wide.size, versions: wide.measured }));
    expect(document.querySelector('[data-object="function factorial 0x3e8"]')!.textContent).toContain(tr('lab.page.sizesNo64', { size: 64 }));

    // One back: the list is not bound yet.
    await fireEvent.click(within(steps).getByRole('button', { name: tr('player.back') }));
    expect(frame(tr('players.callstack.frameAtDepth', { call: '<module>', depth: 1 })).textContent).not.toContain('nums');
    expect(document.querySelector('[data-object="list 0x7d0"]')).toBeNull();

    // To the end: the output so far, and the narration of the program's end.
    await fireEvent.click(within(steps).getByRole('button', { name: tr('player.end') }));
    expect(screen.getByTestId('stdout').textContent).toBe('[1, 2, 3, 2]\n');
    expect(live(steps)).toBe(tr('lab.end', { line: 9 }));
    expect(loadClient).toHaveBeenCalledTimes(1);
    expect(client.asked).toEqual([{ source: PROGRAM, options: { maxSteps: 1_000_000, input: [] } }]);
  });

  it('jumps to the next and previous call and return, and to the first step of a line', async () => {
    const { tr, runToEnd, live } = setup(() => ({ steps: STEPS }));
    const steps = await runToEnd(15);
    const jumps = screen.getByRole('group', { name: tr('lab.page.jumps') });
    const jump = (key: string) => fireEvent.click(within(jumps).getByRole('button', { name: tr(key) }));
    const position = (i: number) => expect(within(steps).getByText(tr('player.position', { i, n: 15 }))).toBeTruthy();

    await jump('lab.page.next.call'); // the program's own frame
    position(1);
    await jump('lab.page.next.call');
    position(6);
    expect(frame(tr('players.callstack.frameAtDepth', { call: 'factorial(2)', depth: 2 })).textContent).toContain(tr('players.callstack.running'));
    expect(live(steps)).toBe(tr('lab.call', { fn: 'factorial', line: 8, depth: 2 }));
    await jump('lab.page.next.call');
    await jump('lab.page.next.return');
    position(12);
    expect(frame(tr('players.callstack.frameAtDepth', { call: 'factorial(1)', depth: 3 })).textContent).toContain(tr('players.callstack.returning', { value: '1' }));
    expect(frame(tr('players.callstack.frameAtDepth', { call: 'factorial(2)', depth: 2 })).textContent).toContain(tr('players.callstack.receives', { value: '1', call: 'factorial(1)' }));
    await jump('lab.page.prev.call');
    position(9);
    await jump('lab.page.next.exception');
    position(9);
    expect(jumps.textContent).toContain(tr('lab.page.noLater'));

    const line = within(jumps).getByRole('textbox', { name: tr('lab.page.line') });
    const go = within(jumps).getByRole('button', { name: tr('lab.page.go') });
    await fireEvent.input(line, { target: { value: '3' } });
    await fireEvent.click(go);
    position(11);
    expect(live(steps)).toBe(tr('lab.line', { line: 3, fn: 'factorial' }));
    await fireEvent.input(line, { target: { value: '5' } });
    await fireEvent.click(go);
    expect(jumps.textContent).toContain(tr('lab.page.lineNever', { line: 5 }));
    position(11);
    await fireEvent.input(line, { target: { value: '99' } });
    await fireEvent.click(go);
    expect(line.getAttribute('aria-invalid')).toBe('true');
    expect(jumps.textContent).toContain(tr('lab.page.lineInvalid', { max: 9 }));
  });

  it('Stop ends a run that does not end; its steps stay steppable, the message says where; the next Run starts afresh', async () => {
    const { client, tr, button, run, player } = setup((_, n) => (n === 1 ? { steps: STEPS.slice(0, 5), hold: true } : { steps: STEPS }));
    expect(button('lab.page.stop').getAttribute('aria-disabled')).toBe('true');
    await run();
    await waitFor(() => expect(screen.getByTestId('recorded').textContent).toContain(tr('lab.page.recorded', { n: 5 })));
    expect(button('lab.page.run').getAttribute('aria-disabled')).toBe('true');
    await fireEvent.click(button('lab.page.stop'));

    const stop = await screen.findByTestId('lab-stop');
    expect(stop.textContent).toContain(tr('lab.stop.stopped', { steps: 5 }));
    expect(stop.textContent).toContain(tr('lab.page.lastStep', { step: 5, line: 8 }));
    const steps = await player();
    await fireEvent.click(within(stop).getByRole('button', { name: tr('lab.page.showLast') }));
    expect(within(steps).getByText(tr('player.position', { i: 5, n: 5 }))).toBeTruthy();
    expect(steps.querySelector('[aria-live="polite"]')!.textContent).toContain(tr('lab.stop.stopped', { steps: 5 }));
    expect(frame(tr('players.callstack.frameAtDepth', { call: '<module>', depth: 1 })).textContent).toContain('same');

    await run();
    await waitFor(() => expect(screen.getByTestId('recorded').textContent).toContain(tr('lab.page.recorded', { n: 15 })));
    expect(screen.queryByTestId('lab-stop')).toBeNull();
    expect(client.asked.length).toBe(2);
  });

  it('an uncaught exception and a syntax error end with their message, in the page', async () => {
    const exception: FakeRun = {
      steps: [
        { e: 'c', n: 1, f: '<module>' },
        { e: 'l', n: 1 },
        { e: 'x', n: 1, x: ['ZeroDivisionError', 'division by zero'] },
        { e: 'r', n: 1, rv: 'None' },
      ],
      end: { reason: 'exception', steps: 4, line: 1, exc: ['ZeroDivisionError', 'division by zero'] },
    };
    const syntax: FakeRun = { steps: [], end: { reason: 'syntax', steps: 0, line: 2, exc: ['SyntaxError', 'invalid syntax'] } };
    const { tr, runToEnd, run, live } = setup((_, n) => (n === 1 ? exception : syntax));
    const steps = await runToEnd(4);
    expect(screen.getByTestId('lab-stop').textContent).toContain(tr('lab.stop.exception', { type: 'ZeroDivisionError', message: 'division by zero', line: 1 }));
    await fireEvent.click(within(screen.getByRole('group', { name: tr('lab.page.jumps') })).getByRole('button', { name: tr('lab.page.next.exception') }));
    expect(live(steps)).toBe(tr('lab.exception', { line: 1, type: 'ZeroDivisionError', message: 'division by zero' }));

    await run();
    await waitFor(() => expect(screen.getByTestId('lab-stop').textContent).toContain(tr('lab.stop.syntax', { message: 'invalid syntax', line: 2 })));
    // Nothing ran: no steps to show.
    expect(screen.queryByRole('group', { name: tr('lab.page.steps') })).toBeNull();
  });

  it('says when Python cannot be loaded, shows no steps, and runs on the next try', async () => {
    const { tr, run, loadClient } = setup((_, n) => (n === 1 ? { steps: [], loadFailure: 'offline' } : { steps: STEPS }));
    await run();
    const failure = await screen.findByTestId('lab-failure');
    expect(failure.textContent).toBe(tr('lab.page.loadFailed', { message: 'offline' }));
    expect(screen.queryByRole('group', { name: tr('lab.page.steps') })).toBeNull();
    await run();
    await waitFor(() => expect(screen.getByTestId('recorded').textContent).toContain(tr('lab.page.recorded', { n: 15 })));
    expect(screen.queryByTestId('lab-failure')).toBeNull();
    expect(loadClient).toHaveBeenCalledTimes(1);
  });

  it('says so when the client module itself cannot be loaded', async () => {
    const loadClient = vi.fn(() => Promise.reject(new Error('no client in this build')));
    render(Lab, { props: { messages: select('en', LAB_MESSAGE_DOMAINS), lang: 'en', sample: PROGRAM, loadClient, loadEditor: noEditor } });
    await fireEvent.click(screen.getByRole('button', { name: say('en', 'lab.page.run') }));
    expect((await screen.findByTestId('lab-failure')).textContent).toBe(say('en', 'lab.page.loadFailed', { message: 'no client in this build' }));
  });

  it('passes the input lines and the budget; refuses a budget that is not a number, with a located message', async () => {
    const { client, tr, run } = setup(() => ({ steps: STEPS }));
    const budget = screen.getByRole('textbox', { name: tr('lab.page.budget') });
    await fireEvent.input(budget, { target: { value: 'ten' } });
    await run();
    expect(budget.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(budget.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(error.textContent).toBe(tr('lab.page.budgetInvalid', { max: '5,000,000' }));
    expect(client.asked).toEqual([]);

    await fireEvent.input(budget, { target: { value: '2,000' } });
    await fireEvent.input(screen.getByRole('textbox', { name: tr('lab.page.input') }), { target: { value: '3\n4\n' } });
    await run();
    await waitFor(() => expect(client.asked).toEqual([{ source: PROGRAM, options: { maxSteps: 2000, input: ['3', '4'] } }]));
    expect(budget.getAttribute('aria-invalid')).toBeNull();
  });

  it('opens the program and input a URL carries; the share link puts the current ones in the URL', async () => {
    history.replaceState(null, '', '/book/en/lab/?code=print(input())%0A&input=7');
    const { tr, button } = setup(() => ({ steps: STEPS }));
    const program = (await screen.findByRole('textbox', { name: tr('lab.page.program') })) as HTMLTextAreaElement;
    const input = screen.getByRole('textbox', { name: tr('lab.page.input') }) as HTMLTextAreaElement;
    await waitFor(() => expect(program.value).toBe('print(input())\n'));
    expect(input.value).toBe('7');

    await fireEvent.input(program, { target: { value: 'x = [1]\n' } });
    await fireEvent.input(input, { target: { value: '8' } });
    // jsdom has no clipboard: the link is in the address bar.
    await fireEvent.click(button('lab.page.share'));
    await waitFor(() => expect(document.body.textContent).toContain(tr('lab.page.sharedNoClipboard')));
    const query = new URLSearchParams(location.search);
    expect([query.get('code'), query.get('input')]).toEqual(['x = [1]\n', '8']);

    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    try {
      await fireEvent.click(button('lab.page.share'));
      await waitFor(() => expect(document.body.textContent).toContain(tr('lab.page.shared')));
      expect(writeText).toHaveBeenCalledWith(location.href);
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });
});

describe('the lab page island (ko)', () => {
  it('speaks Korean, with the particle that fits each value', async () => {
    const { tr, runToEnd, live, forward } = setup(() => ({ steps: STEPS }), 'ko');
    const steps = await runToEnd(15);
    await forward(steps, 13);
    // factorial(2) returns 2: "2를" (2 is read 이, which ends in a vowel).
    expect(live(steps)).toBe(tr('lab.return', { fn: 'factorial', line: 4, value: '2' }));
    expect(live(steps)).toContain('2를 반환합니다');
    expect(screen.getByRole('group', { name: tr('lab.page.jumps') })).toBeTruthy();
    expect(frame(tr('players.callstack.frameAtDepth', { call: 'factorial(2)', depth: 2 })).textContent).toContain(tr('players.callstack.returning', { value: '2' }));
  });
});
