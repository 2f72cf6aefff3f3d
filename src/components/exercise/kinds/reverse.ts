import { toArray } from '../../../sim/pstack';
import { graphemes } from '../../../sim/graphemes';
import { reverseWithStack, type ReverseEvent, type ReverseState } from '../../../sim/reverse';
import { generateReverseText, reverseExercise, reversePredict } from '../../../sim/exercises/stack';
import { k, type Problem, type ProblemKind } from '../kind';

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
  id: 'ch4.reverse',
  name: 'reverse',
  spec: reverseExercise,
  predict: reversePredict,
  actions: [{ type: 'push' }, { type: 'pop' }],
  fromSeed: (seed) => reverseProblem(generateReverseText(seed)),
  fromInput: reverseProblem,
};
