import { describe, expect, it } from 'vitest';
import type { PymallocOp } from './arenas';
import { simulatePymalloc } from './simulate';
import { arenaReadout, liveObjects, operationReadout, operationStart } from './readout';

const OPS: PymallocOp[] = [
  { op: 'malloc-many', size: 24, count: 40_000, prefix: 'float' },
  { op: 'malloc', size: 600 },
  { op: 'free-many', keepEvery: 1000 },
  { op: 'free-newest' },
  { op: 'free-many' },
];

describe('the visualizer readout', () => {
  it('finds where each operation begins: every event from there on is that operation, the one before is not', () => {
    for (let k = 0; k <= OPS.length; k++) {
      const trace = simulatePymalloc(OPS.slice(0, k), { version: '3.13' }).trace;
      const start = operationStart(trace, k - 1);
      if (k === 0) expect(start).toBe(0);
      else {
        expect(start).toBeLessThan(trace.length);
        for (let i = start; i < trace.length; i++) expect(trace.event(i).op).toBe(k - 1);
        if (start > 0) expect(trace.event(start - 1).op).toBe(k - 2);
      }
    }
  });

  it('counts live objects, pymalloc blocks and raw ones', () => {
    const s = simulatePymalloc(OPS.slice(0, 2), { version: '3.13' }).final;
    expect(liveObjects(s)).toBe(40_001);
    expect(s.rawBlocks).toBe(1);
  });

  it('says what each operation did, with the bulk free counts', () => {
    const said = OPS.map((op, k) => {
      const trace = simulatePymalloc(OPS.slice(0, k + 1), { version: '3.13' }).trace;
      return operationReadout(op, trace, operationStart(trace, k));
    });
    expect(said).toEqual([
      { key: 'pmv.did.alloc', params: { n: 40_000, size: 24 } },
      { key: 'pmv.did.alloc', params: { n: 1, size: 600 } },
      // every 1000th of the 40,001 is kept: 41 (the raw block, the last, among them)
      { key: 'pmv.did.freeKeep', params: { n: 39_960, kept: 41 } },
      { key: 'pmv.did.freeNewest', params: {} },
      { key: 'pmv.did.freeAll', params: { n: 40 } },
    ]);
  });

  it('reads an arena row: pools by status, free pools, its place on usable_arenas, or freed', () => {
    // 3.13: 40,000 floats fill arena 0 and part of arena 1 (79 pools, 63 an arena).
    const s = simulatePymalloc(OPS.slice(0, 1), { version: '3.13' }).final;
    const [a0, a1] = s.arenas;
    expect(arenaReadout(s, a0!)).toEqual([
      { key: 'pmv.arena.summary', params: { full: 63, used: 0, empty: 0, untouched: 0, free: 0 } },
      { key: 'pmv.arena.full', params: {} },
    ]);
    const [summary, position] = arenaReadout(s, a1!);
    expect(summary!.params).toMatchObject({ used: 1, empty: 0, free: a1!.freePools });
    expect(position).toEqual({ key: 'pmv.arena.position', params: { pos: 1 } });
    const after = simulatePymalloc(OPS, { version: '3.13' }).final;
    expect(after.arenas.filter((a) => !a.mapped).map((a) => arenaReadout(after, a))).toEqual([[{ key: 'pmv.arena.freed', params: {} }]]);
  });
});
