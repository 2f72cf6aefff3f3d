import { toArray } from '../../../sim/pstack';
import { checkBrackets, DEFAULT_PAIRS, type BracketEvent, type BracketState } from '../../../sim/brackets';
import { bracketExercise } from '../../../sim/exercises/specs';
import { generateBrackets } from '../../../sim/generators';
import { bracketsPredict } from '../../../sim/exercises/stack';
import { k, type Problem, type ProblemKind } from '../kind';

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
            items: toArray(s.stack).map((op) => ({ text: op.ch, caption: k('exercise.view.pos', { index: op.index }) })),
            label: k('exercise.view.openers'),
          },
        ],
        lines: [],
      };
    },
  };
}

export const bracketsKind: ProblemKind<BracketState, BracketEvent> = {
  id: 'ch4.brackets',
  name: 'brackets',
  spec: bracketExercise,
  predict: bracketsPredict,
  actions: [{ type: 'push' }, { type: 'pop' }, { type: 'error' }, { type: 'balanced' }],
  fromSeed: (seed) => bracketsProblem(generateBrackets(seed, { length: 8 }).text),
  fromInput: bracketsProblem,
};
