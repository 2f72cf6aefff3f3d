// The allocator playground's glue between the typed script and the core (no DOM): run a script,
// locate its error, keep the heap of the commands before a bad one (the parser says where each
// command is and which ones come before the error), and build clicked commands.
import { isSimError, type SimError } from '../../sim/errors';
import { simulateAllocator, type AllocEvent, type FitPolicy, type HeapState } from '../../sim/heap/model';
import { readAllocScript, type ScriptOp } from '../../sim/heap/syntax';
import type { Trace } from '../../sim/trace';
import type { LeakCount } from '../../sim/heap/leaks';

/**
 * A script run, shaped as the shell's Outcome: the trace of the whole script, or (after an
 * error, with `at` its character offset or null) the trace of the commands before the bad one,
 * or null; and the commands' texts (one per operation, for the script view).
 */
export type ScriptRun = (
  | { readonly ok: true; readonly trace: Trace<HeapState, AllocEvent>; readonly error: null; readonly at: null }
  | { readonly ok: false; readonly trace: Trace<HeapState, AllocEvent> | null; readonly error: SimError; readonly at: number | null }
) & { readonly commands: readonly string[] };

/** Runs a script. Never throws a SimError: a bad script gives `error`/`at` and the trace of the commands before it. */
export function runScript(src: string, policy: FitPolicy, size: number): ScriptRun {
  const read = readAllocScript(src);
  const textOf = (op: ScriptOp): string => src.slice(op.source.offset, op.source.end);
  const failed = (error: SimError, at: number | null, trace: Trace<HeapState, AllocEvent> | null = null, commands: readonly string[] = []): ScriptRun => ({ ok: false, trace, commands, error, at });
  if (read.ok) {
    const commands = read.ops.map(textOf);
    try {
      return { ok: true, trace: simulateAllocator(read.ops, { size, policy }).trace, commands, error: null, at: null };
    } catch (e) {
      if (!isSimError(e)) throw e;
      // Mid-run errors carry the partial trace and the operation number: point at that command.
      if (!e.trace) return failed(e, e.index ?? null);
      const op = typeof e.params['op'] === 'number' ? e.params['op'] : null;
      return failed(e, op === null ? null : (read.ops[op]?.source.offset ?? null), e.trace as Trace<HeapState, AllocEvent>, commands);
    }
  }
  // A parse error: show the heap as the commands before the bad one leave it (when they run).
  const at = read.error.index ?? null;
  if (read.before === null) return failed(read.error, at);
  try {
    return failed(read.error, at, simulateAllocator(read.before, { size, policy }).trace, read.before.map(textOf));
  } catch {
    return failed(read.error, at);
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

/** The `{bytes}` and `{blocks}` of a leak summary line, each as "1 byte" / "2 bytes" in the page's language. */
export function leakParams(c: LeakCount, t: (key: string, params?: Record<string, string | number>) => string): { bytes: string; blocks: string } {
  return {
    bytes: t(c.bytes === 1 ? 'heap.play.bytesOne' : 'heap.play.bytesMany', { n: c.bytes }),
    blocks: t(c.blocks === 1 ? 'heap.play.blocksOne' : 'heap.play.blocksMany', { n: c.blocks }),
  };
}
