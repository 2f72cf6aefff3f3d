/**
 * The wire format of the Python lab: what `tracer.py` records per step and streams in batches
 * (JSON arrays of steps). Short keys because a long run has a million of them; a key is left out
 * when it has nothing to say.
 */

/** A slot's value: the `repr` of a small immutable (int, float, bool, None, complex, str ≤ 64
 * characters) as a string, or the `id` (the real wasm32 address) of an object as a number. */
export type LabValue = string | number;

/** How the views draw an object; `t` keeps the real type name. */
export type LabKind = 'list' | 'tuple' | 'dict' | 'set' | 'instance' | 'function' | 'class' | 'module' | 'str' | 'bytes' | 'other';

/** One object whose record changed (or that is seen for the first time). */
export interface LabObjectDelta {
  /** `id(obj)`: its address in wasm32 linear memory. */
  readonly i: number;
  /** `type(obj).__name__` */
  readonly t: string;
  readonly k: LabKind;
  /** `sys.getsizeof(obj)` on wasm32 CPython. */
  readonly s: number;
  /** Reference count without the tracer's own references (immortal objects: 1879048192 and up). */
  readonly r: number;
  /** 1 when the cyclic GC tracks it. Pyodide gives no per-object generation, so none is sent. */
  readonly g: 0 | 1;
  /** Length of a container or string (items beyond the cap are not sent). */
  readonly n?: number;
  /** Items of a list, tuple or set (the first `maxItems`). */
  readonly it?: readonly LabValue[];
  /** Entries of a dict: [key, value]. */
  readonly d?: readonly (readonly [LabValue, LabValue])[];
  /** Attributes of an instance: [name, value]. */
  readonly f?: readonly (readonly [string, LabValue])[];
  /** A function's or class's qualified name, a module's name, a long string's repr (cut). */
  readonly x?: string;
}

/**
 * One step. `e`: 'c' a call (a frame is pushed, `f` its function), 'l' a line is about to run,
 * 'r' the top frame returns `rv` (it is popped before the next step), 'x' an exception is raised
 * in the top frame, 'o' output written after the last step.
 */
export interface LabStepDelta {
  readonly e: 'c' | 'l' | 'r' | 'x' | 'o';
  /** The line of the top frame. */
  readonly n: number;
  /** On a call: the function's name ('<module>' for the program itself). */
  readonly f?: string;
  /** The top frame's locals that changed: the new value, or null when the name was deleted. */
  readonly v?: Readonly<Record<string, LabValue | null>>;
  /** Objects whose record changed. */
  readonly o?: readonly LabObjectDelta[];
  /** Text written to stdout / stderr since the step before. */
  readonly out?: string;
  readonly err?: string;
  /** On a return: the value returned. */
  readonly rv?: LabValue;
  /** On an exception: [type name, message]. */
  readonly x?: readonly [string, string];
}

export type LabEndReason = 'done' | 'exception' | 'step-limit' | 'heap-limit' | 'syntax' | 'fatal' | 'stopped';

/** How a run ended, sent once after the last batch. */
export interface LabEnd {
  readonly reason: LabEndReason;
  /** Steps recorded (for 'fatal': the steps that reached the page before the crash). */
  readonly steps: number;
  /** The line where it ended (the raise of an uncaught exception, a syntax error's line). */
  readonly line: number;
  /** 'exception' and 'syntax': [type name, message]. */
  readonly exc?: readonly [string, string];
  /** 'step-limit', 'heap-limit': the budget reached. */
  readonly max?: number;
  /** 'syntax': the column. */
  readonly col?: number;
  /** 'fatal': what the interpreter said. */
  readonly message?: string;
  /** Whether the C-stack protection could be set (false: deep C recursion may still crash). */
  readonly protected?: boolean;
  /** Bytes that reached fd 1 outside the tracer's frames (a program writing with os.write). */
  readonly stray?: string;
}

/** Budgets and input of one run. */
export interface LabRunOptions {
  /** Steps recorded before the run is ended (default 10^6). */
  maxSteps?: number;
  /** Objects walked in one step before the run is ended (default 1000). */
  maxHeapWalk?: number;
  /** Items, entries or attributes sent per container (default 100; `n` keeps the length). */
  maxItems?: number;
  /** Steps per streamed batch (default 2000). */
  batchSize?: number;
  /** Lines `input()` returns, in order; after the last one it raises EOFError. */
  input?: readonly string[];
}

export const LAB_DEFAULTS = { maxSteps: 1_000_000, maxHeapWalk: 1000, maxItems: 100, batchSize: 2000 } as const;
