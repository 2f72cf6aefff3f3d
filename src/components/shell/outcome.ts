// What every trace player shares (the TracePlayer shell and the players that build their own
// layout on it): the outcome of running an input, the context handed to a player's views, and
// the input's parts for an InputView with an error located in them.
import type { Params } from '../../i18n/lang';
import { isSimError, type SimError } from '../../sim/errors';
import { splitCommands, type Command } from '../../sim/commands';
import type { EventBase, Narrated, Trace } from '../../sim/trace';
/**
 * Running a reader's input: a trace, or a located SimError (`at` = character offset in the
 * typed text, null when it has no place) with the partial trace if the core had started.
 */
export type Outcome<S, E extends EventBase> =
  | { ok: true; trace: Trace<S, E> }
  | { ok: false; error: SimError; at: number | null; trace: Trace<S, E> | null };

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

/** Runs `fn` (which calls the core) turning a SimError into a failed Outcome located by `locate`. */
export function outcomeOf<S, E extends EventBase>(
  fn: () => { trace: Trace<S, E> },
  locate: (e: SimError) => number | null = (e) => e.index ?? null,
): Outcome<S, E> {
  try {
    return { ok: true, trace: fn().trace };
  } catch (e) {
    if (!isSimError(e)) throw e;
    return { ok: false, error: e, at: locate(e), trace: (e.trace as Trace<S, E> | undefined) ?? null };
  }
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

/**
 * Runs a command-list input ("push 1, pop" / "type a, undo" / "visit a, back"): parse, then
 * simulate. A parse error carries a character offset; a simulation error carries the command's
 * number, which is turned into that command's offset. Also returns the commands for the
 * input view.
 */
export function runCommands<Op, S, E extends EventBase>(
  text: string,
  parse: (text: string) => Op[],
  simulate: (ops: Op[]) => { trace: Trace<S, E> },
): { outcome: Outcome<S, E>; parts: string[] } {
  const cmds = commandParts(text);
  let parsed = false;
  const outcome = outcomeOf<S, E>(
    () => {
      const ops = parse(text);
      parsed = true;
      return simulate(ops);
    },
    (e) => (parsed ? (e.index === undefined ? null : (cmds.offsets[e.index] ?? null)) : (e.index ?? null)),
  );
  return { outcome, parts: cmds.parts };
}

/** Each command's text (one InputView part per operation) and its character offset. */
export function commandParts(src: string): { parts: string[]; offsets: number[] } {
  const cmds = attemptSplit(src);
  return { parts: cmds.map((c) => (c.arg === '' ? c.word : `${c.word} ${c.arg}`)), offsets: cmds.map((c) => c.offset) };
}
function attemptSplit(src: string): Command[] {
  try {
    return splitCommands(src);
  } catch {
    return [];
  }
}
