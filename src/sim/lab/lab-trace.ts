/**
 * Turns the tracer's stream of step deltas (arriving in batches) into the core's `Trace`:
 * events are the deltas themselves, a snapshot of the state is kept every so many steps, and
 * `stateAt(i)` copies the nearest snapshot and replays at most that many deltas.
 */
import { SimError } from '../errors';
import type { Narrated, Narration, Stop, Trace } from '../trace';
import type { LabEnd, LabStepDelta } from './delta';
import { applyLabStep, INITIAL_LAB_STATE, thawLab, valueText, type LabDraft, type LabState } from './state';

export type LabEventKind = 'call' | 'line' | 'return' | 'exception' | 'output';

/** A step as the trace hands it out: its kind, the delta, and the depth of the stack after it. */
export interface LabEvent {
  readonly kind: LabEventKind;
  readonly delta: LabStepDelta;
  /** Frames on the stack while this step is shown (the returning frame included). */
  readonly depth: number;
  /** The top frame's function. */
  readonly fn: string;
}

const KINDS: Readonly<Record<LabStepDelta['e'], LabEventKind>> = { c: 'call', l: 'line', r: 'return', x: 'exception', o: 'output' };

const LETTERS = Object.fromEntries(Object.entries(KINDS).map(([letter, kind]) => [kind, letter])) as Record<LabEventKind, LabStepDelta['e']>;

/** Fewest steps between two snapshots; with many objects the gap grows so a snapshot costs ≤ ~4 entries per step. */
export const LAB_SNAPSHOT_EVERY = 256;

/** `extra`: a return's value as narrated, or a call's calling line. */
function narrate(e: LabEvent, extra: string | number): Narration {
  const d = e.delta;
  switch (e.kind) {
    case 'call':
      return d.f === '<module>'
        ? { key: 'lab.start', params: { line: d.n } }
        : { key: 'lab.call', params: { fn: e.fn, line: extra, depth: e.depth } };
    case 'line':
      return { key: 'lab.line', params: { line: d.n, fn: e.fn } };
    case 'return':
      return e.depth <= 1 ? { key: 'lab.end', params: { line: d.n } } : { key: 'lab.return', params: { fn: e.fn, line: d.n, value: extra } };
    case 'exception':
      return { key: 'lab.exception', params: { line: d.n, type: d.x?.[0] ?? '', message: d.x?.[1] ?? '' } };
    case 'output':
      return { key: 'lab.output', params: { line: d.n } };
  }
}

export function stopOf(end: LabEnd): Stop | null {
  const err = (code: string, key: string, params: Record<string, string | number>): Stop => {
    const error = new SimError(code, key, params);
    return { reason: 'error', key, params, error };
  };
  const [type, message] = end.exc ?? ['', ''];
  switch (end.reason) {
    case 'done':
      return null;
    case 'step-limit':
      return { reason: 'step-limit', key: 'lab.stop.stepLimit', params: { max: end.max ?? end.steps }, error: null };
    case 'heap-limit':
      return err('lab-heap-limit', 'lab.stop.heapLimit', { max: end.max ?? 0, line: end.line });
    case 'exception':
      return err('lab-exception', 'lab.stop.exception', { type, message, line: end.line });
    case 'syntax':
      return err('lab-syntax', 'lab.stop.syntax', { message, line: end.line });
    case 'fatal':
      return err('lab-fatal', 'lab.stop.fatal', { message: end.message ?? '', steps: end.steps });
    case 'stopped':
      return err('lab-stopped', 'lab.stop.stopped', { steps: end.steps });
  }
}

/**
 * A trace that grows while the program runs: `append` each batch as it arrives, `finish` with
 * the end record. It is a `Trace` at every moment (`length` counts the steps so far), so a view
 * can step through a run still in progress.
 */
export class LabTrace implements Trace<LabState, LabEvent> {
  readonly initial: LabState = INITIAL_LAB_STATE;
  stopped: Stop | null = null;
  stopMsg: Narration | null = null;
  end: LabEnd | null = null;
  private readonly deltas: LabStepDelta[] = [];
  private depths = new Int32Array(1024);
  /** Function of the top frame per step, interned (one pointer per step). */
  private readonly fns: string[] = [];
  /** Per return step its value as narrated; per call step the line it was called from. */
  private readonly extras = new Map<number, string | number>();
  private readonly snapshots: LabState[] = [INITIAL_LAB_STATE];
  private readonly snapshotAt: number[] = [0];
  private readonly work: LabDraft = thawLab(INITIAL_LAB_STATE);

  get length(): number {
    return this.deltas.length;
  }

  get final(): LabState {
    return this.stateAt(this.deltas.length);
  }

  append(steps: readonly LabStepDelta[]): void {
    const w = this.work;
    for (const d of steps) {
      applyLabStep(w, d);
      const i = this.deltas.length;
      this.deltas.push(d);
      if (i >= this.depths.length) {
        const bigger = new Int32Array(this.depths.length * 2);
        bigger.set(this.depths);
        this.depths = bigger;
      }
      this.depths[i] = w.frames?.size ?? 0;
      this.fns.push(w.frames?.top.fn ?? '');
      if (d.e === 'r' && d.rv !== undefined) this.extras.set(i, valueText(w.objects, d.rv));
      else if (d.e === 'c' && w.frames?.below) this.extras.set(i, w.frames.below.top.line);
      const last = this.snapshotAt[this.snapshotAt.length - 1]!;
      if (i + 1 - last >= Math.max(LAB_SNAPSHOT_EVERY, w.objects.size >> 2)) {
        this.snapshots.push({ ...w, objects: new Map(w.objects) });
        this.snapshotAt.push(i + 1);
      }
    }
  }

  finish(end: LabEnd): void {
    this.end = end;
    this.stopped = stopOf(end);
    this.stopMsg = this.stopped ? { key: this.stopped.key, params: this.stopped.params } : null;
    if (this.stopped?.error) this.stopped.error.trace = this;
  }

  event(i: number): Narrated<LabEvent> {
    this.check(i, this.deltas.length - 1);
    const delta = this.deltas[i]!;
    const e: LabEvent = { kind: KINDS[delta.e], delta, depth: this.depths[i]!, fn: this.fns[i]! };
    return { ...e, msg: narrate(e, this.extras.get(i) ?? '') };
  }

  stateAt(i: number): LabState {
    this.check(i, this.deltas.length);
    // The last snapshot at or before i.
    let lo = 0;
    let hi = this.snapshotAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.snapshotAt[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    const from = this.snapshotAt[lo]!;
    if (from === i) return this.snapshots[lo]!;
    const d = thawLab(this.snapshots[lo]!);
    for (let j = from; j < i; j++) applyLabStep(d, this.deltas[j]!);
    return d;
  }

  *events(): IterableIterator<Narrated<LabEvent>> {
    for (let i = 0; i < this.deltas.length; i++) yield this.event(i);
  }

  /** Index of the next step at or after `from` whose kind is `kind` (-1 if none): for "next call". */
  findNext(from: number, kind: LabEventKind): number {
    const e = LETTERS[kind];
    for (let i = Math.max(0, from); i < this.deltas.length; i++) if (this.deltas[i]!.e === e) return i;
    return -1;
  }

  /** Index of the last step before `from` whose kind is `kind` (-1 if none). */
  findPrevious(from: number, kind: LabEventKind): number {
    const e = LETTERS[kind];
    for (let i = Math.min(from, this.deltas.length) - 1; i >= 0; i--) if (this.deltas[i]!.e === e) return i;
    return -1;
  }

  /** The first step that is about to run `line` (-1 if none). */
  firstAtLine(line: number): number {
    for (let i = 0; i < this.deltas.length; i++) if (this.deltas[i]!.e === 'l' && this.deltas[i]!.n === line) return i;
    return -1;
  }

  private check(i: number, max: number): void {
    if (!Number.isInteger(i) || i < 0 || i > max) throw new RangeError(`index ${i} outside 0..${max}`);
  }
}
