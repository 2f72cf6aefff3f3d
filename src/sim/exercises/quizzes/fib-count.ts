// "How many calls?" (chapter 3): for fib(n), the number of calls without and with memoization.
import { callCount } from '../recursion';
import { exactGrader, fields, type QuizDef, type QuizGrader } from '../quiz-def';

/** The largest n the island offers (fib(20) makes 21,891 calls without memoization). */
export const FIB_COUNT_MAX_N = 20;

/** [calls without memoization, calls with it] for fib(n), from the core's traces. */
export const fibCounts = (n: number): readonly [number, number] => [callCount('fibonacci', { n }), callCount('fibonacci-memo', { n })];

export function fibCountGrader({ n }: { n: number }): QuizGrader {
  const [naive, memo] = fibCounts(n);
  return exactGrader({ naive, memo });
}

const fibCount: QuizDef<{ n: number }> = {
  name: 'fib-count',
  problem: (raw) => {
    const p = fields(raw, { n: 'number' });
    return p && Number.isInteger(p.n) && p.n >= 0 && p.n <= FIB_COUNT_MAX_N ? p : null;
  },
  grader: fibCountGrader,
};
export default fibCount;
