import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cycleMembers, cyclesOf, referencedIds, stronglyConnected } from './graph';
import { simulateObjects } from './simulate';
import { initialObjects } from './state';
import type { Obj, ObjectsState, Val } from './state';

/** A state whose objects are lists 0..n-1 with the given edges, plus cached ints and dangling refs. */
function graphState(n: number, edges: readonly (readonly [number, number])[], cached: readonly number[] = [], dangling: readonly number[] = []): ObjectsState {
  const objects = new Map<number, Obj>();
  const base = { name: null, text: null, fields: [], refcount: 1, held: 0, tracked: true, gen: 0 } as const;
  const out = Array.from({ length: n }, () => [] as Val[]);
  for (const [a, b] of edges) out[a]!.push({ ref: b });
  for (let id = 0; id < n; id++) {
    const items = out[id]!;
    // Slots that are not edges of the graph: a cached int, a freed object's id, an inline value.
    if (cached.includes(id)) items.push({ ref: 1000 + id });
    if (dangling.includes(id)) items.push({ ref: 5000 + id });
    items.push({ atom: "'x'" });
    objects.set(id, { ...base, id, type: 'list', items, cached: null });
  }
  for (const id of cached) objects.set(1000 + id, { ...base, id: 1000 + id, type: 'int', text: String(id), items: [], cached: 'immortal', tracked: false, gen: null });
  return { ...initialObjects('3.13'), objects };
}

/** The plain reference: u and v share a component when each reaches the other. */
function referenceComponents(n: number, edges: readonly (readonly [number, number])[]): { components: number[][]; cycles: number[][] } {
  const reach = Array.from({ length: n }, (_, u) => {
    const seen = new Set<number>([u]);
    const todo = [u];
    while (todo.length > 0) {
      const x = todo.pop()!;
      for (const [a, b] of edges) if (a === x && !seen.has(b)) seen.add(b), todo.push(b);
    }
    return seen;
  });
  const components: number[][] = [];
  const placed = new Set<number>();
  for (let u = 0; u < n; u++) {
    if (placed.has(u)) continue;
    const c = [...reach[u]!].filter((v) => reach[v]!.has(u)).sort((a, b) => a - b);
    c.forEach((v) => placed.add(v));
    components.push(c);
  }
  const selfLoop = (u: number) => edges.some(([a, b]) => a === u && b === u);
  return { components, cycles: components.filter((c) => c.length > 1 || selfLoop(c[0]!)) };
}

const smallGraph = fc.integer({ min: 0, max: 9 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: n === 0 ? fc.constant([] as [number, number][]) : fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 3 * n }),
    cached: fc.subarray(Array.from({ length: n }, (_, i) => i)),
    dangling: fc.subarray(Array.from({ length: n }, (_, i) => i)),
  }),
);

describe('object graph queries', () => {
  it('strongly connected components and cycles agree with a reachability reference (property)', () => {
    fc.assert(
      fc.property(smallGraph, ({ n, edges, cached, dangling }) => {
        const state = graphState(n, edges, cached, dangling);
        const ref = referenceComponents(n, edges);
        expect(stronglyConnected(state)).toEqual(ref.components);
        expect(cyclesOf(state)).toEqual(ref.cycles);
        expect(cycleMembers(state)).toEqual(new Set(ref.cycles.flat()));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves out cached objects, freed ids and inline values', () => {
    const state = graphState(2, [[0, 1]], [0], [1]);
    expect(referencedIds(state, state.objects.get(0)!)).toEqual([1]);
    expect(referencedIds(state, state.objects.get(1)!)).toEqual([]);
    expect(stronglyConnected(state)).toEqual([[0], [1]]);
  });

  it('a self-reference is a cycle of one; an object hanging off a cycle is not on it', () => {
    const { final } = simulateObjects('a = []\na.append(a)\nb = [a]\nc = [b]\nc.append(c)\nd = [1]\nb.append(d)');
    const id = (name: string) => {
      const v = final.frames[0]!.vars.find(([n]) => n === name)![1];
      return 'ref' in v ? v.ref : -1;
    };
    expect(cyclesOf(final)).toEqual([[id('a')], [id('c')]]);
    expect(cycleMembers(final).has(id('b'))).toBe(false);
    expect(cycleMembers(final).has(id('d'))).toBe(false);
  });

  it('two objects referring to each other form one cycle, which stays after del', () => {
    const { final } = simulateObjects('x = {}\ny = {}\nx["y"] = y\ny["x"] = x\ndel x\ndel y');
    const ids = [...final.objects.values()].filter((o) => o.cached === null).map((o) => o.id);
    expect(cyclesOf(final)).toEqual([ids.sort((a, b) => a - b)]);
  });

  it('a ring of 30 000 objects does not overflow the stack', () => {
    const n = 30_000;
    const edges = Array.from({ length: n }, (_, i) => [i, (i + 1) % n] as const);
    const state = graphState(n, edges);
    expect(cyclesOf(state)).toEqual([Array.from({ length: n }, (_, i) => i)]);
  });
});
