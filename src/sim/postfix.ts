import { SimError } from './errors';
import { IDENT_RE, NUMBER_RE, applyOp, isOp, type Op } from './operators';
import { push, type Stack } from './pstack';
import { buildTrace, inputLimitTrace, overLimit, throwIfError, type Narration, type RunOptions, type Trace } from './trace';

export const POSTFIX_MAX_INPUT = 10_000;

/** A token of the input and its character offset in the string form. */
export interface Token {
  readonly text: string;
  readonly offset: number;
}

/** A value on the operand stack and the token that produced it. */
export interface Operand {
  readonly value: number;
  readonly token: number;
}

/**
 * `next` is the index of the next token to read (tokens[next - 1] was just handled).
 * `result` is set by the final `result` event.
 */
export interface PostfixState {
  readonly tokens: readonly Token[];
  readonly next: number;
  readonly stack: Stack<Operand>;
  readonly result: number | null;
}

export type PostfixEvent =
  | { readonly kind: 'push'; readonly token: number; readonly text: string; readonly offset: number; readonly value: number }
  | {
      readonly kind: 'apply';
      readonly token: number;
      readonly op: Op;
      readonly offset: number;
      readonly a: number;
      readonly b: number;
      readonly result: number;
    }
  | { readonly kind: 'result'; readonly value: number };

export interface PostfixOptions extends RunOptions {
  /** Values for identifiers (`a b +` with env { a: 1, b: 2 }). */
  env?: Readonly<Record<string, number>>;
}

/**
 * Splits a postfix string on whitespace, keeping each token's character offset. An array
 * input is taken as given; its offsets are those of the tokens joined by single spaces.
 */
export function tokenizePostfix(input: string | readonly string[]): Token[] {
  const out: Token[] = [];
  if (typeof input === 'string') {
    const re = /\S+/g;
    for (let m = re.exec(input); m; m = re.exec(input)) out.push({ text: m[0], offset: m.index });
  } else {
    let offset = 0;
    for (const text of input) {
      out.push({ text, offset });
      offset += text.length + 1;
    }
  }
  return out;
}

function postfixError(code: string, key: string, tok: Token | undefined, index: number, params: Record<string, string | number> = {}): SimError {
  return new SimError(code, key, { ...params, token: tok?.text ?? '', offset: tok?.offset ?? 0, tokenIndex: index }, index);
}

export function applyPostfix(s: PostfixState, e: PostfixEvent): PostfixState {
  switch (e.kind) {
    case 'push':
      return { ...s, next: e.token + 1, stack: push(s.stack, { value: e.value, token: e.token }) };
    case 'apply': {
      const below = s.stack?.below?.below ?? null;
      return { ...s, next: e.token + 1, stack: push(below, { value: e.result, token: e.token }) };
    }
    case 'result':
      return { ...s, result: e.value };
  }
}

export function narratePostfix(e: PostfixEvent): Narration {
  switch (e.kind) {
    case 'push':
      return e.text === String(e.value)
        ? { key: 'postfix.push', params: { token: e.text, value: e.value } }
        : { key: 'postfix.pushName', params: { token: e.text, value: e.value } };
    case 'apply':
      return { key: 'postfix.apply', params: { op: e.op, a: e.a, b: e.b, result: e.result } };
    case 'result':
      return { key: 'postfix.result', params: { value: e.value } };
  }
}

/**
 * Evaluates a postfix (reverse Polish) expression with an operand stack.
 *
 * Input: a string of space-separated tokens or an array of tokens. Tokens: numbers (`12`,
 * `3.5`, `-2`), identifiers looked up in `opts.env`, and `+ - * / ^` (`/` is true division,
 * `^` is power). Events: `push` (an operand goes on the stack), `apply` (pop b, pop a, push
 * a op b), `result` (the single value left).
 *
 * Bad input throws SimError with `index` = the token's number and `params.offset` = its
 * character offset in the string form: 'empty', 'too-few-operands', 'leftover-operands'
 * (index: the token that produced the topmost extra value), 'division-by-zero',
 * 'unknown-token', 'unbound-name'. `error.trace` keeps the steps up to the error.
 *
 * @example evaluatePostfix('3 4 + 2 *').value → 14
 */
export function evaluatePostfix(
  input: string | readonly string[],
  opts: PostfixOptions = {},
): { value: number | null; trace: Trace<PostfixState, PostfixEvent> } {
  const tokens = tokenizePostfix(input);
  const initial: PostfixState = { tokens, next: 0, stack: null, result: null };
  const length = typeof input === 'string' ? input.length : tokens.reduce((n, t) => n + t.text.length + 1, 0);
  const max = overLimit(length, opts, POSTFIX_MAX_INPUT);
  if (max !== null) return { value: null, trace: inputLimitTrace(initial, length, max, applyPostfix, narratePostfix) };
  const env = opts.env ?? {};
  const trace = buildTrace<PostfixState, PostfixEvent>({
    initial,
    apply: applyPostfix,
    narrate: narratePostfix,
    ...(opts.maxSteps === undefined ? {} : { maxSteps: opts.maxSteps }),
    run(emit, current) {
      if (tokens.length === 0) throw new SimError('empty', 'error.postfix.empty', { offset: 0 }, 0);
      tokens.forEach((tok, i) => {
        const t = tok.text;
        if (isOp(t)) {
          const st = current().stack;
          const b = st?.top;
          const a = st?.below?.top;
          if (a === undefined || b === undefined) {
            throw postfixError('too-few-operands', 'error.postfix.tooFewOperands', tok, i, { op: t, have: st?.size ?? 0 });
          }
          if (t === '/' && b.value === 0) throw postfixError('division-by-zero', 'error.postfix.divisionByZero', tok, i, { a: a.value });
          emit({ kind: 'apply', token: i, op: t, offset: tok.offset, a: a.value, b: b.value, result: applyOp(t, a.value, b.value) });
        } else if (NUMBER_RE.test(t.startsWith('-') ? t.slice(1) : t)) {
          emit({ kind: 'push', token: i, text: t, offset: tok.offset, value: Number(t) });
        } else if (IDENT_RE.test(t)) {
          const value = Object.prototype.hasOwnProperty.call(env, t) ? env[t] : undefined;
          if (value === undefined) throw postfixError('unbound-name', 'error.postfix.unboundName', tok, i, { name: t });
          emit({ kind: 'push', token: i, text: t, offset: tok.offset, value });
        } else {
          throw postfixError('unknown-token', 'error.postfix.unknownToken', tok, i);
        }
      });
      const st = current().stack;
      if (st !== null && st.size > 1) {
        throw postfixError('leftover-operands', 'error.postfix.leftover', tokens[st.top.token], st.top.token, { count: st.size });
      }
      emit({ kind: 'result', value: st!.top.value });
    },
  });
  throwIfError(trace);
  return { value: trace.stopped ? null : trace.final.result, trace };
}

/** The non-throwing check for user-typed postfix: its SimError, or null when it evaluates. */
export function validatePostfix(input: string | readonly string[], opts: PostfixOptions = {}): SimError | null {
  try {
    evaluatePostfix(input, { ...opts, maxSteps: opts.maxSteps ?? Number.MAX_SAFE_INTEGER });
    return null;
  } catch (e) {
    if (e instanceof SimError) return e;
    throw e;
  }
}
