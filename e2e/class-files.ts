// Progress files of a made-up class, built the way the book's islands build them: an attempt
// played through the core's grader (or quiz attempt), recorded in a progress store, exported.
// Shared by the class report's unit test, its e2e spec and its timing report.
import { createExercise, type Action } from '../src/sim/exercises/grader';
import { createQuizAttempt } from '../src/sim/exercises/quiz-attempt';
import { kindFor } from '../src/sim/exercises/load-kind';
import { fibCounts } from '../src/sim/exercises/quizzes/fib-count';
import { createProgressStore, type RecordedScore } from '../src/components/progress';
import type { Attempt } from '../src/sim/exercises/replay';

export interface Recorded {
  score: RecordedScore;
  attempt: Attempt | null;
}

const WRONG: Action = { type: 'not-a-step' };

/**
 * An exercise done as ProficiencyExercise does it: the problem of `seed`, a wrong choice (undone
 * at once) at every `wrongEvery`-th step, the rest right; the model answer opened when `model`.
 */
export async function exerciseAttempt(name: string, seed: number, opts: { variant?: string; wrongEvery?: number; model?: boolean } = {}): Promise<Recorded> {
  const kind = await kindFor(name, opts.variant);
  const trace = kind.fromSeed(seed).trace;
  const ex = createExercise(trace, kind.spec);
  if (opts.model) ex.openModel();
  for (let step = 0; !ex.done; step++) {
    if (opts.wrongEvery && step % opts.wrongEvery === 0) {
      ex.submit(WRONG);
      ex.undo();
    }
    ex.submit(ex.expected()!);
  }
  let total = 0;
  for (let i = 0; i < trace.length; i++) if (kind.spec.isDecision(trace.event(i))) total++;
  const s = ex.score;
  return {
    score: { correct: s.correct, fixed: s.fixed, undone: s.undone, assisted: s.assisted, total },
    attempt: ex.log ? { type: 'exercise', kind: kind.name, ...(kind.variant === undefined ? {} : { variant: kind.variant }), seed, log: ex.log } : null,
  };
}

/** Chapter 3's call-count quiz for fib(n), as FibCallCount records it: a wrong first answer when `wrongFirst`. */
export function fibCountAttempt(n: number, wrongFirst = false): Recorded {
  const [naive, memo] = fibCounts(n);
  const q = createQuizAttempt(['naive', 'memo'], (id, a) => a === (id === 'naive' ? naive : memo));
  if (wrongFirst) q.check({ naive: naive + 1, memo });
  q.check({ naive, memo });
  const s = q.score;
  return { score: { correct: s.correct, fixed: s.fixed, undone: 0, assisted: s.assisted, total: s.total }, attempt: q.log ? { type: 'quiz', quiz: 'fib-count', problem: { n }, log: q.log } : null };
}

/** The file the progress page exports for a student who recorded these attempts. */
export function progressFile(student: string, records: readonly (readonly [string, Recorded])[]): string {
  const store = createProgressStore(null, () => new Date('2026-12-01T09:00:00Z'));
  store.setStudent(student);
  for (const [id, r] of records) store.record(id, r.score, true, r.attempt);
  return store.exportJson();
}

/** A file's records, edited: `edit` gets each record (parsed) by id and may change it in place. */
export function editFile(text: string, edit: (id: string, record: { best: { -readonly [K in keyof RecordedScore]: RecordedScore[K] }; attempt: { log: unknown[] } & Record<string, unknown> }) => void): string {
  const file = JSON.parse(text) as { exercises: Record<string, never> };
  for (const [id, rec] of Object.entries(file.exercises)) edit(id, rec);
  return JSON.stringify(file, null, 2);
}

/** A plain RFC 4180 reader: the reference the CSV writer is checked against. */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let cell = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') record.push(cell), records.push(record), (cell = ''), (record = []), i++;
    else cell += ch;
  }
  return records;
}
