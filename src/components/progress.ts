// Exercise progress kept in the browser. A versioned key; a corrupt value or a blocked
// storage never breaks a page: the store says it is not saving, and the page goes on.

export const PROGRESS_KEY = 'stack-and-heap:progress:v1';
const FORMAT = 'stack-and-heap-progress';

import type { Score } from '../sim/exercises/grader';

/**
 * How a finished attempt went, as a record keeps it: the grader's Score (steps right first
 * time, fixed by the model, undone) and the number of steps the attempt had.
 */
export type RecordedScore = Pick<Score, 'correct' | 'fixed' | 'undone'> & { readonly total: number };

export interface ExerciseRecord {
  completed: boolean;
  attempts: number;
  best: RecordedScore | null;
  /** ISO time of the last change. */
  updated: string;
}

export interface ProgressData {
  version: 1;
  exercises: Record<string, ExerciseRecord>;
}

export type ImportResult = { ok: true; count: number } | { ok: false; reason: 'not-json' | 'not-progress' | 'newer-version' };

const empty = (): ProgressData => ({ version: 1, exercises: {} });

/** Higher is better: more right first time, then fewer fixes, then fewer undos. */
export function isBetter(a: RecordedScore, b: RecordedScore | null): boolean {
  if (!b) return true;
  const ra = a.total ? a.correct / a.total : 0;
  const rb = b.total ? b.correct / b.total : 0;
  if (ra !== rb) return ra > rb;
  if (a.fixed !== b.fixed) return a.fixed < b.fixed;
  return a.undone < b.undone;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function cleanScore(value: unknown): RecordedScore | null {
  if (!value || typeof value !== 'object') return null;
  const s = value as Record<string, unknown>;
  return isCount(s.correct) && isCount(s.fixed) && isCount(s.undone) && isCount(s.total)
    ? { correct: s.correct, fixed: s.fixed, undone: s.undone, total: s.total }
    : null;
}

/** Keeps only well-formed records, so a hand-edited or damaged file cannot poison a page. */
function cleanExercises(value: unknown): Record<string, ExerciseRecord> | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const out: Record<string, ExerciseRecord> = {};
  for (const [id, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!raw || typeof raw !== 'object' || !/^[\w.-]{1,80}$/.test(id)) continue;
    const r = raw as Record<string, unknown>;
    out[id] = {
      completed: r.completed === true,
      attempts: isCount(r.attempts) ? r.attempts : 0,
      best: cleanScore(r.best),
      updated: typeof r.updated === 'string' ? r.updated : new Date(0).toISOString(),
    };
  }
  return out;
}

export interface ProgressStore {
  /** False when the browser refuses storage: progress lasts only for this page. */
  readonly saving: boolean;
  /** True when a stored value could not be read and was set aside. */
  readonly recovered: boolean;
  get(): ProgressData;
  /** Records a finished attempt; returns the exercise's record after it. */
  record(id: string, score: RecordedScore, completed: boolean): ExerciseRecord;
  /** A JSON document for handing in to a course. */
  exportJson(): string;
  /** Merges an exported file: for each exercise the better record wins. */
  importJson(text: string): ImportResult;
  clear(): void;
  subscribe(listener: (data: ProgressData) => void): () => void;
}

function probe(storage: Storage | null | undefined): Storage | null {
  if (!storage) return null;
  try {
    const key = `${PROGRESS_KEY}:probe`;
    storage.setItem(key, '1');
    storage.removeItem(key);
    return storage;
  } catch {
    return null;
  }
}

/** `storage` is injected for tests; pages call `openProgress()`. */
export function createProgressStore(storage: Storage | null | undefined, now: () => Date = () => new Date()): ProgressStore {
  const usable = probe(storage);
  let recovered = false;
  let data = empty();
  if (usable) {
    const raw = usable.getItem(PROGRESS_KEY);
    if (raw !== null) {
      try {
        const parsed = JSON.parse(raw) as Partial<ProgressData>;
        const exercises = parsed.version === 1 ? cleanExercises(parsed.exercises) : null;
        if (!exercises) throw new Error('unreadable');
        data = { version: 1, exercises };
      } catch {
        // Keep the damaged value aside rather than silently losing it.
        recovered = true;
        try {
          usable.setItem(`${PROGRESS_KEY}:corrupt`, raw);
        } catch {}
      }
    }
  }
  const listeners = new Set<(d: ProgressData) => void>();
  let saving = usable !== null;

  const commit = () => {
    if (usable) {
      try {
        usable.setItem(PROGRESS_KEY, JSON.stringify(data));
      } catch {
        saving = false; // quota or a storage that turned read-only
      }
    }
    for (const l of listeners) l(data);
  };

  return {
    get saving() {
      return saving;
    },
    get recovered() {
      return recovered;
    },
    get: () => data,
    record(id, score, completed) {
      const before = data.exercises[id];
      const next: ExerciseRecord = {
        completed: completed || before?.completed === true,
        attempts: (before?.attempts ?? 0) + 1,
        best: completed && isBetter(score, before?.best ?? null) ? score : (before?.best ?? null),
        updated: now().toISOString(),
      };
      data = { version: 1, exercises: { ...data.exercises, [id]: next } };
      commit();
      return next;
    },
    exportJson: () =>
      JSON.stringify({ format: FORMAT, exported: now().toISOString(), ...data }, null, 2),
    importJson(text) {
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return { ok: false, reason: 'not-json' };
      }
      if (!parsed || parsed.format !== FORMAT) return { ok: false, reason: 'not-progress' };
      if (typeof parsed.version === 'number' && parsed.version > 1) return { ok: false, reason: 'newer-version' };
      const incoming = cleanExercises(parsed.exercises);
      if (!incoming) return { ok: false, reason: 'not-progress' };
      const merged = { ...data.exercises };
      for (const [id, rec] of Object.entries(incoming)) {
        const mine = merged[id];
        merged[id] = mine
          ? {
              completed: mine.completed || rec.completed,
              attempts: Math.max(mine.attempts, rec.attempts),
              best: rec.best && isBetter(rec.best, mine.best) ? rec.best : mine.best,
              updated: mine.updated > rec.updated ? mine.updated : rec.updated,
            }
          : rec;
      }
      data = { version: 1, exercises: merged };
      commit();
      return { ok: true, count: Object.keys(incoming).length };
    },
    clear() {
      data = empty();
      commit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

let shared: ProgressStore | null = null;

/** The page's progress store (one per page, shared by its islands). */
export function openProgress(): ProgressStore {
  if (!shared) {
    let storage: Storage | null = null;
    try {
      storage = globalThis.localStorage ?? null;
    } catch {
      storage = null; // reading localStorage itself throws when the browser blocks it
    }
    shared = createProgressStore(storage);
  }
  return shared;
}
