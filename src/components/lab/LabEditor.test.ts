// @vitest-environment jsdom
// The lab's program editor inside the lab island (fake client, real CodeMirror held back by a
// gate): a plain text area until the reader first focuses, clicks or types in it; then CodeMirror
// takes its place with what was typed meanwhile, the selection and the focus. A reader who only
// presses Run never loads CodeMirror, and still sees and hears which line the step is at.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import Lab from './Lab.svelte';
import type { LoadEditor } from './LabEditor.svelte';
import { FakeLabClient, gate, type FakeRun } from './fake-lab-client';
import { LAB_MESSAGE_DOMAINS } from './lab-messages';
import { failOnConsoleErrors } from '../shell/component-test';
import { select, t as message } from '../../i18n/messages';
import { plain } from '../../i18n/rich-text';
import type { Lang } from '../../i18n/lang';

failOnConsoleErrors('/book/en/lab/');

const PROGRAM = 'a = [1, 2]\nb = a\nprint(b)\n';
const LIST = { i: 2000, t: 'list', k: 'list', s: 36, r: 1, g: 1, n: 2, it: ['1', '2'] } as const;
const RUN: FakeRun = {
  steps: [
    { e: 'c', n: 1, f: '<module>' },
    { e: 'l', n: 1 },
    { e: 'l', n: 2, v: { a: 2000 }, o: [LIST] },
    { e: 'l', n: 3, v: { b: 2000 }, o: [{ ...LIST, r: 2 }] },
    { e: 'r', n: 3, rv: 'None', out: '[1, 2]\n' },
  ],
};

/** The text of the elements an element's aria-describedby names: what a screen reader adds to its name. */
const description = (el: Element) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

function setup(lang: Lang = 'en', script: () => FakeRun = () => RUN) {
  const held = gate();
  // The real CodeMirror, arriving when the test opens the gate (as a slow network would).
  const loadEditor = vi.fn<LoadEditor>(() => held.promise.then(() => import('./codemirror')));
  const client = new FakeLabClient(script);
  render(Lab, { props: { messages: select(lang, LAB_MESSAGE_DOMAINS), lang, sample: PROGRAM, loadClient: async () => client, loadEditor } });
  const tr = (key: string, params: Record<string, string | number> = {}) => plain(message(lang, key, params));
  const program = () => screen.getByRole('textbox', { name: tr('lab.page.program') });
  // The fake runtime answers asynchronously: on a loaded machine the first steps take over a second.
  const steps = () => screen.findByRole('group', { name: tr('lab.page.steps') }, { timeout: 5_000 });
  const forward = async (group: HTMLElement, times: number) => {
    for (let k = 0; k < times; k++) await fireEvent.click(within(group).getByRole('button', { name: tr('player.forward') }));
  };
  return { held, loadEditor, client, tr, program, steps, forward };
}

describe('the lab’s program editor', () => {
  it('is a plain text area until focused; focus loads CodeMirror, which keeps the typed text, the selection and the focus', async () => {
    const { held, loadEditor, client, tr, program } = setup();
    const area = (await waitFor(program)) as HTMLTextAreaElement;
    expect(area.tagName).toBe('TEXTAREA');
    expect(area.value).toBe(PROGRAM);
    expect(loadEditor).not.toHaveBeenCalled();

    area.focus();
    expect(loadEditor).toHaveBeenCalledTimes(1);
    // The reader types while CodeMirror downloads, then selects "b = a".
    await fireEvent.input(area, { target: { value: `${PROGRAM}c = b\n` } });
    area.setSelectionRange(11, 16, 'backward');
    expect(document.querySelector('.cm-content')).toBeNull();

    held.open();
    await waitFor(() => expect(document.querySelector('.cm-content')).not.toBeNull());
    const editor = program();
    expect(editor.classList.contains('cm-content')).toBe(true);
    expect(document.querySelector('textarea[aria-labelledby]')).toBeNull();
    expect(document.activeElement).toBe(editor);
    expect(description(editor)).toContain(tr('lab.page.editorHint'));
    // The selection came along: Delete removes "b = a", the line the reader selected.
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true, cancelable: true }));
    const edited = 'a = [1, 2]\n\nprint(b)\nc = b\n';
    expect(editor.textContent).toBe(edited.split('\n').join(''));
    // Ctrl+Enter in CodeMirror runs what the editor holds.
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    await waitFor(() => expect(client.asked.map((a) => a.source)).toEqual([edited]));
    expect(loadEditor).toHaveBeenCalledTimes(1);
  });

  it('lets a keyboard reader passing through leave with Tab as CodeMirror arrives; once they press another key, Tab indents', async () => {
    const { held, program } = setup();
    const area = (await waitFor(program)) as HTMLTextAreaElement;
    area.focus();
    held.open();
    await waitFor(() => expect(document.activeElement?.classList.contains('cm-content')).toBe(true));
    const editor = program();
    const press = (key: string, keyCode: number) => editor.dispatchEvent(new KeyboardEvent('keydown', { key, keyCode, bubbles: true, cancelable: true }));
    // Not taken by the editor: the browser moves the focus on, and the program is as it was.
    expect(press('Tab', 9)).toBe(true);
    expect(editor.textContent).toBe(PROGRAM.split('\n').join(''));
    press('ArrowDown', 40);
    expect(press('Tab', 9)).toBe(false);
    // Python's four spaces at the caret.
    expect(editor.textContent).toHaveLength(PROGRAM.split('\n').join('').length + 4);
  });

  it('never loads CodeMirror for a reader who only runs; the plain view marks and says the step’s line', async () => {
    const { loadEditor, tr, program, steps, forward } = setup();
    const area = (await waitFor(program)) as HTMLTextAreaElement;
    await fireEvent.click(screen.getByRole('button', { name: tr('lab.page.run') }));
    const player = await steps();
    await waitFor(() => expect(within(player).getByText(tr('player.position', { i: 0, n: 5 }))).toBeTruthy());
    expect(description(area)).not.toContain(tr('lab.page.markStep', { line: 1 }));

    await forward(player, 3);
    expect(player.querySelector('[aria-live="polite"]')!.textContent).toBe(tr('lab.line', { line: 2, fn: '<module>' }));
    // Line 2 in bold among the line numbers, a band behind it, and in the program's description.
    expect(document.querySelector('.numbers .marked')?.textContent).toBe('2');
    expect(area.parentElement!.style.getPropertyValue('--mark-line')).toBe('2');
    expect(description(area)).toContain(tr('lab.page.markStep', { line: 2 }));
    await forward(player, 1);
    expect(document.querySelector('.numbers .marked')?.textContent).toBe('3');
    expect(description(area)).toContain(tr('lab.page.markStep', { line: 3 }));
    expect(loadEditor).not.toHaveBeenCalled();
    expect(program()).toBe(area);
  });

  it('keeps the mark when CodeMirror arrives during stepping', async () => {
    const { held, tr, program, steps, forward } = setup();
    const area = (await waitFor(program)) as HTMLTextAreaElement;
    await fireEvent.click(screen.getByRole('button', { name: tr('lab.page.run') }));
    const player = await steps();
    await waitFor(() => expect(within(player).getByText(tr('player.position', { i: 0, n: 5 }))).toBeTruthy());
    await forward(player, 3);
    await fireEvent.pointerDown(area);
    held.open();
    await waitFor(() => expect(document.querySelector('.cm-lab-step')?.textContent).toBe('b = a'));
    expect(description(program())).toContain(tr('lab.page.markStep', { line: 2 }));
  });

  it('waits for a syllable being composed (Korean input) before CodeMirror takes over', async () => {
    const { held, tr, program } = setup('ko');
    const area = (await waitFor(program)) as HTMLTextAreaElement;
    expect(description(area)).toContain(tr('lab.page.editorHint'));
    await fireEvent.keyDown(area, { key: 'Process' });
    await fireEvent.compositionStart(area);
    await fireEvent.input(area, { target: { value: `${PROGRAM}# 한` } });
    held.open();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(program()).toBe(area);
    await fireEvent.compositionEnd(area);
    await waitFor(() => expect(document.querySelector('.cm-content')?.textContent).toBe(`${PROGRAM}# 한`.split('\n').join('')));
  });

  it('marks a syntax error’s line and says it, in Korean', async () => {
    const syntax: FakeRun = { steps: [], end: { reason: 'syntax', steps: 0, line: 2, exc: ['SyntaxError', 'invalid syntax'] } };
    const { loadEditor, tr, program } = setup('ko', () => syntax);
    const area = (await waitFor(program)) as HTMLTextAreaElement;
    await fireEvent.click(screen.getByRole('button', { name: tr('lab.page.run') }));
    await waitFor(() => expect(description(area)).toContain(tr('lab.page.markError', { line: 2 })));
    expect(description(area)).toContain('2번 줄');
    expect(area.parentElement!.getAttribute('data-mark')).toBe('error');
    expect(document.querySelector('.numbers .marked')?.textContent).toBe('2');
    expect(loadEditor).not.toHaveBeenCalled();
  });
});
