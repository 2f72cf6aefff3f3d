// Stack permutations (chapter 2) as an exercise kind: 1..n arrive in order; the learner pushes,
// pops to the output, or declares the target order impossible. The algorithm lives here too.
import { toArray, type Stack, push } from '../../pstack';
import { k, type Problem, type ProblemKind } from '../kind';
import { type Action, type ExerciseSpec } from '../grader';
import { type Narration, type Trace, buildTrace } from '../../trace';
import { type PredictSpec, explainBySpec } from '../predict';
import { SimError } from '../../errors';
import { createRng } from '../../rng';

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
      throw new SimError('not-a-permutation', 'error.perm.notPermutation', { index: i + 1, value: String(v), n }, i);
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

export const permPredict: PredictSpec<PermState, PermEvent> = {
  name: 'perm',
  choices: (_s, e) => (e.kind === 'produced' ? ['produced', 'push', 'pop'] : ['push', 'pop', 'impossible']),
  explain: explainBySpec(permExercise),
};

// Stack permutation -------------------------------------------------------------------------

function permProblem(target: readonly number[]): Problem<PermState, PermEvent> {
  const { trace } = stackPermutation(target);
  const n = target.length;
  return {
    trace,
    task: k('exercise.perm.task', { n, target: target.join(' ') }),
    view: (s) => ({
      input: {
        parts: Array.from({ length: n }, (_, i) => String(i + 1)),
        current: s.next <= n ? s.next - 1 : null,
        label: k('exercise.view.arrivals'),
      },
      stacks: [{ items: toArray(s.stack).map((v) => ({ text: String(v) })), label: k('exercise.view.stack') }],
      lines: [
        { label: k('exercise.view.target'), value: target.join(' ') },
        { label: k('exercise.view.output'), value: s.output.join(' ') },
      ],
    }),
  };
}

export const permKind: ProblemKind<PermState, PermEvent> = {
  name: 'perm',
  spec: permExercise,
  predict: permPredict,
  actions: [{ type: 'push' }, { type: 'pop' }, { type: 'impossible' }],
  fromSeed: (seed) => permProblem(generateStackPermutation(seed, 5).target),
  fromInput: (input) => permProblem(input.trim().split(/[\s,]+/).map(Number)),
};

export default permKind;
