import { describe, expect, it } from 'vitest';
import { createProgressStore, isBetter, PROGRESS_KEY, type RecordedScore } from './progress';

/** A Storage double backed by a Map; `blocked` makes every call throw like a denied storage. */
class MemoryStorage implements Storage {
  map = new Map<string, string>();
  constructor(public blocked = false, public full = false) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    if (this.blocked) throw new DOMException('denied', 'SecurityError');
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.blocked) throw new DOMException('denied', 'SecurityError');
    if (this.full && k === PROGRESS_KEY) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    if (this.blocked) throw new DOMException('denied', 'SecurityError');
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

const score = (correct: number, total: number, fixed = 0, undone = 0, assisted = false): RecordedScore => ({ correct, fixed, undone, total, assisted });
const anyId = () => true;

describe('progress store', () => {
  it('records a completed exercise and a reload reads it back', () => {
    const storage = new MemoryStorage();
    createProgressStore(storage).record('ch1.segments', score(5, 6, 1), true);
    const again = createProgressStore(storage);
    expect(again.saving).toBe(true);
    expect(again.get().exercises['ch1.segments']).toMatchObject({ completed: true, attempts: 1, best: score(5, 6, 1) });
  });

  it('keeps the best score, and counts every attempt', () => {
    const store = createProgressStore(new MemoryStorage());
    store.record('x', score(3, 6), true);
    store.record('x', score(6, 6), true);
    store.record('x', score(4, 6), true);
    expect(store.get().exercises.x).toMatchObject({ attempts: 3, best: score(6, 6) });
  });

  it('an unfinished attempt does not become the best score or mark completion', () => {
    const store = createProgressStore(new MemoryStorage());
    store.record('x', score(1, 6), false);
    expect(store.get().exercises.x).toMatchObject({ completed: false, best: null });
  });

  it('a blocked storage does not throw: progress lives for the page and says it is not saved', () => {
    const store = createProgressStore(new MemoryStorage(true));
    expect(store.saving).toBe(false);
    store.record('x', score(2, 2), true);
    expect(store.get().exercises.x?.completed).toBe(true);
  });

  it('a full storage stops saving without losing the in-page record', () => {
    const store = createProgressStore(new MemoryStorage(false, true));
    store.record('x', score(2, 2), true);
    expect(store.saving).toBe(false);
    expect(store.get().exercises.x?.completed).toBe(true);
  });

  it('a corrupt stored value is set aside, not fatal', () => {
    const storage = new MemoryStorage();
    storage.setItem(PROGRESS_KEY, '{"version":1,"exercises":');
    const store = createProgressStore(storage);
    expect(store.recovered).toBe(true);
    expect(store.get().exercises).toEqual({});
    expect(storage.getItem(`${PROGRESS_KEY}:corrupt`)).toBe('{"version":1,"exercises":');
  });

  it('drops malformed records but keeps the good ones', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 1, exercises: { good: { completed: true, attempts: 2, best: score(1, 1) }, bad: 7 } }),
    );
    const store = createProgressStore(storage);
    expect(Object.keys(store.get().exercises)).toEqual(['good']);
  });

  it('export then import into an empty browser restores the same records', () => {
    const a = createProgressStore(new MemoryStorage());
    a.record('ch1.segments', score(6, 6), true);
    a.record('ch4.brackets', score(3, 8, 2, 1), true);
    const b = createProgressStore(new MemoryStorage());
    expect(b.importJson(a.exportJson(), anyId)).toEqual({ ok: true, count: 2, skipped: 0 });
    expect(b.get().exercises).toEqual(a.get().exercises);
  });

  it('import merges: the better record wins per exercise', () => {
    const mine = createProgressStore(new MemoryStorage());
    mine.record('x', score(2, 4), true);
    const theirs = createProgressStore(new MemoryStorage());
    theirs.record('x', score(4, 4), true);
    theirs.record('y', score(1, 1), true);
    mine.importJson(theirs.exportJson(), anyId);
    expect(mine.get().exercises.x?.best).toEqual(score(4, 4));
    expect(mine.get().exercises.y?.completed).toBe(true);
  });

  it('rejects files that are not progress exports, with a reason', () => {
    const store = createProgressStore(new MemoryStorage());
    expect(store.importJson('not json', anyId)).toEqual({ ok: false, reason: 'not-json' });
    expect(store.importJson('{"hello":1}', anyId)).toEqual({ ok: false, reason: 'not-progress' });
    expect(store.importJson('{"format":"stack-and-heap-progress","version":9,"exercises":{}}', anyId)).toEqual({
      ok: false,
      reason: 'newer-version',
    });
  });

  it('tells subscribers about changes', () => {
    const store = createProgressStore(new MemoryStorage());
    const seen: number[] = [];
    store.subscribe((d) => seen.push(Object.keys(d.exercises).length));
    store.record('a', score(1, 1), true);
    store.record('b', score(1, 1), true);
    expect(seen).toEqual([1, 2]);
  });
});

describe('importing a hand-edited file', () => {
  const file = (exercises: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ format: 'stack-and-heap-progress', version: 1, exercises, ...extra });
  const known = (id: string) => ['ch1.segments', 'ch4.brackets'].includes(id);

  it('takes only known exercise ids, and a __proto__ id stays a plain, dropped entry', () => {
    const store = createProgressStore(new MemoryStorage());
    const text = `{"format":"stack-and-heap-progress","version":1,"exercises":{"__proto__":{"completed":true,"attempts":1},"toString":{"completed":true},"nope":{"completed":true},"ch1.segments":{"completed":true,"attempts":1,"best":{"correct":5,"fixed":1,"undone":0,"total":6}}}}`;
    expect(store.importJson(text, known)).toEqual({ ok: true, count: 1, skipped: 3 });
    const ex = store.get().exercises;
    expect(Object.keys(ex)).toEqual(['ch1.segments']);
    expect(Object.getPrototypeOf(ex)).toBeNull();
    expect(ex.toString).toBeUndefined();
  });

  it('refuses implausible numbers: attempts beyond the bound, scores beyond the steps', () => {
    const store = createProgressStore(new MemoryStorage());
    store.importJson(
      file({
        'ch1.segments': { completed: true, attempts: 1152921504606846976, best: { correct: 1e300, fixed: 0, undone: 0, total: 6 } },
        'ch4.brackets': { completed: true, attempts: 3, best: { correct: 7, fixed: 0, undone: 0, total: 6 } },
      }),
      known,
    );
    const ex = store.get().exercises;
    expect(ex['ch1.segments']).toMatchObject({ attempts: 0, best: null });
    expect(ex['ch4.brackets']).toMatchObject({ attempts: 3, best: null });
  });

  it('an import that does not fit in storage is refused and changes nothing', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(storage);
    store.record('ch4.brackets', score(2, 4), true);
    const before = storage.getItem(PROGRESS_KEY);
    storage.full = true;
    expect(store.importJson(file({ 'ch1.segments': { completed: true, attempts: 1, best: score(6, 6) } }), known)).toEqual({ ok: false, reason: 'no-room' });
    expect(Object.keys(store.get().exercises)).toEqual(['ch4.brackets']);
    expect(storage.getItem(PROGRESS_KEY)).toBe(before);
  });

  it('keeps the student name a learner typed, bounded, on export', () => {
    const store = createProgressStore(new MemoryStorage());
    store.setStudent('  Kim Minji 2026123456\u0007 ');
    expect(JSON.parse(store.exportJson()).student).toBe('Kim Minji 2026123456');
    store.setStudent('x'.repeat(500));
    expect(store.get().student).toHaveLength(80);
  });
});

describe('isBetter', () => {
  it('ranks an attempt without help above one where the answer was shown, whatever the counts', () => {
    expect(isBetter(score(3, 6), score(6, 6, 0, 0, true))).toBe(true);
    expect(isBetter(score(6, 6, 0, 0, true), score(0, 6))).toBe(false);
  });

  it('prefers a higher share right first time, then fewer fixes, then fewer undos', () => {
    expect(isBetter(score(5, 6), score(4, 6))).toBe(true);
    expect(isBetter(score(4, 6, 1), score(4, 6, 2))).toBe(true);
    expect(isBetter(score(4, 6, 1, 3), score(4, 6, 1, 1))).toBe(false);
    expect(isBetter(score(0, 6), null)).toBe(true);
  });
});
