// Bracket checking (chapter 4) as an exercise kind: at each bracket the learner pushes, pops a
// match, or reports the error; at the end says balanced. Spec, predict questions and problems.
import { toArray } from '../../pstack';
import { checkBrackets, DEFAULT_PAIRS, type BracketEvent, type BracketState } from '../../brackets';
import { generateBrackets } from '../../generators';
import { k, type Problem, type ProblemKind } from '../kind';
import { type Action, type ExerciseSpec } from '../grader';
import { type Narration } from '../../trace';
import { type PredictSpec, explainBySpec } from '../predict';

/**
 * Brackets: at each bracket the learner chooses { type: 'push' } (opener), { type: 'pop' }
 * (closer matching the top), { type: 'error' } (report the mismatch / stray closer /
 * openers left at the end) or { type: 'balanced' } (at the end, stack empty).
 */
export const bracketExercise: ExerciseSpec<BracketState, BracketEvent> = {
  isDecision: () => true,
  toAction(e): Action {
    switch (e.kind) {
      case 'push':
        return { type: 'push' };
      case 'pop-match':
        return { type: 'pop' };
      case 'balanced':
        return { type: 'balanced' };
      default:
        return { type: 'error' };
    }
  },
  reason({ expected: e }): Narration {
    switch (e.kind) {
      case 'push':
        return { key: 'brackets.why.mustPushOpener', params: { ch: e.ch, index: e.index + 1 } };
      case 'pop-match':
        return { key: 'brackets.why.closerMatchesTop', params: { ch: e.ch, open: e.open, openIndex: e.openIndex + 1 } };
      case 'mismatch':
        return { key: 'brackets.why.closerMismatch', params: { ch: e.ch, open: e.open, expected: e.expected } };
      case 'unexpected-close':
        return { key: 'brackets.why.stackEmptyOnClose', params: { ch: e.ch, index: e.index + 1 } };
      case 'unclosed':
        return { key: 'brackets.why.openersLeft', params: { ch: e.ch, index: e.index + 1, count: e.count } };
      case 'balanced':
        return { key: 'brackets.why.allMatched', params: {} };
    }
  },
};

export const bracketsPredict: PredictSpec<BracketState, BracketEvent> = {
  name: 'brackets',
  choices: (_s, e) => (e.kind === 'balanced' || e.kind === 'unclosed' ? ['balanced', 'unclosed'] : ['push', 'pop-match', 'mismatch', 'unexpected-close']),
  explain: explainBySpec(bracketExercise),
};

// Brackets ------------------------------------------------------------------------------------

function bracketsProblem(text: string): Problem<BracketState, BracketEvent> {
  const { trace } = checkBrackets(text);
  const parts = Array.from(text);
  // Code-unit index of each code point, to map the checker's indices onto the parts.
  const offsets: number[] = [];
  let o = 0;
  for (const p of parts) {
    offsets.push(o);
    o += p.length;
  }
  const partAt = (index: number) => offsets.indexOf(index);
  return {
    trace,
    task: k('exercise.brackets.task', { text }),
    view: (s) => {
      let next: number | null = null;
      for (let i = s.at + 1; i < text.length; i++) {
        if (DEFAULT_PAIRS.includes(text[i]!)) {
          next = i;
          break;
        }
      }
      return {
        input: { parts, current: s.outcome === null && next !== null ? partAt(next) : null, label: k('exercise.view.input') },
        stacks: [
          {
            items: toArray(s.stack).map((op) => ({ text: op.ch, caption: k('exercise.view.pos', { index: op.index + 1 }) })),
            label: k('exercise.view.openers'),
          },
        ],
        lines: [],
      };
    },
  };
}

export const bracketsKind: ProblemKind<BracketState, BracketEvent> = {
  name: 'brackets',
  spec: bracketExercise,
  predict: bracketsPredict,
  actions: [{ type: 'push' }, { type: 'pop' }, { type: 'error' }, { type: 'balanced' }],
  fromSeed: (seed) => bracketsProblem(generateBrackets(seed, { length: 8 }).text),
  fromInput: bracketsProblem,
};

export default bracketsKind;
