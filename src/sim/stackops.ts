import { SimError } from './errors';
import { commandOf, noArgument, splitCommands } from './commands';
import { push, pop, type Stack } from './pstack';
import { buildTrace, inputLimitTrace, overLimit, throwIfError, type Narration, type RunOptions, type Trace } from './trace';

/** Longest operation list `simulateStackOps` runs (more → an 'input-limit' stop). */
export const STACKOPS_MAX_OPS = 10_000;

/** A plain stack operation (chapter 2): push a value, pop the top, or peek at it. */
export type StackOp = { readonly type: 'push'; readonly value: string } | { readonly type: 'pop' } | { readonly type: 'peek' };

/**
 * Plain-stack state. `stack` is a persistent stack of the pushed values (`toArray` gives
 * bottom → top); `op` counts handled operations; `seen` is the value the last `pop` or `peek`
 * returned (null otherwise); `fault` is set when the last event was an underflow/overflow.
 */
export interface StackOpsState {
  readonly stack: Stack<string>;
  readonly op: number;
  readonly seen: string | null;
  readonly fault: null | 'underflow' | 'overflow';
}

/**
 * One event per operation (`op` = its index). `pop-empty` / `peek-empty` (underflow) and
 * `overflow` (a push onto a full stack, refused) are error events: the run goes on.
 */
export type StackOpsEvent =
  | { readonly kind: 'push'; readonly op: number; readonly value: string; readonly size: number }
  | { readonly kind: 'pop'; readonly op: number; readonly value: string; readonly size: number }
  | { readonly kind: 'peek'; readonly op: number; readonly value: string }
  | { readonly kind: 'pop-empty'; readonly op: number }
  | { readonly kind: 'peek-empty'; readonly op: number }
  | { readonly kind: 'overflow'; readonly op: number; readonly value: string; readonly capacity: number };

export interface StackOpsOptions extends RunOptions {
  /** How many values fit (a whole number ≥ 1); a push beyond it is an `overflow` event. */
  capacity?: number;
}

export function applyStackOp(s: StackOpsState, e: StackOpsEvent): StackOpsState {
  const op = e.op + 1;
  switch (e.kind) {
    case 'push':
      return { stack: push(s.stack, e.value), op, seen: null, fault: null };
    case 'pop':
      return { stack: pop(s.stack), op, seen: e.value, fault: null };
    case 'peek':
      return { stack: s.stack, op, seen: e.value, fault: null };
    case 'pop-empty':
    case 'peek-empty':
      return { stack: s.stack, op, seen: null, fault: 'underflow' };
    case 'overflow':
      return { stack: s.stack, op, seen: null, fault: 'overflow' };
  }
}

export function narrateStackOp(e: StackOpsEvent): Narration {
  switch (e.kind) {
    case 'push':
      return { key: 'stackops.push', params: { value: e.value, size: e.size } };
    case 'pop':
      return { key: 'stackops.pop', params: { value: e.value, size: e.size } };
    case 'peek':
      return { key: 'stackops.peek', params: { value: e.value } };
    case 'pop-empty':
      return { key: 'stackops.popEmpty', params: {} };
    case 'peek-empty':
      return { key: 'stackops.peekEmpty', params: {} };
    case 'overflow':
      return { key: 'stackops.overflow', params: { value: e.value, capacity: e.capacity } };
  }
}

/**
 * Runs push / pop / peek on a plain stack, one event per operation (narration keys in
 * `stackops-messages.ts`). Popping or peeking at an empty stack is an underflow event
 * (`pop-empty` / `peek-empty`), and pushing onto a full stack (with `capacity`) an `overflow`
 * event — both leave the stack as it was; neither throws.
 *
 * Throws SimError 'bad-capacity' (key 'stackops.error.badCapacity') for a capacity that is not
 * a whole number ≥ 1, and 'missing-value' (index = operation number) for a push without a value.
 * Over `maxInputLength` (default 10,000 operations) → an empty trace, 'input-limit'.
 *
 * @example simulateStackOps(parseStackOps('push 10, push 20, peek, pop')).final → stack [10], seen '20'
 */
export function simulateStackOps(
  ops: readonly StackOp[],
  opts: StackOpsOptions = {},
): { final: StackOpsState; trace: Trace<StackOpsState, StackOpsEvent> } {
  const initial: StackOpsState = { stack: null, op: 0, seen: null, fault: null };
  const { capacity } = opts;
  if (capacity !== undefined && !(Number.isSafeInteger(capacity) && capacity >= 1)) {
    throw new SimError('bad-capacity', 'stackops.error.badCapacity', { capacity: String(capacity) });
  }
  const max = overLimit(ops.length, opts, STACKOPS_MAX_OPS);
  if (max !== null) {
    const trace = inputLimitTrace(initial, ops.length, max, applyStackOp, narrateStackOp);
    return { final: trace.final, trace };
  }
  ops.forEach((o, i) => {
    if (o.type === 'push' && o.value === '') throw new SimError('missing-value', 'stackops.error.missingValueOp', { op: i }, i);
  });
  const trace = buildTrace<StackOpsState, StackOpsEvent>({
    initial,
    apply: applyStackOp,
    narrate: narrateStackOp,
    ...(opts.maxSteps === undefined ? {} : { maxSteps: opts.maxSteps }),
    run(emit, current) {
      ops.forEach((o, op) => {
        const s = current().stack;
        const size = s === null ? 0 : s.size;
        if (o.type === 'push') {
          if (capacity !== undefined && size >= capacity) emit({ kind: 'overflow', op, value: o.value, capacity });
          else emit({ kind: 'push', op, value: o.value, size: size + 1 });
        } else if (s === null) {
          emit({ kind: o.type === 'pop' ? 'pop-empty' : 'peek-empty', op });
        } else if (o.type === 'pop') {
          emit({ kind: 'pop', op, value: s.top, size: size - 1 });
        } else {
          emit({ kind: 'peek', op, value: s.top });
        }
      });
    },
  });
  throwIfError(trace);
  return { final: trace.final, trace };
}

const STACK_WORDS: Record<string, StackOp['type']> = {
  push: 'push',
  푸시: 'push',
  넣기: 'push',
  pop: 'pop',
  팝: 'pop',
  빼기: 'pop',
  peek: 'peek',
  top: 'peek',
  피크: 'peek',
  꼭대기: 'peek',
  보기: 'peek',
};

/**
 * Parses "push 10, push 20, peek, pop" (commas, semicolons or newlines between operations;
 * quote a value that has commas or edge spaces). Korean words work too: 푸시/넣기, 팝/빼기, 피크/꼭대기/보기 (the book's terms and plain verbs).
 * Throws SimError with `index` = character offset: 'unknown-command', 'missing-value',
 * 'unexpected-argument', 'unclosed-quote', 'trailing-text'.
 */
export function parseStackOps(src: string): StackOp[] {
  return splitCommands(src).map((cmd): StackOp => {
    const t = commandOf(cmd, STACK_WORDS, 'stack');
    if (t === 'push') {
      if (cmd.arg === '') throw new SimError('missing-value', 'stackops.error.missingValue', { index: cmd.argOffset + 1 }, cmd.argOffset);
      return { type: 'push', value: cmd.arg };
    }
    noArgument(cmd);
    return { type: t };
  });
}
