// Exercise progress kept in the browser. A versioned key; a corrupt value or a blocked
// storage never breaks a page: the store says it is not saving, and the page goes on.

import { PROGRESS_EVENT, PROGRESS_KEY } from './progress-key';
export { PROGRESS_KEY };
import { PROGRESS_FORMAT as FORMAT } from '../sim/exercises/progress-format';

import type { Score } from '../sim/exercises/grader';
import type { Attempt } from '../sim/exercises/replay';

/**
 * How a finished attempt went, as a record keeps it: the grader's Score (steps right first
 * time, fixed by the model, undone, whether the model answer or an answer was shown) and the
 * number of steps or items the attempt had.
 */
export type RecordedScore = Pick<Score, 'correct' | 'fixed' | 'undone' | 'assisted'> & { readonly total: number };

export interface ExerciseRecord {
  completed: boolean;
  attempts: number;
  best: RecordedScore | null;
  /** The attempt behind `best`, replayable through the core (null: not kept, or too long). */
  attempt: Attempt | null;
  /** ISO time of the last change. */
  updated: string;
}

export interface ProgressData {
  version: 1;
  /** A name or student id the learner chose to put on exported files ('' = none). */
  student: string;
  exercises: Record<string, ExerciseRecord>;
}

export type ImportResult =
  | { ok: true; count: number; skipped: number }
  | { ok: false; reason: 'not-json' | 'not-progress' | 'newer-version' | 'no-room' };

/** Records keyed by exercise id, with no prototype: an id like `__proto__` is only a key. */
const recordMap = (): Record<string, ExerciseRecord> => Object.create(null) as Record<string, ExerciseRecord>;
const empty = (): ProgressData => ({ version: 1, student: '', exercises: recordMap() });

/** Upper bounds of a plausible record (a hand-edited file cannot claim more). */
export const LIMITS = { steps: 10_000, attempts: 1_000_000, undone: 1_000_000, student: 80, attemptChars: 200_000 } as const;

/**
 * Higher is better: an attempt without help beats one with it; then more right first time (as
 * a share), then fewer fixes, then fewer undos.
 */
export function isBetter(a: RecordedScore, b: RecordedScore | null): boolean {
  if (!b) return true;
  if (a.assisted !== b.assisted) return !a.assisted;
  const ra = a.total ? a.correct / a.total : 0;
  const rb = b.total ? b.correct / b.total : 0;
  if (ra !== rb) return ra > rb;
  if (a.fixed !== b.fixed) return a.fixed < b.fixed;
  return a.undone < b.undone;
}

const isCount = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;

function cleanScore(value: unknown): RecordedScore | null {
  if (!value || typeof value !== 'object') return null;
  const s = value as Record<string, unknown>;
  if (!(isCount(s.total, LIMITS.steps) && isCount(s.correct, s.total) && isCount(s.fixed, s.total) && isCount(s.undone, LIMITS.undone))) return null;
  return { correct: s.correct, fixed: s.fixed, undone: s.undone, total: s.total, assisted: s.assisted === true };
}

/** An attempt kept only when it has the shape replay reads and a bounded size; replay checks the rest. */
function cleanAttempt(value: unknown): Attempt | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const a = value as Record<string, unknown>;
  if (!Array.isArray(a.log) || !(a.type === 'exercise' || a.type === 'quiz')) return null;
  try {
    return JSON.stringify(value).length <= LIMITS.attemptChars ? (value as Attempt) : null;
  } catch {
    return null;
  }
}

const isDate = (v: unknown): v is string => typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v));

/**
 * Keeps only well-formed records of known exercises, so a hand-edited or damaged file cannot
 * poison a page. Returns the records and how many entries were left out.
 */
function cleanExercises(value: unknown, known: (id: string) => boolean): { records: Record<string, ExerciseRecord>; skipped: number } | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const records = recordMap();
  let skipped = 0;
  for (const [id, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!raw || typeof raw !== 'object' || !/^[\w.-]{1,80}$/.test(id) || !known(id)) {
      skipped++;
      continue;
    }
    const r = raw as Record<string, unknown>;
    const best = cleanScore(r.best);
    records[id] = {
      completed: r.completed === true,
      attempts: isCount(r.attempts, LIMITS.attempts) ? r.attempts : 0,
      best,
      attempt: best ? cleanAttempt(r.attempt) : null,
      updated: isDate(r.updated) ? r.updated : new Date(0).toISOString(),
    };
  }
  return { records, skipped };
}

const cleanStudent = (v: unknown): string => (typeof v === 'string' ? v.replace(/[\u0000-\u001f]/g, '').trim().slice(0, LIMITS.student) : '');

export interface ProgressStore {
  /** False when the browser refuses storage: progress lasts only for this page. */
  readonly saving: boolean;
  /** True when a stored value could not be read and was set aside. */
  readonly recovered: boolean;
  get(): ProgressData;
  /** Records a finished attempt (with its replayable log when there is one); returns the exercise's record after it. */
  record(id: string, score: RecordedScore, completed: boolean, attempt?: Attempt | null): ExerciseRecord;
  /** Sets the name or student id put on exported files. */
  setStudent(name: string): void;
  /** A JSON document for handing in to a course. */
  exportJson(): string;
  /**
   * Merges an exported file: for each exercise the better record wins. Only ids `known` accepts
   * are taken; an import that would not fit in storage changes nothing.
   */
  importJson(text: string, known: (id: string) => boolean): ImportResult;
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
export function createProgressStore(
  storage: Storage | null | undefined,
  now: () => Date = () => new Date(),
  /** Exercise ids kept when read from storage (the page's store keeps every well-formed id). */
  known: (id: string) => boolean = () => true,
): ProgressStore {
  const usable = probe(storage);
  let recovered = false;
  let data = empty();
  if (usable) {
    const raw = usable.getItem(PROGRESS_KEY);
    if (raw !== null) {
      try {
        const parsed = JSON.parse(raw) as Partial<ProgressData>;
        const clean = parsed.version === 1 ? cleanExercises(parsed.exercises, known) : null;
        if (!clean) throw new Error('unreadable');
        data = { version: 1, student: cleanStudent(parsed.student), exercises: clean.records };
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
    globalThis.dispatchEvent?.(new CustomEvent(PROGRESS_EVENT, { detail: data.exercises }));
  };

  return {
    get saving() {
      return saving;
    },
    get recovered() {
      return recovered;
    },
    get: () => data,
    record(id, score, completed, attempt = null) {
      const before = data.exercises[id];
      const better = completed && isBetter(score, before?.best ?? null);
      const next: ExerciseRecord = {
        completed: completed || before?.completed === true,
        attempts: (before?.attempts ?? 0) + 1,
        best: better ? score : (before?.best ?? null),
        attempt: better ? cleanAttempt(attempt) : (before?.attempt ?? null),
        updated: now().toISOString(),
      };
      data = { ...data, exercises: withRecord(data.exercises, id, next) };
      commit();
      return next;
    },
    setStudent(name) {
      data = { ...data, student: cleanStudent(name) };
      commit();
    },
    exportJson: () => JSON.stringify({ format: FORMAT, exported: now().toISOString(), ...data }, null, 2),
    importJson(text, knownId) {
      let parsed: Record<string, unknown>;
      try {
        parsed = JSON.parse(text) as Record<string, unknown>;
      } catch {
        return { ok: false, reason: 'not-json' };
      }
      if (!parsed || parsed.format !== FORMAT) return { ok: false, reason: 'not-progress' };
      if (typeof parsed.version === 'number' && parsed.version > 1) return { ok: false, reason: 'newer-version' };
      const incoming = cleanExercises(parsed.exercises, knownId);
      if (!incoming) return { ok: false, reason: 'not-progress' };
      let merged = data.exercises;
      for (const [id, rec] of Object.entries(incoming.records)) {
        const mine = merged[id];
        const theirsBetter = rec.best !== null && isBetter(rec.best, mine?.best ?? null);
        merged = withRecord(
          merged,
          id,
          mine
            ? {
                completed: mine.completed || rec.completed,
                attempts: Math.max(mine.attempts, rec.attempts),
                best: theirsBetter ? rec.best : mine.best,
                attempt: theirsBetter ? rec.attempt : mine.attempt,
                updated: mine.updated > rec.updated ? mine.updated : rec.updated,
              }
            : rec,
        );
      }
      const next: ProgressData = { ...data, student: data.student || cleanStudent(parsed.student), exercises: merged };
      // Refuse, changing nothing, when the merged records do not fit in storage.
      if (usable) {
        try {
          usable.setItem(PROGRESS_KEY, JSON.stringify(next));
        } catch {
          return { ok: false, reason: 'no-room' };
        }
      }
      data = next;
      commit();
      return { ok: true, count: Object.keys(incoming.records).length, skipped: incoming.skipped };
    },
    clear() {
      data = { ...empty(), student: data.student };
      commit();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function withRecord(map: Record<string, ExerciseRecord>, id: string, rec: ExerciseRecord): Record<string, ExerciseRecord> {
  const out = recordMap();
  Object.assign(out, map);
  out[id] = rec;
  return out;
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

/** Tests only: the next openProgress() reads storage afresh (a page never needs this). */
export function forgetOpenProgress(): void {
  shared = null;
}
