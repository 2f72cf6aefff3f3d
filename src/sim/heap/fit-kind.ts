// "Pick the block this policy chooses" (chapter 6) as a ProblemKind: the learner picks the free
// block a placement policy takes for each malloc request, or says none fits (NULL); graded by
// fitExercise. The heap and requests come from the seed; the policy only changes the answers.
import { hex } from '../hex';
import type { FitPolicy } from './model';
import { fitExercise, fitTrace, generateFitProblem, type FitEvent, type FitState } from './problems';
import { k, type Problem, type ProblemKind } from '../exercises/kind';
import type { PredictSpec } from '../exercises/predict';

function fitProblem(seed: number, policy: FitPolicy): Problem<FitState, FitEvent> {
  const p = generateFitProblem(seed, policy);
  return {
    trace: fitTrace(p),
    task: k('exercise.allocfit.task', { count: p.requests.length, policy }),
    view: (s) => ({
      stacks: [],
      lines: [
        { label: k('exercise.allocfit.requests'), value: s.requests.map((r, i) => (i === s.next ? `▶ malloc(${r})` : `malloc(${r})`)).join(', ') },
        // ○ free, ● allocated (with its pointer's name)
        { label: k('exercise.allocfit.heap'), value: s.heap.blocks.map((b) => `${hex(b.address)}: ${b.size} ${b.free ? '○' : `● ${b.id ?? ''}`}`.trim()).join(' · ') },
      ],
    }),
  };
}

const predict: PredictSpec<FitState, FitEvent> = {
  name: 'allocfit',
  choices: () => ['pick', 'null'],
  choiceOf: (e) => (e.kind === 'pick' && e.address === null ? 'null' : 'pick'),
};

/** The kind for one policy; the view supplies the block buttons ({ type: 'pick', address }), the engine the NULL button. */
export function allocatorKind(policy: FitPolicy): ProblemKind<FitState, FitEvent> {
  return {
    name: 'allocfit',
    variant: policy,
    spec: fitExercise,
    predict,
    actions: [{ type: 'null' }],
    fromSeed: (seed) => fitProblem(seed, policy),
    fromInput: (input) => fitProblem(Number(input), policy),
  };
}
