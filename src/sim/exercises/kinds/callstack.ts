// The call-stack proficiency exercise as a ProblemKind for ProficiencyExercise: seeded
// problems over runCallStack traces, graded by callStackExercise (src/sim/exercises/recursion.ts).
import { toArray } from '../../pstack';
import { runCallStack, type CallEvent, type CallState } from '../../callstack';
import { PROGRAMS, programById, type Value } from '../../programs/index';
import { formatValue } from '../../programs/types';
import { parseArgText } from '../recursion';
import { k, type Problem, type ProblemKind } from '../kind';
import { type Action, type ExerciseSpec } from '../grader';
import { type Narration } from '../../trace';
import { type PredictSpec } from '../predict';
import { createRng } from '../../rng';

/** A Value as a plain number for an exercise answer (bigint → number; others → NaN). */
function asNumber(v: Value | undefined): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  return Number.NaN;
}

/** The argument a pushed frame is identified by: `n` if the function has one, else its first. */
function frameArg(e: Extract<CallEvent, { kind: 'call' }>): number {
  const slot = e.args.find((s) => s.name === 'n') ?? e.args[0];
  return asNumber(slot?.value);
}

/**
 * Call stack: at every call (after the first) the learner pushes the new frame,
 * { type: 'push', value: <the new frame's n> }; at every return the learner pops the top
 * frame, { type: 'pop', value: <its return value> }. Other events play automatically.
 * Meant for programs whose values are numbers (factorial, fibonacci, power).
 */
export const callStackExercise: ExerciseSpec<CallState, CallEvent> = {
  isDecision: (e) => (e.kind === 'call' && e.parent !== null) || e.kind === 'return',
  toAction: (e): Action =>
    e.kind === 'call' ? { type: 'push', value: frameArg(e) } : e.kind === 'return' ? { type: 'pop', value: asNumber(e.value) } : { type: e.kind },
  reason({ state, expected: e }): Narration {
    if (e.kind === 'call') {
      const caller = state.frames?.top;
      return { key: 'callstack.why.push', params: { caller: caller ? labelOf(caller.fn, caller.args) : '', line: e.returnTo.line ?? 0, call: e.label, n: frameArg(e) } };
    }
    if (e.kind === 'return') {
      return e.returnTo.line === null
        ? { key: 'callstack.why.popTop', params: { call: e.label, value: String(e.value) } }
        : { key: 'callstack.why.pop', params: { call: e.label, value: String(e.value), line: e.returnTo.line, to: e.returnTo.label } };
    }
    return { key: 'callstack.why.push', params: {} };
  },
};

function labelOf(fn: string, args: readonly { value: Value | undefined }[]): string {
  return `${fn}(${args.map((a) => (a.value === undefined ? '' : typeof a.value === 'string' ? `'${a.value}'` : String(a.value))).join(', ')})`;
}

/** The programs and argument ranges the call-stack exercise draws from. */
export const CALLSTACK_EXERCISE_PROGRAMS = ['factorial', 'fibonacci', 'power'] as const;

/** A seeded call-stack problem: a program id and its learner-facing arguments (small). */
export function generateCallStackProblem(seed: number): { program: string; args: Record<string, Value> } {
  const rng = createRng(seed);
  const which = CALLSTACK_EXERCISE_PROGRAMS[rng.int(0, CALLSTACK_EXERCISE_PROGRAMS.length - 1)]!;
  if (which === 'factorial') return { program: which, args: { n: rng.int(3, 5) } };
  if (which === 'fibonacci') return { program: which, args: { n: rng.int(2, 4) } };
  return { program: which, args: { x: rng.int(2, 3), n: rng.int(3, 9) } };
}

function problem(program: string, args: Record<string, import('../../programs/types').Value>): Problem<CallState, CallEvent> {
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
    const prog = m ? programById(m[1]!) : undefined;
    if (!m || !prog) throw new Error(`CallStackExercise: bad input '${input}'`);
    return problem(prog.id, parseArgText(prog, m[2]!));
  },
};

export default callStackKind;
