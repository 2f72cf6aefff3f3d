import { SimError } from '../errors';
import { callocBytes, type AllocOp } from './model';

/**
 * The allocator playground's script language: "a = malloc 100, b = calloc 4 25,
 * a = realloc a 200, free b" (or C-style calls). One tokenizer, one parser; see parseAllocOps.
 */

const CALLS: Readonly<Record<string, 'malloc' | 'calloc' | 'realloc' | 'free'>> = { malloc: 'malloc', calloc: 'calloc', realloc: 'realloc', free: 'free' };

interface Tok {
  readonly t: 'word' | 'num' | 'addr' | '=' | '(' | ')' | ',' | 'sep' | 'end';
  readonly text: string;
  readonly at: number;
}

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n' || c === ';') {
      out.push({ t: 'sep', text: c, at: i++ });
    } else if (/\s/.test(c)) {
      i++;
    } else if (c === '=' || c === '(' || c === ')' || c === ',') {
      out.push({ t: c, text: c, at: i++ });
    } else {
      const m = /^[\p{L}\p{N}_]+/u.exec(src.slice(i));
      if (!m) throw new SimError('syntax', 'error.alloc.parse.badChar', { char: c, index: i }, i);
      const text = m[0];
      if (/^0x[0-9a-f]+$/i.test(text)) {
        if (!Number.isSafeInteger(Number(text))) throw new SimError('bad-size', 'error.alloc.parse.badNumber', { text, index: i }, i);
        out.push({ t: 'addr', text, at: i });
      } else if (/^\d/.test(text)) {
        if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new SimError('bad-size', 'error.alloc.parse.badNumber', { text, index: i }, i);
        out.push({ t: 'num', text, at: i });
      } else {
        out.push({ t: 'word', text, at: i });
      }
      i += text.length;
    }
  }
  out.push({ t: 'end', text: '', at: src.length });
  return out;
}

/**
 * Parses a learner's script: "a = malloc 100, b = calloc 4 25, a = realloc a 200, free b".
 * Commands are separated by commas, semicolons or new lines; C-style calls also work
 * ("a = malloc(100); free(a)"); `free 0x1040` frees a raw address (checked when it runs).
 * `malloc`/`calloc` without "name =" allocate an unnamed
 * block; realloc must be assigned back to its own handle. Throws SimError with `index` =
 * character offset: 'syntax' (unexpected token), 'bad-size' (bad number), 'unknown-handle',
 * 'double-free' (free of a handle freed earlier in the script), 'use-after-free'.
 */
export function parseAllocOps(src: string): AllocOp[] {
  const toks = tokenize(src);
  let p = 0;
  const peek = (): Tok => toks[p]!;
  const fail = (key: string, tok: Tok, extra: Record<string, string> = {}): never => {
    throw new SimError('syntax', key, { found: tok.t === 'end' ? '' : tok.text, index: tok.at, ...extra }, tok.at);
  };
  const freed = new Map<string, boolean>();
  const out: AllocOp[] = [];
  const use = (tok: Tok, forFree: boolean): string => {
    const state = freed.get(tok.text);
    if (state === undefined) throw new SimError('unknown-handle', 'error.alloc.unknownHandle', { name: tok.text, index: tok.at }, tok.at);
    if (state) {
      if (forFree) throw new SimError('double-free', 'error.alloc.doubleFreeHandle', { name: tok.text, index: tok.at }, tok.at);
      throw new SimError('use-after-free', 'error.alloc.useAfterFree', { name: tok.text, index: tok.at }, tok.at);
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
    if (call === 'malloc') out.push(name === undefined ? { op: 'malloc', size: num(0) } : { op: 'malloc', size: num(0), name });
    else if (call === 'calloc') {
      checkCallocAt(num(0), num(1), list[0]!);
      out.push(name === undefined ? { op: 'calloc', count: num(0), size: num(1) } : { op: 'calloc', count: num(0), size: num(1), name });
    } else if (call === 'realloc') {
      out.push({ op: 'realloc', name: use(list[0]!, false), size: num(1) });
    } else if (list[0]!.t === 'addr') {
      out.push({ op: 'free-address', address: Number(list[0]!.text) });
    } else {
      out.push({ op: 'free', name: use(list[0]!, true) });
      freed.set(list[0]!.text, true);
    }
    if (name !== undefined) freed.set(name, false);
  }
  return out;
}

function checkCallocAt(count: number, size: number, tok: Tok): void {
  try {
    callocBytes(count, size);
  } catch (e) {
    if (e instanceof SimError) throw new SimError(e.code, e.key, { ...e.params, index: tok.at }, tok.at);
    throw e;
  }
}
