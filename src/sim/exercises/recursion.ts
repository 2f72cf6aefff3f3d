// Chapter 3's questions about runs of the book's programs: the call arguments a reader types
// (parsed, with a located error) and how many calls a run makes.
import { SimError, isSimError } from '../errors';
import { runCallStack } from '../callstack';
import { programById, parseArgs, type Program, type Value } from '../programs/index';

/**
 * Parses the argument text a reader types for `program` ("4", "[1, 3, 5], 3", "2, 10"):
 * top-level commas separate arguments (a single list argument may omit its brackets), then
 * `parseArgs` validates. Throws SimError whose `index` is the character offset of the problem
 * ('bad-arity': wrong number of arguments; else parseArgs' codes).
 */
export function parseArgText(program: Program, text: string): Record<string, Value> {
  const specs = program.args;
  const pieces: { text: string; start: number }[] = [];
  if (specs.length === 1) pieces.push({ text, start: 0 });
  else {
    let depth = 0;
    let start = 0;
    for (let i = 0; i <= text.length; i++) {
      const ch = text[i];
      if (ch === '[') depth++;
      else if (ch === ']') depth = Math.max(0, depth - 1);
      if (i === text.length || (ch === ',' && depth === 0)) {
        pieces.push({ text: text.slice(start, i), start });
        start = i + 1;
      }
    }
  }
  if (pieces.length !== specs.length) {
    const at = pieces.length > specs.length ? pieces[specs.length]!.start - 1 : text.length;
    throw new SimError('bad-arity', 'error.callstack.arity', { count: specs.length, names: specs.map((s) => s.name).join(', ') }, at);
  }
  const texts: Record<string, string> = {};
  specs.forEach((s, i) => (texts[s.name] = pieces[i]!.text));
  try {
    return parseArgs(program, texts);
  } catch (e) {
    if (!isSimError(e)) throw e;
    const i = specs.findIndex((s) => s.name === e.params['name']);
    const piece = pieces[Math.max(0, i)]!;
    let at = piece.start + (piece.text.length - piece.text.trimStart().length);
    const item = e.params['index'];
    if (typeof item === 'number') {
      const re = /[^\s,[\]]+/g;
      let m: RegExpExecArray | null;
      let k = 0;
      while ((m = re.exec(piece.text)) !== null) {
        if (k++ === item) {
          at = piece.start + m.index;
          break;
        }
      }
    }
    throw new SimError(e.code, e.key, e.params, at);
  }
}

/** How many calls a run of `program` makes (from its trace; includes a call that failed the limit). */
export function callCount(program: string, args: Readonly<Record<string, Value>>): number {
  const prog = programById(program);
  if (!prog) throw new SimError('unknown-program', 'error.callstack.unknownProgram', { id: program });
  return runCallStack(prog, args).trace.final.nodeCount;
}
