// The call-stack proficiency exercise as a ProblemKind for ProficiencyExercise: seeded
// problems over runCallStack traces, graded by callStackExercise (src/sim/exercises/recursion.ts).
import { toArray } from '../../sim/pstack';
import { runCallStack, type CallEvent, type CallState } from '../../sim/callstack';
import { PROGRAMS } from '../../sim/programs/index';
import { formatValue } from '../../sim/programs/types';
import { callStackExercise, generateCallStackProblem, parseArgText } from '../../sim/exercises/recursion';
import { k, type Problem, type ProblemKind } from '../exercise/kind';
import type { PredictSpec } from '../../sim/exercises/stack';

function problem(program: string, args: Record<string, import('../../sim/programs/types').Value>): Problem<CallState, CallEvent> {
  const prog = PROGRAMS[program]!;
  const { trace } = runCallStack(prog, args);
  return {
    trace,
    task: k('exercise.callstack.task', { call: prog.callText(args) }),
    view: (s) => {
      const frames = toArray(s.frames);
      const top = frames[frames.length - 1];
      return {
        stacks: [
          {
            items: frames.map((f) => ({
              text: `${f.fn}(${f.args.map((a) => formatValue(a.value)).join(', ')})`,
              caption: f.returning ? k('exercise.callstack.returning', { value: formatValue(f.returnValue) }) : k('exercise.callstack.frameAt', { line: f.line }),
            })),
            label: k('exercise.callstack.stack'),
          },
        ],
        lines: top ? [{ label: k('exercise.callstack.line'), value: `${top.line}: ${prog.source[top.line - 1]?.trim() ?? ''}` }] : [],
      };
    },
  };
}

const predict: PredictSpec<CallState, CallEvent> = { name: 'callstack', choices: () => ['call', 'return'] };

export const callStackKind: ProblemKind<CallState, CallEvent> = {
  id: 'ch3.callstack',
  name: 'callstack',
  spec: callStackExercise,
  predict,
  actions: [
    { type: 'push', field: 'value' },
    { type: 'pop', field: 'value' },
  ],
  fromSeed: (seed) => {
    const p = generateCallStackProblem(seed);
    return problem(p.program, p.args);
  },
  /** 'factorial: 4', 'power: 2, 5'. */
  fromInput: (input) => {
    const m = /^\s*([a-z-]+)\s*:(.*)$/.exec(input);
    const prog = m ? PROGRAMS[m[1]!] : undefined;
    if (!m || !prog) throw new Error(`CallStackExercise: bad input '${input}'`);
    return problem(prog.id, parseArgText(prog, m[2]!));
  },
};
