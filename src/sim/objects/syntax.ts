import { SimError } from '../errors';
import { graphemeAt, positionsIn, type SourcePosition } from '../source-position';

/**
 * The object language: a small subset of Python, one statement per line (see
 * `simulateObjects` in ./simulate.ts for the exact list). This file turns program text into
 * statements; every node keeps its 1-based line and column and its character offset, so an
 * error can be shown where it is.
 */

export interface Pos {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column, in graphemes (see ../source-position.ts). */
  readonly column: number;
  /** 0-based character offset in the program text. */
  readonly offset: number;
}

export type Expr =
  | { readonly k: 'int'; readonly value: number; readonly text: string; readonly pos: Pos }
  | { readonly k: 'str'; readonly text: string; readonly pos: Pos }
  | { readonly k: 'const'; readonly name: 'None' | 'True' | 'False'; readonly pos: Pos }
  | { readonly k: 'name'; readonly name: string; readonly pos: Pos }
  | { readonly k: 'list' | 'tuple'; readonly items: readonly Expr[]; readonly pos: Pos }
  | { readonly k: 'dict'; readonly entries: readonly (readonly [string, Expr])[]; readonly pos: Pos }
  | { readonly k: 'attr'; readonly obj: Expr; readonly attr: string; readonly pos: Pos }
  | { readonly k: 'index'; readonly obj: Expr; readonly index: Expr; readonly pos: Pos }
  /** `name(args)`: a function defined with `def`, or `Capitalized()` for a new instance. */
  | { readonly k: 'call'; readonly fn: string; readonly args: readonly Expr[]; readonly pos: Pos };

export type Target =
  | { readonly k: 'name'; readonly name: string; readonly pos: Pos }
  | { readonly k: 'attr'; readonly obj: Expr; readonly attr: string; readonly pos: Pos }
  | { readonly k: 'index'; readonly obj: Expr; readonly index: Expr; readonly pos: Pos };

export type GcOp = 'collect' | 'disable' | 'enable' | 'set_threshold';

export type Stmt =
  | { readonly k: 'assign'; readonly target: Target; readonly value: Expr; readonly pos: Pos }
  | { readonly k: 'append'; readonly obj: Expr; readonly value: Expr; readonly pos: Pos }
  | { readonly k: 'del'; readonly target: Target; readonly pos: Pos }
  | { readonly k: 'def'; readonly name: string; readonly params: readonly string[]; readonly body: readonly Stmt[]; readonly locals: readonly string[]; readonly pos: Pos }
  | { readonly k: 'return'; readonly value: Expr | null; readonly pos: Pos }
  | { readonly k: 'expr'; readonly value: Expr; readonly pos: Pos }
  | { readonly k: 'gc'; readonly op: GcOp; readonly args: readonly number[]; readonly pos: Pos }
  | { readonly k: 'print'; readonly arg: Expr; readonly pos: Pos }
  | { readonly k: 'pass' | 'import'; readonly pos: Pos }
  | { readonly k: 'class'; readonly name: string; readonly pos: Pos };

interface Token {
  readonly t: 'name' | 'int' | 'str' | 'op' | 'end';
  readonly v: string;
  readonly pos: Pos;
}

const OPS = new Set(['=', '.', ',', '(', ')', '[', ']', '{', '}', ':', '-']);
/** Python statements and keywords the language does not have: named in the error. */
const UNSUPPORTED = new Set([
  'if', 'elif', 'else', 'for', 'while', 'try', 'except', 'finally', 'with', 'global', 'nonlocal', 'lambda',
  'yield', 'async', 'await', 'raise', 'assert', 'break', 'continue', 'from', 'match', 'not', 'and', 'or', 'in', 'is',
]);
const KEYWORDS = new Set([...UNSUPPORTED, 'def', 'class', 'return', 'del', 'pass', 'import', 'None', 'True', 'False']);
const NAME_RE = /[A-Za-z_][A-Za-z0-9_]*/y;
const INT_RE = /[0-9]+/y;

export function located(code: string, key: string, pos: Pos, params: Record<string, string | number> = {}): SimError {
  return new SimError(code, key, { line: pos.line, column: pos.column, ...params }, pos.offset);
}

/**
 * How deep brackets may nest in one expression. CPython's parser stops at 200 ("too many
 * nested parentheses"); the chapter's programs need a handful, and each level costs the
 * recursive parser a few stack frames, so thousands would overflow the JavaScript stack.
 */
export const MAX_NESTING = 100;

/** Splits one line (without its indentation's meaning) into tokens; `#` starts a comment. */
function tokenize(text: string, line: number, lineOffset: number, where: (offset: number) => SourcePosition): Token[] {
  const out: Token[] = [];
  let i = 0;
  const at = (c: number): Pos => ({ line, column: where(lineOffset + c).column, offset: lineOffset + c });
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '#') break;
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw located('syntax', 'error.objects.unclosedString', at(i));
      const body = text.slice(i + 1, end);
      if (body.includes('\\')) throw located('syntax', 'error.objects.escape', at(i));
      out.push({ t: 'str', v: body, pos: at(i) });
      i = end + 1;
      continue;
    }
    NAME_RE.lastIndex = i;
    const name = NAME_RE.exec(text);
    if (name) {
      out.push({ t: 'name', v: name[0], pos: at(i) });
      i += name[0].length;
      continue;
    }
    INT_RE.lastIndex = i;
    const num = INT_RE.exec(text);
    if (num) {
      if (/[A-Za-z_.]/.test(text[i + num[0].length] ?? '')) throw located('syntax', 'error.objects.badNumber', at(i));
      out.push({ t: 'int', v: num[0], pos: at(i) });
      i += num[0].length;
      continue;
    }
    if (OPS.has(c)) {
      out.push({ t: 'op', v: c, pos: at(i) });
      i++;
      continue;
    }
    throw located('syntax', 'error.objects.badChar', at(i), { char: graphemeAt(text, i) });
  }
  out.push({ t: 'end', v: '', pos: at(text.length) });
  return out;
}

/** Recursive descent over one line's tokens. */
class LineParser {
  private i = 0;
  /** Brackets open around the expression being read. */
  private depth = 0;
  constructor(private readonly toks: Token[]) {}

  peek(k = 0): Token {
    return this.toks[Math.min(this.i + k, this.toks.length - 1)]!;
  }
  next(): Token {
    const t = this.peek();
    if (t.t !== 'end') this.i++;
    return t;
  }
  isOp(v: string, k = 0): boolean {
    const t = this.peek(k);
    return t.t === 'op' && t.v === v;
  }
  expectOp(v: string): Token {
    const t = this.peek();
    if (t.t !== 'op' || t.v !== v) throw this.unexpected(t, v);
    return this.next();
  }
  expectName(): Token {
    const t = this.peek();
    if (t.t !== 'name' || KEYWORDS.has(t.v)) throw this.unexpected(t, 'name');
    return this.next();
  }
  end(): void {
    const t = this.peek();
    if (t.t !== 'end') throw this.unexpected(t, 'end');
  }
  unexpected(t: Token, wanted: string): SimError {
    if (t.t === 'end') return located('syntax', 'error.objects.unexpectedEnd', t.pos, { wanted });
    return located('syntax', 'error.objects.unexpected', t.pos, { token: t.v || t.t, wanted });
  }

  /** A comma-separated list up to `close`; a trailing comma is allowed. */
  items<T>(close: string, one: () => T): { list: T[]; trailing: boolean } {
    // The opening bracket was just read: it is the token before this one.
    if (++this.depth > MAX_NESTING) throw located('unsupported', 'error.objects.tooDeep', this.toks[this.i - 1]!.pos, { max: MAX_NESTING });
    const list: T[] = [];
    let trailing = false;
    while (!this.isOp(close)) {
      list.push(one());
      trailing = false;
      if (this.isOp(',')) {
        this.next();
        trailing = true;
      } else break;
    }
    this.expectOp(close);
    this.depth--;
    return { list, trailing };
  }

  expr(): Expr {
    let e = this.atom();
    // `x.a.a…` and `x[0][0]…` nest too (the interpreter walks them recursively).
    let trailers = 0;
    for (;;) {
      if ((this.isOp('.') || this.isOp('[')) && ++trailers > MAX_NESTING) throw located('unsupported', 'error.objects.tooDeep', this.peek().pos, { max: MAX_NESTING });
      if (this.isOp('.') && !(this.peek(1).t === 'name' && this.peek(1).v === 'append' && this.isOp('(', 2))) {
        if (this.peek(1).t === 'name' && this.isOp('(', 2)) throw located('unsupported', 'error.objects.method', this.peek(1).pos, { name: this.peek(1).v });
        const dot = this.next();
        const attr = this.expectName();
        e = { k: 'attr', obj: e, attr: attr.v, pos: dot.pos };
      } else if (this.isOp('[')) {
        const open = this.next();
        const index = this.atom();
        if (index.k !== 'int' && index.k !== 'str') throw located('unsupported', 'error.objects.badIndex', index.pos);
        this.expectOp(']');
        e = { k: 'index', obj: e, index, pos: open.pos };
      } else return e;
    }
  }

  atom(): Expr {
    const t = this.peek();
    if (t.t === 'int') {
      this.next();
      return { k: 'int', value: Number(t.v), text: t.v, pos: t.pos };
    }
    if (t.t === 'op' && t.v === '-' && this.peek(1).t === 'int') {
      this.next();
      const n = this.next();
      return { k: 'int', value: -Number(n.v), text: '-' + n.v, pos: t.pos };
    }
    if (t.t === 'str') {
      this.next();
      return { k: 'str', text: t.v, pos: t.pos };
    }
    if (t.t === 'name') {
      if (t.v === 'None' || t.v === 'True' || t.v === 'False') {
        this.next();
        return { k: 'const', name: t.v, pos: t.pos };
      }
      if (KEYWORDS.has(t.v)) throw located('unsupported', 'error.objects.keyword', t.pos, { word: t.v });
      this.next();
      if (this.isOp('(')) {
        this.next();
        const args = this.items(')', () => this.expr()).list;
        return { k: 'call', fn: t.v, args, pos: t.pos };
      }
      return { k: 'name', name: t.v, pos: t.pos };
    }
    if (t.t === 'op' && t.v === '[') {
      this.next();
      return { k: 'list', items: this.items(']', () => this.expr()).list, pos: t.pos };
    }
    if (t.t === 'op' && t.v === '(') {
      this.next();
      const { list, trailing } = this.items(')', () => this.expr());
      if (list.length === 1 && !trailing) return list[0]!;
      return { k: 'tuple', items: list, pos: t.pos };
    }
    if (t.t === 'op' && t.v === '{') {
      this.next();
      const entries = this.items('}', () => {
        const key = this.peek();
        if (key.t !== 'str') throw located('unsupported', 'error.objects.dictKey', key.pos);
        this.next();
        this.expectOp(':');
        return [key.v, this.expr()] as const;
      }).list;
      return { k: 'dict', entries, pos: t.pos };
    }
    throw this.unexpected(t, 'expression');
  }

  /** `name.attr…` / `x[i]` / `name` as the target of `=` or `del`. */
  target(e: Expr): Target {
    if (e.k === 'name' || e.k === 'attr' || e.k === 'index') return e;
    throw located('syntax', 'error.objects.badTarget', e.pos);
  }
}

interface RawLine {
  readonly line: number;
  readonly indent: number;
  readonly toks: Token[];
}

/** Statements the language reads from one line; `def`/`class` headers get their bodies later. */
function parseSimple(raw: RawLine, inDef: boolean): Stmt | { k: 'def-head'; name: string; params: string[]; pos: Pos } | { k: 'class-head'; name: string; inline: boolean; pos: Pos } {
  const p = new LineParser(raw.toks);
  const first = p.peek();
  const pos = first.pos;
  if (first.t === 'name') {
    switch (first.v) {
      case 'def': {
        p.next();
        const name = p.expectName();
        p.expectOp('(');
        const params = p.items(')', () => p.expectName().v).list;
        const seen = new Set<string>();
        for (const q of params) {
          if (seen.has(q)) throw located('syntax', 'error.objects.duplicateParam', pos, { name: q });
          seen.add(q);
        }
        p.expectOp(':');
        p.end();
        return { k: 'def-head', name: name.v, params, pos };
      }
      case 'class': {
        p.next();
        const name = p.expectName();
        if (p.isOp('(')) {
          p.next();
          p.expectOp(')');
        }
        p.expectOp(':');
        let inline = false;
        if (p.peek().t === 'name' && p.peek().v === 'pass') {
          p.next();
          inline = true;
        }
        p.end();
        return { k: 'class-head', name: name.v, inline, pos };
      }
      case 'return': {
        if (!inDef) throw located('syntax', 'error.objects.returnOutside', pos);
        p.next();
        const value = p.peek().t === 'end' ? null : p.expr();
        p.end();
        return { k: 'return', value, pos };
      }
      case 'del': {
        p.next();
        const target = p.target(p.expr());
        p.end();
        return { k: 'del', target, pos };
      }
      case 'pass':
        p.next();
        p.end();
        return { k: 'pass', pos };
      case 'import': {
        p.next();
        for (;;) {
          const m = p.expectName();
          if (m.v !== 'gc' && m.v !== 'sys') throw located('unsupported', 'error.objects.module', m.pos, { name: m.v });
          if (!p.isOp(',')) break;
          p.next();
        }
        p.end();
        return { k: 'import', pos };
      }
      case 'print': {
        p.next();
        p.expectOp('(');
        const sys = p.peek();
        if (!(sys.t === 'name' && sys.v === 'sys' && p.isOp('.', 1) && p.peek(2).v === 'getrefcount' && p.isOp('(', 3))) {
          throw located('unsupported', 'error.objects.print', pos);
        }
        p.next();
        p.next();
        p.next();
        p.next();
        const arg = p.expr();
        p.expectOp(')');
        p.expectOp(')');
        p.end();
        return { k: 'print', arg, pos };
      }
      case 'gc': {
        if (!p.isOp('.', 1)) break;
        p.next();
        p.next();
        const op = p.expectName();
        if (op.v !== 'collect' && op.v !== 'disable' && op.v !== 'enable' && op.v !== 'set_threshold') {
          throw located('unsupported', 'error.objects.gcOp', op.pos, { name: op.v });
        }
        p.expectOp('(');
        const args = p.items(')', () => {
          const n = p.peek();
          if (n.t !== 'int') throw p.unexpected(n, 'number');
          p.next();
          return Number(n.v);
        }).list;
        p.end();
        const wanted = op.v === 'set_threshold' ? args.length >= 1 && args.length <= 3 : args.length === 0;
        if (!wanted) throw located('syntax', 'error.objects.gcArgs', op.pos, { name: op.v });
        return { k: 'gc', op: op.v, args, pos };
      }
      default:
        if (UNSUPPORTED.has(first.v)) throw located('unsupported', 'error.objects.statement', pos, { word: first.v });
    }
  }
  const e = p.expr();
  if (p.isOp('.') && p.peek(1).v === 'append') {
    p.next();
    p.next();
    p.expectOp('(');
    const value = p.expr();
    p.expectOp(')');
    p.end();
    return { k: 'append', obj: e, value, pos };
  }
  if (p.isOp('=')) {
    p.next();
    const target = p.target(e);
    const value = p.expr();
    if (p.isOp('=')) throw located('unsupported', 'error.objects.chained', p.peek().pos);
    p.end();
    return { k: 'assign', target, value, pos };
  }
  if (p.isOp('.') && p.peek(1).t === 'name') {
    throw located('unsupported', 'error.objects.method', p.peek(1).pos, { name: p.peek(1).v });
  }
  p.end();
  if (e.k !== 'call') throw located('unsupported', 'error.objects.noEffect', pos);
  return { k: 'expr', value: e, pos };
}

/** Names a function body assigns or deletes: they are its locals (Python's rule). */
function assignedNames(body: readonly Stmt[]): string[] {
  const out = new Set<string>();
  for (const s of body) {
    if ((s.k === 'assign' || s.k === 'del') && s.target.k === 'name') out.add(s.target.name);
    if (s.k === 'def' || s.k === 'class') out.add(s.name);
  }
  return [...out];
}

/**
 * Parses a program. Blocks by indentation: only a `def` (and a `class` whose body is
 * `pass`) opens one; a nested `def` is not supported. Tabs count as one column each, so do
 * not mix them with spaces. Throws a located SimError.
 */
export function parseProgram(text: string): Stmt[] {
  const lines: RawLine[] = [];
  let offset = 0;
  const normal = text.replace(/\r\n?/g, '\n');
  const where = positionsIn(normal);
  const src = normal.split('\n');
  src.forEach((lineText, i) => {
    const toks = tokenize(lineText, i + 1, offset, where);
    const indent = lineText.length - lineText.trimStart().length;
    if (toks.length > 1) lines.push({ line: i + 1, indent, toks });
    offset += lineText.length + 1;
  });
  const top: Stmt[] = [];
  let k = 0;
  while (k < lines.length) {
    const raw = lines[k]!;
    if (raw.indent > 0) throw located('syntax', 'error.objects.indent', raw.toks[0]!.pos);
    const s = parseSimple(raw, false);
    k++;
    if (s.k === 'def-head' || s.k === 'class-head') {
      const body: RawLine[] = [];
      while (k < lines.length && lines[k]!.indent > 0) body.push(lines[k++]!);
      if (s.k === 'class-head') {
        if (!s.inline && body.length === 0) throw located('syntax', 'error.objects.emptyBlock', s.pos);
        for (const b of body) {
          const inner = parseSimple(b, false);
          if (inner.k !== 'pass') throw located('unsupported', 'error.objects.classBody', b.toks[0]!.pos);
        }
        if (s.inline && body.length > 0) throw located('syntax', 'error.objects.indent', body[0]!.toks[0]!.pos);
        top.push({ k: 'class', name: s.name, pos: s.pos });
        continue;
      }
      if (body.length === 0) throw located('syntax', 'error.objects.emptyBlock', s.pos);
      const indent = body[0]!.indent;
      const stmts: Stmt[] = [];
      for (const b of body) {
        if (b.indent !== indent) throw located('syntax', 'error.objects.indent', b.toks[0]!.pos);
        const inner = parseSimple(b, true);
        if (inner.k === 'def-head' || inner.k === 'class-head') throw located('unsupported', 'error.objects.nested', inner.pos);
        stmts.push(inner);
      }
      const locals = [...new Set([...s.params, ...assignedNames(stmts)])];
      top.push({ k: 'def', name: s.name, params: s.params, body: stmts, locals, pos: s.pos });
      continue;
    }
    top.push(s);
  }
  return top;
}

/** True when evaluating `e` runs a user function (so references loaded before it must be held). */
export function hasCall(e: Expr): boolean {
  switch (e.k) {
    case 'call':
      return true;
    case 'list':
    case 'tuple':
      return e.items.some(hasCall);
    case 'dict':
      return e.entries.some(([, v]) => hasCall(v));
    case 'attr':
    case 'index':
      return hasCall(e.obj);
    default:
      return false;
  }
}
