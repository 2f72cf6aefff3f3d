// The questions of "Predict the return value", built from the core's trace of one run: one per
// distinct call that returned, with the stack when it started and why it returns what it does.
import { fill, type Messages } from '../../i18n/lang';
import { runCallStack } from '../../sim/callstack';
import { parseArgText } from '../../sim/exercises/recursion';
import { PROGRAMS } from '../../sim/programs/index';
import { formatValue } from '../../sim/programs/types';

export interface ReturnQuestion {
  /** The call, e.g. 'fib(3)'. */
  call: string;
  /** Its return value as Python prints it. */
  value: string;
  /** The call stack when the call starts, outermost first. */
  stack: string[];
  /** Why: a base case, or the calls it made and what they returned. */
  why: string;
}

/**
 * The questions for `program` run on `arg`, and which one to ask first: `frame` if given,
 * else the first call below the entry that makes calls of its own.
 */
export function returnQuestions(
  program: string,
  arg: string,
  messages: Messages,
  frame?: string,
): { questions: ReturnQuestion[]; initial: number } {
  const prog = PROGRAMS[program];
  if (!prog) throw new Error(`PredictReturn: unknown program '${program}'`);
  const nodes = runCallStack(prog, parseArgText(prog, arg)).trace.final.log.nodes;
  const seen = new Set<string>();
  const questions: (ReturnQuestion & { calls: number })[] = [];
  for (const n of nodes) {
    if (seen.has(n.label) || n.returnedAt === null) continue;
    seen.add(n.label);
    const kids = nodes.filter((c) => c.parent === n.id);
    const stack: string[] = [];
    for (let id: number | null = n.id; id !== null; id = nodes[id]!.parent) stack.unshift(nodes[id]!.label);
    const value = formatValue(n.returnValue);
    const why =
      kids.length === 0
        ? fill(messages, 'predictReturn.base')
        : fill(messages, 'predictReturn.calls', {
            calls: kids.map((c) => `${c.label} → ${formatValue(c.returnValue)}`).join(', '),
            value,
          });
    questions.push({ call: n.label, value, stack, why, calls: kids.length });
  }
  let initial = frame ? questions.findIndex((q) => q.call === frame) : questions.findIndex((q, i) => i > 0 && q.calls > 0);
  if (initial < 0) initial = 0;
  return { questions: questions.map(({ calls: _calls, ...q }) => q), initial };
}
