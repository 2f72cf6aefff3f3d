/** The counters every backtracking state carries. */
export interface Counters {
  /** `try` events: candidate placements considered. */
  readonly tried: number;
  readonly conflicts: number;
  readonly backtracks: number;
  readonly solutions: number;
}

export const ZERO: Counters = { tried: 0, conflicts: 0, backtracks: 0, solutions: 0 };

/** Mutable twin used by capture-mode builders. */
export interface MutableCounters {
  tried: number;
  conflicts: number;
  backtracks: number;
  solutions: number;
}

/** The counter change an event kind makes (shared by reducers and capture-mode builders). */
export function bump(c: Counters, kind: string): Counters {
  switch (kind) {
    case 'try':
      return { ...c, tried: c.tried + 1 };
    case 'conflict':
      return { ...c, conflicts: c.conflicts + 1 };
    case 'backtrack':
      return { ...c, backtracks: c.backtracks + 1 };
    case 'solution':
      return { ...c, solutions: c.solutions + 1 };
    default:
      return c;
  }
}
