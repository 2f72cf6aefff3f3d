// Reversing a string with a stack (chapter 4) as an exercise kind: push every character, then pop
// them all.
import { toArray } from '../../pstack';
import { graphemes } from '../../graphemes';
import { reverseWithStack, type ReverseEvent, type ReverseState } from '../../reverse';
import { k, type Problem, type ProblemKind } from '../kind';
import { type Action, type ExerciseSpec } from '../grader';
import { type Narration } from '../../trace';
import { type PredictSpec, explainBySpec } from '../predict';
import { createRng } from '../../rng';

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

export const reversePredict: PredictSpec<ReverseState, ReverseEvent> = {
  name: 'reverse',
  choices: () => ['push', 'pop', 'done'],
  explain: explainBySpec(reverseExercise),
};

// Reverse ----------------------------------------------------------------------------------------

function reverseProblem(text: string): Problem<ReverseState, ReverseEvent> {
  const { trace } = reverseWithStack(text);
  const parts = graphemes(text).map((g) => g.text);
  return {
    trace,
    task: k('exercise.reverse.task', { text }),
    view: (s) => {
      const size = s.stack?.size ?? 0;
      return {
        input: { parts, current: s.phase === 'push' && size < parts.length ? size : null, label: k('exercise.view.input') },
        stacks: [{ items: toArray(s.stack).map((g) => ({ text: g.text })), label: k('exercise.view.stack') }],
        lines: [{ label: k('exercise.view.output'), value: s.output }],
      };
    },
  };
}

export const reverseKind: ProblemKind<ReverseState, ReverseEvent> = {
  name: 'reverse',
  spec: reverseExercise,
  predict: reversePredict,
  actions: [{ type: 'push' }, { type: 'pop' }],
  fromSeed: (seed) => reverseProblem(generateReverseText(seed)),
  fromInput: reverseProblem,
};

export default reverseKind;
