// @vitest-environment jsdom
// The lab's editor in jsdom: named and described for screen readers, Tab indents (Escape then
// Tab is CodeMirror's own way out, not re-tested here), Ctrl+Enter runs, edits are reported,
// and the step's line is marked in the text and in the line numbers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCodeEditor, type CodeEditor } from './codemirror';

let editor: CodeEditor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
});

function setup(doc: string) {
  const host = document.createElement('div');
  document.body.append(host);
  const onChange = vi.fn();
  const onRun = vi.fn();
  editor = createCodeEditor(host, { doc, labelledBy: 'name', describedBy: 'keys', onChange, onRun });
  const content = host.querySelector<HTMLElement>('.cm-content')!;
  const press = (key: string, init: KeyboardEventInit = {}) => content.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  return { host, content, onChange, onRun, press, editor };
}

describe('the lab editor', () => {
  it('is a multi-line text box named and described by the page', () => {
    const { content } = setup('x = 1\n');
    expect(content.getAttribute('role')).toBe('textbox');
    expect(content.getAttribute('aria-multiline')).toBe('true');
    expect(content.getAttribute('aria-labelledby')).toBe('name');
    expect(content.getAttribute('aria-describedby')).toBe('keys');
  });

  it('marks the step’s line and its number, moves the mark, and clears it', () => {
    const { host, editor } = setup('a = 1\nb = 2\nc = 3\n');
    editor.mark(2, 'step');
    expect(host.querySelector('.cm-lab-step')?.textContent).toBe('b = 2');
    expect(host.querySelector('.cm-lab-step-number')?.textContent).toBe('2');
    editor.mark(3, 'error');
    expect(host.querySelector('.cm-lab-step')).toBeNull();
    expect(host.querySelector('.cm-lab-error')?.textContent).toBe('c = 3');
    editor.mark(0, 'step');
    expect(host.querySelectorAll('.cm-lab-step, .cm-lab-error')).toHaveLength(0);
  });

  it('indents with Tab, runs with Ctrl+Enter, and reports edits', () => {
    const { press, onRun, onChange, editor } = setup('');
    editor.focus();
    editor.setText('if x:\ny = 1');
    expect(onChange).toHaveBeenLastCalledWith('if x:\ny = 1');
    // The cursor is at the start: Tab indents its line by Python's four spaces.
    press('Tab');
    expect(editor.text).toBe('    if x:\ny = 1');
    press('Enter', { ctrlKey: true });
    expect(onRun).toHaveBeenCalledTimes(1);
  });
});
