// What every trace player shares (the TracePlayer shell and the players that build their own
// layout on it): the context handed to a player's views and to its extra controls, and the
// input's parts for an InputView with an error located in them. Running an input is the core's:
// `outcomeOf` (sim/errors.ts) and `runCommands` (sim/commands.ts), re-exported here. What a step
// says is `narrationAt` (sim/trace.ts).
import type { Params } from '../../i18n/lang';
import type { EventBase, Narrated, Trace } from '../../sim/trace';
export { outcomeOf, type Outcome } from '../../sim/errors';
export { commandParts, runCommands } from '../../sim/commands';

/** What a player's views get for the step on screen. */
export interface ViewContext<S, E extends EventBase> {
  /** `trace.stateAt(index)`. */
  state: S;
  /** The event that led to this state (`event(index - 1)`), null at the start. */
  event: Narrated<E> | null;
  index: number;
  trace: Trace<S, E>;
  /** The island's strings. */
  t: (key: string, params?: Params) => string;
}

/**
 * What a player's extra controls (TracePlayer's `controls`, `actions` and `tools`) get: the
 * field's text, the step on screen, and a way to run a new input.
 */
export interface InputControl {
  readonly text: string;
  readonly index: number;
  /** Replaces the field's text and runs it (as Enter would); `toEnd` shows its last step. */
  setInput(text: string, toEnd?: boolean): void;
}

/** Characters of `text` (code points) with each one's UTF-16 offset, for an InputView. */
export function charParts(text: string): { parts: string[]; offsets: number[] | null } {
  const parts = Array.from(text);
  if (parts.length === text.length) return { parts, offsets: null };
  const offsets: number[] = [];
  let o = 0;
  for (const p of parts) {
    offsets.push(o);
    o += p.length;
  }
  return { parts, offsets };
}

/** The part index holding UTF-16 offset `at` (offsets null: one code unit per part). */
export function partAt(offsets: readonly number[] | null, at: number): number {
  if (offsets === null) return at;
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** A one-entry cache: the views of a step re-run on every step, the input's parts need not. */
export function memo1<A, R>(fn: (a: A) => R): (a: A) => R {
  let last: { a: A; r: R } | null = null;
  return (a: A): R => {
    if (last === null || last.a !== a) last = { a, r: fn(a) };
    return last.r;
  };
}
