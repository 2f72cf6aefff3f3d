import { SimError } from './errors';
import { isOp, isRightAssoc, precedence, type Op } from './operators';
import { push, toArray, type Stack } from './pstack';
import { buildTrace, inputLimitTrace, overLimit, throwIfError, type Narration, type RunOptions, type Trace } from './trace';

export const INFIX_MAX_INPUT = 10_000;

export type InfixTokenType = 'number' | 'name' | 'op' | '(' | ')';
export interface InfixToken {
  readonly type: InfixTokenType;
  readonly text: string;
  /** Character offset in the expression. */
  readonly index: number;
}

/** An operator or '(' waiting on the operator stack. */
export interface StackedOp {
  readonly op: Op | '(';
  readonly index: number;
}

/**
 * Shunting-yard state. `output` is the postfix output so far (persistent stack; `toArray`
 * gives it in order), `ops` the operator stack. `at` is the character index of the token
 * just handled (-1 before the first, expr.length at the end).
 */
export interface InfixState {
  readonly expr: string;
  readonly at: number;
  readonly output: Stack<string>;
  readonly ops: Stack<StackedOp>;
  readonly done: boolean;
}

/** Why an operator left the stack: a new operator arrived, a ')' arrived, or the input ended. */
export type PopCause = 'precedence' | 'paren' | 'end';

export type InfixEvent =
  /** An operand goes straight to the output. */
  | { readonly kind: 'output'; readonly token: string; readonly index: number }
  /** An operator is pushed (after any pops it caused). `top` is the operator it lands on, if any. */
  | { readonly kind: 'push-op'; readonly op: Op; readonly index: number; readonly top: Op | '(' | null }
  /** The top operator moves to the output. `incoming`: the operator that caused it (cause 'precedence'). */
  | {
      readonly kind: 'pop-op';
      readonly op: Op;
      readonly index: number;
      readonly cause: PopCause;
      readonly incoming: Op | null;
      readonly at: number;
    }
  | { readonly kind: 'push-paren'; readonly index: number }
  /** A ')' met its '(' on top: both are dropped. */
  | { readonly kind: 'discard-paren'; readonly index: number; readonly openIndex: number }
  | { readonly kind: 'done'; readonly postfix: string; readonly index: number };

/** Splits an infix expression; throws SimError 'unknown-char' (with the index). */
export function tokenizeInfix(expr: string): InfixToken[] {
  const out: InfixToken[] = [];
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (/[0-9.]/.test(ch)) {
      const m = /^(\d+(\.\d*)?|\.\d+)/.exec(expr.slice(i));
      if (!m) throw new SimError('unknown-char', 'error.infix.unknownChar', { ch, index: i + 1 }, i);
      out.push({ type: 'number', text: m[0], index: i });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(expr.slice(i))!;
      out.push({ type: 'name', text: m[0], index: i });
      i += m[0].length;
    } else if (isOp(ch)) {
      out.push({ type: 'op', text: ch, index: i++ });
    } else if (ch === '(' || ch === ')') {
      out.push({ type: ch, text: ch, index: i++ });
    } else {
      const cp = String.fromCodePoint(expr.codePointAt(i)!);
      throw new SimError('unknown-char', 'error.infix.unknownChar', { ch: cp, index: i + 1 }, i);
    }
  }
  return out;
}

export function applyInfix(s: InfixState, e: InfixEvent): InfixState {
  switch (e.kind) {
    case 'output':
      return { ...s, at: e.index, output: push(s.output, e.token) };
    case 'push-op':
      return { ...s, at: e.index, ops: push(s.ops, { op: e.op, index: e.index }) };
    case 'push-paren':
      return { ...s, at: e.index, ops: push(s.ops, { op: '(', index: e.index }) };
    case 'pop-op':
      return { ...s, at: e.at, ops: s.ops?.below ?? null, output: push(s.output, e.op) };
    case 'discard-paren':
      return { ...s, at: e.index, ops: s.ops?.below ?? null };
    case 'done':
      return { ...s, at: e.index, done: true };
  }
}

export function narrateInfix(e: InfixEvent): Narration {
  switch (e.kind) {
    case 'output':
      return { key: 'infix.output', params: { token: e.token, index: e.index } };
    case 'push-op':
      return e.top === null || e.top === '('
        ? { key: 'infix.pushOp', params: { op: e.op, index: e.index } }
        : e.top === e.op && isRightAssoc(e.op)
          ? { key: 'infix.pushOpRightAssoc', params: { op: e.op, top: e.top, index: e.index } }
          : { key: 'infix.pushOpOver', params: { op: e.op, top: e.top, index: e.index } };
    case 'pop-op':
      if (e.cause === 'precedence') {
        return { key: 'infix.popOpPrecedence', params: { op: e.op, incoming: e.incoming ?? '' } };
      }
      return { key: e.cause === 'paren' ? 'infix.popOpParen' : 'infix.popOpEnd', params: { op: e.op } };
    case 'push-paren':
      return { key: 'infix.pushParen', params: { index: e.index } };
    case 'discard-paren':
      return { key: 'infix.discardParen', params: { index: e.index, openIndex: e.openIndex } };
    case 'done':
      return { key: 'infix.done', params: { postfix: e.postfix } };
  }
}

/** True when an operator `top` on the stack must be popped before pushing `incoming`. */
export function mustPop(top: Op | '(', incoming: Op): boolean {
  if (top === '(') return false;
  const pt = precedence(top);
  const pi = precedence(incoming);
  return pt > pi || (pt === pi && !isRightAssoc(incoming));
}

/**
 * Converts an infix expression to postfix tokens with Dijkstra's shunting-yard algorithm,
 * recording the output queue and the operator stack.
 *
 * Operands: numbers (`12`, `3.5`) and identifiers (`x`, `rate_2`). Operators `+ - * / ^`
 * with the usual precedence (`^` highest and right-associative), parentheses. There is no
 * unary minus (write `0 - x`).
 *
 * Events: `output`, `push-op`, `pop-op` (cause 'precedence' | 'paren' | 'end'),
 * `push-paren`, `discard-paren`, `done`.
 *
 * Bad input throws SimError with `index` = character offset: 'empty', 'unknown-char',
 * 'missing-operand' (an operator or ')' where an operand belongs, or the end after an
 * operator), 'missing-operator' (two operands in a row, or 'x (' ), 'unmatched-close'
 * (a ')' with no '('), 'unclosed-paren' (index of the innermost '(' left open).
 * `error.trace` keeps the steps up to the error. `validateInfix` is the non-throwing check.
 *
 * @example infixToPostfix('3 + 4 * 2').postfix → ['3', '4', '2', '*', '+']
 */
export function infixToPostfix(
  expr: string,
  opts: RunOptions = {},
): { postfix: string[] | null; trace: Trace<InfixState, InfixEvent> } {
  const initial: InfixState = { expr, at: -1, output: null, ops: null, done: false };
  const max = overLimit(expr.length, opts, INFIX_MAX_INPUT);
  if (max !== null) return { postfix: null, trace: inputLimitTrace(initial, expr.length, max, applyInfix, narrateInfix) };
  const trace = buildTrace<InfixState, InfixEvent>({
    initial,
    apply: applyInfix,
    narrate: narrateInfix,
    ...(opts.maxSteps === undefined ? {} : { maxSteps: opts.maxSteps }),
    run(emit, current) {
      const tokens = tokenizeInfix(expr);
      if (tokens.length === 0) throw new SimError('empty', 'error.infix.empty', {}, 0);
      let expectOperand = true;
      const missingOperand = (index: number, token: string): SimError =>
        new SimError('missing-operand', 'error.infix.missingOperand', { index: index + 1, token }, index);
      const missingOperator = (index: number, token: string): SimError =>
        new SimError('missing-operator', 'error.infix.missingOperator', { index: index + 1, token }, index);
      for (const tok of tokens) {
        switch (tok.type) {
          case 'number':
          case 'name':
            if (!expectOperand) throw missingOperator(tok.index, tok.text);
            emit({ kind: 'output', token: tok.text, index: tok.index });
            expectOperand = false;
            break;
          case '(':
            if (!expectOperand) throw missingOperator(tok.index, tok.text);
            emit({ kind: 'push-paren', index: tok.index });
            break;
          case 'op': {
            if (expectOperand) throw missingOperand(tok.index, tok.text);
            const op = tok.text as Op;
            for (let top = current().ops; top !== null && mustPop(top.top.op, op); top = current().ops) {
              emit({ kind: 'pop-op', op: top.top.op as Op, index: top.top.index, cause: 'precedence', incoming: op, at: tok.index });
            }
            emit({ kind: 'push-op', op, index: tok.index, top: current().ops?.top.op ?? null });
            expectOperand = true;
            break;
          }
          case ')': {
            if (expectOperand) throw missingOperand(tok.index, tok.text);
            for (;;) {
              const top = current().ops;
              if (top === null) throw new SimError('unmatched-close', 'error.infix.unmatchedClose', { index: tok.index + 1 }, tok.index);
              if (top.top.op === '(') {
                emit({ kind: 'discard-paren', index: tok.index, openIndex: top.top.index });
                break;
              }
              emit({ kind: 'pop-op', op: top.top.op, index: top.top.index, cause: 'paren', incoming: null, at: tok.index });
            }
            break;
          }
        }
      }
      if (expectOperand) throw missingOperand(expr.length, '');
      for (let top = current().ops; top !== null; top = current().ops) {
        if (top.top.op === '(') {
          throw new SimError('unclosed-paren', 'error.infix.unclosedParen', { index: top.top.index + 1 }, top.top.index);
        }
        emit({ kind: 'pop-op', op: top.top.op, index: top.top.index, cause: 'end', incoming: null, at: expr.length });
      }
      emit({ kind: 'done', postfix: toArray(current().output).join(' '), index: expr.length });
    },
  });
  throwIfError(trace);
  return { postfix: trace.stopped ? null : toArray(trace.final.output), trace };
}

/** The non-throwing check for a user-typed expression: its SimError, or null when valid. */
export function validateInfix(expr: string, opts: RunOptions = {}): SimError | null {
  try {
    const r = infixToPostfix(expr, { maxSteps: opts.maxSteps ?? Number.MAX_SAFE_INTEGER, ...(opts.maxInputLength ? { maxInputLength: opts.maxInputLength } : {}) });
    if (r.trace.stopped?.reason === 'input-limit') {
      return new SimError('input-limit', 'stop.inputLimit', r.trace.stopped.params, 0);
    }
    return null;
  } catch (e) {
    if (e instanceof SimError) return e;
    throw e;
  }
}
