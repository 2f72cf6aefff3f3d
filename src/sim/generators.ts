import { DEFAULT_PAIRS } from './brackets';
import { checkRange } from './errors';
import { createRng, type Rng } from './rng';
import { applyOp, type Op } from './operators';

/**
 * A random bracket string of `length` characters (even lengths for balanced ones).
 * `balanced: true` → always balanced; false → never balanced (one defect: a wrong closer, a
 * stray closer, or an opener left open); undefined → a coin flip. `noise` (0–1): share of
 * letters mixed in (noise may unbalance a balanced string; `balanced` in the result is
 * always the true answer). Same seed → same string.
 */
export function generateBrackets(
  seed: number,
  opts: { length?: number; balanced?: boolean; pairs?: string; noise?: number } = {},
): { text: string; balanced: boolean } {
  const rng = createRng(seed);
  const length = opts.length ?? 10;
  checkRange('length', length, 1, 2_000_000);
  const pairs = opts.pairs ?? DEFAULT_PAIRS;
  const balanced = opts.balanced ?? rng.next() < 0.5;
  const k = pairs.length / 2;
  const even = length - (length % 2);
  const out: string[] = [];
  const stack: number[] = [];
  for (let i = 0; i < even; i++) {
    const remaining = even - i;
    if (stack.length > 0 && (stack.length >= remaining || rng.next() < 0.5)) {
      out.push(pairs[stack.pop()! * 2 + 1]!);
    } else {
      const p = rng.int(0, k - 1);
      stack.push(p);
      out.push(pairs[p * 2]!);
    }
  }
  if (!balanced) {
    const defect = rng.int(0, 2);
    const closers = out.map((ch, i) => [ch, i] as const).filter(([ch]) => pairs.indexOf(ch) % 2 === 1);
    if (defect === 0 && k > 1 && closers.length > 0) {
      const [ch, i] = rng.pick(closers);
      const p = (pairs.indexOf(ch) - 1) / 2;
      const other = (p + rng.int(1, k - 1)) % k;
      out[i] = pairs[other * 2 + 1]!;
    } else if (defect === 1 && out.length > 0) {
      out.splice(rng.int(0, out.length - 1), 1, pairs[rng.int(0, k - 1) * 2 + 1]!);
    } else {
      out.splice(rng.int(0, out.length), 0, pairs[rng.int(0, k - 1) * 2]!);
    }
    if (out.length > length) out.splice(rng.int(0, out.length - 1), 1);
  } else if (length % 2 === 1) {
    out.splice(rng.int(0, out.length), 0, 'x');
  }
  const noise = opts.noise ?? 0;
  const letters = 'abcxyz';
  let text = out.map((ch) => (rng.next() < noise ? letters[rng.int(0, letters.length - 1)]! : ch)).join('');
  // A defect can cancel out (or noise can hide it): an opener at the very end never closes.
  if (!balanced && isBalancedSimple(text, pairs)) text = text.slice(0, -1) + pairs[0]!;
  return { text, balanced: isBalancedSimple(text, pairs) };
}

function isBalancedSimple(text: string, pairs: string): boolean {
  const st: string[] = [];
  for (const ch of text) {
    const i = pairs.indexOf(ch);
    if (i < 0) continue;
    if (i % 2 === 0) st.push(pairs[i + 1]!);
    else if (st.pop() !== ch) return false;
  }
  return st.length === 0;
}

interface ExprNode {
  readonly op: Op | null;
  readonly value: string;
  readonly left: ExprNode | null;
  readonly right: ExprNode | null;
}

function valueOf(n: ExprNode): number {
  if (n.op === null) return Number(n.value);
  return applyOp(n.op, valueOf(n.left!), valueOf(n.right!));
}

function randomTree(rng: Rng, operators: number, ops: readonly Op[], operands: readonly string[]): ExprNode {
  if (operators === 0) return { op: null, value: rng.pick(operands), left: null, right: null };
  const leftOps = rng.int(0, operators - 1);
  const left = randomTree(rng, leftOps, ops, operands);
  const right = randomTree(rng, operators - 1 - leftOps, ops, operands);
  let op = rng.pick(ops);
  // Never divide by zero: a zero divisor turns '/' into '*'.
  if (op === '/' && valueOf(right) === 0) op = '*';
  return { op, value: '', left, right };
}

const PREC: Record<Op, number> = { '+': 1, '-': 1, '*': 2, '/': 2, '^': 3 };

function toInfix(n: ExprNode): string {
  if (n.op === null) return n.value;
  const p = PREC[n.op];
  const wrap = (child: ExprNode, right: boolean): string => {
    const s = toInfix(child);
    if (child.op === null) return s;
    const cp = PREC[child.op];
    const needs = cp < p || (cp === p && (n.op === '^' ? !right : right));
    return needs ? `(${s})` : s;
  };
  return `${wrap(n.left!, false)} ${n.op} ${wrap(n.right!, true)}`;
}

function toPostfix(n: ExprNode): string[] {
  return n.op === null ? [n.value] : [...toPostfix(n.left!), ...toPostfix(n.right!), n.op];
}

/**
 * A random arithmetic expression with `operators` operators (default 3) over small integers
 * (1–9) or the given names, in both forms: `infix` (minimal parentheses) and `postfix`
 * (space-separated). `ops` limits the operators (default + - * /; add '^' if wanted).
 * Never divides by zero (a zero divisor turns that '/' into '*'); names are never
 * taken as zero by that check, so give names non-zero values.
 */
export function generateExpression(
  seed: number,
  opts: { operators?: number; ops?: readonly Op[]; operands?: readonly string[] } = {},
): { infix: string; postfix: string } {
  const rng = createRng(seed);
  const operators = opts.operators ?? 3;
  checkRange('operators', operators, 0, 50);
  const tree = randomTree(rng, operators, opts.ops ?? ['+', '-', '*', '/'], opts.operands ?? ['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  return { infix: toInfix(tree), postfix: toPostfix(tree).join(' ') };
}
