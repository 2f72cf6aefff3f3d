import { SimError } from '../errors';
import { graphemeAt, positionsIn } from '../source-position';
import { callocBytes, type AllocOp } from './model';

/**
 * The allocator playground's script language: "a = malloc 100, b = calloc 4 25,
 * a = realloc a 200, free b" (or C-style calls). One tokenizer and one parser; every operation
 * comes back with where it is written, so a view never has to split the script itself.
 */

/** Where an operation is written in the script. */
export interface OpSource {
  /** 1-based line of its first character. */
  readonly line: number;
  /** 1-based column of its first character (in graphemes, like every parser: ../source-position.ts). */
  readonly column: number;
  /** 0-based character offset of its first character. */
  readonly offset: number;
  /** Offset just after its last character: `script.slice(offset, end)` is the command as written. */
  readonly end: number;
}

/** An operation with where it is written; simulateAllocator takes these as they are. */
export type ScriptOp = AllocOp & { readonly source: OpSource };

/**
 * A script read without throwing: every operation, or the first error and the operations of
 * the commands before the one that holds it (`before`; null when those commands do not parse
 * on their own, so there is no heap "before the error" to show).
 */
export type AllocScript =
  | { readonly ok: true; readonly ops: readonly ScriptOp[] }
  | { readonly ok: false; readonly error: SimError; readonly before: readonly ScriptOp[] | null };

const CALLS: Readonly<Record<string, 'malloc' | 'calloc' | 'realloc' | 'free'>> = { malloc: 'malloc', calloc: 'calloc', realloc: 'realloc', free: 'free' };

interface Tok {
  /** 'bad': the character the tokenizer stopped at (only used to find the command it is in). */
  readonly t: 'word' | 'num' | 'addr' | '=' | '(' | ')' | ',' | 'sep' | 'bad' | 'end';
  readonly text: string;
  readonly at: number;
}

const WORD = /[\p{L}\p{N}_]+/uy;

/**
 * A located error of the script: its line and column in the params (messages say "Line 2,
 * column 7", never a character offset), the offset as `index`.
 */
function scriptError(where: ReturnType<typeof positionsIn>, code: string, key: string, at: number, params: Record<string, string | number> = {}): SimError {
  return new SimError(code, key, { ...where(at), ...params }, at);
}

/** Expectations that can meet the end of a line or of the script: said in words, not as a blank. */
const AT_BREAK = new Set(['error.alloc.parse.needArgument', 'error.alloc.parse.needClose', 'error.alloc.parse.needNumber', 'error.alloc.parse.needName', 'error.alloc.parse.needCall']);

/** The tokens up to the first bad character or number (then `error` is set and a 'bad' token marks it). */
function tokenize(src: string, where: ReturnType<typeof positionsIn>): { toks: Tok[]; error: SimError | null } {
  const out: Tok[] = [];
  let i = 0;
  let error: SimError | null = null;
  while (i < src.length && error === null) {
    const c = src[i]!;
    if (c === '\n' || c === ';') {
      out.push({ t: 'sep', text: c, at: i++ });
    } else if (/\s/.test(c)) {
      i++;
    } else if (c === '=' || c === '(' || c === ')' || c === ',') {
      out.push({ t: c, text: c, at: i++ });
    } else {
      WORD.lastIndex = i;
      const m = WORD.exec(src);
      const text = m ? m[0] : c;
      if (!m) error = scriptError(where, 'syntax', 'error.alloc.parse.badChar', i, { char: graphemeAt(src, i) });
      else if (/^0x[0-9a-f]+$/i.test(text)) {
        if (!Number.isSafeInteger(Number(text))) error = scriptError(where, 'bad-size', 'error.alloc.parse.badNumber', i, { text });
        else out.push({ t: 'addr', text, at: i });
      } else if (/^\d/.test(text)) {
        if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) error = scriptError(where, 'bad-size', 'error.alloc.parse.badNumber', i, { text });
        else out.push({ t: 'num', text, at: i });
      } else {
        out.push({ t: 'word', text, at: i });
      }
      if (error) out.push({ t: 'bad', text: m ? text : graphemeAt(src, i), at: i });
      i += text.length;
    }
  }
  out.push({ t: 'end', text: '', at: error ? error.index! : src.length });
  return { toks: out, error };
}

/** The parser proper, over tokens that end with 'end'. Throws the first SimError. */
function parseTokens(toks: readonly Tok[], where: ReturnType<typeof positionsIn>): ScriptOp[] {
  let p = 0;
  const peek = (): Tok => toks[p]!;
  const fail = (key: string, tok: Tok, extra: Record<string, string> = {}): never => {
    const brk = tok.t === 'end' ? 'AtEnd' : tok.t === 'sep' && tok.text === '\n' ? 'AtNewline' : null;
    if (brk && AT_BREAK.has(key)) throw scriptError(where, 'syntax', key + brk, tok.at, extra);
    throw scriptError(where, 'syntax', key, tok.at, { found: tok.text, ...extra });
  };
  const freed = new Map<string, boolean>();
  const out: ScriptOp[] = [];
  const use = (tok: Tok, forFree: boolean): string => {
    const state = freed.get(tok.text);
    if (state === undefined) throw scriptError(where, 'unknown-handle', 'error.alloc.unknownHandle', tok.at, { name: tok.text });
    if (state) {
      if (forFree) throw scriptError(where, 'double-free', 'error.alloc.doubleFreeHandle', tok.at, { name: tok.text });
      throw scriptError(where, 'use-after-free', 'error.alloc.useAfterFree', tok.at, { name: tok.text });
    }
    return tok.text;
  };
  const args = (): Tok[] => {
    const list: Tok[] = [];
    if (peek().t === '(') {
      p++;
      if (peek().t === ')') {
        p++;
        return list;
      }
      for (;;) {
        const a = peek();
        if (a.t !== 'word' && a.t !== 'num' && a.t !== 'addr') fail('error.alloc.parse.needArgument', a);
        list.push(a);
        p++;
        const k = peek();
        p++;
        if (k.t === ')') return list;
        if (k.t !== ',') fail('error.alloc.parse.needClose', k);
      }
    }
    while (peek().t === 'word' || peek().t === 'num' || peek().t === 'addr') list.push(toks[p++]!);
    return list;
  };
  const arg = (list: Tok[], k: number, t: 'num' | 'word', after: Tok): Tok => {
    const a = list[k];
    if (!a) fail(t === 'num' ? 'error.alloc.parse.needNumber' : 'error.alloc.parse.needName', after);
    if (a!.t !== t) fail(t === 'num' ? 'error.alloc.parse.needNumber' : 'error.alloc.parse.needName', a!);
    return a!;
  };
  for (;;) {
    while (peek().t === 'sep' || peek().t === ',') p++;
    if (peek().t === 'end') break;
    const first = peek();
    if (first.t !== 'word') fail('error.alloc.parse.needCommand', first);
    p++;
    let target: Tok | null = null;
    let callTok = first;
    if (peek().t === '=') {
      if (CALLS[first.text.toLowerCase()] !== undefined) fail('error.alloc.parse.needName', first);
      p++;
      target = first;
      callTok = peek();
      if (callTok.t !== 'word') fail('error.alloc.parse.needCall', callTok);
      p++;
    }
    const call = CALLS[callTok.text.toLowerCase()];
    if (call === undefined) fail(target ? 'error.alloc.parse.needCall' : 'error.alloc.parse.unknownWord', callTok, { word: callTok.text });
    if (target && call === 'free') fail('error.alloc.parse.needCall', callTok);
    const list = args();
    const after = peek();
    const arity = { malloc: 1, calloc: 2, realloc: 2, free: 1 }[call!];
    if (call === 'malloc') {
      arg(list, 0, 'num', after);
    } else if (call === 'calloc') {
      arg(list, 0, 'num', after);
      arg(list, 1, 'num', after);
    } else if (call === 'realloc') {
      if (!target) fail('error.alloc.parse.reallocAssign', callTok);
      const src = arg(list, 0, 'word', after);
      if (src.text !== target!.text) fail('error.alloc.parse.reallocTarget', src, { name: target!.text });
      arg(list, 1, 'num', after);
    } else if (list[0]?.t !== 'addr') {
      arg(list, 0, 'word', after);
    }
    if (list.length > arity) fail('error.alloc.parse.needEnd', list[arity]!);
    const end = peek();
    if (end.t !== 'sep' && end.t !== ',' && end.t !== 'end') fail('error.alloc.parse.needEnd', end);
    const num = (k: number): number => Number(list[k]!.text);
    const name = target?.text;
    // The command runs from its first token to the last one read before the separator.
    const last = toks[p - 1]!;
    const source: OpSource = { ...where(first.at), offset: first.at, end: last.at + last.text.length };
    const push = (op: AllocOp): void => {
      out.push({ ...op, source });
    };
    if (call === 'malloc') push(name === undefined ? { op: 'malloc', size: num(0) } : { op: 'malloc', size: num(0), name });
    else if (call === 'calloc') {
      checkCallocAt(num(0), num(1), list[0]!, where);
      push(name === undefined ? { op: 'calloc', count: num(0), size: num(1) } : { op: 'calloc', count: num(0), size: num(1), name });
    } else if (call === 'realloc') {
      push({ op: 'realloc', name: use(list[0]!, false), size: num(1) });
    } else if (list[0]!.t === 'addr') {
      push({ op: 'free-address', address: Number(list[0]!.text) });
    } else {
      push({ op: 'free', name: use(list[0]!, true) });
      freed.set(list[0]!.text, true);
    }
    if (name !== undefined) freed.set(name, false);
  }
  return out;
}

/**
 * The operations of the commands before the one that holds offset `at`, or null when they do
 * not parse on their own. Commands are split at , ; and new lines outside parentheses (what
 * the parser reads as one command when the script is right); a command starts at its first
 * token, or at the bad character the tokenizer stopped at.
 */
function opsBefore(src: string, toks: readonly Tok[], at: number, where: ReturnType<typeof positionsIn>): ScriptOp[] | null {
  let depth = 0;
  let fresh = true;
  let start = 0;
  for (let i = 0; i < toks.length && toks[i]!.t !== 'end' && toks[i]!.at <= at; i++) {
    const t = toks[i]!;
    if (depth === 0 && (t.t === ',' || t.t === 'sep')) {
      fresh = true;
      continue;
    }
    if (fresh) start = i;
    fresh = false;
    if (t.t === '(') depth++;
    else if (t.t === ')') depth = Math.max(0, depth - 1);
  }
  const prefix = [...toks.slice(0, start), { t: 'end' as const, text: '', at: toks[start]?.at ?? src.length }];
  try {
    return parseTokens(prefix, where);
  } catch (e) {
    if (e instanceof SimError) return null;
    throw e;
  }
}

/**
 * Reads a script without throwing (see AllocScript and parseAllocOps): the playground uses it
 * to show the heap the commands before a bad one leave.
 */
export function readAllocScript(src: string): AllocScript {
  const where = positionsIn(src);
  const { toks, error: tokenError } = tokenize(src, where);
  let error = tokenError;
  if (error === null) {
    try {
      return { ok: true, ops: parseTokens(toks, where) };
    } catch (e) {
      if (!(e instanceof SimError)) throw e;
      error = e;
    }
  }
  return { ok: false, error, before: error.index === undefined ? null : opsBefore(src, toks, error.index, where) };
}

/**
 * Parses a learner's script: "a = malloc 100, b = calloc 4 25, a = realloc a 200, free b".
 * Commands are separated by commas, semicolons or new lines (blank lines are fine; there are
 * no comments); C-style calls also work ("a = malloc(100); free(a)"); `free 0x1040` frees a
 * raw address (checked when it runs). `malloc`/`calloc` without "name =" allocate an unnamed
 * block; realloc must be assigned back to its own handle.
 *
 * Every operation comes with `source`: its 1-based `line` and `column` and its character
 * range `offset`..`end` in the script (see OpSource).
 *
 * Throws SimError with `index` = character offset and `line`, `column` in the params: 'syntax' (unexpected token or character),
 * 'bad-size' (bad number), 'calloc-overflow', 'unknown-handle', 'double-free' (free of a handle
 * freed earlier in the script), 'use-after-free'. A bad character or number is reported before
 * any other error.
 *
 * @example parseAllocOps('a = malloc 8\nfree a')[1] → { op: 'free', name: 'a', source: { line: 2, column: 1, offset: 13, end: 19 } }
 */
export function parseAllocOps(src: string): ScriptOp[] {
  const read = readAllocScript(src);
  if (!read.ok) throw read.error;
  return [...read.ops];
}

function checkCallocAt(count: number, size: number, tok: Tok, where: ReturnType<typeof positionsIn>): void {
  try {
    callocBytes(count, size);
  } catch (e) {
    if (e instanceof SimError) throw scriptError(where, e.code, e.key, tok.at, { ...e.params });
    throw e;
  }
}
