import { SimError } from './errors';
import { programById } from './programs/index';
import { callLabel, formatValue, validateArgs, type Instr, type LineNote, type Program, type Value } from './programs/types';
import { push, replaceTop, type Stack } from './pstack';
import { buildTrace, throwIfError, type Narration, type RunOptions, type Trace } from './trace';

export const DEFAULT_RECURSION_LIMIT = 1000;
export const MAX_RECURSION_LIMIT = 100_000;
export const DEFAULT_STACK_TOP = 0x7ffc_0000;
export const DEFAULT_WORD_SIZE = 8;
/** Slots every frame has besides parameters and locals: return address + saved frame pointer. */
export const FRAME_OVERHEAD_SLOTS = 2;

export interface Slot {
  readonly name: string;
  /** undefined until the local is first assigned. */
  readonly value: Value | undefined;
}

/** Where a frame returns to: the caller's frame and line, or the top level ('<module>'). */
export interface ReturnAddress {
  readonly frameId: number | null;
  readonly line: number | null;
  /** Symbolic address: 'factorial:4' or '<module>'. */
  readonly label: string;
}

/**
 * A stack frame. It occupies [address, address + size): frames grow toward LOWER addresses
 * from `stackTop`, size = (params + locals + 2) × wordSize. `returnValue` is set by the
 * `return` event; the frame is shown "returning" for that one step and removed by the next.
 */
export interface Frame {
  readonly id: number;
  readonly fn: string;
  readonly args: readonly Slot[];
  readonly locals: readonly Slot[];
  readonly line: number;
  readonly returnTo: ReturnAddress;
  readonly address: number;
  readonly size: number;
  readonly depth: number;
  readonly returnValue: Value | undefined;
  readonly returning: boolean;
}

/** A node of the recursion tree: one per call (its id equals the frame id). */
export interface CallNode {
  readonly id: number;
  readonly parent: number | null;
  readonly label: string;
  readonly depth: number;
  /** Event index of the call / of the return (null if it never returned). */
  readonly calledAt: number;
  returnedAt: number | null;
  returnValue: Value | undefined;
  /** Set on the call that hit the recursion limit. */
  failed: boolean;
}

export interface Move {
  readonly disk: number;
  readonly from: string;
  readonly to: string;
}

/**
 * Append-only tables shared by all states of one trace (they are complete once the trace is
 * built); a state says how much of each it has seen (`nodeCount`, `moveCount`, `memoCount`).
 * Read them through `recursionTree(state)`, `movesAt(state)`, `memoAt(state)`.
 */
export interface CallLog {
  readonly nodes: CallNode[];
  readonly moves: Move[];
  readonly memo: { readonly key: number; readonly value: Value }[];
}

export interface CallState {
  readonly program: Program;
  /** Persistent stack: `toArray(state.frames)` = outermost → innermost (the top frame last). */
  readonly frames: Stack<Frame>;
  readonly step: number;
  readonly nodeCount: number;
  readonly moveCount: number;
  readonly memoCount: number;
  readonly maxDepth: number;
  readonly log: CallLog;
  /** The entry call's return value (undefined until `done`). */
  readonly result: Value | undefined;
  readonly error: 'RecursionError' | null;
  readonly done: boolean;
}

export type CallEvent =
  | {
      readonly kind: 'call';
      readonly id: number;
      readonly parent: number | null;
      readonly fn: string;
      readonly args: readonly Slot[];
      readonly locals: readonly string[];
      readonly label: string;
      readonly defLine: number;
      readonly returnTo: ReturnAddress;
      readonly address: number;
      readonly size: number;
      readonly depth: number;
    }
  /** The top frame is at `line`; `note` says what the line does (its test, call, return value). */
  | { readonly kind: 'line'; readonly id: number; readonly line: number; readonly note?: LineNote }
  | { readonly kind: 'assign'; readonly id: number; readonly name: string; readonly value: Value; readonly line: number }
  /** The top frame returns `value`; it flows to `returnTo` (the caller's line). */
  | {
      readonly kind: 'return';
      readonly id: number;
      readonly fn: string;
      readonly label: string;
      readonly value: Value;
      readonly line: number;
      readonly returnTo: ReturnAddress;
    }
  | { readonly kind: 'move'; readonly id: number; readonly disk: number; readonly from: string; readonly to: string; readonly line: number }
  | { readonly kind: 'memo-store'; readonly id: number; readonly key: number; readonly value: Value; readonly line: number }
  | { readonly kind: 'memo-hit'; readonly id: number; readonly key: number; readonly value: Value; readonly line: number }
  /** Calling `label` would make the stack deeper than `limit`: the run ends here. */
  | { readonly kind: 'recursion-error'; readonly id: number; readonly label: string; readonly depth: number; readonly limit: number }
  | { readonly kind: 'done'; readonly result: Value };

export interface CallStackOptions extends Omit<RunOptions, 'maxInputLength'> {
  /** Maximum depth of function frames (default 1000, like CPython's sys.getrecursionlimit()). */
  recursionLimit?: number;
  /** Highest stack address (default 0x7ffc0000). */
  stackTop?: number;
  /** Bytes per slot (default 8). */
  wordSize?: number;
}

export interface CallStackResult {
  /** The entry call's value (null while unknown: error or step limit). */
  readonly result: Value | null;
  readonly error: 'RecursionError' | null;
  readonly trace: Trace<CallState, CallEvent>;
}

function dropReturning(frames: Stack<Frame>): Stack<Frame> {
  return frames !== null && frames.top.returning ? frames.below : frames;
}

function setSlot(slots: readonly Slot[], name: string, value: Value): Slot[] {
  return slots.map((s) => (s.name === name ? { name, value } : s));
}

export function applyCall(s: CallState, e: CallEvent): CallState {
  const step = s.step + 1;
  const frames = dropReturning(s.frames);
  const withTop = (f: (fr: Frame) => Frame): Stack<Frame> => (frames === null ? null : replaceTop(frames, f(frames.top)));
  switch (e.kind) {
    case 'call': {
      const frame: Frame = {
        id: e.id,
        fn: e.fn,
        args: e.args,
        locals: e.locals.map((name) => ({ name, value: undefined })),
        line: e.defLine,
        returnTo: e.returnTo,
        address: e.address,
        size: e.size,
        depth: e.depth,
        returnValue: undefined,
        returning: false,
      };
      return { ...s, step, frames: push(frames, frame), nodeCount: s.nodeCount + 1, maxDepth: Math.max(s.maxDepth, e.depth) };
    }
    case 'line':
      return { ...s, step, frames: withTop((f) => ({ ...f, line: e.line })) };
    case 'assign':
      return { ...s, step, frames: withTop((f) => ({ ...f, line: e.line, locals: setSlot(f.locals, e.name, e.value) })) };
    case 'return':
      return { ...s, step, frames: withTop((f) => ({ ...f, line: e.line, returnValue: e.value, returning: true })) };
    case 'move':
      return { ...s, step, frames, moveCount: s.moveCount + 1 };
    case 'memo-store':
      return { ...s, step, frames, memoCount: s.memoCount + 1 };
    case 'memo-hit':
      return { ...s, step, frames };
    case 'recursion-error':
      return { ...s, step, frames, nodeCount: s.nodeCount + 1, error: 'RecursionError', done: true };
    case 'done':
      return { ...s, step, frames, result: e.result, done: true };
  }
}

export function narrateCall(e: CallEvent): Narration {
  switch (e.kind) {
    case 'call':
      return e.returnTo.line === null
        ? { key: 'callstack.callTop', params: { call: e.label, depth: e.depth, address: formatAddress(e.address), size: e.size } }
        : {
            key: 'callstack.call',
            params: { call: e.label, depth: e.depth, line: e.returnTo.line, address: formatAddress(e.address), size: e.size },
          };
    case 'line':
      return e.note ? narrateLine(e.line, e.note) : { key: 'callstack.line', params: { line: e.line } };
    case 'assign':
      return { key: 'callstack.assign', params: { name: e.name, value: formatValue(e.value), line: e.line } };
    case 'return':
      return e.returnTo.line === null
        ? { key: 'callstack.returnTop', params: { call: e.label, value: formatValue(e.value) } }
        : { key: 'callstack.return', params: { call: e.label, value: formatValue(e.value), line: e.returnTo.line, to: e.returnTo.label } };
    case 'move':
      return { key: 'callstack.move', params: { disk: e.disk, from: e.from, to: e.to } };
    case 'memo-store':
      return { key: 'callstack.memoStore', params: { key: e.key, value: formatValue(e.value) } };
    case 'memo-hit':
      return { key: 'callstack.memoHit', params: { key: e.key, value: formatValue(e.value) } };
    case 'recursion-error':
      return { key: 'callstack.recursionError', params: { call: e.label, depth: e.depth, limit: e.limit } };
    case 'done':
      return { key: 'callstack.done', params: { value: formatValue(e.result) } };
  }
}

/** What a line does: "Line 2: the condition n <= 1 is False (5 <= 1), so … line 4". */
function narrateLine(line: number, note: LineNote): Narration {
  switch (note.kind) {
    case 'test':
      return { key: note.value ? 'callstack.testTrue' : 'callstack.testFalse', params: { line, test: note.test, values: note.values, next: note.next } };
    case 'calls':
      return { key: 'callstack.lineCalls', params: { line, expr: note.expr, call: note.call } };
    case 'returns': {
      const value = formatValue(note.value);
      if (note.expr === value) return { key: 'callstack.lineReturnsValue', params: { line, value } };
      if (note.work === value || note.work === note.expr) return { key: 'callstack.lineReturns', params: { line, expr: note.expr, value } };
      return { key: 'callstack.lineReturnsWork', params: { line, expr: note.expr, work: note.work, value } };
    }
    case 'runs':
      return { key: 'callstack.lineRuns', params: { line, code: note.code } };
  }
}

/** An address as the views print it: 0x7ffbffd8. */
export function formatAddress(address: number): string {
  return `0x${address.toString(16).padStart(8, '0')}`;
}

/** The recursion tree as of `state`: every call so far with its status and return value. */
export function recursionTree(
  state: CallState,
): { id: number; parent: number | null; label: string; depth: number; status: 'active' | 'returned' | 'error'; returnValue: Value | undefined }[] {
  return state.log.nodes.slice(0, state.nodeCount).map((n) => {
    const returned = n.returnedAt !== null && n.returnedAt < state.step;
    return {
      id: n.id,
      parent: n.parent,
      label: n.label,
      depth: n.depth,
      status: n.failed ? 'error' : returned ? 'returned' : 'active',
      returnValue: returned ? n.returnValue : undefined,
    };
  });
}

/** Hanoi moves made so far. */
export function movesAt(state: CallState): Move[] {
  return state.log.moves.slice(0, state.moveCount);
}

/** The memo dict as of `state` (memoized fibonacci), in insertion order. */
export function memoAt(state: CallState): { key: number; value: Value }[] {
  return state.log.memo.slice(0, state.memoCount);
}

function checkOption(name: string, v: number | undefined, min: number, max: number): void {
  if (v !== undefined && !(Number.isInteger(v) && v >= min && v <= max)) {
    throw new SimError('bad-option', 'error.callstack.badOption', { name, min, max }, undefined);
  }
}

/**
 * Runs one of the `PROGRAMS` (a small hand-written model of a recursive Python function —
 * not a Python interpreter) and records the call stack.
 *
 * `args` are the learner-facing arguments by name (see `PROGRAMS[id].args`), e.g.
 * runCallStack('factorial', { n: 5 }), runCallStack('binary-search', { xs: [1, 3, 5], target: 3 }).
 *
 * Events: `call` (a frame is pushed below the caller's; `returnTo` = caller's line),
 * `line` (the current line of the top frame), `assign` (a local gets a value), `return`
 * (the top frame's value; the frame shows it for one step, then is removed and the value
 * flows to the caller), `move` (Hanoi), `memo-store` / `memo-hit` (memoized fib),
 * `recursion-error`, `done`.
 *
 * Depth counts function frames (the first call has depth 1). Calling deeper than
 * `recursionLimit` (default 1000) ends the run in a final state with `error`
 * 'RecursionError' (not a throw): the partial trace and the frames at that moment are kept.
 * Bad arguments throw SimError ('unknown-program', 'bad-arg', 'bad-list', 'not-sorted',
 * 'bad-option').
 */
export function runCallStack(
  program: string | Program,
  args: Readonly<Record<string, Value>>,
  opts: CallStackOptions = {},
): CallStackResult {
  const prog = typeof program === 'string' ? programById(program) : program;
  if (!prog) throw new SimError('unknown-program', 'error.callstack.unknownProgram', { id: String(program) });
  const argError = validateArgs(prog, args);
  if (argError) throw argError;
  checkOption('recursionLimit', opts.recursionLimit, 1, MAX_RECURSION_LIMIT);
  checkOption('wordSize', opts.wordSize, 1, 64);
  checkOption('stackTop', opts.stackTop, 1024, 2 ** 52);
  const limit = opts.recursionLimit ?? DEFAULT_RECURSION_LIMIT;
  const wordSize = opts.wordSize ?? DEFAULT_WORD_SIZE;
  const stackTop = opts.stackTop ?? DEFAULT_STACK_TOP;

  const log: CallLog = { nodes: [], moves: [], memo: [] };
  const memo = new Map<number, Value>();
  const initial: CallState = {
    program: prog,
    frames: null,
    step: 0,
    nodeCount: 0,
    moveCount: 0,
    memoCount: 0,
    maxDepth: 0,
    log,
    result: undefined,
    error: null,
    done: false,
  };

  interface Active {
    readonly id: number;
    readonly fn: string;
    readonly label: string;
    readonly gen: Generator<Instr, Value, Value>;
    readonly address: number;
    readonly depth: number;
    readonly returnTo: ReturnAddress;
  }

  const trace = buildTrace<CallState, CallEvent>({
    initial,
    apply: applyCall,
    narrate: narrateCall,
    ...(opts.maxSteps === undefined ? {} : { maxSteps: opts.maxSteps }),
    run(emit) {
      const active: Active[] = [];
      let events = 0;
      const out = (e: CallEvent): void => {
        emit(e);
        events++;
      };
      const enter = (fnName: string, fargs: readonly Value[], caller: Active | undefined, callerLine: number | null): void => {
        const fn = prog.fns[fnName];
        if (!fn) throw new SimError('unknown-program', 'error.callstack.unknownProgram', { id: fnName });
        const label = callLabel(fn.name, fargs);
        const id = log.nodes.length;
        const parent = caller ? caller.id : null;
        const depth = active.length + 1;
        if (depth > limit) {
          log.nodes.push({ id, parent, label, depth, calledAt: events, returnedAt: null, returnValue: undefined, failed: true });
          out({ kind: 'recursion-error', id, label, depth, limit });
          return;
        }
        const size = (fn.params.length + fn.locals.length + FRAME_OVERHEAD_SLOTS) * wordSize;
        const address = (caller ? caller.address : stackTop) - size;
        const returnTo: ReturnAddress = caller
          ? { frameId: caller.id, line: callerLine, label: `${caller.fn}:${callerLine ?? ''}` }
          : { frameId: null, line: null, label: '<module>' };
        log.nodes.push({ id, parent, label, depth, calledAt: events, returnedAt: null, returnValue: undefined, failed: false });
        out({
          kind: 'call',
          id,
          parent,
          fn: fn.name,
          args: fn.params.map((name, i) => ({ name, value: fargs[i] ?? null })),
          locals: fn.locals,
          label,
          defLine: fn.defLine,
          returnTo,
          address,
          size,
          depth,
        });
        active.push({ id, fn: fn.name, label, gen: fn.body(fargs, { memo }), address, depth, returnTo });
      };

      enter(prog.entry, prog.entryArgs(args), undefined, null);
      let send: Value = null;
      let lastLine = 0;
      for (;;) {
        const top = active[active.length - 1];
        if (top === undefined) break;
        const r = top.gen.next(send);
        send = null;
        if (r.done) {
          const node = log.nodes[top.id]!;
          node.returnedAt = events;
          node.returnValue = r.value;
          out({ kind: 'return', id: top.id, fn: top.fn, label: top.label, value: r.value, line: lastLine, returnTo: top.returnTo });
          active.pop();
          send = r.value;
          if (active.length === 0) {
            out({ kind: 'done', result: r.value });
            return;
          }
          continue;
        }
        const ins = r.value;
        lastLine = ins.line;
        switch (ins.op) {
          case 'line':
            out(ins.note ? { kind: 'line', id: top.id, line: ins.line, note: ins.note } : { kind: 'line', id: top.id, line: ins.line });
            break;
          case 'assign':
            out({ kind: 'assign', id: top.id, name: ins.name, value: ins.value, line: ins.line });
            break;
          case 'call': {
            const before = log.nodes.length;
            enter(ins.fn, ins.args, top, ins.line);
            if (log.nodes[before]?.failed) return;
            break;
          }
          case 'move':
            log.moves.push({ disk: ins.disk, from: ins.from, to: ins.to });
            out({ kind: 'move', id: top.id, disk: ins.disk, from: ins.from, to: ins.to, line: ins.line });
            break;
          case 'memo-store':
            memo.set(ins.key, ins.value);
            log.memo.push({ key: ins.key, value: ins.value });
            out({ kind: 'memo-store', id: top.id, key: ins.key, value: ins.value, line: ins.line });
            break;
          case 'memo-hit':
            out({ kind: 'memo-hit', id: top.id, key: ins.key, value: ins.value, line: ins.line });
            break;
        }
      }
    },
  });
  throwIfError(trace);
  const f = trace.final;
  return {
    result: f.done && f.error === null && f.result !== undefined ? f.result : null,
    error: f.error,
    trace,
  };
}
