import { SimError } from '../errors';

/** A Python value as the call-stack models show it (bigint for exact big integers). */
export type Value = number | bigint | boolean | string | null | readonly Value[];

/** What a function body asks the interpreter to do next. */
export type Instr =
  | { readonly op: 'line'; readonly line: number; readonly note?: LineNote }
  | { readonly op: 'assign'; readonly name: string; readonly value: Value; readonly line: number }
  /** Resumed with the callee's return value. */
  | { readonly op: 'call'; readonly fn: string; readonly args: readonly Value[]; readonly line: number }
  | { readonly op: 'move'; readonly disk: number; readonly from: string; readonly to: string; readonly line: number }
  | { readonly op: 'memo-store'; readonly key: number; readonly value: Value; readonly line: number }
  | { readonly op: 'memo-hit'; readonly key: number; readonly value: Value; readonly line: number };

/**
 * What a line does, for the narration (code and values only, never words): the `if` test with
 * its value and where the run goes next, the call a line must make first, the value a `return`
 * line hands back, or a statement with its values filled in.
 */
export type LineNote =
  /** `test` as written ('n <= 1'), `values` with the values filled in ('5 <= 1'). */
  | { readonly kind: 'test'; readonly test: string; readonly values: string; readonly value: boolean; readonly next: number }
  /** The line evaluates `expr` ('factorial(n - 1)'), which starts with the call `call` ('factorial(4)'). */
  | { readonly kind: 'calls'; readonly expr: string; readonly call: string }
  /** `return expr`; `work` is expr with the values filled in ('5 * 24'), when that says more. */
  | { readonly kind: 'returns'; readonly expr: string; readonly work: string; readonly value: Value }
  /** A statement with the values filled in: "moves.append((3, 'A', 'C'))". */
  | { readonly kind: 'runs'; readonly code: string };

/** Shared, program-wide data a body may read (the memo dict of memoized fibonacci). */
export interface Ctx {
  readonly memo: ReadonlyMap<number, Value>;
}

/** A function body: a generator that yields instructions and returns the Python return value. */
export type Body = (args: readonly Value[], ctx: Ctx) => Generator<Instr, Value, Value>;

export interface FnDef {
  readonly name: string;
  readonly params: readonly string[];
  /** Locals shown in the frame (declared up front, so the frame size is known at the call). */
  readonly locals: readonly string[];
  /** Line of the `def`. */
  readonly defLine: number;
  readonly body: Body;
}

export type ArgSpec =
  | { readonly name: string; readonly kind: 'int'; readonly min: number; readonly max: number; readonly example: number }
  | {
      readonly name: string;
      readonly kind: 'int-list';
      readonly maxLength: number;
      readonly min: number;
      readonly max: number;
      readonly sorted: boolean;
      readonly example: readonly number[];
    };

export interface Program {
  readonly id: string;
  /** Python source, one string per line (line n is source[n - 1]). */
  readonly source: readonly string[];
  readonly fns: Readonly<Record<string, FnDef>>;
  readonly entry: string;
  /** The learner-facing arguments, validated by `validateArgs`. */
  readonly args: readonly ArgSpec[];
  /** Arguments of the first call, from the learner-facing ones. */
  entryArgs(args: Readonly<Record<string, Value>>): Value[];
  /** The call shown under the source, e.g. "factorial(5)". */
  callText(args: Readonly<Record<string, Value>>): string;
}

/** Python's repr of a value: True/False/None, lists [1, 2], strings 'A'. */
export function formatValue(v: Value | undefined): string {
  if (v === undefined) return '';
  if (v === null) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'string') return `'${v}'`;
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return String(v);
  return `[${v.map((x) => formatValue(x)).join(', ')}]`;
}

/**
 * Checks the learner-facing arguments of a program against its schema.
 * Returns the SimError ('bad-arg', params { name, min, max }) or null.
 */
export function validateArgs(program: Program, args: Readonly<Record<string, Value>>): SimError | null {
  for (const spec of program.args) {
    const v = args[spec.name];
    const bad = (code: string, extra: Record<string, string | number> = {}): SimError =>
      new SimError(code, `error.callstack.${code === 'bad-arg' ? 'badArg' : code === 'bad-list' ? 'badList' : 'notSorted'}`, {
        name: spec.name,
        min: spec.min,
        max: spec.max,
        ...(spec.kind === 'int-list' ? { maxLength: spec.maxLength } : {}),
        ...extra,
      });
    if (spec.kind === 'int') {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < spec.min || v > spec.max) return bad('bad-arg');
    } else {
      if (!Array.isArray(v) || v.length > spec.maxLength) return bad('bad-list');
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x !== 'number' || !Number.isInteger(x) || x < spec.min || x > spec.max) return bad('bad-list', { index: i });
        if (spec.sorted && i > 0 && (v[i - 1] as number) > x) return bad('not-sorted', { index: i });
      }
    }
  }
  return null;
}

/**
 * Parses learner-typed argument text ("5", "1, 2, 3" or "[1, 2, 3]") by the schema, then
 * validates. Throws SimError ('bad-arg' | 'bad-list' | 'not-sorted').
 */
export function parseArgs(program: Program, texts: Readonly<Record<string, string>>): Record<string, Value> {
  const out: Record<string, Value> = {};
  for (const spec of program.args) {
    const raw = (texts[spec.name] ?? '').trim();
    if (spec.kind === 'int') {
      out[spec.name] = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
    } else {
      const inner = raw.replace(/^\[/, '').replace(/\]$/, '').trim();
      const parts = inner === '' ? [] : inner.split(/[\s,]+/).filter((p) => p !== '');
      out[spec.name] = parts.map((p) => (/^-?\d+$/.test(p) ? Number(p) : NaN));
    }
  }
  const err = validateArgs(program, out);
  if (err) throw err;
  return out;
}

export const line = (n: number, note?: LineNote): Instr => (note ? { op: 'line', line: n, note } : { op: 'line', line: n });
/** Line `n` tests `test` ('n <= 1', with values '5 <= 1'): `value`, so `next` runs next. */
export const test = (n: number, test: string, values: string, value: boolean, next: number): Instr =>
  line(n, { kind: 'test', test, values, value, next });
/** Line `n` evaluates `expr`, which first calls `fn(args)`. */
export const calling = (n: number, expr: string, fn: string, args: readonly Value[]): Instr =>
  line(n, { kind: 'calls', expr, call: callLabel(fn, args) });
/** Line `n` is `return expr`, worked out as `work`, giving `value`. */
export const returning = (n: number, expr: string, work: string, value: Value): Instr => line(n, { kind: 'returns', expr, work, value });
/** Line `n` runs `code` (values filled in). */
export const running = (n: number, code: string): Instr => line(n, { kind: 'runs', code });

/** A call as the narration and the recursion tree show it: "factorial(4)", "hanoi(2, 'A', 'B', 'C')". */
export function callLabel(fn: string, args: readonly Value[]): string {
  return `${fn}(${args.map((v) => formatValue(v)).join(', ')})`;
}
export const call = (fn: string, args: readonly Value[], at: number): Instr => ({ op: 'call', fn, args, line: at });
export const assign = (name: string, value: Value, at: number): Instr => ({ op: 'assign', name, value, line: at });
