// "What happens next?" questions over any algorithm's trace: how a kind asks them (PredictSpec)
// and the question for one step (predictChoices). Each kind's PredictSpec lives with its kind.
import type { ExerciseSpec } from './grader';
import type { EventBase, Narration, Params, Trace } from '../trace';

/** How to ask "what happens next?" about one algorithm's traces. */
export interface PredictSpec<S, E extends EventBase> {
  /** Labels are `ex.predict.<name>.<choice id>`. */
  readonly name: string;
  /** The choice ids to offer at this state (must contain `choiceOf(event)`), in a fixed order. */
  choices(state: S, event: E): readonly string[];
  /** The choice id an event stands for. Default: the event's kind. */
  choiceOf?(event: E): string;
  /** Why the event is what happens. Default: the event's narration. */
  explain?(state: S, event: E): Narration;
}

export interface PredictChoice {
  readonly id: string;
  readonly labelKey: string;
  readonly params: Params;
}

export interface PredictQuestion {
  readonly question: Narration;
  readonly choices: readonly PredictChoice[];
  readonly correctId: string;
  readonly explanation: Narration;
  /** The model's event at `step`, narrated; null when that is the explanation itself (said once). */
  readonly answer: Narration | null;
}

const sameNarration = (a: Narration, b: Narration): boolean =>
  a.key === b.key && JSON.stringify(Object.entries(a.params).sort()) === JSON.stringify(Object.entries(b.params).sort());

/** The explanation a spec gives for the model's step, as a predict question's explanation. */
export const explainBySpec =
  <S, E extends EventBase>(spec: ExerciseSpec<S, E>) =>
  (state: S, event: E): Narration =>
    spec.reason ? spec.reason({ state, expected: event, submitted: null }) : (event as unknown as { msg: Narration }).msg;

/**
 * A "what happens next?" question about event `step` of `trace` (shown: `stateAt(step)`).
 * The correct choice is the model's event; the others are the algorithm's other kinds of
 * step that could plausibly come next. Deterministic. Without a spec, the choices are the
 * kinds of event that occur in the trace (in order of first appearance).
 * Throws RangeError when `step` is not an event index (0 ≤ step < trace.length).
 */
export function predictChoices<S, E extends EventBase>(trace: Trace<S, E>, step: number, spec?: PredictSpec<S, E>): PredictQuestion {
  if (!Number.isInteger(step) || step < 0 || step >= trace.length) throw new RangeError(`step ${step} is not in 0..${trace.length - 1}`);
  const state = trace.stateAt(step);
  const event = trace.event(step);
  const correctId = spec?.choiceOf ? spec.choiceOf(event) : event.kind;
  let ids: string[];
  if (spec) {
    ids = [...spec.choices(state, event)];
    if (!ids.includes(correctId)) ids.push(correctId);
  } else {
    ids = [];
    for (const e of trace.events()) if (!ids.includes(e.kind)) ids.push(e.kind);
  }
  const name = spec?.name ?? 'generic';
  const explanation = spec?.explain ? spec.explain(state, event) : event.msg;
  return {
    question: { key: `ex.predict.question.${name}`, params: { step: step + 1 } },
    choices: ids.map((id) => ({ id, labelKey: spec ? `ex.predict.${name}.${id}` : id, params: {} })),
    correctId,
    explanation,
    answer: sameNarration(explanation, event.msg) ? null : event.msg,
  };
}
