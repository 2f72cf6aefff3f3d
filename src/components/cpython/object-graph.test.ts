// What the object graph draws of a large heap: at most `max` objects, chosen so that what the
// step is about (objects just freed, garbage no name reaches) is never the part left out.
import { describe, expect, it } from 'vitest';
import { simulateObjects, statementStarts, type Obj } from '../../sim/objects/index';
import { layoutGraph, HEAD_HEIGHT, MAX_SLOTS, NODE_W } from './object-graph';

/** `n` lists kept by a name, then a two-node cycle no name reaches, then `del` of one more list. */
function bigProgram(n: number): string {
  const lines = ['class Node: pass', 'keep = []'];
  for (let i = 0; i < n; i++) lines.push('keep.append([])');
  lines.push('a = Node()', 'b = Node()', 'a.next = b', 'b.next = a', 'del a', 'del b', 'last = []', 'del last');
  return lines.join('\n') + '\n';
}

function stateAfter(src: string, statements: number) {
  const trace = simulateObjects(src, { version: '3.13' }).trace;
  const starts = statementStarts(trace);
  const end = statements < starts.length ? starts[statements]! : trace.length;
  // The objects the last statement freed, as the player passes them.
  const freed = new Map<number, { obj: Obj; cause: 'refcount' | 'gc' }>();
  for (let i = starts[statements - 1]!; i < end; i++) {
    const e = trace.event(i);
    if (e.kind === 'free') freed.set(e.id, { obj: trace.stateAt(i).objects.get(e.id)!, cause: e.cause });
  }
  return { state: trace.stateAt(end), freed, statements: starts.length };
}

describe('layoutGraph with a cap on the objects drawn', () => {
  const src = bigProgram(300);
  const lines = src.trimEnd().split('\n').length;
  const { state, freed } = stateAfter(src, lines);

  it('draws everything when the heap fits, and counts what it does not draw', () => {
    const all = layoutGraph(state, freed);
    expect(layoutGraph(state, freed, undefined, all.total).nodes.map((n) => n.id)).toEqual(all.nodes.map((n) => n.id));
    expect(all.nodes).toHaveLength(all.total);
    const capped = layoutGraph(state, freed, undefined, 50);
    expect(capped.nodes).toHaveLength(50);
    expect(capped.total).toBe(all.total);
    expect(all.total).toBeGreaterThan(300);
  });

  it('keeps the object freed in this step and the unreachable cycle, however small the cap', () => {
    expect(freed.size).toBe(1);
    const capped = layoutGraph(state, freed, undefined, 3);
    const kept = capped.nodes.map((n) => (n.freed ? 'freed' : n.unreachable ? 'garbage' : 'live'));
    expect(kept).toEqual(expect.arrayContaining(['freed', 'garbage', 'garbage']));
    expect(kept).toHaveLength(3);
  });

  it("draws a long list's first items and counts the rest", () => {
    const keep = layoutGraph(state, freed).nodes.find((n) => n.obj.type === 'list' && n.obj.items.length === 300)!;
    expect(keep.slots.map((s) => s.key)).toEqual(Array.from({ length: MAX_SLOTS }, (_, i) => `[${i}]`));
    expect(keep.moreSlots).toBe(300 - MAX_SLOTS);
  });

  it('draws no reference to an object it left out', () => {
    const capped = layoutGraph(state, freed, undefined, 20);
    const ends = new Set(capped.nodes.flatMap((n) => [`${n.x},${n.y + HEAD_HEIGHT / 2}`, `${n.x + NODE_W},${n.y + HEAD_HEIGHT / 2}`]));
    for (const e of capped.edges) expect(ends.has(`${e.to.x},${e.to.y}`)).toBe(true);
  });
});
