import { graphemes, type Grapheme } from './graphemes';
import { push, type Stack } from './pstack';
import { buildTrace, inputLimitTrace, overLimit, throwIfError, type Narration, type RunOptions, type Trace } from './trace';

export const REVERSE_MAX_INPUT = 100_000;

/** A grapheme on the stack, with its position (grapheme number) in the input. */
export interface StackedGrapheme {
  readonly text: string;
  readonly index: number;
}

/**
 * `phase`: 'push' while reading the input, 'pop' while writing the output, 'done'.
 * `output` is the reversed text so far.
 */
export interface ReverseState {
  readonly input: readonly Grapheme[];
  readonly stack: Stack<StackedGrapheme>;
  readonly output: string;
  readonly phase: 'push' | 'pop' | 'done';
}

export type ReverseEvent =
  | { readonly kind: 'push'; readonly text: string; readonly index: number; readonly offset: number }
  | { readonly kind: 'pop'; readonly text: string; readonly index: number; readonly outIndex: number }
  | { readonly kind: 'done'; readonly result: string };

export function applyReverse(s: ReverseState, e: ReverseEvent): ReverseState {
  switch (e.kind) {
    case 'push':
      return { ...s, stack: push(s.stack, { text: e.text, index: e.index }) };
    case 'pop':
      return { ...s, stack: s.stack?.below ?? null, output: s.output + e.text, phase: 'pop' };
    case 'done':
      return { ...s, phase: 'done' };
  }
}

export function narrateReverse(e: ReverseEvent): Narration {
  switch (e.kind) {
    case 'push':
      return { key: 'reverse.push', params: { ch: e.text, index: e.index + 1 } };
    case 'pop':
      return { key: 'reverse.pop', params: { ch: e.text, index: e.index + 1, outIndex: e.outIndex + 1 } };
    case 'done':
      return { key: 'reverse.done', params: { result: e.result } };
  }
}

/**
 * Reverses text with a stack: push every grapheme cluster, then pop them all.
 *
 * Works on grapheme clusters (`Intl.Segmenter`), so Hangul syllables, combining marks and
 * emoji with modifiers stay whole: '안녕👋🏽' → '👋🏽녕안', 'e\u0301x' → 'xe\u0301'.
 * Events: `push` (index = grapheme number, offset = UTF-16 offset), `pop`, `done`.
 * `maxInputLength` (default 100,000) counts UTF-16 code units.
 */
export function reverseWithStack(
  text: string,
  opts: RunOptions = {},
): { result: string | null; trace: Trace<ReverseState, ReverseEvent> } {
  const max = overLimit(text.length, opts, REVERSE_MAX_INPUT);
  const input = max === null ? graphemes(text) : [];
  const initial: ReverseState = { input, stack: null, output: '', phase: 'push' };
  if (max !== null) return { result: null, trace: inputLimitTrace(initial, text.length, max, applyReverse, narrateReverse) };
  const trace = buildTrace<ReverseState, ReverseEvent>({
    initial,
    apply: applyReverse,
    narrate: narrateReverse,
    ...(opts.maxSteps === undefined ? {} : { maxSteps: opts.maxSteps }),
    run(emit, current) {
      input.forEach((g, index) => emit({ kind: 'push', text: g.text, index, offset: g.offset }));
      for (let out = 0, top = current().stack; top !== null; top = current().stack, out++) {
        emit({ kind: 'pop', text: top.top.text, index: top.top.index, outIndex: out });
      }
      emit({ kind: 'done', result: current().output });
    },
  });
  throwIfError(trace);
  return { result: trace.stopped ? null : trace.final.output, trace };
}
