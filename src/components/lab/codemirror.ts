// The lab's code editor: CodeMirror 6 with Python, line numbers, undo, and one marked line (the
// step shown, or the line an error is at). Imported by LabEditor.svelte when the reader first
// focuses the program, so no other page, and no reader who only presses Run, downloads it.
//
// Tab indents, as a Python programmer expects; it cannot trap the keyboard, because CodeMirror
// lets Tab move the focus right after Escape, and Ctrl+M (Shift+Alt+M on macOS) switches Tab to
// moving the focus. The editor's hint (`describedBy`) tells the reader both.
import { Prec, RangeSet, StateEffect, StateField, type Text } from '@codemirror/state';
import { Decoration, EditorView, GutterMarker, gutterLineClass, keymap, lineNumbers, type DecorationSet } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput, indentUnit, LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import { pythonLanguage } from '@codemirror/lang-python';
import { classHighlighter } from '@lezer/highlight';

export type MarkKind = 'step' | 'error';

export interface CodeEditor {
  readonly text: string;
  /** Replaces the whole program (a program from the URL). */
  setText(text: string): void;
  /** Marks `line` (1-based) as the step shown or an error's line, and scrolls it into view; 0 clears. */
  mark(line: number, kind: MarkKind): void;
  focus(): void;
  /** Lets Tab move the focus (not indent) for `ms`, or until another key is pressed. */
  tabLeavesFor(ms: number): void;
  destroy(): void;
}

export interface CodeEditorOptions {
  doc: string;
  /** Where the caret or selection starts (the plain text area's, when the editor replaces it). */
  selection?: { anchor: number; head: number };
  /** The scroll offset of the editor's own box to start at. */
  scrollTop?: number;
  /** Ids of the element naming the editor and of its hint. */
  labelledBy: string;
  describedBy: string;
  onChange(text: string): void;
  /** Ctrl+Enter / ⌘+Enter. */
  onRun(): void;
}

class LineMarker extends GutterMarker {
  override readonly elementClass: string;
  constructor(readonly kind: MarkKind) {
    super();
    this.elementClass = `cm-lab-${kind}-number`;
  }
  override eq(other: GutterMarker): boolean {
    return other instanceof LineMarker && other.kind === this.kind;
  }
}

interface Marked {
  readonly lines: DecorationSet;
  readonly numbers: RangeSet<GutterMarker>;
}

const NONE: Marked = { lines: Decoration.none, numbers: RangeSet.empty };
const setMark = StateEffect.define<{ line: number; kind: MarkKind }>();

function markAt(doc: Text, line: number, kind: MarkKind): Marked {
  if (line < 1 || line > doc.lines) return NONE;
  const at = doc.line(line).from;
  return {
    lines: Decoration.set([Decoration.line({ class: `cm-lab-${kind}` }).range(at)]),
    numbers: RangeSet.of([new LineMarker(kind).range(at)]),
  };
}

const marked = StateField.define<Marked>({
  create: () => NONE,
  update(value, tr) {
    let next = tr.docChanged ? { lines: value.lines.map(tr.changes), numbers: value.numbers.map(tr.changes) } : value;
    for (const e of tr.effects) if (e.is(setMark)) next = markAt(tr.state.doc, e.value.line, e.value.kind);
    return next;
  },
  provide: (field) => [EditorView.decorations.from(field, (m) => m.lines), gutterLineClass.from(field, (m) => m.numbers)],
});

// Colours from the book's tokens (global.css), so both themes follow the page; the token
// colours are set on the editor's wrapper by the island (LabEditor.svelte).
const theme = EditorView.theme({
  '&': { color: 'var(--fg)', backgroundColor: 'var(--bg)', border: '1px solid var(--border)', borderRadius: 'var(--radius)', fontSize: '0.9rem' },
  '&.cm-focused': { outline: 'var(--focus-ring)', outlineOffset: 'var(--focus-offset)' },
  '.cm-scroller': { fontFamily: 'var(--font-mono)', lineHeight: '1.5', minHeight: '10rem', maxHeight: '28rem' },
  '.cm-content': { caretColor: 'var(--fg)', padding: '0.35rem 0' },
  '.cm-cursor': { borderLeftColor: 'var(--fg)' },
  '.cm-gutters': { backgroundColor: 'var(--surface)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-lab-step': { backgroundColor: 'var(--surface-2)', boxShadow: 'inset 4px 0 0 var(--accent)' },
  '.cm-lab-error': { backgroundColor: 'var(--bad-bg)', boxShadow: 'inset 4px 0 0 var(--bad)' },
  '.cm-lab-step-number': { color: 'var(--fg)', fontWeight: '700' },
  '.cm-lab-error-number': { color: 'var(--bad)', fontWeight: '700' },
  '.cm-matchingBracket': { outline: '1px solid var(--muted)' },
  '.tok-keyword, .tok-operatorKeyword, .tok-controlKeyword, .tok-definitionKeyword, .tok-moduleKeyword': { color: 'var(--lab-tok-keyword)' },
  '.tok-string, .tok-string2': { color: 'var(--lab-tok-string)' },
  '.tok-number, .tok-bool, .tok-atom': { color: 'var(--lab-tok-number)' },
  '.tok-comment': { color: 'var(--muted)', fontStyle: 'italic' },
  '.tok-definition': { color: 'var(--lab-tok-definition)' },
});

/**
 * Scrolls the editor's own box (never the page: the reader is looking at the views below it)
 * so the line at `pos` is visible.
 */
function showInScroller(view: EditorView, pos: number): void {
  const block = view.lineBlockAt(pos);
  const box = view.scrollDOM;
  const top = block.top + view.documentTop - box.getBoundingClientRect().top + box.scrollTop;
  if (top < box.scrollTop || top + block.height > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - box.clientHeight / 3);
}

function clampSelection(s: { anchor: number; head: number }, length: number) {
  const clamp = (n: number) => Math.max(0, Math.min(n, length));
  return { anchor: clamp(s.anchor), head: clamp(s.head) };
}

export function createCodeEditor(parent: HTMLElement, o: CodeEditorOptions): CodeEditor {
  const view = new EditorView({
    parent,
    doc: o.doc,
    ...(o.selection ? { selection: clampSelection(o.selection, o.doc.length) } : {}),
    extensions: [
      Prec.high(keymap.of([{ key: 'Mod-Enter', run: () => (o.onRun(), true) }])),
      lineNumbers(),
      history(),
      indentOnInput(),
      bracketMatching(),
      // Python's parser, indentation and highlighting; not python(), whose completions need an autocompletion extension the lab leaves out.
      new LanguageSupport(pythonLanguage),
      // PEP 8's four spaces (CodeMirror's default unit is two).
      indentUnit.of('    '),
      syntaxHighlighting(classHighlighter),
      keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
      marked,
      theme,
      EditorView.contentAttributes.of({ 'aria-labelledby': o.labelledBy, 'aria-describedby': o.describedBy, spellcheck: 'false', autocapitalize: 'off', autocorrect: 'off' }),
      EditorView.updateListener.of((u) => {
        if (u.docChanged) o.onChange(u.state.doc.toString());
      }),
    ],
  });
  if (o.scrollTop) view.scrollDOM.scrollTop = o.scrollTop;
  return {
    get text() {
      return view.state.doc.toString();
    },
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    mark(line, kind) {
      view.dispatch({ effects: setMark.of({ line, kind }) });
      if (line >= 1 && line <= view.state.doc.lines) showInScroller(view, view.state.doc.line(line).from);
    },
    focus: () => view.focus(),
    // CodeMirror's own tab-focus mode, as after Escape, ended early by any other key.
    tabLeavesFor: (ms) => view.setTabFocusMode(ms),
    destroy: () => view.destroy(),
  };
}
