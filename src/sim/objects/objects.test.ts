import { t as message } from '../../i18n/messages';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attempt, type SimError } from '../errors';
import { applyObjects, isRef, statementStarts, type ObjectsState } from './state';
import { findUnreachable, simulateObjects } from './simulate';
import { reachableIds } from './graph';
import { MAX_NESTING } from './syntax';
import { generateContainerProgram, generateFateProblem, generateRefcountProblem } from './problems';
import { gradeFateProblem, gradeRefcountProblem } from './grading';

const VERSIONS = ['3.8', '3.10', '3.11', '3.12', '3.13', '3.14', '3.15'];

function fail(program: string, version = '3.13'): SimError {
  const r = attempt(() => simulateObjects(program, { version }));
  if (r.ok) throw new Error(`expected a SimError for ${program}`);
  return r.error;
}

/** The plain reference: references to each object counted from the graph (names, slots). */
function recount(s: ObjectsState): Map<number, number> {
  const n = new Map<number, number>();
  const add = (v: { ref: number } | { atom: string }) => {
    if (isRef(v)) n.set(v.ref, (n.get(v.ref) ?? 0) + 1);
  };
  for (const f of s.frames) for (const [, v] of f.vars) add(v);
  for (const o of s.objects.values()) {
    o.items.forEach(add);
    for (const [, v] of o.fields) add(v);
  }
  return n;
}

function checkCounts(s: ObjectsState, boundary = true): void {
  const n = recount(s);
  for (const o of s.objects.values()) {
    expect({ id: o.id, refcount: o.refcount }).toEqual({ id: o.id, refcount: (n.get(o.id) ?? 0) + o.held });
    expect(o.held).toBeGreaterThanOrEqual(0);
  }
  // No reference points at a freed object (inside a collection, garbage being cleared may).
  if (boundary) for (const id of n.keys()) expect(s.objects.has(id)).toBe(true);
}

/** Live objects nothing reaches are garbage cycles (or hang off one), never a leak at count 0. */
function checkUnreachable(s: ObjectsState): void {
  const reachable = reachableIds(s);
  const garbage = [...s.objects.values()].filter((o) => !reachable.has(o.id) && o.cached === null);
  const ids = new Set(garbage.map((o) => o.id));
  for (const o of garbage) expect(o.refcount).toBeGreaterThan(0);
  if (garbage.length === 0) return;
  // Every garbage object is referenced from garbage; so following referrers backwards never
  // ends, i.e. the garbage contains a cycle.
  const referrers = new Map<number, number[]>();
  for (const o of garbage) for (const v of [...o.items, ...o.fields.map(([, x]) => x)]) if (isRef(v) && ids.has(v.ref)) referrers.set(v.ref, [...(referrers.get(v.ref) ?? []), o.id]);
  for (const o of garbage) expect(referrers.get(o.id)?.length ?? 0).toBeGreaterThan(0);
}

describe('simulateObjects: counts', () => {
  it('a plain program: names, items, attributes, del, rebinding', () => {
    const { output, final } = simulateObjects(
      ['class Node: pass', 'a = []', 'b = a', 't = (a, 1)', 'd = {"k": a}', 'n = Node()', 'n.x = a', 'print(sys.getrefcount(a))', 'del b', 'd = None', 'print(sys.getrefcount(a))', 'print(sys.getrefcount([]))'].join('\n'),
    );
    expect(output).toEqual(['6', '4', '1']);
    expect(final.freedByRefcount).toBe(2); // the dict and the temporary []
  });

  it('function calls: ≤3.10 the caller keeps the arguments on its stack; 3.11+ moves them ([LOCAL] 3.8–3.13)', () => {
    const program = [
      'def f(p):',
      '    print(sys.getrefcount(p))',
      '    q = [p]',
      '    print(sys.getrefcount(q))',
      '    return q',
      'a = []',
      'r = f(a)',
      'print(sys.getrefcount(r))',
      'print(sys.getrefcount(a))',
      'def g(p):',
      '    return p',
      'print(sys.getrefcount(g(a)))',
      'f(a)',
    ].join('\n');
    // Values printed by CPython 3.10.13 and 3.13.0 for the same lines.
    expect(simulateObjects(program, { version: '3.10' }).output).toEqual(['4', '2', '2', '3', '3', '5', '2']);
    expect(simulateObjects(program, { version: '3.13' }).output).toEqual(['3', '2', '2', '3', '3', '4', '2']);
  });

  it('small ints and None: shared before 3.12 (count not modelled), immortal after', () => {
    const program = 'x = 7\ny = None\nz = 300\nprint(sys.getrefcount(x))\nprint(sys.getrefcount(y))\nprint(sys.getrefcount(z))';
    expect(simulateObjects(program, { version: '3.11' }).output).toEqual(['?', '?', '?']);
    expect(simulateObjects(program, { version: '3.12' }).output).toEqual(['4294967295', '4294967295', '?']);
    expect(simulateObjects(program, { version: '3.14' }).output).toEqual(['3221225472', '3221225472', '?']);
    // 1000 is cached only from 3.15 on.
    const big = simulateObjects('x = 1000', { version: '3.15' }).final;
    expect(isRef(big.frames[0]!.vars[0]![1])).toBe(true);
    expect(isRef(simulateObjects('x = 1000', { version: '3.14' }).final.frames[0]!.vars[0]![1])).toBe(false);
  });

  it('dicts are tracked only once they hold a container; tuples of constants are constants', () => {
    const { final } = simulateObjects("a = {'k': 1}\nb = {'k': []}\nc = {}\nc['x'] = a\nt = (1, 2)");
    const obj = (name: string) => {
      const v = final.frames[0]!.vars.find(([n]) => n === name)![1];
      return isRef(v) ? final.objects.get(v.ref)! : null;
    };
    expect(obj('a')!.tracked).toBe(false);
    expect(obj('b')!.tracked).toBe(true);
    expect(obj('c')!.tracked).toBe(true);
    expect(obj('t')).toBeNull();
  });

  it('freeing cascades: dropping the last name frees a whole chain at once', () => {
    const { trace } = simulateObjects('a = [[[]]]\ndel a');
    const frees = [...trace.events()].filter((e) => e.kind === 'free').map((e) => (e as { label: string }).label);
    expect(frees).toHaveLength(3);
    expect(trace.final.objects.size).toBe(0);
  });
});

describe('simulateObjects: the cyclic GC', () => {
  it('a cycle survives del and is found by gc.collect()', () => {
    const { trace, final } = simulateObjects('class Node: pass\na = Node()\nb = Node()\na.next = b\nb.next = a\ndel a\ndel b\ngc.collect()');
    const found = [...trace.events()].find((e) => e.kind === 'gc-found') as { unreachable: readonly number[] };
    expect(found.unreachable).toHaveLength(2);
    expect(final.objects.size).toBe(0);
    expect(final.freedByGc).toBe(2);
    const before = trace.stateAt(statementStarts(trace)[7]!);
    expect(before.objects.size).toBe(2);
  });

  it('automatic collections: gen 0 after threshold0, gen 1 every threshold1 gen-0 runs; gc.disable stops them', () => {
    const cycle = 'a = []\na.append(a)\ndel a\n';
    const { final } = simulateObjects('gc.set_threshold(4, 2)\n' + cycle.repeat(30));
    expect(final.gc.collections[0]).toBeGreaterThan(3);
    expect(final.gc.collections[1]).toBeGreaterThan(0);
    expect(final.gc.collections[0]).toBeGreaterThan(final.gc.collections[1]);
    expect(final.objects.size).toBeLessThanOrEqual(5);
    const off = simulateObjects('gc.set_threshold(4, 2)\ngc.disable()\n' + cycle.repeat(30)).final;
    expect(off.gc.collections).toEqual([0, 0, 0]);
    expect(off.objects.size).toBe(30);
    expect(simulateObjects('gc.set_threshold(0)\n' + cycle.repeat(30)).final.gc.collections).toEqual([0, 0, 0]);
  });

  it('thresholds per version (facts §3.3)', () => {
    expect(simulateObjects('', { version: '3.12' }).final.gc.thresholds).toEqual([700, 10, 10]);
    expect(simulateObjects('', { version: '3.13' }).final.gc.thresholds).toEqual([2000, 10, 10]);
  });

  it('findUnreachable agrees with plain reachability from the names', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const { final } = simulateObjects(generateContainerProgram(seed, { statements: 16 }).replace('gc.disable()\n', ''));
        const tracked = [...final.objects.values()].filter((o) => o.tracked).map((o) => o.id);
        const reach = reachableIds(final);
        // Untracked objects cannot be in a cycle, so the tracked unreachable ones are exactly the GC's find.
        expect(findUnreachable(final.objects, tracked)).toEqual(tracked.filter((id) => !reach.has(id)).sort((a, b) => a - b));
      }),
      { numRuns: 60 },
    );
  });
});

describe('simulateObjects: properties of random programs', () => {
  it('every state: count = references from the graph + stack references; garbage is only cycles', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.constantFrom(...VERSIONS), (seed, version) => {
        const program = generateContainerProgram(seed, { statements: 18, collect: true });
        const { trace } = simulateObjects(program, { version });
        for (let i = 0; i <= trace.length; i++) {
          const s = trace.stateAt(i);
          const boundary = i === trace.length || trace.event(i).kind === 'stmt';
          checkCounts(s, boundary);
          if (boundary) {
            checkUnreachable(s);
            for (const o of s.objects.values()) expect(o.held).toBe(0);
          }
          if (i > 0 && trace.event(i - 1).kind === 'gc-end' && (trace.event(i - 1) as { gen: number }).gen === 2) {
            const reach = reachableIds(s);
            for (const o of s.objects.values()) if (o.cached === null) expect(reach.has(o.id)).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('replaying events with the reducer gives the recorded state', () => {
    const program = Array.from({ length: 200 }, (_, i) => `a${i % 7} = [a${(i + 3) % 7}]`.replace(/\[a(\d)\]/, (m, k) => (i >= 7 ? m : `[${k}]`))).join('\n');
    const { trace } = simulateObjects(program + '\ngc.collect()');
    let s = trace.initial;
    for (let i = 0; i < trace.length; i++) {
      s = applyObjects(s, trace.event(i));
      if (i % 97 === 0) expect(trace.stateAt(i + 1)).toEqual(s);
    }
    expect(trace.final).toEqual(s);
  });

  it('functions: counts stay exact inside calls in every version', () => {
    const program = ['def make(x):', '    box = [x, x]', '    return box', 'def link(p, q):', '    p.append(q)', '    q.append(p)', 'a = []', 'b = make(a)', 'c = [make(b), a]', 'link(a, c)', 'del a', 'del b', 'del c', 'gc.collect()'].join('\n');
    for (const version of VERSIONS) {
      const { trace, final } = simulateObjects(program, { version });
      for (let i = 0; i <= trace.length; i++) checkCounts(trace.stateAt(i), i === trace.length || trace.event(i).kind === 'stmt');
      expect([...final.objects.values()].filter((o) => o.cached === null)).toEqual(
        // Only the two function objects are left.
        [...final.objects.values()].filter((o) => o.type === 'function'),
      );
    }
  });
});

describe('simulateObjects: errors are located', () => {
  const cases: [string, string, number, number][] = [
    ['a = [1, 2', 'error.objects.unexpectedEnd', 1, 10],
    ['a = []\nb = c', 'error.objects.unknownName', 2, 5],
    ['x = 1\nif x:\n    pass', 'error.objects.statement', 2, 1],
    ["a = 'abc", 'error.objects.unclosedString', 1, 5],
    ['a = []\na.pop()', 'error.objects.method', 2, 3],
    ['a = 1.5', 'error.objects.badNumber', 1, 5],
    ['a = []\na.x = 1', 'error.objects.attrOnNonInstance', 2, 2],
    ['t = (a, 1)', 'error.objects.unknownName', 1, 6],
    ['a = []\na[3] = 1', 'error.objects.indexRange', 2, 2],
    ['def f(n):\n    return f(n)\nf(1)', 'error.objects.depth', 2, 12],
    ['def f():\n    x = y\n    y = 1\nf()', 'error.objects.unboundLocal', 2, 9],
    ['return 1', 'error.objects.returnOutside', 1, 1],
    ['  a = 1', 'error.objects.indent', 1, 3],
    ['a = []\na', 'error.objects.noEffect', 2, 1],
    ['print(a)', 'error.objects.print', 1, 1],
    ['import os', 'error.objects.module', 1, 8],
    ['gc.freeze()', 'error.objects.gcOp', 1, 4],
    ['a = {1: 2}', 'error.objects.dictKey', 1, 6],
    ['a = b = []', 'error.objects.chained', 1, 7],
    ['def f(x):\n    def g():\n        pass', 'error.objects.nested', 2, 5],
    ['a = (1, [])\na[0] = 2', 'error.objects.tupleAssign', 2, 2],
    ["d = {}\nx = d['k']", 'error.objects.keyMissing', 2, 6],
    ['f = []\nf(1)', 'error.objects.notCallable', 2, 1],
    ['def f(a):\n    return a\nf()', 'error.objects.arity', 3, 1],
    ['a = Node(1)', 'error.objects.instanceArgs', 1, 5],
    ['a = 1 $ 2', 'error.objects.badChar', 1, 7],
  ];
  for (const [program, key, line, column] of cases) {
    it(`${JSON.stringify(program)} → ${key} at ${line}:${column}`, () => {
      const e = fail(program);
      expect({ key: e.key, line: e.params.line, column: e.params.column }).toEqual({ key, line, column });
      const lines = program.split('\n');
      const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
      expect(e.index).toBe(offset);
      for (const lang of ['en', 'ko'] as const) expect(message(lang, e.key, e.params)).toContain(String(line));
    });
  }

  it('brackets nested thousands deep are a located error, not a RangeError from the parser', () => {
    const deep: [string, number, number][] = [
      ['x = ' + '('.repeat(3000) + '1' + ')'.repeat(3000), 1, 5 + MAX_NESTING],
      ['a = 1\nx = ' + '['.repeat(4000) + ']'.repeat(4000), 2, 5 + MAX_NESTING],
      ['x = ' + '{"k": '.repeat(2000) + '1' + '}'.repeat(2000), 1, 5 + 6 * MAX_NESTING],
      ['a = []\nx = a' + '[0]'.repeat(5000), 2, 6 + 3 * MAX_NESTING],
      ['a = []\nx = a' + '.b'.repeat(8000), 2, 6 + 2 * MAX_NESTING],
    ];
    for (const [program, line, column] of deep) {
      const e = fail(program);
      expect({ key: e.key, line: e.params.line, column: e.params.column, max: e.params.max }).toEqual({ key: 'error.objects.tooDeep', line, column, max: MAX_NESTING });
      for (const lang of ['en', 'ko'] as const) expect(message(lang, e.key, e.params)).toContain(String(MAX_NESTING));
    }
    // As deep as the limit still runs.
    expect(simulateObjects('x = ' + '['.repeat(MAX_NESTING) + ']'.repeat(MAX_NESTING)).trace.stopped).toBeNull();
  });

  it('an emoji is named whole, and columns count it as one character', () => {
    const e = fail('s = "👋🏽"\nt = 1 👨‍👩‍👧 2');
    expect({ char: e.params.char, line: e.params.line, column: e.params.column }).toEqual({ char: '👨‍👩‍👧', line: 2, column: 7 });
    const after = fail("s = ['👋🏽', y]");
    expect(after.params.column).toBe(11);
  });

  it('a huge name in a message is cut, not repeated whole', () => {
    const name = 'n'.repeat(15_000);
    const e = fail(`x = ${name}`);
    expect(e.key).toBe('error.objects.unknownName');
    for (const lang of ['en', 'ko'] as const) {
      const text = message(lang, e.key, e.params);
      expect(text.length).toBeLessThan(200);
      expect(text).toContain('n'.repeat(20) + '…');
    }
  });

  it('an error while running keeps the partial trace', () => {
    const e = fail('a = []\nb = [a]\nc = d');
    const trace = e.trace as { final: ObjectsState; stopped: { reason: string } };
    expect(trace.stopped.reason).toBe('error');
    expect(trace.final.frames[0]!.vars.map(([n]) => n)).toEqual(['a', 'b']);
  });

  it('an unknown version and the limits', () => {
    expect(fail('a = []', '3.99').code).toBe('unknown-version');
    expect(simulateObjects('a = []\n'.repeat(50), { maxSteps: 10 }).trace.stopped?.reason).toBe('step-limit');
    expect(simulateObjects('a = []', { maxInputLength: 3 }).trace.stopped?.reason).toBe('input-limit');
  });
});

describe('exercises', () => {
  it('refcount problems: deterministic, and the answers are what the program would print', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), fc.constantFrom('3.10', '3.13'), (seed, version) => {
        const p = generateRefcountProblem(seed, version);
        expect(generateRefcountProblem(seed, version)).toEqual(p);
        expect(p.questions.length).toBeGreaterThanOrEqual(2);
        const printed = simulateObjects(p.program + p.questions.map((q) => `print(sys.getrefcount(${q.name}))`).join('\n'), { version }).output;
        expect(printed).toEqual(p.questions.map((q) => String(q.answer)));
        const right = Object.fromEntries(p.questions.map((q) => [q.name, q.answer]));
        expect(gradeRefcountProblem(p, right).every((g) => g.correct)).toBe(true);
        expect(gradeRefcountProblem(p, { [p.questions[0]!.name]: p.questions[0]!.answer + 1 })[0]!.correct).toBe(false);
        for (const q of p.questions) for (const n of q.explanation) expect(message('ko', n.key, n.params)).not.toContain('{');
      }),
      { numRuns: 50 },
    );
  });

  it('fate problems: refcount-freed objects are gone, gc ones are collected by gc.collect(), alive ones stay', () => {
    let withGc = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const p = generateFateProblem(seed);
        expect(generateFateProblem(seed)).toEqual(p);
        const { trace } = simulateObjects(p.program + 'gc.collect()\n');
        const freedBy = new Map<string, string>();
        for (const e of trace.events()) if (e.kind === 'free') freedBy.set(e.label, e.cause);
        for (const it of p.items) {
          const expected = it.answer === 'refcount' ? 'refcount' : it.answer === 'gc' ? 'gc' : undefined;
          expect([it.label, freedBy.get(it.label)]).toEqual([it.label, expected]);
        }
        if (p.items.some((it) => it.answer === 'gc')) withGc++;
        expect(new Set(p.items.map((it) => it.answer)).size).toBeGreaterThanOrEqual(2);
        const grades = gradeFateProblem(p, Object.fromEntries(p.items.map((it) => [it.name, it.answer])));
        expect(grades.every((g) => g.correct)).toBe(true);
      }),
      { numRuns: 60 },
    );
    expect(withGc).toBeGreaterThan(20);
  });
});
