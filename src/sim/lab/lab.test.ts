// The lab's tracer in real CPython (Pyodide from node_modules, loaded once for this file).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { objectSizePresets } from '../cpython/object-sizes';
import { emptyListSize } from '../cpython/list-growth';
import { toArray } from '../pstack';
import type { LabEnd, LabRunOptions, LabStepDelta } from './delta';
import { LabTrace } from './lab-trace';
import { loadLabRuntimeInNode } from './node-pyodide';
import type { LabRuntime } from './runtime';
import { reachableObjects, type LabState } from './state';
import { size64 } from './sizes64';
import { toObjectsState } from './views';
import { TRACER_SOURCE } from './tracer-source';
import { readFileSync } from 'node:fs';
import { cyclesOf } from '../objects/graph';

let runtime: LabRuntime;
beforeAll(async () => {
  runtime = await loadLabRuntimeInNode(join(import.meta.dirname, '..', '..', '..'));
}, 60_000);

interface Run {
  trace: LabTrace;
  end: LabEnd;
  batches: number;
}
function run(source: string, options: LabRunOptions = {}): Run {
  const trace = new LabTrace();
  let batches = 0;
  const end = runtime.run(source, options, (steps) => {
    batches++;
    trace.append(steps);
  });
  trace.finish(end);
  return { trace, end, batches };
}
const frames = (s: LabState) => toArray(s.frames);
const top = (s: LabState) => frames(s).at(-1)!;
/** The state when `line` is about to run for the `nth` time (0-based). */
function atLine(t: LabTrace, line: number, nth = 0): LabState {
  let seen = 0;
  for (let i = 0; i < t.length; i++) {
    const e = t.event(i);
    if (e.kind === 'line' && e.delta.n === line && seen++ === nth) return t.stateAt(i + 1);
  }
  throw new Error(`line ${line} (#${nth}) never runs`);
}
const src = (...lines: string[]) => lines.join('\n') + '\n';

it('the tracer source a Vite bundle imports is tracer.py', () => {
  expect(TRACER_SOURCE).toBe(readFileSync(join(import.meta.dirname, 'tracer.py'), 'utf8'));
});

describe('frames and locals', () => {
  it('recursion: one frame per active call, locals per frame, returns popped', () => {
    const { trace, end } = run(src('def fact(n):', '    if n <= 1:', '        return 1', '    return n * fact(n - 1)', 'r = fact(4)', 'done = True'));
    expect(end.reason).toBe('done');
    const deepest = atLine(trace, 3);
    expect(frames(deepest).map((f) => f.fn)).toEqual(['<module>', 'fact', 'fact', 'fact', 'fact']);
    expect(frames(deepest).slice(1).map((f) => f.locals.get('n'))).toEqual(['4', '3', '2', '1']);
    // Callers wait at the line of their call.
    expect(frames(deepest).slice(1, -1).map((f) => f.line)).toEqual([4, 4, 4]);
    expect(top(atLine(trace, 6)).locals.get('r')).toBe('24');
    expect(frames(atLine(trace, 6))).toHaveLength(1);
    const returns = [...trace.events()].filter((e) => e.kind === 'return').map((e) => e.delta.rv);
    expect(returns).toEqual(['1', '2', '6', '24', 'None']);
    const call = [...trace.events()].find((e) => e.kind === 'call' && e.fn === 'fact')!;
    expect(call.msg).toEqual({ key: 'lab.call', params: { fn: 'fact', line: 5, depth: 2 } });
    expect(call.delta.n).toBe(1); // the frame starts at its def line
  });

  it('aliasing: two names, one object; a change through one is seen through the other', () => {
    const { trace } = run(src('a = [1, 2]', 'b = a', 'b.append(3)', 'x = 0'));
    const s = atLine(trace, 4);
    const { locals } = top(s);
    expect(typeof locals.get('a')).toBe('number');
    expect(locals.get('b')).toBe(locals.get('a'));
    const list = s.objects.get(locals.get('a') as number)!;
    expect(list).toMatchObject({ type: 'list', kind: 'list', items: ['1', '2', '3'], length: 3, refcount: 2, tracked: true });
  });

  it('a cycle: a list that holds itself, and two instances that point at each other', () => {
    const { trace } = run(src('a = []', 'a.append(a)', 'class Node:', '    pass', 'p = Node()', 'q = Node()', 'p.other = q', 'q.other = p', 'x = 0'));
    const s = atLine(trace, 9);
    const { locals } = top(s);
    const a = s.objects.get(locals.get('a') as number)!;
    expect(a.items).toEqual([a.id]);
    expect(a.refcount).toBe(2);
    const p = s.objects.get(locals.get('p') as number)!;
    const q = s.objects.get(locals.get('q') as number)!;
    expect(p).toMatchObject({ kind: 'instance', type: 'Node', fields: [['other', q.id]] });
    expect(q.fields).toEqual([['other', p.id]]);
    expect(reachableObjects(s).map((o) => o.id)).toEqual(expect.arrayContaining([a.id, p.id, q.id]));
  });

  it('gives the chapter 7 object view its state: frames, objects, a cycle found by the core', () => {
    const { trace } = run(src('class Node:', '    pass', 'a = Node()', 'b = Node()', 'a.next = b', 'b.next = a', "d = {'k': [a]}", 'x = 0'));
    const s = toObjectsState(atLine(trace, 8));
    expect(s.frames.map((f) => f.name)).toEqual(['<module>']);
    const ref = (name: string) => (s.frames[0]!.vars.find(([n]) => n === name)![1] as { ref: number }).ref;
    expect(s.objects.get(ref('a'))).toMatchObject({ type: 'instance', name: 'Node', fields: [['next', { ref: ref('b') }]] });
    expect(s.objects.get(ref('d'))!.fields[0]![0]).toBe('k');
    expect(s.objects.get(ref('Node'))).toMatchObject({ type: 'instance', name: 'type Node' });
    expect(cyclesOf(s).some((c) => c.includes(ref('a')) && c.includes(ref('b')))).toBe(true);
  });

  it('a class: attributes set in __init__, the instance and its class as objects', () => {
    const { trace } = run(
      src('class Point:', '    def __init__(self, x, y):', '        self.x = x', '        self.y = [y]', 'p = Point(1, 2)', 'x = 0'),
    );
    const inInit = atLine(trace, 4);
    expect(top(inInit).fn).toBe('__init__');
    expect([...top(inInit).locals.keys()]).toEqual(['self', 'x', 'y']);
    const s = atLine(trace, 6);
    const p = s.objects.get(top(s).locals.get('p') as number)!;
    expect(p.fields.map(([k]) => k)).toEqual(['x', 'y']);
    expect(p.fields[0]![1]).toBe('1');
    expect(s.objects.get(p.fields[1]![1] as number)!.items).toEqual(['2']);
    expect(s.objects.get(top(s).locals.get('Point') as number)).toMatchObject({ kind: 'class', text: 'Point' });
  });

  it('an exception: raised, caught, then one that ends the program', () => {
    const { trace, end } = run(
      src('def check(v):', '    if v < 0:', "        raise ValueError('negative')", '    return v', 'try:', '    check(-1)', 'except ValueError as e:', '    msg = str(e)', 'int("x")'),
    );
    const raised = [...trace.events()].filter((e) => e.kind === 'exception');
    expect(raised[0]!.delta).toMatchObject({ n: 3, x: ['ValueError', 'negative'] });
    expect(raised[0]!.msg.key).toBe('lab.exception');
    expect(top(atLine(trace, 9)).locals.get('msg')).toBe("'negative'");
    expect(end).toMatchObject({ reason: 'exception', line: 9, exc: ['ValueError', "invalid literal for int() with base 10: 'x'"] });
    expect(trace.stopped?.key).toBe('lab.stop.exception');
  });

  it('input() reads the given lines, echoes them, and raises EOFError after the last', () => {
    const { trace, end } = run(src("name = input('Name? ')", "print('hi', name)", 'input()'), { input: ['Ada'] });
    expect(trace.final.stdout).toBe('Name? Ada\nhi Ada\n');
    expect(end).toMatchObject({ reason: 'exception', exc: ['EOFError', expect.stringContaining('EOF')] as unknown as [string, string], line: 3 });
  });

  it('stdout and stderr arrive with the step after the print', () => {
    const { trace } = run(src('import sys', 'print(1)', "print('e', file=sys.stderr)", 'x = 0'));
    expect(atLine(trace, 3).stdout).toBe('1\n');
    expect(atLine(trace, 4).stderr).toBe('e\n');
  });
});

describe('refcounts and sizes', () => {
  it('match sys.getrefcount as the program sees it (one more: its argument)', () => {
    const { trace } = run(
      src(
        'import sys',
        'p = []',
        'r0 = sys.getrefcount(p)',
        'a = []',
        'b = a',
        'c = [a, a]',
        'd = {"k": a}',
        'r1 = sys.getrefcount(a)',
        'class K: pass',
        'k = K()',
        'k.me = k',
        'r2 = sys.getrefcount(k)',
        'r3 = sys.getrefcount(c)',
        'x = 0',
      ),
    );
    const s = atLine(trace, 14);
    const { locals } = top(s);
    const argument = Number(locals.get('r0')) - 1; // p is held by one name
    const rc = (name: string) => s.objects.get(locals.get(name) as number)!.refcount;
    expect(rc('p')).toBe(1);
    expect(rc('a') + argument).toBe(Number(locals.get('r1')));
    expect(rc('a')).toBe(5);
    expect(rc('k') + argument).toBe(Number(locals.get('r2')));
    expect(rc('c') + argument).toBe(Number(locals.get('r3')));
  });

  it('count a returned object as the program holds it, without the tracer hold on it', () => {
    // 3.14 returns a local's value borrowed from the frame (LOAD_FAST_BORROW): one reference, x.
    const { trace } = run(src('import sys', 'def make():', '    x = [1]', '    return x', 'y = make()', 'r = sys.getrefcount(y)', 'z = 0'));
    const at = trace.findNext(0, 'return');
    const returning = trace.stateAt(at + 1);
    const id = trace.event(at).delta.rv as number;
    expect(typeof id).toBe('number');
    expect(returning.objects.get(id)!.refcount).toBe(1);
    // A new object returned: the return value's own reference.
    const fresh = run(src('def make():', '    return [1]', 'y = make()'));
    const r = fresh.trace.findNext(0, 'return');
    expect(fresh.trace.stateAt(r + 1).objects.get(fresh.trace.event(r).delta.rv as number)!.refcount).toBe(1);
    const s = atLine(trace, 7);
    expect(s.objects.get(id)!.refcount).toBe(Number(top(s).locals.get('r')) - 1);
    expect(s.objects.get(id)!.refcount).toBe(1);
  });

  it('show 64-bit sizes that agree with the core tables', () => {
    const { trace } = run(src('l = []', 't = (1, 2)', "b = b'x' * 600", "s = 'abc' * 30", 'd = {}', 'l2 = [1, 2]', 'x = 0'));
    const s = atLine(trace, 7);
    const obj = (name: string) => s.objects.get(top(s).locals.get(name) as number)!;
    const presets = Object.fromEntries(objectSizePresets('3.13').map((p) => [p.id, p.size]));
    expect(obj('l').size).toBe(28);
    expect(size64(obj('l'))).toEqual({ size: emptyListSize('3.13'), measured: '3.8–3.13' });
    expect(size64(obj('t'))!.size).toBe(presets['tuple2']);
    expect(size64(obj('b'))!.size).toBe(presets['bytes600']);
    expect(size64(obj('s'))!.size).toBe(presets['str3']! - 3 + 90);
    expect(size64(obj('l2'))!.size).toBe(emptyListSize('3.13')! + 16);
    expect(size64(obj('d'))).toBeNull();
  });
});

describe('budgets, crashes and isolation', () => {
  it('RecursionError on infinite recursion, with the frames kept', () => {
    const { trace, end } = run(src('def f(n):', '    return f(n + 1)', 'f(0)'));
    expect(end).toMatchObject({ reason: 'exception', exc: ['RecursionError', expect.any(String)] as unknown as [string, string] });
    expect(trace.length).toBeGreaterThan(1000);
    expect(Math.max(...[...trace.events()].map((e) => e.depth))).toBeGreaterThan(900);
  });

  it('__repr__ recursing through C ends in RecursionError, not a dead interpreter', () => {
    const { end } = run(src('class A:', '    def __repr__(self):', '        return repr(self)', 'repr(A())'));
    expect(end.protected).toBe(true);
    expect(end).toMatchObject({ reason: 'exception', exc: ['RecursionError', expect.any(String)] as unknown as [string, string] });
    expect(runtime.alive).toBe(true);
    expect(run(src('x = 1')).end.reason).toBe('done');
  });

  it('the step budget ends an endless loop with the steps kept', () => {
    const { trace, end } = run(src('i = 0', 'while True:', '    i += 1'), { maxSteps: 500 });
    expect(end).toMatchObject({ reason: 'step-limit', steps: 500, max: 500 });
    expect(trace.length).toBe(500);
    expect(trace.stopped?.reason).toBe('step-limit');
    expect(Number(top(trace.final).locals.get('i'))).toBeGreaterThan(200);
  });

  it('the heap budget ends a step with too many objects to walk; items per container are capped', () => {
    const heap = run(src('x = [[i] for i in range(50)]', 'y = 0'), { maxHeapWalk: 10 });
    expect(heap.end).toMatchObject({ reason: 'heap-limit', max: 10 });
    const capped = run(src('x = list(range(500))', 'y = 0'), { maxItems: 20 });
    const s = atLine(capped.trace, 2);
    const x = s.objects.get(top(s).locals.get('x') as number)!;
    expect(x.items).toHaveLength(20);
    expect(x.length).toBe(500);
  });

  it('never runs code of the program from the tracer, and copes with an int too big to print', () => {
    const { trace, end } = run(
      src('class Odd:', '    def __getattr__(self, name):', "        raise RuntimeError('no ' + name)", 'o = Odd()', 'o.x = 1', 'big = 10 ** 5000', 'x = 0'),
    );
    expect(end.reason).toBe('done');
    const s = atLine(trace, 7);
    expect(s.objects.get(top(s).locals.get('o') as number)!.fields).toEqual([['x', '1']]);
    expect(top(s).locals.get('big')).toMatch(/^<int of \d+ bits>$/);
  });

  it('a syntax error runs nothing', () => {
    const { trace, end } = run('def (:\n');
    expect(end).toMatchObject({ reason: 'syntax', steps: 0, line: 1 });
    expect(trace.length).toBe(0);
    expect(trace.stopped?.key).toBe('lab.stop.syntax');
  });

  it('the program cannot import the js or pyodide modules, by any route', () => {
    for (const code of ['import js', 'import pyodide', 'from pyodide.ffi import to_js', 'import pyodide_js', "__import__('importlib').import_module('js')", "import sys; sys.modules['js']"]) {
      const { end } = run(code + '\n');
      expect(end.reason, code).toBe('exception');
      expect(['ModuleNotFoundError', 'KeyError'], code).toContain(end.exc![0]);
    }
    // Nothing on the way out of the program's frames holds a JS object, and no JS finder is left.
    const probe = run(
      src('import sys', 'f = sys._getframe(1)', "found = [k for k, v in f.f_locals.items() if type(v).__name__.startswith('Js')] if f else []", 'finders = [type(m).__name__ for m in sys.meta_path]', 'x = 0'),
    );
    const s = atLine(probe.trace, 5);
    const list = (name: string) => s.objects.get(top(s).locals.get(name) as number)!.items;
    expect(list('found')).toEqual([]);
    expect(list('finders')).not.toContain("'JsFinder'");
    // ... and the runtime still works.
    expect(run(src('import json', 'x = json.dumps([1])')).end.reason).toBe('done');
  });

  it('streams in batches that grow, and stateAt agrees with stepping from the start', () => {
    const { trace, batches } = run(src('def fib(n):', '    return n if n < 2 else fib(n - 1) + fib(n - 2)', 'print(fib(12))'), { batchSize: 256 });
    expect(batches).toBeGreaterThan(5);
    expect(trace.final.stdout).toBe('144\n');
    const deltas: LabStepDelta[] = [...trace.events()].map((e) => e.delta);
    const replay = new LabTrace();
    for (const d of deltas) replay.append([d]);
    for (const i of [0, 1, 17, 255, 256, 257, 1000, trace.length - 1, trace.length]) {
      const a = trace.stateAt(i);
      const b = replay.stateAt(i);
      expect(frames(a)).toEqual(frames(b));
      expect([...a.objects.entries()]).toEqual([...b.objects.entries()]);
    }
    expect(trace.findNext(0, 'return')).toBeGreaterThan(0);
    expect(trace.firstAtLine(3)).toBeGreaterThanOrEqual(0);
  });
});
