/** The arithmetic operators shared by infix → postfix and postfix evaluation. */
export type Op = '+' | '-' | '*' | '/' | '^';
export const OPERATORS: readonly Op[] = ['+', '-', '*', '/', '^'];

export function isOp(s: string): s is Op {
  return s === '+' || s === '-' || s === '*' || s === '/' || s === '^';
}

/** Higher binds tighter. */
export function precedence(op: Op): number {
  return op === '^' ? 3 : op === '*' || op === '/' ? 2 : 1;
}

/** `^` is right-associative (2^3^2 = 2^9), the rest left. */
export function isRightAssoc(op: Op): boolean {
  return op === '^';
}

/** Applies `op`; `/` is true division. Division by zero is the caller's check. */
export function applyOp(op: Op, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '^':
      return a ** b;
  }
}

/** Number literals: 12, 3.5, .5, 7. (and, in postfix only, a leading minus: -2). */
export const NUMBER_RE = /^(\d+(\.\d*)?|\.\d+)$/;
export const IDENT_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
