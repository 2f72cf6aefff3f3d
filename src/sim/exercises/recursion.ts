// Chapter 3 and 5 exercises over the core's traces: the call-stack proficiency exercise
// (push / pop at each call and return), learner-typed call arguments with a located error,
// call counts of a run, and the "what happens next?" spec of N-Queens.
import { SimError, isSimError } from '../errors';
import { runCallStack, type CallEvent, type CallState } from '../callstack';
import { PROGRAMS, parseArgs, type Program, type Value } from '../programs/index';
import type { Action, ExerciseSpec } from './grader';
import { nQueensExercise } from './specs';
import { narrateNQueens, type NQueensEvent, type NQueensState } from '../backtracking/nqueens';
import type { PredictSpec } from './stack';
import { createRng } from '../rng';
import type { Narration } from '../trace';

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

/**
 * Parses the argument text a reader types for `program` ("4", "[1, 3, 5], 3", "2, 10"):
 * top-level commas separate arguments (a single list argument may omit its brackets), then
 * `parseArgs` validates. Throws SimError whose `index` is the character offset of the problem
 * ('bad-arity': wrong number of arguments; else parseArgs' codes).
 */
export function parseArgText(program: Program, text: string): Record<string, Value> {
  const specs = program.args;
  const pieces: { text: string; start: number }[] = [];
  if (specs.length === 1) pieces.push({ text, start: 0 });
  else {
    let depth = 0;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      const ch = text[i];
      if (ch === '[') depth++;
      else if (ch === ']') depth = Math.max(0, depth - 1);
      if (i === text.length || (ch === ',' && depth === 0)) {
        pieces.push({ text: text.slice(start, i), start });
        start = i + 1;
      }
    }
  }
  if (pieces.length !== specs.length) {
    const at = pieces.length > specs.length ? pieces[specs.length]!.start - 1 : text.length;
    throw new SimError('bad-arity', 'error.callstack.arity', { count: specs.length, names: specs.map((s) => s.name).join(', ') }, at);
  }
  const texts: Record<string, string> = {};
  specs.forEach((s, i) => (texts[s.name] = pieces[i]!.text));
  try {
    return parseArgs(program, texts);
  } catch (e) {
    if (!isSimError(e)) throw e;
    const i = specs.findIndex((s) => s.name === e.params['name']);
    const piece = pieces[Math.max(0, i)]!;
    let at = piece.start + (piece.text.length - piece.text.trimStart().length);
    const item = e.params['index'];
    if (typeof item === 'number') {
      const re = /[^\s,[\]]+/g;
      let m: RegExpExecArray | null;
      let k = 0;
      while ((m = re.exec(piece.text)) !== null) {
        if (k++ === item) {
          at = piece.start + m.index;
          break;
        }
      }
    }
    throw new SimError(e.code, e.key, e.params, at);
  }
}

/** How many calls a run of `program` makes (from its trace; includes a call that failed the limit). */
export function callCount(program: string, args: Readonly<Record<string, Value>>): number {
  const prog = PROGRAMS[program];
  if (!prog) throw new SimError('unknown-program', 'error.callstack.unknownProgram', { id: program });
  return runCallStack(prog, args).trace.final.nodeCount;
}

/**
 * N-Queens "what happens next?": the next event is placing the queen, a conflict, a
 * backtrack or a solution (a `try` or `done` is added as its own choice when it is the answer).
 */
export const nQueensPredict: PredictSpec<NQueensState, NQueensEvent> = {
  name: 'nqueens',
  choices: () => ['place', 'conflict', 'backtrack', 'solution'],
  explain: (state, event) =>
    event.kind === 'place' || event.kind === 'backtrack' ? nQueensExercise.reason!({ state, expected: event, submitted: null }) : narrateNQueens(event),
};
