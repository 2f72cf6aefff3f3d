/**
 * Seeded programs of the object language: random container programs (for the property tests
 * and the check against real CPython) and the two chapter-7 exercises, "predict the
 * reference count" and "freed by reference counting, by the cyclic GC, or still alive".
 * Every answer and explanation comes from simulateObjects, never from a second model. The
 * problems' shapes and their grading are in ./grading.ts.
 */
import { createRng, type Rng } from '../rng';
import type { Narration } from '../trace';
import { simulateObjects } from './simulate';
import { reachableIds } from './graph';
import { DEFAULT_OBJECTS_VERSION, isRef, labelOf, type ObjectsState, type Val } from './state';
import type { Fate, FateItem, FateProblem, RefcountProblem } from './grading';

export interface ContainerProgramOptions {
  /** Statements before the final prints (default 12). */
  statements?: number;
  /** Also emit gc.collect() now and then (not for the CPython check: it prints counts only). */
  collect?: boolean;
}

const NAMES = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const ATTRS = ['next', 'prev', 'data'];

/**
 * A random module-level program of lists, dicts, tuples and Node instances: aliases,
 * appends, item and attribute stores, del of names, items and attributes. It ends with
 * `print(sys.getrefcount(x))` for every name bound to a container.
 *
 * Built so real CPython gives the same counts:
 * - it starts with `gc.disable()`: the interpreter's own allocations since start-up would
 *   otherwise let an automatic collection free a garbage cycle at a moment the model cannot
 *   know, changing the counts of what the cycle refers to;
 * - every tuple holds a name: a tuple of constants is folded into a constant of the code
 *   object, whose extra references the model does not count;
 * - only containers are printed: ints, strings and None have interpreter-wide counts;
 * - no function calls: 3.14 borrows stack references inside functions (LOAD_FAST_BORROW).
 */
export function generateContainerProgram(seed: number, options: ContainerProgramOptions = {}): string {
  const rng = createRng(seed);
  const n = options.statements ?? 12;
  const lines = ['import gc, sys', 'gc.disable()', 'class Node: pass'];
  /** name → kind of what it refers to ('list' | 'dict' | 'tuple' | 'Node' | 'int'). */
  const bound = new Map<string, string>();
  /** Attributes each Node-bound name's object is known to have (conservative). */
  const attrs = new Map<string, Set<string>>();
  const names = (kind?: string): string[] => [...bound].filter(([, k]) => kind === undefined || k === kind).map(([nm]) => nm);
  const operand = (): string => {
    const ns = names();
    if (ns.length > 0 && rng.next() < 0.7) return rng.pick(ns);
    return rng.pick(['1', '0', 'None', "'s'", '[]']);
  };
  const fresh = (): { text: string; kind: string } => {
    const kind = rng.pick(['list', 'list', 'dict', 'tuple', 'Node']);
    const items = Array.from({ length: rng.int(0, 2) }, operand);
    switch (kind) {
      case 'list':
        return { text: `[${items.join(', ')}]`, kind };
      case 'dict':
        return { text: `{${items.map((x, i) => `'k${i}': ${x}`).join(', ')}}`, kind };
      case 'tuple': {
        const ns = names();
        if (ns.length === 0) return { text: `[${items.join(', ')}]`, kind: 'list' };
        const withName = [rng.pick(ns), ...items];
        return { text: `(${withName.join(', ')}${withName.length === 1 ? ',' : ''})`, kind };
      }
      default:
        return { text: 'Node()', kind: 'Node' };
    }
  };
  const bind = (name: string, kind: string) => {
    bound.set(name, kind);
    if (kind === 'Node') attrs.set(name, new Set());
    else attrs.delete(name);
  };
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    const lists = names('list');
    const nodes = names('Node');
    const dicts = names('dict');
    if (bound.size < 2 || r < 0.3) {
      const name = rng.pick(NAMES.slice(0, 6));
      const f = fresh();
      lines.push(`${name} = ${f.text}`);
      bind(name, f.kind);
    } else if (r < 0.42) {
      const src = rng.pick(names());
      const name = rng.pick(NAMES);
      if (name === src) continue;
      lines.push(`${name} = ${src}`);
      bind(name, bound.get(src)!);
      if (bound.get(src) === 'Node') attrs.set(name, new Set(attrs.get(src)));
    } else if (r < 0.55 && lists.length > 0) {
      lines.push(`${rng.pick(lists)}.append(${operand()})`);
    } else if (r < 0.66 && nodes.length > 0) {
      const target = rng.pick(nodes);
      const attr = rng.pick(ATTRS);
      lines.push(`${target}.${attr} = ${operand()}`);
      attrs.get(target)!.add(attr);
    } else if (r < 0.72 && dicts.length > 0) {
      lines.push(`${rng.pick(dicts)}['k${rng.int(0, 3)}'] = ${operand()}`);
    } else if (r < 0.78 && nodes.some((nm) => attrs.get(nm)!.size > 0)) {
      const target = rng.pick(nodes.filter((nm) => attrs.get(nm)!.size > 0));
      const attr = rng.pick([...attrs.get(target)!]);
      lines.push(`del ${target}.${attr}`);
      // Aliases of the same object lose it too; forget the attribute everywhere to stay safe.
      for (const set of attrs.values()) set.delete(attr);
    } else if (options.collect && r < 0.82) {
      lines.push('gc.collect()');
    } else {
      const name = rng.pick(names());
      lines.push(`del ${name}`);
      bound.delete(name);
      attrs.delete(name);
    }
  }
  for (const name of names()) lines.push(`print(sys.getrefcount(${name}))`);
  return lines.join('\n') + '\n';
}

// ---- shared helpers -------------------------------------------------------------------------

/** Every reference to object `id` in a state: names ('a', 'f: p') and slots ('list #3[0]', 'Node #2.next'). */
export function referencesTo(s: ObjectsState, id: number): string[] {
  const out: string[] = [];
  s.frames.forEach((f, i) => {
    for (const [name, v] of f.vars) if (isRef(v) && v.ref === id) out.push(i === 0 ? name : `${f.name}: ${name}`);
  });
  for (const o of s.objects.values()) {
    o.items.forEach((v, i) => {
      if (isRef(v) && v.ref === id) out.push(`${labelOf(o)}[${i}]`);
    });
    for (const [k, v] of o.fields) {
      if (isRef(v) && v.ref === id) out.push(o.type === 'dict' ? `${labelOf(o)}['${k}']` : `${labelOf(o)}.${k}`);
    }
  }
  return out;
}

/** Lines whose statement changed the count of `id` (from the trace, statement by statement). */
function linesChanging(trace: ReturnType<typeof simulateObjects>['trace'], id: number): number[] {
  const out: number[] = [];
  let before = 0;
  let line = 0;
  for (let i = 0; i <= trace.length; i++) {
    const boundary = i === trace.length || trace.event(i).kind === 'stmt';
    if (!boundary) continue;
    const s = trace.stateAt(i);
    const count = s.objects.get(id)?.refcount ?? 0;
    if (line > 0 && count !== before && !out.includes(line)) out.push(line);
    before = count;
    if (i < trace.length) line = (trace.event(i) as { line: number }).line;
  }
  return out;
}

const numbered = (lines: string[]): string => lines.join('\n') + '\n';

// ---- "predict the reference count" ---------------------------------------------------------

/**
 * A short program (4–7 statements) of lists, tuples, dicts and Node instances, and two or
 * three names to predict `print(sys.getrefcount(name))` for, after the last line.
 */
export function generateRefcountProblem(seed: number, version: string = DEFAULT_OBJECTS_VERSION): RefcountProblem {
  const rng = createRng(seed);
  for (;;) {
    const lines = refcountLines(rng);
    const program = numbered(lines);
    const { final, trace } = simulateObjects(program, { version });
    const candidates = final.frames[0]!.vars.filter(([, v]) => isRef(v) && final.objects.get((v as { ref: number }).ref)?.cached === null);
    // Ask about distinct objects, preferring the ones with more than one reference.
    const seen = new Set<number>();
    const distinct = candidates.filter(([, v]) => {
      const id = (v as { ref: number }).ref;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
    if (distinct.length < 2 || !distinct.some(([, v]) => final.objects.get((v as { ref: number }).ref)!.refcount > 1)) continue;
    const picked = rng.shuffle(distinct).slice(0, Math.min(3, distinct.length));
    const questions = picked
      .map(([name, v]) => {
        const id = (v as { ref: number }).ref;
        const o = final.objects.get(id)!;
        const refs = referencesTo(final, id);
        const explanation: Narration[] = [
          { key: 'objects.explain.refs', params: { name, label: labelOf(o), refs: refs.join(', '), count: o.refcount, printed: o.refcount + 1 } },
        ];
        const changed = linesChanging(trace, id);
        if (changed.length > 0) explanation.push({ key: 'objects.explain.lines', params: { lines: changed.join(', ') } });
        return { name, label: labelOf(o), answer: o.refcount + 1, explanation };
      })
      .sort((x, y) => x.name.localeCompare(y.name));
    return { seed, version, program, questions };
  }
}

function refcountLines(rng: Rng): string[] {
  const lines: string[] = [];
  const pool = ['a', 'b', 'c', 'd'];
  const kinds = new Map<string, string>();
  const first = rng.pick(['[]', '[1, 2]', 'Node()', "{'x': 1}"]);
  lines.push(`a = ${first}`);
  kinds.set('a', first.startsWith('[') ? 'list' : first.startsWith('N') ? 'Node' : 'dict');
  const count = rng.int(3, 6);
  for (let i = 0; i < count; i++) {
    const names = [...kinds.keys()];
    const any = rng.pick(names);
    const r = rng.next();
    const free = pool.filter((n) => !kinds.has(n));
    if (r < 0.25 && free.length > 0) {
      const nm = free[0]!;
      lines.push(`${nm} = ${any}`);
      kinds.set(nm, kinds.get(any)!);
    } else if (r < 0.45 && free.length > 0) {
      const nm = free[0]!;
      const shape = rng.pick(['list', 'tuple', 'dict']);
      lines.push(`${nm} = ${shape === 'list' ? `[${any}, ${any}]` : shape === 'tuple' ? `(${any}, 1)` : `{'k': ${any}}`}`);
      kinds.set(nm, shape);
    } else if (r < 0.65 && names.some((n) => kinds.get(n) === 'list')) {
      lines.push(`${rng.pick(names.filter((n) => kinds.get(n) === 'list'))}.append(${any})`);
    } else if (r < 0.8 && names.some((n) => kinds.get(n) === 'Node')) {
      lines.push(`${rng.pick(names.filter((n) => kinds.get(n) === 'Node'))}.${rng.pick(ATTRS)} = ${any}`);
    } else if (names.length > 2) {
      const nm = rng.pick(names.filter((n) => n !== 'a'));
      lines.push(`del ${nm}`);
      kinds.delete(nm);
    } else {
      const nm = free[0] ?? 'b';
      lines.push(`${nm} = Node()`);
      kinds.set(nm, 'Node');
    }
  }
  if (lines.some((l) => l.includes('Node()'))) lines.unshift('class Node: pass');
  return lines;
}

// ---- "freed by reference counting, by the cyclic GC, or still alive" --------------------

/** Path of labels from a name to `id` ('c → list #3 → Node #2'), shortest first, or null. */
function pathTo(s: ObjectsState, id: number): string | null {
  const path = new Map<number, string>();
  const queue: number[] = [];
  const visit = (ref: number, via: string) => {
    const o = s.objects.get(ref);
    if (!o || path.has(ref)) return;
    path.set(ref, `${via} → ${labelOf(o)}`);
    queue.push(ref);
  };
  for (const [name, v] of s.frames[0]!.vars) if (isRef(v)) visit(v.ref, name);
  while (queue.length > 0) {
    const cur = queue.shift()!;
    if (cur === id) return path.get(cur)!;
    const o = s.objects.get(cur)!;
    const kids: Val[] = [...o.items, ...o.fields.map(([, v]) => v)];
    for (const v of kids) if (isRef(v)) visit(v.ref, path.get(cur)!);
  }
  return null;
}

/**
 * A program that builds three to five objects bound to names, links some of them (often
 * into a cycle) and ends with some `del`s. For each object: freed at once by reference
 * counting, left for the cyclic GC (unreachable, still in memory), or still alive.
 * Problems are drawn until at least two of the three fates appear.
 */
export function generateFateProblem(seed: number, version: string = DEFAULT_OBJECTS_VERSION): FateProblem {
  const rng = createRng(seed);
  for (;;) {
    const n = rng.int(3, 5);
    const names = NAMES.slice(0, n);
    const kinds = names.map(() => rng.pick(['Node', 'Node', 'list']));
    const lines: string[] = [];
    if (kinds.includes('Node')) lines.push('class Node: pass');
    const created = new Map<string, number>();
    names.forEach((nm, i) => {
      lines.push(`${nm} = ${kinds[i] === 'Node' ? 'Node()' : '[]'}`);
      created.set(nm, lines.length);
    });
    const links = rng.int(2, 4);
    for (let k = 0; k < links; k++) {
      const i = rng.int(0, n - 1);
      const j = rng.next() < 0.35 ? rng.int(0, n - 1) : (i + 1 + rng.int(0, n - 2)) % n;
      const from = names[i]!;
      lines.push(kinds[i] === 'Node' ? `${from}.${rng.pick(ATTRS)} = ${names[j]}` : `${from}.append(${names[j]})`);
    }
    const dels = rng.shuffle(names).slice(0, rng.int(2, n));
    for (const nm of dels) lines.push(`del ${nm}`);
    const program = numbered(lines);
    const { final, trace } = simulateObjects(program, { version });
    const reachable = reachableIds(final);
    const items: FateItem[] = [];
    for (const nm of names) {
      const line = created.get(nm)!;
      // The object created on that line: the one the name held right after it.
      const stmtIndex = statementIndexAfterLine(trace, line);
      const id = (trace.stateAt(stmtIndex).frames[0]!.vars.find(([x]) => x === nm)![1] as { ref: number }).ref;
      const before = trace.stateAt(stmtIndex).objects.get(id)!;
      const label = labelOf(before);
      const live = final.objects.get(id);
      let answer: Fate;
      let explanation: Narration;
      if (!live) {
        answer = 'refcount';
        const freedAt = freeLine(trace, id);
        explanation = { key: 'objects.explain.refcount', params: { label, line: freedAt } };
      } else if (reachable.has(id)) {
        answer = 'alive';
        explanation = { key: 'objects.explain.alive', params: { label, path: pathTo(final, id) ?? label } };
      } else {
        answer = 'gc';
        explanation = { key: 'objects.explain.gc', params: { label, count: live.refcount, refs: referencesTo(final, id).join(', ') } };
      }
      items.push({ name: nm, line, label, answer, explanation });
    }
    const fates = new Set(items.map((it) => it.answer));
    if (fates.size >= 2 && fates.has('gc') === rng.next() < 0.8) return { seed, version, program, items };
  }
}

function statementIndexAfterLine(trace: ReturnType<typeof simulateObjects>['trace'], line: number): number {
  let seen = false;
  for (let i = 0; i < trace.length; i++) {
    const e = trace.event(i);
    if (e.kind !== 'stmt') continue;
    if (seen) return i;
    if (e.line === line) seen = true;
  }
  return trace.length;
}

function freeLine(trace: ReturnType<typeof simulateObjects>['trace'], id: number): number {
  let line = 0;
  for (const e of trace.events()) {
    if (e.kind === 'stmt') line = e.line;
    if (e.kind === 'free' && e.id === id) return line;
  }
  return line;
}
