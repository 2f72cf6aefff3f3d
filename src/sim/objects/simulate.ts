import { SimError } from '../errors';
import { cpythonRuntime, type CpythonRuntime, type GcThresholds } from '../cpython/runtime';
import { minorOf } from '../cpython/versions';
import { buildTrace, inputLimitTrace, overLimit, throwIfError, type RunOptions, type Trace } from '../trace';
import { MAX_PROGRAM_LENGTH } from './limits';
import { hasCall, located, parseProgram, type Expr, type Pos, type Stmt, type Target } from './syntax';
import {
  applyObjects,
  DEFAULT_OBJECTS_VERSION,
  freeze,
  initialObjects,
  isRef,
  labelOf,
  mutate,
  narrateWith,
  valText,
  type ContainerType,
  type Draft,
  type Obj,
  type ObjEvent,
  type ObjectsState,
  type Put,
  type Val,
} from './state';

/**
 * Names → objects → reference counts, for a small Python subset (chapter 7).
 *
 * THE MODEL (what is an object, what is counted):
 * - Objects: lists, tuples, dicts, instances of user classes, function objects (from `def`),
 *   and the cached objects the interpreter shares: small ints (the cache range is
 *   `cpythonRuntime(version).smallIntRange`), None, True, False.
 * - A reference count counts the references from names (module globals, function locals), from
 *   other objects (list/tuple items, dict values, attributes) and from evaluation stacks (a value
 *   being computed; a call's arguments, see below). A new object starts at 1, held by the stack.
 * - Not modelled, so not counted: an instance's reference to its class (classes are not objects
 *   here), a function's references to its globals and code, the caller's stack reference to the
 *   callable in ≤3.10 (the callable's count is +1 during a call in every version).
 * - Cached objects: from 3.12 they are immortal (PEP 683) and `sys.getrefcount` shows
 *   `immortalRefcount` (4294967295 in 3.12–3.13, 3221225472 from 3.14). Before 3.12 they are
 *   ordinary shared objects whose count depends on the whole interpreter (thousands for None;
 *   3.11's static small ints start near 10^9): the model does not invent a number, it prints `?`.
 *   `Obj.refcount` of a cached object counts only this program's references (informative).
 * - Ints outside the cache, strings and tuples made only of constants are compile-time
 *   constants of the code object (shared by every use in the code, with extra references the
 *   model cannot see): they are kept inline as atoms, not objects; their getrefcount prints `?`.
 * - Calls: ≤3.10 the caller's evaluation stack keeps the arguments for the whole call (so a
 *   parameter's object shows one more reference inside the function, [LOCAL] 3.8–3.10); from 3.11
 *   the arguments move into the new frame. A frame's names are released when it returns.
 *   3.14's What's New warns that borrowed stack references (LOAD_FAST_BORROW) can make
 *   `sys.getrefcount` smaller than before, inside functions: not modelled (no 3.14 to check).
 * - Freeing: an object whose count reaches 0 is freed at once and its references are released
 *   (cascading, depth first). Objects in a cycle keep each other above 0: only the collector
 *   frees them.
 *
 * THE CYCLIC GC (the default GIL build's generational collector, after Modules/gcmodule.c 3.12;
 * 3.13 and 3.14 — modelled as 3.14.5+, which went back to it — keep it with threshold0 2000):
 * - Tracked: lists, tuples, instances, functions at creation; a dict once a value that may be
 *   tracked is stored in it ({'a': 1} stays untracked). A collection untracks the tuples among
 *   the examined survivors that hold nothing trackable; a full collection does the same for dicts.
 * - `counts[0]` = container (GC-type) allocations − deallocations. When it exceeds threshold0
 *   (checked at the end of each statement — ≤3.11 collects inside the allocation, 3.12+ at the
 *   next eval-breaker check), the oldest generation g whose count exceeds its threshold is
 *   collected: gen 1 every threshold1 gen-0 collections, gen 2 every threshold2 gen-1
 *   collections, and gen 2 only when the objects promoted to it since the last full collection
 *   are at least 25 % of those it held then (long_lived_pending ≥ long_lived_total / 4).
 *   CPython also counts objects the model does not have (frames ≤3.10, instance dicts ≤3.10,
 *   internal allocations), so real automatic collections come sooner: the model shows the rule.
 * - A collection of generation g examines generations 0..g with trial deletion: copy each
 *   count, subtract the references coming from examined objects, and what keeps a positive
 *   count (referenced from outside: names, stacks, older objects) is reachable, as is all it
 *   references; the rest is unreachable and freed. Survivors move to generation g + 1.
 * - `gc.collect()` is a full collection and reports how many unreachable objects it found.
 *   Real CPython finds more (instance dicts, frames…): facts §3.3 — teach the idea, not a number.
 * - `gc.disable()`/`gc.enable()` stop/restart automatic collections; `gc.set_threshold(t0[, t1[, t2]])`
 *   (t0 = 0 disables automatic collections, as in CPython).
 */

export interface ObjectsOptions extends RunOptions {
  /** CPython version '3.6' … '3.15' (default '3.13'). */
  version?: string;
  /** Deepest call nesting before a SimError (default 200; CPython's recursion limit is 1000). */
  maxDepth?: number;
}

export interface ObjectsResult {
  final: ObjectsState;
  trace: Trace<ObjectsState, ObjEvent>;
  /** Lines printed (the same as `final.output`). */
  output: readonly string[];
}

export const DEFAULT_MAX_DEPTH = 200;

interface Operand {
  val: Val;
  /** The value carries an evaluation-stack reference the consumer must take over or drop. */
  fresh: boolean;
}

type DefStmt = Extract<Stmt, { k: 'def' }>;

interface CallCtx {
  def: DefStmt | null;
  frame: number;
}

class Returned {
  constructor(readonly op: Operand) {}
}

const GC_TYPES = new Set(['list', 'tuple', 'dict', 'instance', 'function']);

/** A cached object's key in the shared table. */
const constKey = (type: string, text: string): string => `${type}:${text}`;

function isConstant(e: Expr): boolean {
  return e.k === 'int' || e.k === 'str' || e.k === 'const' || (e.k === 'tuple' && e.items.every(isConstant));
}

function constText(e: Expr): string {
  switch (e.k) {
    case 'int':
      return e.text;
    case 'str':
      return `'${e.text}'`;
    case 'const':
      return e.name;
    case 'tuple':
      return e.items.length === 1 ? `(${constText(e.items[0]!)},)` : `(${e.items.map(constText).join(', ')})`;
    default:
      return '?';
  }
}

class Machine {
  private nextId = 1;
  private readonly shared = new Map<string, number>();
  private readonly defs = new Map<number, DefStmt>();
  private readonly calls: CallCtx[] = [{ def: null, frame: 0 }];
  private readonly immortal: boolean;
  private readonly moveArgs: boolean;

  constructor(
    private readonly w: Draft,
    private readonly out: (e: ObjEvent) => void,
    readonly labels: Map<number, string>,
    private readonly rt: CpythonRuntime,
    private readonly lines: readonly string[],
    private readonly maxDepth: number,
  ) {
    this.immortal = rt.immortalRefcount !== null;
    this.moveArgs = minorOf(rt.version) >= 11;
  }

  private emit(e: ObjEvent): void {
    mutate(this.w, e);
    this.out(e);
  }

  private obj(id: number): Obj {
    return this.w.objects.get(id)!;
  }

  // ---- statements -------------------------------------------------------------------------

  run(program: readonly Stmt[]): void {
    for (const s of program) this.exec(s);
  }

  private exec(s: Stmt): void {
    const ctx = this.calls[this.calls.length - 1]!;
    this.emit({ kind: 'stmt', line: s.pos.line, depth: ctx.frame, code: (this.lines[s.pos.line - 1] ?? '').trim() });
    switch (s.k) {
      case 'assign':
        this.assign(s.target, s.value);
        break;
      case 'append': {
        const [o, v] = this.evalSeq([s.obj, s.value]);
        const target = this.container(o!, s.obj.pos);
        if (target.type !== 'list') throw this.typeError(s.obj.pos, 'error.objects.appendNonList', target);
        this.emit({ kind: 'append', obj: target.id, put: { val: v!.val, take: v!.fresh } });
        this.dropIfFresh(o!);
        break;
      }
      case 'del':
        this.del(s.target);
        break;
      case 'def': {
        const id = this.alloc('function', s.name, [], [], true);
        this.defs.set(id, s);
        this.bindName(s.name, { val: { ref: id }, fresh: true });
        break;
      }
      case 'return':
        throw new Returned(s.value ? this.eval(s.value) : this.constant('None', 'None'));
      case 'expr':
        this.dropIfFresh(this.eval(s.value));
        break;
      case 'print':
        this.print(s.arg);
        break;
      case 'gc':
        this.gcStatement(s.op, s.args, s.pos);
        break;
      case 'pass':
      case 'import':
      case 'class':
        break;
    }
    this.maybeCollect();
  }

  private assign(target: Target, value: Expr): void {
    if (target.k === 'name') {
      this.bindName(target.name, this.eval(value));
      return;
    }
    // Python evaluates the right-hand side first, then the target's object.
    const [v, o] = this.evalSeq([value, target.obj]);
    const c = this.container(o!, target.obj.pos);
    const put: Put = { val: v!.val, take: v!.fresh };
    if (target.k === 'attr') {
      if (c.type !== 'instance') throw this.typeError(target.pos, 'error.objects.attrOnNonInstance', c, { attr: target.attr });
      const old = c.fields.find(([k]) => k === target.attr)?.[1] ?? null;
      this.emit({ kind: 'set', obj: c.id, key: target.attr, put, old, attr: true });
      this.releaseCheck(old);
    } else {
      const key = this.slotKey(c, target.index, target.pos, true);
      const old = typeof key === 'number' ? c.items[key]! : (c.fields.find(([k]) => k === key)?.[1] ?? null);
      this.emit({ kind: 'set', obj: c.id, key, put, old, attr: false });
      if (c.type === 'dict' && !c.tracked && this.mayBeTracked(put.val)) this.emit({ kind: 'track', obj: c.id });
      this.releaseCheck(old);
    }
    this.dropIfFresh(o!);
  }

  private del(target: Target): void {
    if (target.k === 'name') {
      const { frame, val } = this.lookup(target.name, target.pos);
      this.emit({ kind: 'unbind', frame, name: target.name, old: val });
      this.releaseCheck(val);
      return;
    }
    const o = this.eval(target.obj);
    const c = this.container(o, target.obj.pos);
    if (target.k === 'attr') {
      if (c.type !== 'instance') throw this.typeError(target.pos, 'error.objects.attrOnNonInstance', c, { attr: target.attr });
      const old = c.fields.find(([k]) => k === target.attr)?.[1];
      if (!old) throw located('runtime', 'error.objects.noAttr', target.pos, { obj: labelOf(c), attr: target.attr });
      this.emit({ kind: 'remove', obj: c.id, key: target.attr, old, attr: true });
      this.releaseCheck(old);
    } else {
      const key = this.slotKey(c, target.index, target.pos, false);
      const old = typeof key === 'number' ? c.items[key]! : c.fields.find(([k]) => k === key)![1];
      this.emit({ kind: 'remove', obj: c.id, key, old, attr: false });
      this.releaseCheck(old);
    }
    this.dropIfFresh(o);
  }

  private print(arg: Expr): void {
    const op = this.eval(arg);
    const label = valText(this.w, op.val);
    if (!isRef(op.val)) {
      this.emit({ kind: 'print', text: '?', label, count: null, why: 'atom' });
      return;
    }
    const o = this.obj(op.val.ref);
    if (o.cached === 'immortal') {
      this.emit({ kind: 'print', text: String(this.rt.immortalRefcount), label, count: this.rt.immortalRefcount, why: 'immortal' });
    } else if (o.cached === 'shared') {
      this.emit({ kind: 'print', text: '?', label, count: null, why: 'shared' });
    } else {
      // getrefcount's argument is one more reference, unless the value was already on the stack.
      const count = o.refcount + (op.fresh ? 0 : 1);
      this.emit({ kind: 'print', text: String(count), label, count, why: 'count' });
    }
    this.dropIfFresh(op);
  }

  private gcStatement(op: 'collect' | 'disable' | 'enable' | 'set_threshold', args: readonly number[], pos: Pos): void {
    if (op === 'collect') {
      this.collect(2, 'collect');
      return;
    }
    const t = this.w.gc.thresholds;
    let thresholds: GcThresholds = t;
    if (op === 'set_threshold') {
      if (args.some((n) => n > 1_000_000)) throw located('runtime', 'error.objects.badThreshold', pos, { max: 1_000_000 });
      thresholds = [args[0]!, args[1] ?? t[1], args[2] ?? t[2]];
    }
    this.emit({ kind: 'gc-config', op, thresholds });
  }

  // ---- names ------------------------------------------------------------------------------

  private ctx(): CallCtx {
    return this.calls[this.calls.length - 1]!;
  }

  /** Where `name` is read from: the function's locals (if it assigns it), else the module. */
  private lookup(name: string, pos: Pos): { frame: number; val: Val } {
    const ctx = this.ctx();
    if (ctx.def && ctx.def.locals.includes(name)) {
      const v = this.w.frames[ctx.frame]!.vars.find(([n]) => n === name)?.[1];
      if (!v) throw located('runtime', 'error.objects.unboundLocal', pos, { name });
      return { frame: ctx.frame, val: v };
    }
    const v = this.w.frames[0]!.vars.find(([n]) => n === name)?.[1];
    if (!v) throw located('runtime', 'error.objects.unknownName', pos, { name });
    return { frame: 0, val: v };
  }

  private bindName(name: string, op: Operand): void {
    const frame = this.ctx().frame;
    const old = this.w.frames[frame]!.vars.find(([n]) => n === name)?.[1] ?? null;
    this.emit({ kind: 'bind', frame, name, put: { val: op.val, take: op.fresh }, old });
    this.releaseCheck(old);
  }

  // ---- expressions ------------------------------------------------------------------------

  /** Evaluates left to right; before a part that runs a function, what is loaded stays on the stack. */
  private evalSeq(exprs: readonly Expr[]): Operand[] {
    const ops: Operand[] = [];
    for (const e of exprs) {
      if (hasCall(e)) this.holdAll(ops);
      ops.push(this.eval(e));
    }
    return ops;
  }

  private holdAll(ops: Operand[]): void {
    const ids: number[] = [];
    for (const op of ops) {
      if (!op.fresh && isRef(op.val)) {
        ids.push(op.val.ref);
        op.fresh = true;
      }
    }
    if (ids.length > 0) this.emit({ kind: 'hold', ids });
  }

  private eval(e: Expr): Operand {
    switch (e.k) {
      case 'int': {
        const [lo, hi] = this.rt.smallIntRange;
        return e.value >= lo && e.value <= hi ? this.constant('int', String(e.value)) : { val: { atom: e.text }, fresh: false };
      }
      case 'str':
        return { val: { atom: `'${e.text}'` }, fresh: false };
      case 'const':
        return this.constant(e.name === 'None' ? 'None' : 'bool', e.name);
      case 'name':
        return { val: this.lookup(e.name, e.pos).val, fresh: false };
      case 'list':
      case 'tuple': {
        if (e.k === 'tuple' && isConstant(e)) return { val: { atom: constText(e) }, fresh: false };
        const ops = this.evalSeq(e.items);
        const id = this.alloc(e.k, null, ops.map((o) => ({ val: o.val, take: o.fresh })), [], true);
        return { val: { ref: id }, fresh: true };
      }
      case 'dict': {
        const ops = this.evalSeq(e.entries.map(([, v]) => v));
        const fields = new Map<string, Put>();
        const dropped: Operand[] = [];
        e.entries.forEach(([k], i) => {
          const prev = fields.get(k);
          // A repeated key keeps the last value; the earlier one is let go.
          if (prev) dropped.push({ val: prev.val, fresh: prev.take });
          fields.set(k, { val: ops[i]!.val, take: ops[i]!.fresh });
        });
        const tracked = [...fields.values()].some((p) => this.mayBeTracked(p.val));
        const id = this.alloc('dict', null, [], [...fields.entries()], tracked);
        for (const d of dropped) this.dropIfFresh(d);
        return { val: { ref: id }, fresh: true };
      }
      case 'attr': {
        const o = this.eval(e.obj);
        const c = this.container(o, e.obj.pos);
        if (c.type !== 'instance') throw this.typeError(e.pos, 'error.objects.attrOnNonInstance', c, { attr: e.attr });
        const v = c.fields.find(([k]) => k === e.attr)?.[1];
        if (!v) throw located('runtime', 'error.objects.noAttr', e.pos, { obj: labelOf(c), attr: e.attr });
        return this.fromParent(o, v);
      }
      case 'index': {
        const o = this.eval(e.obj);
        const c = this.container(o, e.obj.pos);
        const key = this.slotKey(c, e.index, e.pos, false);
        const v = typeof key === 'number' ? c.items[key]! : c.fields.find(([k]) => k === key)![1];
        return this.fromParent(o, v);
      }
      case 'call':
        return this.call(e);
    }
  }

  /** A value read out of an object: if that object was only on the stack, keep the value first. */
  private fromParent(parent: Operand, v: Val): Operand {
    if (!parent.fresh) return { val: v, fresh: false };
    const op: Operand = { val: v, fresh: false };
    this.holdAll([op]);
    this.dropIfFresh(parent);
    return op;
  }

  private constant(type: 'int' | 'None' | 'bool', text: string): Operand {
    const key = constKey(type, text);
    let id = this.shared.get(key);
    if (id === undefined) {
      id = this.nextId++;
      this.shared.set(key, id);
      const cached = this.immortal ? 'immortal' : 'shared';
      this.labels.set(id, labelOf({ type, id, name: null, text }));
      this.emit({ kind: 'shared', id, type, text, cached });
    }
    return { val: { ref: id }, fresh: false };
  }

  private alloc(type: ContainerType, name: string | null, items: Put[], fields: [string, Put][], tracked: boolean): number {
    const id = this.nextId++;
    const label = labelOf({ type, id, name, text: null });
    this.labels.set(id, label);
    this.emit({ kind: 'alloc', id, type, name, items, fields, tracked, label });
    return id;
  }

  private call(e: Extract<Expr, { k: 'call' }>): Operand {
    const ctx = this.ctx();
    const bound = ctx.def?.locals.includes(e.fn) || this.w.frames[0]!.vars.some(([n]) => n === e.fn);
    if (!bound) {
      if (!/^[A-Z]/.test(e.fn)) throw located('runtime', 'error.objects.unknownName', e.pos, { name: e.fn });
      if (e.args.length > 0) throw located('unsupported', 'error.objects.instanceArgs', e.pos, { name: e.fn });
      return { val: { ref: this.alloc('instance', e.fn, [], [], true) }, fresh: true };
    }
    const fnVal = this.lookup(e.fn, e.pos).val;
    const def = isRef(fnVal) ? this.defs.get(fnVal.ref) : undefined;
    if (!def || !isRef(fnVal)) throw located('runtime', 'error.objects.notCallable', e.pos, { name: e.fn, target: valText(this.w, fnVal) });
    if (def.params.length !== e.args.length) {
      throw located('runtime', 'error.objects.arity', e.pos, { name: def.name, n: def.params.length, given: e.args.length });
    }
    if (this.calls.length - 1 >= this.maxDepth) throw located('limit', 'error.objects.depth', e.pos, { max: this.maxDepth, name: def.name });
    const args = this.evalSeq(e.args);
    this.holdAll(args);
    const stackArgs = this.moveArgs ? [] : args.flatMap((a) => (isRef(a.val) ? [a.val.ref] : []));
    const frame = this.w.frames.length;
    this.emit({
      kind: 'call',
      fn: fnVal.ref,
      name: def.name,
      line: e.pos.line,
      params: def.params.map((p, i) => [p, args[i]!.val] as const),
      moved: this.moveArgs,
    });
    this.calls.push({ def, frame });
    let result: Operand | null = null;
    try {
      for (const s of def.body) this.exec(s);
    } catch (r) {
      if (!(r instanceof Returned)) throw r;
      result = r.op;
    }
    // Falling off the end returns None.
    result ??= this.constant('None', 'None');
    this.calls.pop();
    const locals = this.w.frames[frame]!.vars.map(([, v]) => v);
    this.emit({ kind: 'return', fn: fnVal.ref, name: def.name, put: { val: result.val, take: result.fresh }, stackArgs });
    this.releaseCheck(...locals, ...stackArgs.map((id) => ({ ref: id })), { ref: fnVal.ref });
    return { val: result.val, fresh: isRef(result.val) };
  }

  private container(op: Operand, pos: Pos): Obj {
    if (!isRef(op.val)) throw located('runtime', 'error.objects.notContainer', pos, { target: op.val.atom });
    return this.obj(op.val.ref);
  }

  private typeError(pos: Pos, key: string, o: Obj, params: Record<string, string | number> = {}): SimError {
    return located('runtime', key, pos, { obj: labelOf(o), type: o.type === 'instance' ? o.name! : o.type, ...params });
  }

  /** The list index (negative counts from the end) or dict key an index expression names. */
  private slotKey(c: Obj, index: Expr, pos: Pos, storing: boolean): number | string {
    if (c.type === 'list' || c.type === 'tuple') {
      if (storing && c.type === 'tuple') throw this.typeError(pos, 'error.objects.tupleAssign', c);
      if (index.k !== 'int') throw this.typeError(pos, 'error.objects.indexType', c);
      const i = index.value < 0 ? c.items.length + index.value : index.value;
      if (i < 0 || i >= c.items.length) throw located('runtime', 'error.objects.indexRange', pos, { obj: labelOf(c), index: index.value, n: c.items.length });
      return i;
    }
    if (c.type === 'dict') {
      if (index.k !== 'str') throw this.typeError(pos, 'error.objects.indexType', c);
      if (!storing && !c.fields.some(([k]) => k === index.text)) throw located('runtime', 'error.objects.keyMissing', pos, { obj: labelOf(c), key: index.text });
      return index.text;
    }
    throw this.typeError(pos, 'error.objects.notSubscriptable', c);
  }

  /** CPython's _PyObject_GC_MAY_BE_TRACKED: a GC type, and for a tuple, one that is tracked. */
  private mayBeTracked(v: Val): boolean {
    if (!isRef(v)) return false;
    const o = this.obj(v.ref);
    return GC_TYPES.has(o.type) && (o.type !== 'tuple' || o.tracked);
  }

  // ---- freeing ----------------------------------------------------------------------------

  private dropIfFresh(op: Operand): void {
    if (!op.fresh || !isRef(op.val)) return;
    this.emit({ kind: 'drop', val: op.val });
    op.fresh = false;
    this.releaseCheck(op.val);
  }

  /** Frees whatever the released references left at 0, cascading depth first. */
  private releaseCheck(...vals: (Val | null)[]): void {
    for (const v of vals) {
      if (!v || !isRef(v)) continue;
      const o = this.w.objects.get(v.ref);
      if (!o || o.cached || o.refcount > 0) continue;
      this.emit({ kind: 'free', id: o.id, label: labelOf(o), cause: 'refcount', gcType: GC_TYPES.has(o.type) });
      this.releaseCheck(...o.items, ...o.fields.map(([, x]) => x));
    }
  }

  // ---- the cyclic GC ----------------------------------------------------------------------

  private maybeCollect(): void {
    const g = this.w.gc;
    if (!g.enabled || g.thresholds[0] === 0 || g.counts[0] <= g.thresholds[0]) return;
    for (let gen = 2; gen >= 0; gen--) {
      if (g.counts[gen]! > g.thresholds[gen]!) {
        if (gen === 2 && g.longLivedPending < Math.floor(g.longLivedTotal / 4)) continue;
        this.collect(gen as 0 | 1 | 2, 'threshold');
        return;
      }
    }
  }

  private children(o: Obj): number[] {
    const out: number[] = [];
    for (const v of o.items) if (isRef(v)) out.push(v.ref);
    for (const [, v] of o.fields) if (isRef(v)) out.push(v.ref);
    return out;
  }

  private collect(gen: 0 | 1 | 2, reason: 'collect' | 'threshold'): void {
    const young = [...this.w.objects.values()].filter((o) => o.tracked && o.gen !== null && o.gen <= gen).map((o) => o.id);
    this.emit({ kind: 'gc-start', gen, reason, examined: young.length });
    const unreachable = findUnreachable(this.w.objects, young);
    this.emit({ kind: 'gc-found', gen, unreachable, labels: unreachable.map((id) => this.labels.get(id)!).join(', ') });
    const dead = new Set(unreachable);
    const released: Val[] = [];
    for (const id of unreachable) {
      const o = this.obj(id);
      this.emit({ kind: 'free', id, label: labelOf(o), cause: 'gc', gcType: true });
      for (const c of this.children(o)) if (!dead.has(c)) released.push({ ref: c });
    }
    this.releaseCheck(...released);
    const survivors = young.filter((id) => this.w.objects.has(id));
    const untracked = survivors.filter((id) => {
      const o = this.obj(id);
      const untrackable = o.type === 'tuple' || (o.type === 'dict' && gen === 2);
      return untrackable && [...o.items, ...o.fields.map(([, v]) => v)].every((v) => !this.mayBeTracked(v));
    });
    this.emit({ kind: 'gc-end', gen, collected: unreachable.length, survivors, untracked, reason });
  }
}

/**
 * Trial deletion over the examined objects `young`: the ids that no reference from outside
 * the set (names, stacks, other objects) keeps reachable, in ascending order.
 */
export function findUnreachable(objects: ReadonlyMap<number, Obj>, young: readonly number[]): number[] {
  const inSet = new Set(young);
  const gcRefs = new Map<number, number>();
  for (const id of young) gcRefs.set(id, objects.get(id)!.refcount);
  const refsOf = (o: Obj): number[] => [...o.items, ...o.fields.map(([, v]) => v)].flatMap((v) => (isRef(v) && inSet.has(v.ref) ? [v.ref] : []));
  for (const id of young) for (const c of refsOf(objects.get(id)!)) gcRefs.set(c, gcRefs.get(c)! - 1);
  const reachable = new Set<number>();
  const stack = young.filter((id) => gcRefs.get(id)! > 0);
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (reachable.has(id)) continue;
    reachable.add(id);
    for (const c of refsOf(objects.get(id)!)) if (!reachable.has(c)) stack.push(c);
  }
  return young.filter((id) => !reachable.has(id)).sort((a, b) => a - b);
}

/**
 * Runs a program of the object language (see the contract in ./syntax.ts and the model
 * above) and records every reference made and dropped, every object freed and every
 * collection. Bad programs throw a located SimError (params `line`, `column`; `index` is
 * the character offset); an error while running carries the partial trace.
 */
export function simulateObjects(program: string, options: ObjectsOptions = {}): ObjectsResult {
  const rt = cpythonRuntime(options.version ?? DEFAULT_OBJECTS_VERSION);
  const initial = initialObjects(rt.version);
  const labels = new Map<number, string>();
  const narrate = narrateWith(labels);
  const max = overLimit(program.length, options, MAX_PROGRAM_LENGTH);
  if (max !== null) {
    const trace = inputLimitTrace(initial, program.length, max, applyObjects, narrate);
    return { final: trace.final, trace, output: [] };
  }
  const stmts = parseProgram(program);
  const lines = program.replace(/\r\n?/g, '\n').split('\n');
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const w = {
    ...initial,
    frames: initial.frames.slice(),
    objects: new Map(initial.objects),
    output: [],
  } as Draft;
  const trace = buildTrace<ObjectsState, ObjEvent>({
    initial,
    apply: applyObjects,
    narrate,
    capture: () => freeze(w),
    maxSteps: options.maxSteps,
    run: (emit) => new Machine(w, emit, labels, rt, lines, maxDepth).run(stmts),
  });
  throwIfError(trace);
  return { final: trace.final, trace, output: trace.final.output };
}
