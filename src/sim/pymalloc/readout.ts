// What the pymalloc visualizer reads off its trace, so the view only draws: where the events of
// an operation begin (it steps through the last one), how many objects are alive, how an arena
// row reads, and what an operation did (the sentence it announces).
import type { Narration, Trace } from '../trace';
import type { ArenaView, PoolStatus, PymallocEvent, PymallocOp, PymallocState } from './arenas';

/** The index of the first event of operation `op` when it is the trace's last (trace.length when it has none). */
export function operationStart(trace: Trace<PymallocState, PymallocEvent>, op: number): number {
  let i = trace.length;
  while (i > 0 && trace.event(i - 1).op === op) i--;
  return i;
}

/** Objects alive: blocks in use in pymalloc's pools plus blocks from the raw allocator. */
export function liveObjects(s: PymallocState): number {
  return s.live + s.rawBlocks;
}

/**
 * How arena row `a` of `s` reads: its pools by status and its free pools ('pmv.arena.summary'
 * {full, used, empty, untouched, free}), then its place on usable_arenas ('pmv.arena.position'
 * {pos}, 1 = head) or 'pmv.arena.full' when it is not there; an arena handed back to the OS
 * reads 'pmv.arena.freed'.
 */
export function arenaReadout(s: PymallocState, a: ArenaView): Narration[] {
  if (!a.mapped) return [{ key: 'pmv.arena.freed', params: {} }];
  const count: Record<PoolStatus, number> = { full: 0, used: 0, empty: 0, untouched: 0 };
  for (const p of a.pools) count[p.status]++;
  const pos = s.usable.indexOf(a.index);
  return [
    { key: 'pmv.arena.summary', params: { ...count, free: a.freePools } },
    pos < 0 ? { key: 'pmv.arena.full', params: {} } : { key: 'pmv.arena.position', params: { pos: pos + 1 } },
  ];
}

/**
 * What operation `op`, the last of `trace` (its events from `start`), did: 'pmv.did.alloc' {n, size}
 * for a request, 'pmv.did.freeNewest', or 'pmv.did.freeAll' {n} / 'pmv.did.freeKeep' {n, kept}
 * with the counts the bulk free reported.
 */
export function operationReadout(op: PymallocOp, trace: Trace<PymallocState, PymallocEvent>, start: number): Narration {
  if (op.op === 'malloc-many' || op.op === 'malloc') return { key: 'pmv.did.alloc', params: { n: op.op === 'malloc' ? 1 : op.count, size: op.size } };
  if (op.op !== 'free-many') return { key: 'pmv.did.freeNewest', params: {} };
  const e = start < trace.length ? trace.event(start) : null;
  const [n, kept] = e?.kind === 'bulk-free' ? [e.count, e.kept] : [0, 0];
  return op.keepEvery ? { key: 'pmv.did.freeKeep', params: { n, kept } } : { key: 'pmv.did.freeAll', params: { n } };
}
