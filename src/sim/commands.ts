import { SimError, outcomeOf, type Outcome } from './errors';
import type { EventBase, Trace } from './trace';

/** One command of a compact command list: "type ab, undo" → [{word:'type', arg:'ab'}, {word:'undo'}]. */
export interface Command {
  /** The command word, lower-cased. */
  readonly word: string;
  /** The rest of the command (quotes removed), '' when absent. */
  readonly arg: string;
  /** Character offset of the command word / of the argument in the source. */
  readonly offset: number;
  readonly argOffset: number;
}

/**
 * Splits a command list on commas, semicolons and newlines. An argument may be quoted
 * ("a, b" or 'a, b') to contain separators or surrounding spaces. Empty items are skipped.
 * Throws SimError 'unclosed-quote' with the index of the opening quote.
 */
export function splitCommands(src: string): Command[] {
  const out: Command[] = [];
  let i = 0;
  while (i < src.length) {
    while (i < src.length && /[\s,;]/.test(src[i]!)) i++;
    if (i >= src.length) break;
    const offset = i;
    while (i < src.length && !/[\s,;]/.test(src[i]!)) i++;
    const word = src.slice(offset, i).toLowerCase();
    while (i < src.length && (src[i] === ' ' || src[i] === '\t')) i++;
    let arg = '';
    const argOffset = i;
    const q = src[i];
    if (q === '"' || q === "'") {
      const end = src.indexOf(q, i + 1);
      if (end < 0) throw new SimError('unclosed-quote', 'error.commands.unclosedQuote', { index: i + 1 }, i);
      arg = src.slice(i + 1, end);
      i = end + 1;
      while (i < src.length && !/[,;\n]/.test(src[i]!)) {
        if (!/\s/.test(src[i]!)) {
          throw new SimError('trailing-text', 'error.commands.trailingText', { index: i + 1 }, i);
        }
        i++;
      }
    } else {
      while (i < src.length && !/[,;\n]/.test(src[i]!)) i++;
      arg = src.slice(argOffset, i).trim();
    }
    out.push({ word, arg, offset, argOffset });
  }
  return out;
}

/**
 * Looks a command word up in an alias table (English and Korean words). An unknown word is
 * reported with `error.commands.unknown.<player>`, which lists the player's commands in the
 * reader's language.
 */
export function commandOf<T extends string>(cmd: Command, aliases: Readonly<Record<string, T>>, player: 'stack' | 'undo' | 'history'): T {
  const t = Object.prototype.hasOwnProperty.call(aliases, cmd.word) ? aliases[cmd.word] : undefined;
  if (t === undefined) {
    throw new SimError('unknown-command', `error.commands.unknown.${player}`, { word: cmd.word, index: cmd.offset + 1 }, cmd.offset);
  }
  return t;
}

export function noArgument(cmd: Command): void {
  if (cmd.arg !== '') {
    throw new SimError('unexpected-argument', 'error.commands.unexpectedArgument', { word: cmd.word, index: cmd.argOffset + 1 }, cmd.argOffset);
  }
}

/** Each command's text (one part per operation, for an input view) and its character offset; none when the list cannot be split. */
export function commandParts(src: string): { parts: string[]; offsets: number[] } {
  let cmds: Command[] = [];
  try {
    cmds = splitCommands(src);
  } catch {
    // An unclosed quote: the parser reports it, located; there are no parts to show.
  }
  return { parts: cmds.map((c) => (c.arg === '' ? c.word : `${c.word} ${c.arg}`)), offsets: cmds.map((c) => c.offset) };
}

/**
 * Runs a command-list input ("push 1, pop" / "type a, undo" / "visit a, back"): parse, then
 * simulate. A parse error carries a character offset; a simulation error carries the command's
 * number, which is turned into that command's offset. Also returns the commands' parts.
 */
export function runCommands<Op, S, E extends EventBase>(
  text: string,
  parse: (text: string) => Op[],
  simulate: (ops: Op[]) => { trace: Trace<S, E> },
): { outcome: Outcome<S, E>; parts: string[] } {
  const cmds = commandParts(text);
  let parsed = false;
  const outcome = outcomeOf<S, E>(
    () => {
      const ops = parse(text);
      parsed = true;
      return simulate(ops);
    },
    (e) => (parsed ? (e.index === undefined ? null : (cmds.offsets[e.index] ?? null)) : (e.index ?? null)),
  );
  return { outcome, parts: cmds.parts };
}
