import type { EventBase, Params, Trace } from './trace';
import { echo } from './source-position';

/** Parameters the core composes itself (lists of what is allowed): repeated whole. */
const COMPOSED = new Set(['known', 'names', 'pairs']);

/**
 * Every text a message repeats from the reader's input, cut to its first graphemes (see
 * `echo`): the one place where a 10^6-character token is kept from coming back whole.
 */
function echoed(params: Params): Params {
  let out: Record<string, string | number> | null = null;
  for (const [k, v] of Object.entries(params)) {
    if (typeof v !== 'string' || COMPOSED.has(k)) continue;
    const cut = echo(v);
    if (cut !== v) (out ??= { ...params })[k] = cut;
  }
  return out ?? params;
}

/**
 * Bad input to the core. Never a bare Error: it carries a machine code, a message key that
 * `messages.ts` renders in Korean and English, its parameters and, where it applies, the
 * position in the input (`index`; for postfix tokens `index` is the token number and
 * `params.offset` the character offset). Text taken from the input is cut in `params` (echoed).
 *
 * Policy (every function in the core): bad input THROWS a SimError. When the problem was
 * found while the algorithm was already running, `error.trace` holds the partial trace up
 * to that point (its `stopped.reason` is 'error'), so a view can show how far it got.
 * The UI's non-throwing route is `attempt(() => fn(...))` → `{ ok, value | error }`,
 * `outcomeOf(() => fn(...))` for a traced function (its partial trace kept), or the
 * `validate…` functions that return `SimError | null`.
 */
export class SimError extends Error {
  readonly code: string;
  readonly key: string;
  readonly params: Params;
  readonly index: number | undefined;
  /** The trace up to the point where the error was found (if the algorithm had started). */
  trace: unknown;

  constructor(code: string, key: string, params: Params = {}, index?: number) {
    const shown = echoed(params);
    super(`${key} ${JSON.stringify(shown)}`);
    this.name = 'SimError';
    this.code = code;
    this.key = key;
    this.params = shown;
    this.index = index;
    this.trace = undefined;
  }
}

export function isSimError(value: unknown): value is SimError {
  return value instanceof SimError;
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; error: SimError };

/** Runs `fn`, turning a thrown SimError into `{ ok: false, error }`. Other errors (bugs) still throw. */
export function attempt<T>(fn: () => T): Attempt<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof SimError) return { ok: false, error: e };
    throw e;
  }
}

/** `attempt` for validators: the error, or null when `fn` ran without a SimError. */
export function errorOf(fn: () => unknown): SimError | null {
  const r = attempt(fn);
  return r.ok ? null : r.error;
}

/** A generator's option must be a whole number in [min, max] ('bad-option' otherwise). */
export function checkRange(name: string, v: number, min: number, max: number): void {
  if (!Number.isInteger(v) || v < min || v > max) throw new SimError('bad-option', 'error.generator.badOption', { name, min, max });
}

/**
 * Running a reader's input: a trace, or a located SimError (`at` = character offset in the
 * typed text, null when it has no place) with the partial trace if the core had started.
 */
export type Outcome<S, E extends EventBase> =
  | { ok: true; trace: Trace<S, E> }
  | { ok: false; error: SimError; at: number | null; trace: Trace<S, E> | null };

/** Runs `fn` (a traced function), turning a SimError into a failed Outcome located by `locate`. */
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
