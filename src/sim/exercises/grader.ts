import type { EventBase, Narrated, Narration, Params, Trace } from '../trace';

/** A learner's (or the model's) step: a type plus a few plain fields, e.g. { type: 'place', row: 2, col: 0 }. */
export type Action = { readonly type: string } & Readonly<Record<string, string | number | boolean | null>>;

export interface ExerciseSpec<S, E extends EventBase> {
  /** Which events are the learner's decisions; the others play automatically. */
  isDecision(event: E): boolean;
  /** The action a decision event stands for. */
  toAction(event: E): Action;
  /**
   * Why the model's step is the right one, as a narration key: given the state before it,
   * the model's event and what the learner submitted. Default: the model event's narration.
   */
  reason?(ctx: { state: S; expected: E; submitted: Action | null }): Narration;
  /** Action equality. Default: same fields; numbers within 1e-9 (relative). */
  same?(submitted: Action, expected: Action): boolean;
}

export interface Verdict {
  readonly verdict: 'correct' | 'wrong';
  /** The model's action for this step. */
  readonly expected: Action;
  readonly reasonKey: string;
  readonly params: Params;
}

export interface Score {
  /**
   * Steps the learner got right the first time: the first choice made at the step was right. A
   * step done right after a wrong choice was taken back is not counted (undo is no second try).
   */
  readonly correct: number;
  /** Wrong submissions. */
  readonly wrong: number;
  /** Steps where the learner asked for the model's step after a wrong one ("fix mode"). */
  readonly fixed: number;
  /** Wrong steps the learner took back. */
  readonly undone: number;
  /** The learner opened the model answer during the attempt. */
  readonly assisted: boolean;
}

/**
 * What the learner did, in order: enough to replay the attempt through the engine and get the
 * same score (see ./replay.ts). Kept to MAX_LOG entries; a longer attempt drops its log.
 */
export type LogEntry = readonly ['submit', Action] | readonly ['undo'] | readonly ['fix'] | readonly ['model'];
export const MAX_LOG = 2000;

export interface Exercise<S, E extends EventBase> {
  readonly trace: Trace<S, E>;
  /** Index in the trace of the next decision (trace.length when done). */
  readonly position: number;
  readonly done: boolean;
  readonly score: Score;
  /** The wrong action waiting for undo() or fix(), or null. */
  readonly pending: Action | null;
  /** What the learner sees now: the state just before the next decision. */
  state(): S;
  /** The model's next action (null when done). */
  expected(): Action | null;
  expectedEvent(): Narrated<E> | null;
  /**
   * Grades `action` against the model's next step. Correct → advance to the next decision (it
   * scores as right first time only if no wrong choice was made at this step).
   * Wrong → nothing advances; the action is pending until undo() or fix(). Submitting again
   * while one is pending takes the pending one back first (counts as undone).
   */
  submit(action: Action): Verdict;
  /** Applies the model's step (counts as fixed if a wrong step was pending). Returns the verdict-like explanation. */
  fix(): Verdict | null;
  /** Takes back a pending wrong step. False if there was none. */
  undo(): boolean;
  /** Notes that the learner opened the model answer: the attempt is assisted from now on. */
  openModel(): void;
  /** The attempt so far (null once it outgrew MAX_LOG). */
  readonly log: readonly LogEntry[] | null;
}

function valuesEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)) || (Number.isNaN(a) && Number.isNaN(b));
  }
  return a === b;
}

export function sameAction(a: Action, b: Action): boolean {
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => valuesEqual(a[k], b[k]));
}

/**
 * The engine of proficiency exercises: the learner performs the algorithm one decision at a
 * time and each step is graded against the model trace.
 *
 * @example
 *   const ex = createExercise(checkBrackets('(]').trace, bracketExercise);
 *   ex.submit({ type: 'push' })  → { verdict: 'correct', … }
 *   ex.submit({ type: 'pop' })   → { verdict: 'wrong', expected: { type: 'error' }, reasonKey: 'brackets.why.closerMismatch', … }
 *   ex.fix(); ex.done → true; ex.score → { correct: 1, wrong: 1, fixed: 1, undone: 0, assisted: false }
 */
export function createExercise<S, E extends EventBase>(
  trace: Trace<S, E>,
  spec: ExerciseSpec<S, E>,
  /** `reasons: false` (a replay, which reads only the score): verdicts carry no reason, saving a state rebuild per step. */
  { reasons = true }: { reasons?: boolean } = {},
): Exercise<S, E> {
  const same = spec.same ?? sameAction;
  const nextDecision = (from: number): number => {
    let i = from;
    while (i < trace.length && !spec.isDecision(trace.event(i))) i++;
    return i;
  };
  let position = nextDecision(0);
  let pending: Action | null = null;
  /** Whether a wrong choice was made at the current step (then taken back or pending). */
  let missedHere = false;
  let score: Score = { correct: 0, wrong: 0, fixed: 0, undone: 0, assisted: false };
  let log: LogEntry[] | null = [];
  const note = (entry: LogEntry) => {
    if (log && log.length < MAX_LOG) log.push(entry);
    else log = null;
  };

  const explain = (submitted: Action | null): { reasonKey: string; params: Params; expected: Action } => {
    const e = trace.event(position);
    const r = !reasons ? { key: '', params: {} } : spec.reason ? spec.reason({ state: trace.stateAt(position), expected: e, submitted }) : e.msg;
    return { reasonKey: r.key, params: r.params, expected: spec.toAction(e) };
  };

  const ex: Exercise<S, E> = {
    trace,
    get position() {
      return position;
    },
    get done() {
      return position >= trace.length;
    },
    get score() {
      return score;
    },
    get pending() {
      return pending;
    },
    get log() {
      return log;
    },
    state: () => trace.stateAt(position),
    expected: () => (position < trace.length ? spec.toAction(trace.event(position)) : null),
    expectedEvent: () => (position < trace.length ? trace.event(position) : null),
    submit(action) {
      if (position >= trace.length) throw new RangeError('the exercise is done');
      if (pending) ex.undo();
      note(['submit', action]);
      const why = explain(action);
      if (same(action, why.expected)) {
        if (!missedHere) score = { ...score, correct: score.correct + 1 };
        missedHere = false;
        position = nextDecision(position + 1);
        return { verdict: 'correct', ...why };
      }
      score = { ...score, wrong: score.wrong + 1 };
      missedHere = true;
      pending = action;
      return { verdict: 'wrong', ...why };
    },
    fix() {
      if (position >= trace.length) return null;
      note(['fix']);
      const why = explain(null);
      if (pending) score = { ...score, fixed: score.fixed + 1 };
      pending = null;
      missedHere = false;
      position = nextDecision(position + 1);
      return { verdict: 'correct', ...why };
    },
    undo() {
      if (!pending) return false;
      note(['undo']);
      pending = null;
      score = { ...score, undone: score.undone + 1 };
      return true;
    },
    openModel() {
      note(['model']);
      score = { ...score, assisted: true };
    },
  };
  return ex;
}

/** All decisions of an exercise, in order (what a learner who is always right submits). */
export function modelActions<S, E extends EventBase>(trace: Trace<S, E>, spec: ExerciseSpec<S, E>): Action[] {
  const out: Action[] = [];
  for (const e of trace.events()) if (spec.isDecision(e)) out.push(spec.toAction(e));
  return out;
}
