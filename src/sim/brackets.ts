import { SimError } from './errors';
import { push, type Stack } from './pstack';
import {
  buildTrace,
  inputLimitTrace,
  overLimit,
  throwIfError,
  type EventStore,
  type Narration,
  type RunOptions,
  type Trace,
} from './trace';

export const DEFAULT_PAIRS = '()[]{}';
/** Big enough for the 10^6-character benchmark; longer input gets an 'input-limit' stop. */
export const BRACKETS_MAX_INPUT = 2_000_000;

export interface BracketOptions extends RunOptions {
  /** Opener/closer pairs, two characters each: '()[]{}' by default, '<>' for angle brackets… */
  pairs?: string;
}

/** An opener waiting on the stack: the character and where it stands in the text. */
export interface Opener {
  readonly ch: string;
  readonly index: number;
}

/**
 * Brackets state. `at` is the text index the last event was about (-1 before the first).
 * `stack` is a persistent stack (`toArray(state.stack)` gives bottom → top).
 * `outcome` stays null while scanning.
 */
export interface BracketState {
  readonly text: string;
  readonly at: number;
  readonly stack: Stack<Opener>;
  readonly outcome: null | 'balanced' | 'unbalanced';
  readonly errorIndex: number | null;
}

export type BracketEvent =
  | { readonly kind: 'push'; readonly index: number; readonly ch: string }
  | {
      readonly kind: 'pop-match';
      readonly index: number;
      readonly ch: string;
      readonly openIndex: number;
      readonly open: string;
    }
  | {
      readonly kind: 'mismatch';
      readonly index: number;
      readonly ch: string;
      readonly openIndex: number;
      readonly open: string;
      /** The closer the top opener was waiting for. */
      readonly expected: string;
    }
  | { readonly kind: 'unexpected-close'; readonly index: number; readonly ch: string }
  /** `index`/`ch`: the innermost opener left; `count`: how many are left. */
  | { readonly kind: 'unclosed'; readonly index: number; readonly ch: string; readonly count: number }
  | { readonly kind: 'balanced'; readonly index: number };

export interface BracketResult {
  /** null when the trace stopped early (limit) and the answer is unknown. */
  readonly balanced: boolean | null;
  /**
   * Index of the first closer with no matching opener; else of the innermost opener left
   * unclosed at the end; else null.
   */
  readonly errorIndex: number | null;
  readonly trace: Trace<BracketState, BracketEvent>;
}

interface PairTable {
  readonly openers: string;
  readonly closers: string;
}

/** Validates `pairs`; throws SimError code 'bad-pairs' (key 'error.brackets.badPairs'). */
export function parsePairs(pairs: string): PairTable {
  let openers = '';
  let closers = '';
  const seen = new Set<string>();
  if (pairs.length === 0 || pairs.length % 2 !== 0) {
    throw new SimError('bad-pairs', 'error.brackets.badPairs', { pairs });
  }
  for (let i = 0; i < pairs.length; i += 2) {
    const o = pairs[i]!;
    const c = pairs[i + 1]!;
    for (const [ch, at] of [[o, i], [c, i + 1]] as const) {
      if (seen.has(ch) || /\s/.test(ch) || (ch >= '\ud800' && ch <= '\udfff')) {
        throw new SimError('bad-pairs', 'error.brackets.badPairs', { pairs }, at);
      }
      seen.add(ch);
    }
    openers += o;
    closers += c;
  }
  return { openers, closers };
}

const KIND = ['push', 'pop-match', 'mismatch', 'unexpected-close', 'unclosed', 'balanced'] as const;
const KIND_CODE: Record<BracketEvent['kind'], number> = {
  push: 0,
  'pop-match': 1,
  mismatch: 2,
  'unexpected-close': 3,
  unclosed: 4,
  balanced: 5,
};

/** Three numbers per event (about 9 bytes); characters are read back from the text. */
class PackedBracketStore implements EventStore<BracketEvent> {
  length = 0;
  private kinds: Uint8Array;
  private a: Int32Array;
  private b: Int32Array;
  constructor(
    private readonly text: string,
    private readonly table: PairTable,
    capacity: number,
  ) {
    this.kinds = new Uint8Array(capacity);
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
  }
  push(e: BracketEvent): void {
    const n = this.length;
    if (n === this.kinds.length) this.grow();
    this.kinds[n] = KIND_CODE[e.kind];
    this.a[n] = e.index;
    this.b[n] = e.kind === 'pop-match' || e.kind === 'mismatch' ? e.openIndex : e.kind === 'unclosed' ? e.count : 0;
    this.length = n + 1;
  }
  private grow(): void {
    const size = Math.max(16, this.kinds.length * 2);
    const k = new Uint8Array(size);
    k.set(this.kinds);
    const a = new Int32Array(size);
    a.set(this.a);
    const b = new Int32Array(size);
    b.set(this.b);
    this.kinds = k;
    this.a = a;
    this.b = b;
  }
  get(i: number): BracketEvent {
    const kind = KIND[this.kinds[i]!]!;
    const index = this.a[i]!;
    const b = this.b[i]!;
    const ch = this.text[index] ?? '';
    switch (kind) {
      case 'push':
      case 'unexpected-close':
        return { kind, index, ch };
      case 'pop-match':
        return { kind, index, ch, openIndex: b, open: this.text[b]! };
      case 'mismatch': {
        const open = this.text[b]!;
        return { kind, index, ch, openIndex: b, open, expected: this.table.closers[this.table.openers.indexOf(open)]! };
      }
      case 'unclosed':
        return { kind, index, ch, count: b };
      case 'balanced':
        return { kind, index };
    }
  }
}

export function applyBracket(s: BracketState, e: BracketEvent): BracketState {
  switch (e.kind) {
    case 'push':
      return { text: s.text, at: e.index, stack: push(s.stack, { ch: e.ch, index: e.index }), outcome: null, errorIndex: null };
    case 'pop-match':
      return { text: s.text, at: e.index, stack: s.stack === null ? null : s.stack.below, outcome: null, errorIndex: null };
    case 'mismatch':
    case 'unexpected-close':
    case 'unclosed':
      return { text: s.text, at: e.index, stack: s.stack, outcome: 'unbalanced', errorIndex: e.index };
    case 'balanced':
      return { text: s.text, at: e.index, stack: s.stack, outcome: 'balanced', errorIndex: null };
  }
}

// Positions in the narration count from 1, as students read them (the input strip's numbers too).
export function narrateBracket(e: BracketEvent): Narration {
  switch (e.kind) {
    case 'push':
      return { key: 'brackets.push', params: { ch: e.ch, index: e.index + 1 } };
    case 'pop-match':
      return { key: 'brackets.popMatch', params: { ch: e.ch, index: e.index + 1, open: e.open, openIndex: e.openIndex + 1 } };
    case 'mismatch':
      return {
        key: 'brackets.mismatch',
        params: { ch: e.ch, index: e.index + 1, open: e.open, openIndex: e.openIndex + 1, expected: e.expected },
      };
    case 'unexpected-close':
      return { key: 'brackets.unexpectedClose', params: { ch: e.ch, index: e.index + 1 } };
    case 'unclosed':
      return { key: 'brackets.unclosed', params: { ch: e.ch, index: e.index + 1, count: e.count } };
    case 'balanced':
      return { key: 'brackets.balanced', params: {} };
  }
}

export function initialBracketState(text: string): BracketState {
  return { text, at: -1, stack: null, outcome: null, errorIndex: null };
}

/**
 * Checks that brackets are balanced, with a stack, recording every step.
 *
 * Characters that are not in `pairs` are skipped (no event). Indices are UTF-16 code-unit
 * positions in `text`. Scanning stops at the first error.
 *
 * Events: `push` (an opener goes on the stack), `pop-match` (a closer matches the top, which
 * is popped), `mismatch` (a closer meets a different opener on top), `unexpected-close` (a
 * closer meets an empty stack), `unclosed` (the text ended with openers left; `index` is the
 * innermost), `balanced` (the text ended with an empty stack; `index` = text.length).
 *
 * Throws SimError 'bad-pairs' for an invalid `pairs`. Over `maxInputLength` (default
 * 2,000,000) → an empty trace with `stopped.reason` 'input-limit'; a `maxSteps` stop keeps the
 * partial trace. In both, `balanced` and `errorIndex` are null.
 *
 * @example checkBrackets('(a[b]c)') → { balanced: true, errorIndex: null }
 * @example checkBrackets('(]')      → { balanced: false, errorIndex: 1 }
 * @example checkBrackets('((x)')    → { balanced: false, errorIndex: 0 }
 */
export function checkBrackets(text: string, opts: BracketOptions = {}): BracketResult {
  const table = parsePairs(opts.pairs ?? DEFAULT_PAIRS);
  const initial = initialBracketState(text);
  const max = overLimit(text.length, opts, BRACKETS_MAX_INPUT);
  if (max !== null) {
    return { balanced: null, errorIndex: null, trace: inputLimitTrace(initial, text.length, max, applyBracket, narrateBracket) };
  }
  const { openers, closers } = table;
  const maxSteps = opts.maxSteps;
  const trace = buildTrace<BracketState, BracketEvent>({
    initial,
    apply: applyBracket,
    narrate: narrateBracket,
    store: new PackedBracketStore(text, table, Math.min(text.length + 1, (maxSteps ?? text.length) + 1)),
    ...(maxSteps === undefined ? {} : { maxSteps }),
    run(emit, current) {
      for (let i = 0; i < text.length; i++) {
        const ch = text[i]!;
        if (openers.includes(ch)) {
          emit({ kind: 'push', index: i, ch });
          continue;
        }
        const ci = closers.indexOf(ch);
        if (ci < 0) continue;
        const top = current().stack;
        if (top === null) {
          emit({ kind: 'unexpected-close', index: i, ch });
          return;
        }
        const open = top.top;
        if (open.ch === openers[ci]) {
          emit({ kind: 'pop-match', index: i, ch, openIndex: open.index, open: open.ch });
        } else {
          const expected = closers[openers.indexOf(open.ch)]!;
          emit({ kind: 'mismatch', index: i, ch, openIndex: open.index, open: open.ch, expected });
          return;
        }
      }
      const left = current().stack;
      if (left === null) emit({ kind: 'balanced', index: text.length });
      else emit({ kind: 'unclosed', index: left.top.index, ch: left.top.ch, count: left.size });
    },
  });
  throwIfError(trace);
  const f = trace.final;
  if (trace.stopped || f.outcome === null) return { balanced: null, errorIndex: null, trace };
  return { balanced: f.outcome === 'balanced', errorIndex: f.errorIndex, trace };
}

/**
 * The untraced fast path (same answer as `checkBrackets`, no trace, no input limit):
 * an Int32Array stack over char codes.
 */
export function scanBrackets(
  text: string,
  pairs: string = DEFAULT_PAIRS,
): { balanced: boolean; errorIndex: number | null } {
  const { openers, closers } = parsePairs(pairs);
  // role[code]: 0 other, k > 0 opener of pair k, -k closer of pair k (BMP chars only).
  const role = new Map<number, number>();
  for (let k = 0; k < openers.length; k++) {
    role.set(openers.charCodeAt(k), k + 1);
    role.set(closers.charCodeAt(k), -(k + 1));
  }
  const ascii = new Int8Array(128);
  for (const [code, r] of role) if (code < 128) ascii[code] = r;
  const stack = new Int32Array(text.length + 1);
  let top = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const r = code < 128 ? ascii[code]! : (role.get(code) ?? 0);
    if (r === 0) continue;
    if (r > 0) {
      stack[top++] = i;
    } else {
      if (top === 0) return { balanced: false, errorIndex: i };
      const openIdx = stack[top - 1]!;
      const oc = text.charCodeAt(openIdx);
      const or = oc < 128 ? ascii[oc]! : role.get(oc)!;
      if (or !== -r) return { balanced: false, errorIndex: i };
      top--;
    }
  }
  return top === 0 ? { balanced: true, errorIndex: null } : { balanced: false, errorIndex: stack[top - 1]! };
}

/** True when every bracket in `text` is matched (untraced). */
export function isBalanced(text: string, pairs: string = DEFAULT_PAIRS): boolean {
  return scanBrackets(text, pairs).balanced;
}
