// Landmarks of a trace: the steps a reader jumps between in a long trace (every call and return
// of a call stack, every backtrack and solution of a search, every malloc and free…). Each
// player names its landmark kinds (LANDMARKS); the step player's "previous / next" buttons
// move between the steps found here.
import type { EventBase, Trace } from './trace';

/** Which landmark an event is (a name from `names`), or null. */
export interface LandmarkSpec {
  /** The landmark kinds, in the order a player lists them; 'error' also marks a trace that stopped on an error. */
  readonly names: readonly string[];
  readonly of: (e: EventBase) => string | null;
}

/** The landmarks of one trace, as positions of a step player (0 … length). */
export interface Landmarks {
  readonly names: readonly string[];
  /** Sorted, without repeats: position p shows the state after the landmark event p − 1. */
  readonly steps: Int32Array;
}

/** A spec from a table of event kind → landmark name. */
export function byKind(table: Readonly<Record<string, string>>): LandmarkSpec {
  const names = [...new Set(Object.values(table))];
  return { names, of: (e) => (Object.prototype.hasOwnProperty.call(table, e.kind) ? table[e.kind]! : null) };
}

/** byKind, with 'error' among the names: the end of a trace stopped by an error is one. */
const withError = (table: Readonly<Record<string, string>>): LandmarkSpec => {
  const s = byKind(table);
  return s.names.includes('error') ? s : { ...s, names: [...s.names, 'error'] };
};

const BACKTRACKING = withError({ backtrack: 'backtrack', solution: 'solution' });

/**
 * Every player's landmark kinds, by the player's string group (TracePlayer's `kind`; the
 * allocator, the pymalloc visualizer, list growth and the object graph by their own names).
 */
export const LANDMARKS: Readonly<Record<string, LandmarkSpec>> = {
  stack: withError({ push: 'push', pop: 'pop', overflow: 'error', 'pop-empty': 'error', 'peek-empty': 'error' }),
  callstack: withError({ call: 'call', return: 'return', 'recursion-error': 'error' }),
  reverse: byKind({ push: 'push', pop: 'pop' }),
  brackets: withError({ push: 'push', 'pop-match': 'pop', mismatch: 'error', 'unexpected-close': 'error', unclosed: 'error' }),
  postfix: withError({ push: 'push', apply: 'apply' }),
  infix: withError({ 'push-op': 'push', 'push-paren': 'push', 'pop-op': 'pop', 'discard-paren': 'pop' }),
  undo: byKind({ undo: 'undo', redo: 'redo' }),
  history: byKind({ back: 'back', forward: 'forward' }),
  nqueens: BACKTRACKING,
  maze: BACKTRACKING,
  sudoku: BACKTRACKING,
  choice: BACKTRACKING,
  allocator: withError({ allocate: 'malloc', free: 'free', 'realloc-zero': 'free', fail: 'null' }),
  pymalloc: byKind({ 'new-arena': 'arena', 'arena-freed': 'arena', 'take-pool': 'pool', 'pool-empty': 'pool' }),
  listGrowth: { names: ['resize'], of: (e) => ((e as EventBase & { resized?: boolean }).resized ? 'resize' : null) },
  objects: withError({ call: 'call', return: 'return', free: 'free', 'gc-start': 'gc' }),
};

/**
 * The landmark positions of a trace: p = i + 1 for every event i the spec names, and the end
 * (p = length) when the trace stopped on an error and the spec has 'error'. Reads events
 * without their narration where the trace allows it (a 10^6-event trace in tens of ms).
 */
export function landmarkSteps(trace: Trace<unknown, EventBase>, spec: LandmarkSpec): Int32Array {
  const out: number[] = [];
  const read = trace.raw ? trace.raw.bind(trace) : trace.event.bind(trace);
  for (let i = 0; i < trace.length; i++) if (spec.of(read(i)) !== null) out.push(i + 1);
  const n = trace.length;
  if (spec.names.includes('error') && trace.stopped?.reason === 'error' && out[out.length - 1] !== n) out.push(n);
  return Int32Array.from(out);
}

/** Landmarks of a trace read by a step player over a part or a grouping of it: `toStep` maps a trace position to the player's (null: not shown). */
export function landmarksOf(trace: Trace<unknown, EventBase>, spec: LandmarkSpec, toStep: (p: number) => number | null = (p) => p): Landmarks {
  const steps: number[] = [];
  for (const p of landmarkSteps(trace, spec)) {
    const s = toStep(p);
    if (s !== null && s !== steps[steps.length - 1]) steps.push(s);
  }
  return { names: spec.names, steps: Int32Array.from(steps) };
}

/** The first landmark after step `at`, or null. */
export function nextLandmark(steps: Int32Array, at: number): number | null {
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (steps[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < steps.length ? steps[lo]! : null;
}

/** The last landmark before step `at`, or null. */
export function previousLandmark(steps: Int32Array, at: number): number | null {
  let lo = 0;
  let hi = steps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (steps[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? steps[lo - 1]! : null;
}

/**
 * For a player whose steps are groups of events (the object graph: one step per statement,
 * step k shows the state at `boundary(k)`): the step that shows the state after event p − 1,
 * i.e. the first k whose boundary is at or after p. `starts` are the groups' first events.
 */
export function groupStep(starts: readonly number[]): (p: number) => number {
  return (p) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
