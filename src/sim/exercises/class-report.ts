// The class report: the progress files of a whole class, each record re-graded by replaying its
// recorded attempt (./replay.ts). A file that cannot be read is reported on its own and never
// stops the rest; a record whose stored score its replay does not give back is "not verified".
// Replay proves the work was done as recorded and earns the stored score; it cannot prove who did it.
import { PROGRESS_FORMAT, PROGRESS_VERSION } from './progress-format';
import { agrees, regrade, type ClaimedScore } from './replay';


/**
 * Which attempt a graded exercise records, in attemptIdentity's terms: a generic exercise
 * (`exercise/Exercise.astro`) records its kind, a "what happens next?" question
 * (`exercise/PredictStep.astro`) the predict-step quiz of its algorithm; the islands of their
 * own are listed here. A record whose attempt is of another exercise is not verified, however
 * well it replays. class-report.test.ts checks that every graded island of the registry gets one.
 */
export function expectedAttempt(entry: { readonly progressId: string; readonly mount: string; readonly variant?: string }): string | null {
  if (entry.mount === 'exercise/Exercise.astro' && entry.variant) return entry.variant;
  if (entry.mount === 'exercise/PredictStep.astro' && entry.variant) return `quiz:predict-step:${entry.variant}`;
  return OWN_ISLAND_ATTEMPTS[entry.progressId] ?? null;
}

const OWN_ISLAND_ATTEMPTS: Readonly<Record<string, string>> = {
  'ch1.segments': 'quiz:segments',
  'ch3.predict-return': 'quiz:predict-return',
  'ch3.fib-count': 'quiz:fib-count',
  'ch5.nqueens': 'nqueens',
  'ch5.predict-backtrack': 'quiz:predict-step:nqueens',
  'ch5.maze': 'maze',
  'ch6.allocator-fit': 'allocfit',
  'ch7.size-class': 'quiz:size-class',
  'ch7.refcounts': 'quiz:refcounts',
  'ch7.refcount-or-gc': 'quiz:fates',
};

/** The book's graded exercises: progress id → the attempt it records (expectedAttempt). */
export type BookExercises = ReadonlyMap<string, string | null>;

/** Which exercise an attempt is of: its kind, or `quiz:<name>` (null: not an attempt at all). */
export function attemptIdentity(attempt: unknown): string | null {
  if (!attempt || typeof attempt !== 'object') return null;
  const a = attempt as Record<string, unknown>;
  if (a.type === 'exercise' && typeof a.kind === 'string') return a.kind;
  if (a.type === 'quiz' && typeof a.quiz === 'string') {
    const algorithm = (a.problem as { algorithm?: unknown } | null)?.algorithm;
    return a.quiz === 'predict-step' ? `quiz:predict-step:${String(algorithm)}` : `quiz:${a.quiz}`;
  }
  return null;
}

/** Why a file gave no rows. */
export type FileProblem = 'not-json' | 'not-progress' | 'newer-version';

/**
 * A record's standing after replay: `verified`; `nothing` (no score claimed, nothing to check);
 * or why it is not verified: its score disagrees with the replay (`mismatch`), its log is not a
 * valid attempt (`invalid`), the attempt is of another exercise (`other-exercise`), the id is no
 * exercise of this book (`unknown-exercise`), or a score is claimed with no attempt to replay
 * (`no-attempt`).
 */
export type Verification = 'verified' | 'nothing' | 'mismatch' | 'invalid' | 'other-exercise' | 'unknown-exercise' | 'no-attempt';

export interface ReportRow {
  /** The file the record came from (its name as dropped), and the order it was dropped in. */
  readonly file: string;
  readonly fileIndex: number;
  /** The name or student id written in the file ('' = none). */
  readonly student: string;
  /** The record's exercise id. */
  readonly exercise: string;
  /** The stored first-try score (null: none claimed, or not a readable score). */
  readonly correct: number | null;
  readonly total: number | null;
  readonly completed: boolean;
  readonly assisted: boolean;
  readonly verification: Verification;
}

export interface FileError {
  readonly file: string;
  readonly problem: FileProblem;
}

export interface ClassReport {
  readonly rows: ReportRow[];
  readonly errors: FileError[];
}

export interface DroppedFile {
  readonly name: string;
  readonly text: string;
}

export interface ReportOptions {
  /** Called after each record is graded, with the records done and the records found so far. */
  onProgress?(done: number, total: number): void;
  /** Awaited after each file is read and every `chunk` records graded, so a page can let the browser paint and take input. */
  pause?(): Promise<void>;
  /** Records between pauses (default 200). */
  chunk?: number;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

/** A claimed score with counts that make sense, or null. */
function claimedScore(best: unknown, completed: boolean): ClaimedScore | null {
  if (!best || typeof best !== 'object') return null;
  const s = best as Record<string, unknown>;
  if (!(isCount(s.total) && isCount(s.correct) && isCount(s.fixed) && isCount(s.undone) && s.correct <= s.total)) return null;
  return { correct: s.correct, total: s.total, fixed: s.fixed, undone: s.undone, assisted: s.assisted === true, completed };
}

interface Parsed {
  student: string;
  records: [string, Record<string, unknown>][];
}

/** Reads one file: its student and its records, or why it is not a progress file this page reads. */
export function parseProgressFile(text: string): Parsed | FileProblem {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'not-json';
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'not-progress';
  const p = parsed as Record<string, unknown>;
  if (p.format !== PROGRESS_FORMAT) return 'not-progress';
  if (typeof p.version === 'number' && p.version > PROGRESS_VERSION) return 'newer-version';
  if (p.version !== PROGRESS_VERSION) return 'not-progress';
  const exercises = p.exercises;
  if (!exercises || typeof exercises !== 'object' || Array.isArray(exercises)) return 'not-progress';
  const student = typeof p.student === 'string' ? p.student.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 80) : '';
  const records: [string, Record<string, unknown>][] = [];
  for (const [id, raw] of Object.entries(exercises as Record<string, unknown>)) {
    // A record that is not even an object still gets a row: the instructor sees it was there.
    records.push([id.slice(0, 80), raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}]);
  }
  return { student, records };
}

/** Replays one record's attempt and says whether its stored score stands. */
export async function verifyRecord(id: string, record: Record<string, unknown>, book: BookExercises): Promise<Verification> {
  const completed = record.completed === true;
  const hasAttempt = record.attempt !== null && record.attempt !== undefined;
  if (record.best === null || record.best === undefined) {
    // No score claimed: fine for an unfinished record; a completion or an attempt without one is not.
    if (!completed && !hasAttempt) return book.has(id) ? 'nothing' : 'unknown-exercise';
    return hasAttempt ? 'invalid' : 'no-attempt';
  }
  const claimed = claimedScore(record.best, completed);
  if (!claimed) return 'invalid';
  if (!hasAttempt) return 'no-attempt';
  // Replayed before the id is checked, so every record costs what an honest one does.
  const replay = await regrade(record.attempt);
  if (!book.has(id)) return 'unknown-exercise';
  if (!replay.ok) return 'invalid';
  const expected = book.get(id);
  if (expected && attemptIdentity(record.attempt) !== expected) return 'other-exercise';
  return agrees(claimed, replay.score) ? 'verified' : 'mismatch';
}

/**
 * Grades the files of a class: rows in the order the files were given (then the records in
 * each), and one error per file that could not be read. `book`: the exercises of this book and
 * the attempt each records. Never throws on a file's content.
 */
export async function buildClassReport(files: readonly DroppedFile[], book: BookExercises, options: ReportOptions = {}): Promise<ClassReport> {
  const chunk = Math.max(1, options.chunk ?? 200);
  const errors: FileError[] = [];
  const pending: { file: string; fileIndex: number; student: string; id: string; record: Record<string, unknown> }[] = [];
  for (const [fileIndex, f] of files.entries()) {
    // Reading a large file takes a while too: the page may take its turn after each.
    if (fileIndex > 0) await options.pause?.();
    const parsed = parseProgressFile(f.text);
    if (typeof parsed === 'string') errors.push({ file: f.name, problem: parsed });
    else for (const [id, record] of parsed.records) pending.push({ file: f.name, fileIndex, student: parsed.student, id, record });
  }
  const rows: ReportRow[] = [];
  for (const [i, p] of pending.entries()) {
    if (i > 0 && i % chunk === 0) await options.pause?.();
    const best = claimedScore(p.record.best, true);
    rows.push({
      file: p.file,
      fileIndex: p.fileIndex,
      student: p.student,
      exercise: p.id,
      correct: best?.correct ?? null,
      total: best?.total ?? null,
      completed: p.record.completed === true,
      assisted: best?.assisted ?? false,
      verification: await verifyRecord(p.id, p.record, book),
    });
    options.onProgress?.(i + 1, pending.length);
  }
  return { rows, errors };
}

/** The columns of the report, in the order the table and the CSV show them. */
export const REPORT_COLUMNS = ['student', 'exercise', 'score', 'completed', 'assisted', 'verified'] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];
export type SortDirection = 'ascending' | 'descending';

/** How each status sorts: verified first, then nothing to check, then the flagged ones. */
const VERIFICATION_ORDER: readonly Verification[] = ['verified', 'nothing', 'mismatch', 'invalid', 'other-exercise', 'no-attempt', 'unknown-exercise'];

export interface SortContext {
  /** Where an exercise id stands in the book (unknown ids after every known one). */
  exerciseOrder(id: string): number;
  /** Locale-aware comparison of names. */
  compareText(a: string, b: string): number;
}

/** A score's share right first time (no score sorts below every score). */
const share = (r: ReportRow): number => (r.correct === null || !r.total ? -1 : r.correct / r.total);

function compareBy(column: ReportColumn, ctx: SortContext): (a: ReportRow, b: ReportRow) => number {
  switch (column) {
    case 'student':
      return (a, b) => ctx.compareText(a.student || a.file, b.student || b.file);
    case 'exercise':
      return (a, b) => ctx.exerciseOrder(a.exercise) - ctx.exerciseOrder(b.exercise) || ctx.compareText(a.exercise, b.exercise);
    case 'score':
      return (a, b) => share(a) - share(b) || (a.total ?? -1) - (b.total ?? -1);
    case 'completed':
      return (a, b) => Number(a.completed) - Number(b.completed);
    case 'assisted':
      return (a, b) => Number(a.assisted) - Number(b.assisted);
    case 'verified':
      return (a, b) => VERIFICATION_ORDER.indexOf(a.verification) - VERIFICATION_ORDER.indexOf(b.verification);
  }
}

/**
 * The rows sorted by one column; ties keep the file order, then the exercise order, whichever
 * way the column is sorted (so a descending sort is not the ascending one reversed).
 */
export function sortRows(rows: readonly ReportRow[], column: ReportColumn, direction: SortDirection, ctx: SortContext): ReportRow[] {
  const by = compareBy(column, ctx);
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => sign * by(a.row, b.row) || a.row.fileIndex - b.row.fileIndex || ctx.exerciseOrder(a.row.exercise) - ctx.exerciseOrder(b.row.exercise) || a.i - b.i)
    .map((x) => x.row);
}

/**
 * One CSV cell: quoted when it holds a quote, a comma or a line break (a quote doubled), and a
 * text that a spreadsheet would take for a formula (= + - @, or a tab or carriage return first)
 * starts with an apostrophe, so opening the file runs nothing.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document (RFC 4180: CRLF between records) from a header and rows of cells. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
