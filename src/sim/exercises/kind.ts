// What an exercise kind is: how to draw a problem from a seed or a typed input, the learner's
// buttons, and what the views show for a state (as message keys). One file per kind in ./kinds/,
// default-exporting its kind, so a page loads only the algorithms its exercises use.
import type { Action, ExerciseSpec } from './grader';
import type { Narration, EventBase, Trace } from '../trace';
import type { PredictSpec } from './predict';

/** A message key with parameters, translated by the island. */
export type Text = Narration;

export interface ViewItem {
  readonly text: string;
  readonly caption?: Text;
}
/** What the views show for one state (all text as message keys). */
export interface ViewModel {
  /** The input, one part per item: text as it is (a character, a token) or, for a command, a message in the reader's language. */
  readonly input?: { readonly parts: readonly (string | Text)[]; readonly current: number | null; readonly label: Text };
  /** One stack, or two side by side (undo/redo, back/forward) with the `current` box. */
  readonly stacks: readonly { readonly items: readonly ViewItem[]; readonly label: Text }[];
  readonly current?: { readonly label: Text; readonly value: string; readonly empty: Text };
  /** Extra lines: output so far, target… */
  readonly lines: readonly { readonly label: Text; readonly value: string }[];
}

export interface Problem<S, E extends EventBase> {
  readonly trace: Trace<S, E>;
  /** The statement of the problem. */
  readonly task: Text;
  view(state: S): ViewModel;
}

export interface ActionButton {
  /** The action type it submits (and the id of its label `exercise.<name>.<type>`). */
  readonly type: string;
  /** The action needs the typed value in this field (postfix: 'result' / 'value'). */
  readonly field?: string;
}

export interface ProblemKind<S, E extends EventBase> {
  /**
   * Key part of its strings (`exercise.<name>.*`) and, for the kinds in ./kinds/, the file's
   * name: the generic exercise island loads `kinds/<name>.ts` by it.
   */
  readonly name: string;
  /**
   * For a kind made for one setting (N-Queens' board size, the allocator's fit policy): that
   * setting, so a recorded attempt names the kind it was made on (see ./replay.ts).
   */
  readonly variant?: string;
  readonly spec: ExerciseSpec<S, E>;
  readonly predict: PredictSpec<S, E>;
  readonly actions: readonly ActionButton[];
  /**
   * How a step is named when the model's step is applied for the learner ("move down", not
   * "move"). Default: the label of its type, `exercise.<name>.<type>`.
   */
  label?(action: Action): Text;
  fromSeed(seed: number): Problem<S, E>;
  fromInput(input: string): Problem<S, E>;
}

export const k = (key: string, params: Narration['params'] = {}): Text => ({ key, params });
export const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000));

