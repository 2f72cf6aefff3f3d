import { commandOf, noArgument, splitCommands } from './commands';
import { SimError } from './errors';
import { push, type Stack } from './pstack';
import { buildTrace, inputLimitTrace, overLimit, throwIfError, type Narration, type RunOptions, type Trace } from './trace';

export const HISTORY_MAX_OPS = 10_000;

/** Browser navigation. `visit` opens a page (and clears the forward stack). */
export type NavOp = { readonly type: 'visit'; readonly url: string } | { readonly type: 'back' } | { readonly type: 'forward' };

/** `current` is the page shown (null before the first visit); `op` counts handled operations. */
export interface HistoryState {
  readonly current: string | null;
  readonly back: Stack<string>;
  readonly forward: Stack<string>;
  readonly op: number;
}

export type HistoryEvent =
  /** `from`: the page that goes onto the back stack ('' when none). */
  | { readonly kind: 'visit'; readonly op: number; readonly url: string; readonly from: string }
  /** Visiting empties the forward stack (`count` pages dropped); comes just before `visit`. */
  | { readonly kind: 'clear-forward'; readonly op: number; readonly count: number }
  | { readonly kind: 'back'; readonly op: number; readonly from: string; readonly to: string }
  | { readonly kind: 'forward'; readonly op: number; readonly from: string; readonly to: string }
  | { readonly kind: 'nothing-back'; readonly op: number }
  | { readonly kind: 'nothing-forward'; readonly op: number };

export function applyHistory(s: HistoryState, e: HistoryEvent): HistoryState {
  const op = e.op + 1;
  switch (e.kind) {
    case 'visit':
      return { current: e.url, back: s.current === null ? s.back : push(s.back, s.current), forward: s.forward, op };
    case 'clear-forward':
      return { ...s, forward: null };
    case 'back':
      return { current: e.to, back: s.back?.below ?? null, forward: push(s.forward, e.from), op };
    case 'forward':
      return { current: e.to, back: push(s.back, e.from), forward: s.forward?.below ?? null, op };
    default:
      return { ...s, op };
  }
}

export function narrateHistory(e: HistoryEvent): Narration {
  switch (e.kind) {
    case 'visit':
      return e.from === ''
        ? { key: 'history.visitFirst', params: { url: e.url } }
        : { key: 'history.visit', params: { url: e.url, from: e.from } };
    case 'clear-forward':
      return { key: 'history.clearForward', params: { count: e.count } };
    case 'back':
      return { key: 'history.back', params: { from: e.from, to: e.to } };
    case 'forward':
      return { key: 'history.forward', params: { from: e.from, to: e.to } };
    case 'nothing-back':
      return { key: 'history.nothingBack', params: {} };
    case 'nothing-forward':
      return { key: 'history.nothingForward', params: {} };
  }
}

/**
 * Simulates a browser's back/forward buttons with two stacks. Events: `visit`,
 * `clear-forward`, `back`, `forward`, `nothing-back`, `nothing-forward` (each with `op`, the
 * operation's index). Throws SimError 'missing-url' (index = operation number) for an
 * empty url. `maxInputLength` (default 10,000) counts operations.
 *
 * @example simulateHistory(parseNavOps('visit a.com, visit b.com, back')).final.current → 'a.com'
 */
export function simulateHistory(
  ops: readonly NavOp[],
  opts: RunOptions = {},
): { final: HistoryState; trace: Trace<HistoryState, HistoryEvent> } {
  const initial: HistoryState = { current: null, back: null, forward: null, op: 0 };
  const max = overLimit(ops.length, opts, HISTORY_MAX_OPS);
  if (max !== null) {
    const trace = inputLimitTrace(initial, ops.length, max, applyHistory, narrateHistory);
    return { final: trace.final, trace };
  }
  ops.forEach((o, i) => {
    if (o.type === 'visit' && o.url.trim() === '') throw new SimError('missing-url', 'error.history.missingUrl', { op: i }, i);
  });
  const trace = buildTrace<HistoryState, HistoryEvent>({
    initial,
    apply: applyHistory,
    narrate: narrateHistory,
    ...(opts.maxSteps === undefined ? {} : { maxSteps: opts.maxSteps }),
    run(emit, current) {
      ops.forEach((o, op) => {
        const s = current();
        if (o.type === 'visit') {
          if (s.forward !== null) emit({ kind: 'clear-forward', op, count: s.forward.size });
          emit({ kind: 'visit', op, url: o.url, from: s.current ?? '' });
        } else if (o.type === 'back') {
          emit(s.back === null || s.current === null ? { kind: 'nothing-back', op } : { kind: 'back', op, from: s.current, to: s.back.top });
        } else {
          emit(
            s.forward === null || s.current === null
              ? { kind: 'nothing-forward', op }
              : { kind: 'forward', op, from: s.current, to: s.forward.top },
          );
        }
      });
    },
  });
  throwIfError(trace);
  return { final: trace.final, trace };
}

const NAV_WORDS: Record<string, NavOp['type']> = {
  visit: 'visit',
  go: 'visit',
  open: 'visit',
  방문: 'visit',
  back: 'back',
  뒤로: 'back',
  forward: 'forward',
  앞으로: 'forward',
};

/**
 * Parses "visit a.com, visit b.com, back, forward" (Korean: 방문, 뒤로, 앞으로).
 * Throws SimError with `index` = character offset: 'unknown-command', 'missing-url',
 * 'unexpected-argument', 'unclosed-quote', 'trailing-text'.
 */
export function parseNavOps(src: string): NavOp[] {
  return splitCommands(src).map((cmd): NavOp => {
    const t = commandOf(cmd, NAV_WORDS, 'history');
    if (t === 'visit') {
      if (cmd.arg === '') throw new SimError('missing-url', 'error.history.missingUrl', { index: cmd.argOffset + 1 }, cmd.argOffset);
      return { type: 'visit', url: cmd.arg };
    }
    noArgument(cmd);
    return { type: t };
  });
}
