// Where progress is kept and how a page hears that it changed: shared by the store
// (./progress.ts) and the sidebar's chapter ticks, which must not load the whole store.

export const PROGRESS_KEY = 'stack-and-heap:progress:v1';
/** Dispatched on window after every change the store makes (detail: the exercises map). */
export const PROGRESS_EVENT = 'stack-and-heap:progress';

/** The ids of completed exercises in stored progress (none when it is absent or unreadable). */
export function completedIn(exercises: unknown): Set<string> {
  const done = new Set<string>();
  if (exercises && typeof exercises === 'object') {
    for (const [id, rec] of Object.entries(exercises)) if ((rec as { completed?: unknown } | null)?.completed === true) done.add(id);
  }
  return done;
}
