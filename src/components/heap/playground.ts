// The allocator playground's glue between the typed script and the core (no DOM): run a script,
// locate its error, keep the heap of the commands before a bad one, and build clicked commands.
import { isSimError, type SimError } from '../../sim/errors';
import { parseAllocOps, simulateAllocator, type AllocEvent, type FitPolicy, type HeapState } from '../../sim/heap/index';
import type { Trace } from '../../sim/trace';

export interface ScriptRun {
  /** The trace of the whole script, or (after an error) of the commands before the bad one, or null. */
  readonly trace: Trace<HeapState, AllocEvent> | null;
  /** The commands' texts (one per operation, for the script view). */
  readonly commands: readonly string[];
  readonly error: SimError | null;
  /** Character offset of the error in the script (null: not located). */
  readonly at: number | null;
}

/** The commands of a script as the parser reads them: split at , ; and new lines outside parentheses. */
export function splitScript(src: string): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  let depth = 0;
  let start = 0;
  const push = (end: number): void => {
    const raw = src.slice(start, end);
    const text = raw.trim();
    if (text !== '') out.push({ text, offset: start + raw.indexOf(text[0]!) });
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ',' || c === ';' || c === '\n')) {
      push(i);
      start = i + 1;
    }
  }
  push(src.length);
  return out;
}

const simulate = (src: string, policy: FitPolicy, size: number) => simulateAllocator(parseAllocOps(src), { size, policy });

/** Runs a script. Never throws a SimError: a bad script gives `error`/`at` and the trace of the commands before it. */
export function runScript(src: string, policy: FitPolicy, size: number): ScriptRun {
  const commands = splitScript(src);
  const texts = commands.map((c) => c.text);
  try {
    return { trace: simulate(src, policy, size).trace, commands: texts, error: null, at: null };
  } catch (e) {
    if (!isSimError(e)) throw e;
    const at = e.index ?? null;
    // Mid-run errors carry the partial trace and the operation number; parse errors a character offset.
    if (e.trace) {
      const op = typeof e.params['op'] === 'number' ? e.params['op'] : null;
      const located = op === null ? null : (commands[op]?.offset ?? null);
      return { trace: e.trace as Trace<HeapState, AllocEvent>, commands: texts, error: e, at: located };
    }
    // Show the heap as the commands before the bad one leave it.
    let trace: Trace<HeapState, AllocEvent> | null = null;
    let kept: string[] = [];
    if (at !== null) {
      let k = -1;
      commands.forEach((c, i) => {
        if (c.offset <= at) k = i;
      });
      try {
        trace = simulate(k < 0 ? '' : src.slice(0, commands[k]!.offset), policy, size).trace;
        kept = texts.slice(0, Math.max(0, k));
      } catch {
        trace = null;
      }
    }
    return { trace, commands: kept, error: e, at };
  }
}

/** The script with one more command on a new line. */
export function appendCommand(src: string, command: string): string {
  const head = src.trimEnd();
  return head === '' ? command : `${head}\n${command}`;
}

/** A pointer name not used by the heap's handles nor anywhere in the script: a, b, … z, then p1, p2, … */
export function freshName(handles: Readonly<Record<string, unknown>>, src: string): string {
  const words = new Set(src.match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? []);
  const taken = (n: string) => n in handles || words.has(n);
  for (let c = 97; c <= 122; c++) {
    const n = String.fromCharCode(c);
    if (!taken(n)) return n;
  }
  for (let k = 1; ; k++) if (!taken(`p${k}`)) return `p${k}`;
}
