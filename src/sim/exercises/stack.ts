import type { Action, ExerciseSpec } from './grader';
import type { BracketEvent, BracketState } from '../brackets';
import type { PostfixEvent, PostfixState } from '../postfix';
import type { InfixEvent, InfixState } from '../infix';
import type { ReverseEvent, ReverseState } from '../reverse';
import type { UndoEvent, UndoState, EditOp } from '../undo';
import type { HistoryEvent, HistoryState, NavOp } from '../history';
import type { StackOpsEvent, StackOpsState } from '../stackops';
import { bracketExercise, infixExercise, postfixExercise } from './specs';
import { push, type Stack } from '../pstack';
import { createRng } from '../rng';
import { SimError } from '../errors';
import { buildTrace, type EventBase, type Narration, type Params, type Trace } from '../trace';

// ---------------------------------------------------------------------------------------------
// (a) Stack permutations: 1..n arrive in order; push the next one, pop the top to the output,
// or declare the target impossible.
// ---------------------------------------------------------------------------------------------

/** `next`: the next number to arrive (n + 1 when all have arrived). `output`: numbers written so far. */
export interface PermState {
  readonly n: number;
  readonly target: readonly number[];
  readonly next: number;
  readonly stack: Stack<number>;
  readonly output: readonly number[];
  readonly outcome: null | 'produced' | 'impossible';
}

export type PermEvent =
  /** `wanted`: the target number the push works towards. */
  | { readonly kind: 'push'; readonly value: number; readonly wanted: number }
  | { readonly kind: 'pop'; readonly value: number; readonly position: number }
  /** `wanted` is buried under `top` on the stack: it can never come out next. */
  | { readonly kind: 'impossible'; readonly wanted: number; readonly top: number; readonly position: number }
  | { readonly kind: 'produced' };

export function applyPerm(s: PermState, e: PermEvent): PermState {
  switch (e.kind) {
    case 'push':
      return { ...s, next: s.next + 1, stack: push(s.stack, e.value) };
    case 'pop':
      return { ...s, stack: s.stack?.below ?? null, output: [...s.output, e.value] };
    case 'impossible':
      return { ...s, outcome: 'impossible' };
    case 'produced':
      return { ...s, outcome: 'produced' };
  }
}

export function narratePerm(e: PermEvent): Narration {
  switch (e.kind) {
    case 'push':
      return { key: 'ex.perm.push', params: { value: e.value, wanted: e.wanted } };
    case 'pop':
      return { key: 'ex.perm.pop', params: { value: e.value, position: e.position + 1 } };
    case 'impossible':
      return { key: 'ex.perm.impossible', params: { wanted: e.wanted, top: e.top } };
    case 'produced':
      return { key: 'ex.perm.produced', params: {} };
  }
}

function checkTarget(target: readonly number[]): void {
  const n = target.length;
  const seen = new Set<number>();
  target.forEach((v, i) => {
    if (!Number.isInteger(v) || v < 1 || v > n || seen.has(v)) {
      throw new SimError('not-a-permutation', 'error.perm.notPermutation', { index: i, value: String(v), n }, i);
    }
    seen.add(v);
  });
}

/**
 * Can a stack turn the input 1, 2, …, n (in that order) into `target`? The greedy model:
 * for each wanted number, push arrivals until it is on top, then pop it; if it is already
 * on the stack but buried under another number, the target is impossible.
 * Events: `push` (decision), `pop` (decision), `impossible` (decision), `produced` (automatic).
 * Throws SimError 'not-a-permutation' when `target` is not a permutation of 1..n.
 *
 * @example stackPermutation([3, 1, 2]).possible → false (1 is under 2 when 3 leaves)
 */
export function stackPermutation(target: readonly number[]): { possible: boolean; trace: Trace<PermState, PermEvent> } {
  checkTarget(target);
  const n = target.length;
  const initial: PermState = { n, target, next: 1, stack: null, output: [], outcome: null };
  const trace = buildTrace<PermState, PermEvent>({
    initial,
    apply: applyPerm,
    narrate: narratePerm,
    run(emit, current) {
      for (let position = 0; position < n; position++) {
        const wanted = target[position]!;
        while (current().next <= wanted) emit({ kind: 'push', value: current().next, wanted });
        const top = current().stack!.top;
        if (top !== wanted) {
          emit({ kind: 'impossible', wanted, top, position });
          return;
        }
        emit({ kind: 'pop', value: top, position });
      }
      emit({ kind: 'produced' });
    },
  });
  return { possible: trace.final.outcome === 'produced', trace };
}

/**
 * A random target order of 1..n (3 ≤ n ≤ 9): about half producible by a stack, half not
 * (for n ≥ 3). Same seed → same target.
 */
export function generateStackPermutation(seed: number, n = 5): { target: number[]; possible: boolean } {
  if (!Number.isInteger(n) || n < 2 || n > 9) throw new SimError('bad-option', 'error.generator.badOption', { name: 'n', min: 2, max: 9 });
  const rng = createRng(seed);
  const wantPossible = n < 3 || rng.next() < 0.5;
  if (wantPossible) {
    // A random push/pop sequence always produces a valid target.
    const out: number[] = [];
    const st: number[] = [];
    let next = 1;
    while (out.length < n) {
      if (next <= n && (st.length === 0 || rng.next() < 0.55)) st.push(next++);
      else out.push(st.pop()!);
    }
    return { target: out, possible: true };
  }
  for (let tries = 0; tries < 200; tries++) {
    const t = rng.shuffle(Array.from({ length: n }, (_, i) => i + 1));
    if (!stackPermutation(t).possible) return { target: t, possible: false };
  }
  // Practically unreachable: 3, 1, 2 followed by the rest in order is never producible.
  return { target: [3, 1, 2, ...Array.from({ length: n - 3 }, (_, i) => i + 4)], possible: false };
}

const wantedAt = (s: PermState): number | null => s.target[s.output.length] ?? null;

/**
 * Stack permutation: { type: 'push' } (next arrival onto the stack), { type: 'pop' } (top to
 * the output) or { type: 'impossible' } (the wanted number is buried).
 */
export const permExercise: ExerciseSpec<PermState, PermEvent> = {
  isDecision: (e) => e.kind !== 'produced',
  toAction: (e): Action => ({ type: e.kind === 'produced' ? 'push' : e.kind }),
  reason({ state, expected: e, submitted }): Narration {
    const wanted = wantedAt(state) ?? 0;
    const top = state.stack?.top ?? null;
    switch (e.kind) {
      case 'push':
        if (submitted?.type === 'pop' && top === null) return { key: 'ex.perm.why.pushStackEmpty', params: { wanted, next: state.next } };
        if (submitted?.type === 'pop') return { key: 'ex.perm.why.pushTooEarly', params: { wanted, top: top ?? 0, next: state.next } };
        if (submitted?.type === 'impossible') return { key: 'ex.perm.why.pushStillComing', params: { wanted, next: state.next } };
        return { key: 'ex.perm.why.pushUntilNext', params: { wanted, next: state.next } };
      case 'pop':
        if (submitted?.type === 'push' && state.next > state.n) return { key: 'ex.perm.why.popNoInputLeft', params: { wanted } };
        return { key: 'ex.perm.why.popWhenTopIsNext', params: { wanted } };
      case 'impossible':
        if (submitted?.type === 'push') return { key: 'ex.perm.why.pushCannotHelp', params: { wanted, top: e.top } };
        return { key: 'ex.perm.why.impossibleBuried', params: { wanted, top: e.top } };
      case 'produced':
        return { key: 'ex.perm.produced', params: {} };
    }
  },
};

/** Plain reference (for tests): can a stack produce `target` from 1..n? */
export function permutationPossibleReference(target: readonly number[]): boolean {
  const st: number[] = [];
  let next = 1;
  for (const want of target) {
    while (next <= want) st.push(next++);
    if (st.pop() !== want) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// (b) Reverse
// ---------------------------------------------------------------------------------------------

/** Reverse: { type: 'push' } while there is input left, then { type: 'pop' } until the stack is empty. */
export const reverseExercise: ExerciseSpec<ReverseState, ReverseEvent> = {
  isDecision: (e) => e.kind !== 'done',
  toAction: (e): Action => ({ type: e.kind === 'pop' ? 'pop' : 'push' }),
  reason({ state, expected: e }): Narration {
    if (e.kind === 'push') return { key: 'ex.reverse.why.pushWhileInput', params: { ch: e.text, left: state.input.length - e.index } };
    if (e.kind === 'pop') return { key: 'ex.reverse.why.popWhenInputEnds', params: { ch: e.text } };
    return { key: 'reverse.done', params: { result: e.result } };
  },
};

const REVERSE_WORDS = ['stack', 'level', 'heap', 'LIFO', 'push', 'pop!', '스택', '안녕하세요', '자료구조', 'café', 'e\u0301clair', '👋🏽hi', '힙과 스택'];

/** A short word to reverse (ASCII, Hangul, combining marks, an emoji with a skin tone). */
export function generateReverseText(seed: number): string {
  return createRng(seed).pick(REVERSE_WORDS);
}

// ---------------------------------------------------------------------------------------------
// (c) Undo / redo
// ---------------------------------------------------------------------------------------------

/**
 * Undo/redo: for each step of each operation the learner says what happens:
 * { type: 'pushUndo' } (a new edit goes onto the undo stack), { type: 'clearRedo' },
 * { type: 'undoToRedo' }, { type: 'redoToUndo' } or { type: 'nothing' }.
 */
export const undoExercise: ExerciseSpec<UndoState, UndoEvent> = {
  isDecision: () => true,
  toAction(e): Action {
    switch (e.kind) {
      case 'type':
      case 'delete':
        return { type: 'pushUndo' };
      case 'clear-redo':
        return { type: 'clearRedo' };
      case 'undo':
        return { type: 'undoToRedo' };
      case 'redo':
        return { type: 'redoToUndo' };
      default:
        return { type: 'nothing' };
    }
  },
  reason({ state, expected: e, submitted }): Narration {
    switch (e.kind) {
      case 'type':
      case 'delete':
        if (submitted?.type === 'clearRedo') return { key: 'ex.undo.why.redoAlreadyEmpty', params: { text: e.text } };
        return { key: e.kind === 'type' ? 'ex.undo.why.typePushed' : 'ex.undo.why.deletePushed', params: { text: e.text } };
      case 'clear-redo':
        return { key: 'ex.undo.why.newEditClearsRedo', params: { count: e.count } };
      case 'undo':
        return { key: 'ex.undo.why.undoMovesTop', params: { text: e.edit.text, undoCount: state.undo?.size ?? 0 } };
      case 'redo':
        return { key: 'ex.undo.why.redoMovesTop', params: { text: e.edit.text } };
      case 'nothing-to-undo':
        return { key: 'ex.undo.why.nothingToUndo', params: {} };
      case 'nothing-to-redo':
        return { key: 'ex.undo.why.nothingToRedo', params: {} };
      case 'nothing-to-delete':
        return { key: 'ex.undo.why.nothingToDelete', params: {} };
    }
  },
};

const UNDO_WORDS = ['ab', 'cd', 'x', 'hi', 'ok', 'yes', '가', '나다', 'go'];

/**
 * A short editing session (default 7 operations) that visits the interesting cases: an undo
 * after edits, a redo, a new edit that clears the redo stack, and often an undo or redo with
 * nothing to take.
 */
export function generateUndoOps(seed: number, count = 7): EditOp[] {
  const rng = createRng(seed);
  const words = rng.shuffle(UNDO_WORDS);
  let w = 0;
  const type = (): EditOp => ({ type: 'type', text: words[w++ % words.length]! });
  // Always: two edits, an undo (so there is something to redo), some random steps, and a
  // final edit (which clears the redo stack when it is not empty).
  const ops: EditOp[] = rng.next() < 0.3 ? [{ type: 'undo' }] : [];
  ops.push(type(), type(), { type: 'undo' });
  while (ops.length < count - 1) {
    const r = rng.next();
    if (r < 0.25) ops.push({ type: 'undo' });
    else if (r < 0.5) ops.push({ type: 'redo' });
    else if (r < 0.65) ops.push({ type: 'delete' });
    else ops.push(type());
  }
  ops.push(type());
  return ops;
}

/** The compact command form of an edit op (as `parseEditOps` reads it). */
export function formatEditOp(op: EditOp): string {
  switch (op.type) {
    case 'type':
      return `type ${op.text}`;
    case 'delete':
      return op.count === undefined ? 'delete' : `delete ${op.count}`;
    default:
      return op.type;
  }
}

// ---------------------------------------------------------------------------------------------
// (d) Browser history
// ---------------------------------------------------------------------------------------------

/**
 * Browser history: { type: 'visit' } (current page onto Back, show the new one),
 * { type: 'clearForward' }, { type: 'back' }, { type: 'forward' } or { type: 'nothing' }.
 */
export const historyExercise: ExerciseSpec<HistoryState, HistoryEvent> = {
  isDecision: () => true,
  toAction(e): Action {
    switch (e.kind) {
      case 'visit':
        return { type: 'visit' };
      case 'clear-forward':
        return { type: 'clearForward' };
      case 'back':
        return { type: 'back' };
      case 'forward':
        return { type: 'forward' };
      default:
        return { type: 'nothing' };
    }
  },
  reason({ expected: e, submitted }): Narration {
    switch (e.kind) {
      case 'visit':
        if (submitted?.type === 'clearForward') return { key: 'ex.history.why.forwardAlreadyEmpty', params: { url: e.url } };
        return e.from === ''
          ? { key: 'ex.history.why.firstVisit', params: { url: e.url } }
          : { key: 'ex.history.why.visitPushesCurrent', params: { url: e.url, from: e.from } };
      case 'clear-forward':
        return { key: 'ex.history.why.visitClearsForward', params: { count: e.count } };
      case 'back':
        return { key: 'ex.history.why.backMoves', params: { from: e.from, to: e.to } };
      case 'forward':
        return { key: 'ex.history.why.forwardMoves', params: { from: e.from, to: e.to } };
      case 'nothing-back':
        return { key: 'ex.history.why.nothingBack', params: {} };
      case 'nothing-forward':
        return { key: 'ex.history.why.nothingForward', params: {} };
    }
  },
};

const SITES = ['home.kr', 'news.com', 'wiki.org', 'mail.net', 'map.io', 'shop.kr', 'docs.dev', 'blog.me'];

/** A short browsing session (default 8 operations) with backs, a forward, and a visit that clears Forward. */
export function generateNavOps(seed: number, count = 8): NavOp[] {
  const rng = createRng(seed);
  const sites = rng.shuffle(SITES);
  let s = 0;
  const visit = (): NavOp => ({ type: 'visit', url: sites[s++ % sites.length]! });
  const ops: NavOp[] = rng.next() < 0.25 ? [{ type: 'back' }] : [];
  ops.push(visit(), visit(), visit(), { type: 'back' });
  while (ops.length < count - 1) {
    const r = rng.next();
    ops.push(r < 0.35 ? { type: 'back' } : r < 0.6 ? { type: 'forward' } : visit());
  }
  ops.push(visit());
  return ops;
}

export function formatNavOp(op: NavOp): string {
  return op.type === 'visit' ? `visit ${op.url}` : op.type;
}

// ---------------------------------------------------------------------------------------------
// Predict the next step
// ---------------------------------------------------------------------------------------------

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
  /** The model's event at `step`, narrated. */
  readonly answer: Narration;
}

const fromSpec =
  <S, E extends EventBase>(spec: ExerciseSpec<S, E>) =>
  (state: S, event: E): Narration =>
    spec.reason ? spec.reason({ state, expected: event, submitted: null }) : (event as unknown as { msg: Narration }).msg;

export const bracketsPredict: PredictSpec<BracketState, BracketEvent> = {
  name: 'brackets',
  choices: (_s, e) => (e.kind === 'balanced' || e.kind === 'unclosed' ? ['balanced', 'unclosed'] : ['push', 'pop-match', 'mismatch', 'unexpected-close']),
  explain: fromSpec(bracketExercise),
};
export const postfixPredict: PredictSpec<PostfixState, PostfixEvent> = {
  name: 'postfix',
  choices: () => ['push', 'apply', 'result'],
  explain: fromSpec(postfixExercise),
};
export const infixPredict: PredictSpec<InfixState, InfixEvent> = {
  name: 'infix',
  choices: () => ['output', 'push-op', 'pop-op', 'push-paren', 'discard-paren', 'done'],
  explain: fromSpec(infixExercise),
};
export const reversePredict: PredictSpec<ReverseState, ReverseEvent> = {
  name: 'reverse',
  choices: () => ['push', 'pop', 'done'],
  explain: fromSpec(reverseExercise),
};
export const undoPredict: PredictSpec<UndoState, UndoEvent> = {
  name: 'undo',
  choices: () => ['pushUndo', 'clearRedo', 'undoToRedo', 'redoToUndo', 'nothing'],
  choiceOf: (e) => undoExercise.toAction(e).type,
  explain: fromSpec(undoExercise),
};
export const historyPredict: PredictSpec<HistoryState, HistoryEvent> = {
  name: 'history',
  choices: () => ['visit', 'clearForward', 'back', 'forward', 'nothing'],
  choiceOf: (e) => historyExercise.toAction(e).type,
  explain: fromSpec(historyExercise),
};
export const permPredict: PredictSpec<PermState, PermEvent> = {
  name: 'perm',
  choices: (_s, e) => (e.kind === 'produced' ? ['produced', 'push', 'pop'] : ['push', 'pop', 'impossible']),
  explain: fromSpec(permExercise),
};

/** Plain stack operations (chapter 2): push / pop / peek, or an underflow / overflow. */
export const stackOpsPredict: PredictSpec<StackOpsState, StackOpsEvent> = {
  name: 'stack',
  choices: (_s, e) => (e.kind === 'overflow' ? ['push', 'pop', 'peek', 'underflow', 'overflow'] : ['push', 'pop', 'peek', 'underflow']),
  choiceOf: (e) => (e.kind === 'pop-empty' || e.kind === 'peek-empty' ? 'underflow' : e.kind),
};

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
  return {
    question: { key: `ex.predict.question.${name}`, params: { step: step + 1 } },
    choices: ids.map((id) => ({ id, labelKey: spec ? `ex.predict.${name}.${id}` : id, params: {} })),
    correctId,
    explanation: spec?.explain ? spec.explain(state, event) : event.msg,
    answer: event.msg,
  };
}

/** All decisions of an exercise, in order (what a learner who is always right submits). */
export function modelActions<S, E extends EventBase>(trace: Trace<S, E>, spec: ExerciseSpec<S, E>): Action[] {
  const out: Action[] = [];
  for (const e of trace.events()) if (spec.isDecision(e)) out.push(spec.toAction(e));
  return out;
}

