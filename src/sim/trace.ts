import { SimError } from './errors';

/** Narration parameters: filled into `{name}` placeholders by `format` in the UI. */
export type Params = Readonly<Record<string, string | number>>;

/** What a view shows for a step: a message key (see `messages.ts`) and its parameters. */
export interface Narration {
  readonly key: string;
  readonly params: Params;
}

/** Every event has a `kind`; the rest is the data it touched. */
export interface EventBase {
  readonly kind: string;
}

/** An event as read from a trace: its data plus its narration. */
export type Narrated<E> = E & { readonly msg: Narration };

export type StopReason = 'step-limit' | 'input-limit' | 'error';

/** Why a trace ended early. `key`/`params` narrate it; `error` is set for reason 'error'. */
export interface Stop {
  readonly reason: StopReason;
  readonly key: string;
  readonly params: Params;
  readonly error: SimError | null;
}

/** Limits every traced function accepts. */
export interface RunOptions {
  /** Stop after this many events (the trace keeps them, `stopped.reason` is 'step-limit'). */
  maxSteps?: number;
  /** Refuse longer input (an empty trace, `stopped.reason` is 'input-limit'). */
  maxInputLength?: number;
}

export const DEFAULT_MAX_STEPS = 2_000_000;
export const DEFAULT_SNAPSHOT_EVERY = 256;

/**
 * A recorded run. Index convention: `stateAt(i)` is the state AFTER the first `i` events, so
 * `stateAt(0)` is the initial state, `stateAt(length)` equals `final`, and `event(i)` is
 * the step that turns `stateAt(i)` into `stateAt(i + 1)`.
 *
 * States are immutable; never mutate one you were given.
 */
export interface Trace<S, E extends EventBase> {
  readonly length: number;
  readonly initial: S;
  readonly final: S;
  /** null when the algorithm ran to its end; otherwise why it stopped early. */
  readonly stopped: Stop | null;
  /** Event `i` (0 ≤ i < length) with its narration. */
  event(i: number): Narrated<E>;
  /** Event `i` without its narration (cheaper, for scans of a whole trace such as its landmarks). */
  raw?(i: number): E;
  /** The state after `i` events (0 ≤ i ≤ length). About a microsecond per snapshot gap. */
  stateAt(i: number): S;
  /** All events in order (narrated). */
  events(): IterableIterator<Narrated<E>>;
  /** The narration of the stop reason (or null). */
  readonly stopMsg: Narration | null;
}

/** Where events live. The default keeps objects; big traces use a packed store (typed arrays). */
export interface EventStore<E> {
  readonly length: number;
  push(e: E): void;
  get(i: number): E;
}

export class ArrayStore<E> implements EventStore<E> {
  private readonly items: E[] = [];
  get length(): number {
    return this.items.length;
  }
  push(e: E): void {
    this.items.push(e);
  }
  get(i: number): E {
    return this.items[i]!;
  }
}

export interface BuildSpec<S, E extends EventBase> {
  initial: S;
  /** The reducer: pure, returns a new state (sharing structure with the old one). */
  apply: (state: S, event: E) => S;
  narrate: (event: E) => Narration;
  /**
   * The algorithm: calls `emit` once per event, in order. `current()` is the reduced state
   * so far (apply mode). Throwing a SimError ends the trace with reason 'error'.
   */
  run: (emit: (event: E) => void, current: () => S) => void;
  /**
   * Capture mode: the algorithm keeps its own mutable working state and `capture()` returns
   * an immutable copy of it; the builder then skips the reducer while building and only
   * calls `capture()` at snapshots (update the working state first, then emit). The reducer
   * is still used by `stateAt`, and the tests check both agree.
   */
  capture?: () => S;
  maxSteps?: number;
  snapshotEvery?: number;
  store?: EventStore<E>;
}

class StepLimitReached {}
const STEP_LIMIT = new StepLimitReached();

function checkIndex(i: number, max: number): void {
  if (!Number.isInteger(i) || i < 0 || i > max) {
    throw new RangeError(`index ${i} outside 0..${max}`);
  }
}

class TraceImpl<S, E extends EventBase> implements Trace<S, E> {
  final: S;
  stopMsg: Narration | null;
  constructor(
    readonly initial: S,
    private readonly store: EventStore<E>,
    private readonly snapshots: S[],
    private readonly every: number,
    private readonly apply: (s: S, e: E) => S,
    private readonly narrate: (e: E) => Narration,
    readonly stopped: Stop | null,
    final: S | undefined,
  ) {
    this.final = final === undefined ? this.stateAt(store.length) : final;
    this.stopMsg = stopped ? { key: stopped.key, params: stopped.params } : null;
  }
  get length(): number {
    return this.store.length;
  }
  event(i: number): Narrated<E> {
    checkIndex(i, this.store.length - 1);
    const e = this.store.get(i);
    return { ...e, msg: this.narrate(e) };
  }
  raw(i: number): E {
    checkIndex(i, this.store.length - 1);
    return this.store.get(i);
  }
  stateAt(i: number): S {
    checkIndex(i, this.store.length);
    const k = Math.floor(i / this.every);
    let s = this.snapshots[k] as S;
    for (let j = k * this.every; j < i; j++) s = this.apply(s, this.store.get(j));
    return s;
  }
  *events(): IterableIterator<Narrated<E>> {
    for (let i = 0; i < this.store.length; i++) yield this.event(i);
  }
}

/** Runs an algorithm and records its trace (see BuildSpec). Never throws a SimError. */
export function buildTrace<S, E extends EventBase>(spec: BuildSpec<S, E>): Trace<S, E> {
  const maxSteps = spec.maxSteps ?? DEFAULT_MAX_STEPS;
  const every = spec.snapshotEvery ?? DEFAULT_SNAPSHOT_EVERY;
  const store = spec.store ?? new ArrayStore<E>();
  const { apply, capture } = spec;
  const snapshots: S[] = [spec.initial];
  let state = spec.initial;
  let count = 0;
  let stopped: Stop | null = null;

  const emit = capture
    ? (e: E): void => {
        if (count >= maxSteps) throw STEP_LIMIT;
        store.push(e);
        count++;
        if (count % every === 0) snapshots.push(capture());
      }
    : (e: E): void => {
        if (count >= maxSteps) throw STEP_LIMIT;
        store.push(e);
        state = apply(state, e);
        count++;
        if (count % every === 0) snapshots.push(state);
      };
  try {
    spec.run(emit, capture ? capture : (): S => state);
  } catch (e) {
    if (e === STEP_LIMIT) {
      stopped = { reason: 'step-limit', key: 'stop.stepLimit', params: { max: maxSteps }, error: null };
    } else if (e instanceof SimError) {
      stopped = { reason: 'error', key: e.key, params: e.params, error: e };
    } else {
      throw e;
    }
  }
  // In capture mode the working state may be one step ahead after a stop: replay instead.
  return new TraceImpl(spec.initial, store, snapshots, every, apply, spec.narrate, stopped, capture ? undefined : state);
}

/** A trace with no events that stopped before starting (input too long). */
export function inputLimitTrace<S, E extends EventBase>(
  initial: S,
  length: number,
  max: number,
  apply: (s: S, e: E) => S,
  narrate: (e: E) => Narration,
): Trace<S, E> {
  const stop: Stop = { reason: 'input-limit', key: 'stop.inputLimit', params: { length, max }, error: null };
  return new TraceImpl(initial, new ArrayStore<E>(), [initial], DEFAULT_SNAPSHOT_EVERY, apply, narrate, stop, initial);
}

/**
 * Shared ending of every traced function: a SimError stop is re-thrown with the partial
 * trace attached (the documented policy in errors.ts).
 */
export function throwIfError<S, E extends EventBase>(trace: Trace<S, E>): void {
  const err = trace.stopped?.error;
  if (err) {
    err.trace = trace;
    throw err;
  }
}

/**
 * What a step player says at position `at` of a trace (0 ≤ at ≤ length), rendered by `t`: the
 * narration of the event that led there, or `initial` before the first event shown (`from`: a
 * player that steps through only the events from there on), and at the end why the trace stopped
 * early ('player.stopped' around the reason of a limit; the error's own message after an error).
 */
export function narrationAt<S, E extends EventBase>(
  trace: Trace<S, E>,
  at: number,
  t: (key: string, params?: Params) => string,
  initial = 'player.initial',
  from = 0,
): string {
  const say = (n: Narration): string => t(n.key, n.params);
  const s = at > from ? say(trace.event(at - 1).msg) : t(initial);
  const stop = at === trace.length ? trace.stopped : null;
  return stop ? `${s} ${stop.reason === 'error' ? say(stop) : t('player.stopped', { reason: say(stop) })}` : s;
}

/** Checks an input length against the limit; returns the input-limit trace's params or null. */
export function overLimit(length: number, opts: RunOptions | undefined, defaultMax: number): number | null {
  const max = opts?.maxInputLength ?? defaultMax;
  return length > max ? max : null;
}
