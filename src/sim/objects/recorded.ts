/**
 * A run of the object language recorded at build and read back in the page. The chapter's
 * players open on their own programs, and a record lets them draw every step without the parser
 * and the machine (./syntax.ts, ./simulate.ts: 8 KB gzip), which load only when the reader runs
 * an edited program or picks another version.
 *
 * A record is plain JSON: the version, the events as the simulator emitted them, and the error
 * that ended the run if one did. The states come back from the reducer (`applyObjects`, as
 * `stateAt` always rebuilds them) and the narration from the labels the events carry.
 */
import { SimError } from '../errors';
import { buildTrace, type Params, type Trace } from '../trace';
import { applyObjects, initialObjects, labelOf, narrateWith, type ObjectsState, type ObjEvent } from './state';

export interface RecordedObjects {
  readonly version: string;
  readonly events: readonly ObjEvent[];
  readonly error: { readonly code: string; readonly key: string; readonly params: Params; readonly index: number | null } | null;
}

/**
 * The record of a finished run, or null for a run cut short by a step or input limit (the page
 * runs such a program itself: the record would be as long as the run).
 */
export function recordObjects(trace: Trace<ObjectsState, ObjEvent>): RecordedObjects | null {
  const stop = trace.stopped;
  if (stop && !stop.error) return null;
  const events: ObjEvent[] = [];
  for (let i = 0; i < trace.length; i++) {
    const { msg: _, ...event } = trace.event(i);
    events.push(event as ObjEvent);
  }
  const e = stop?.error;
  return { version: trace.initial.version, events, error: e ? { code: e.code, key: e.key, params: e.params, index: e.index ?? null } : null };
}

/** The labels the simulator gave its objects, from the events that made them. */
function labelsOf(events: readonly ObjEvent[]): Map<number, string> {
  const labels = new Map<number, string>();
  for (const e of events) {
    if (e.kind === 'alloc') labels.set(e.id, e.label);
    else if (e.kind === 'shared') labels.set(e.id, labelOf({ type: e.type, id: e.id, name: null, text: e.text }));
  }
  return labels;
}

/** The trace of a recorded run: the same events, states and narration as the run itself. */
export function replayObjects(r: RecordedObjects): Trace<ObjectsState, ObjEvent> {
  return buildTrace<ObjectsState, ObjEvent>({
    initial: initialObjects(r.version),
    apply: applyObjects,
    narrate: narrateWith(labelsOf(r.events)),
    maxSteps: r.events.length,
    run: (emit) => {
      for (const e of r.events) emit(e);
      if (r.error) throw new SimError(r.error.code, r.error.key, r.error.params, r.error.index ?? undefined);
    },
  });
}
