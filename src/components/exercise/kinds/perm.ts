import { toArray } from '../../../sim/pstack';
import { generateStackPermutation, permExercise, permPredict, stackPermutation, type PermEvent, type PermState } from '../../../sim/exercises/stack';
import { k, type Problem, type ProblemKind } from '../kind';

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
  id: 'ch2.stack-permutation',
  name: 'perm',
  spec: permExercise,
  predict: permPredict,
  actions: [{ type: 'push' }, { type: 'pop' }, { type: 'impossible' }],
  fromSeed: (seed) => permProblem(generateStackPermutation(seed, 5).target),
  fromInput: (input) => permProblem(input.trim().split(/[\s,]+/).map(Number)),
};
