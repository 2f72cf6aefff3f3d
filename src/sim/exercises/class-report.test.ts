import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attemptIdentity, buildClassReport, expectedAttempt, csvCell, REPORT_COLUMNS, sortRows, toCsv, type ReportRow, type SortContext, type Verification } from './class-report';
import { GRADED } from '../../components/registry';
import { editFile, exerciseAttempt, fibCountAttempt, progressFile, readCsv } from '../../../e2e/class-files';

const BOOK = GRADED.map((e) => e.progressId);
const book = new Map(GRADED.map((e) => [e.progressId, expectedAttempt(e)]));
const file = (name: string, text: string) => ({ name, text });
const statusOf = (rows: ReportRow[], file: string, exercise: string): Verification | undefined => rows.find((r) => r.file === file && r.exercise === exercise)?.verification;

describe('grading a class by replay', () => {
  it('honest records verify, with the stored score, the student and completion in each row', async () => {
    const brackets = await exerciseAttempt('brackets', 11, { wrongEvery: 3 });
    const queens = await exerciseAttempt('nqueens', 2, { variant: '5', model: true });
    const text = progressFile('Kim Minji 2026123456', [
      ['ch4.brackets', brackets],
      ['ch5.nqueens', queens],
      ['ch3.fib-count', fibCountAttempt(6, true)],
    ]);
    const { rows, errors } = await buildClassReport([file('kim.json', text)], book);
    expect(errors).toEqual([]);
    expect(rows.map((r) => [r.exercise, r.verification])).toEqual([
      ['ch4.brackets', 'verified'],
      ['ch5.nqueens', 'verified'],
      ['ch3.fib-count', 'verified'],
    ]);
    expect(rows[0]).toMatchObject({ student: 'Kim Minji 2026123456', correct: brackets.score.correct, total: brackets.score.total, completed: true, assisted: false });
    expect(brackets.score.correct).toBeLessThan(brackets.score.total);
    expect(rows[1]!.assisted).toBe(true);
    expect(rows[2]).toMatchObject({ correct: 1, total: 2, assisted: false });
  });

  it('a raised score, a claim of no help, a broken log, or another exercise’s attempt is not verified; the file’s other records still are', async () => {
    const honest = progressFile('Lee', [
      ['ch4.brackets', await exerciseAttempt('brackets', 3, { wrongEvery: 2 })],
      ['ch4.postfix', await exerciseAttempt('postfix', 4, { model: true })],
      ['ch4.infix', await exerciseAttempt('infix', 5)],
      ['ch4.reverse', await exerciseAttempt('reverse', 6)],
      ['ch3.fib-count', fibCountAttempt(4)],
    ]);
    const tampered = editFile(honest, (id, rec) => {
      if (id === 'ch4.brackets') rec.best.correct += 1;
      if (id === 'ch4.postfix') rec.best.assisted = false;
      if (id === 'ch4.infix') rec.attempt.log = [['undo'], ...rec.attempt.log];
      if (id === 'ch4.reverse') rec.attempt.kind = 'brackets';
    });
    const { rows } = await buildClassReport([file('honest.json', honest), file('tampered.json', tampered)], book);
    for (const id of ['ch4.brackets', 'ch4.postfix', 'ch4.infix', 'ch4.reverse', 'ch3.fib-count']) expect(statusOf(rows, 'honest.json', id)).toBe('verified');
    expect(statusOf(rows, 'tampered.json', 'ch4.brackets')).toBe('mismatch');
    expect(statusOf(rows, 'tampered.json', 'ch4.postfix')).toBe('mismatch');
    expect(statusOf(rows, 'tampered.json', 'ch4.infix')).toBe('invalid');
    // A reverse problem's log replayed as a brackets attempt is no valid attempt, or is of the wrong exercise.
    expect(['invalid', 'other-exercise']).toContain(statusOf(rows, 'tampered.json', 'ch4.reverse'));
    expect(statusOf(rows, 'tampered.json', 'ch3.fib-count')).toBe('verified');
    // The raised score is what the row shows: the flag is what tells.
    expect(rows.find((r) => r.file === 'tampered.json' && r.exercise === 'ch4.brackets')!.correct).toBe(rows.find((r) => r.file === 'honest.json' && r.exercise === 'ch4.brackets')!.correct! + 1);
  });

  it('an honest attempt filed under another exercise’s id is flagged even though it replays', async () => {
    const b = await exerciseAttempt('brackets', 9);
    const { rows } = await buildClassReport([file('a.json', progressFile('A', [['ch4.postfix', b]]))], book);
    expect(rows[0]!.verification).toBe('other-exercise');
  });

  it('a score with no attempt to replay, an unfinished record, and an id the book does not have', async () => {
    const text = JSON.stringify({
      format: 'stack-and-heap-progress',
      version: 1,
      student: 'Park',
      exercises: {
        'ch4.brackets': { completed: true, attempts: 1, best: { correct: 8, total: 8, fixed: 0, undone: 0, assisted: false }, attempt: null },
        'ch4.postfix': { completed: false, attempts: 2, best: null, attempt: null },
        'ch9.nope': { completed: false, attempts: 1, best: null, attempt: null },
        'ch4.infix': { completed: true, attempts: 1, best: null, attempt: null },
        'ch4.undo': { completed: true, attempts: 1, best: { correct: 9, total: 8, fixed: 0, undone: 0 }, attempt: { type: 'exercise', kind: 'undo', seed: 1, log: [] } },
      },
    });
    const { rows } = await buildClassReport([file('p.json', text)], book);
    expect(rows.map((r) => r.verification)).toEqual(['no-attempt', 'nothing', 'unknown-exercise', 'no-attempt', 'invalid']);
    expect(rows[1]).toMatchObject({ correct: null, total: null, completed: false });
  });

  it('a file that is not JSON, not a progress export, or from a newer version is reported on its own; the others are graded', async () => {
    const good = progressFile('Choi', [['ch3.fib-count', fibCountAttempt(3)]]);
    const files = [
      file('broken.json', good.slice(0, 40)),
      file('a.json', good),
      file('notes.json', '{"hello": "world"}'),
      file('array.json', '[1, 2]'),
      file('future.json', JSON.stringify({ ...JSON.parse(good), version: 2 })),
      file('null.json', 'null'),
      file('b.json', good),
    ];
    const { rows, errors } = await buildClassReport(files, book);
    expect(errors).toEqual([
      { file: 'broken.json', problem: 'not-json' },
      { file: 'notes.json', problem: 'not-progress' },
      { file: 'array.json', problem: 'not-progress' },
      { file: 'future.json', problem: 'newer-version' },
      { file: 'null.json', problem: 'not-progress' },
    ]);
    expect(rows.map((r) => [r.file, r.verification])).toEqual([
      ['a.json', 'verified'],
      ['b.json', 'verified'],
    ]);
  });

  it('pauses between files and every `chunk` records, and reports progress up to the total', async () => {
    const rec = fibCountAttempt(2);
    const files = Array.from({ length: 7 }, (_, i) => file(`${i}.json`, progressFile(`S${i}`, [['ch3.fib-count', rec], ['ch1.segments', rec]])));
    const seen: [number, number][] = [];
    let pauses = 0;
    const { rows } = await buildClassReport(files, book, { chunk: 4, pause: async () => void pauses++, onProgress: (d, t) => seen.push([d, t]) });
    expect(rows).toHaveLength(14);
    expect(pauses).toBe(6 + 3); // after each file but the last, and before records 4, 8 and 12
    expect(seen.at(-1)).toEqual([14, 14]);
    // A fib-count attempt filed as the segments quiz is of another exercise.
    expect(rows.filter((r) => r.exercise === 'ch1.segments').every((r) => r.verification === 'other-exercise')).toBe(true);
  });

  it('knows the attempt every graded island of the registry records', async () => {
    for (const e of GRADED) expect(expectedAttempt(e), e.progressId).not.toBeNull();
    // The generic islands' rule, on the records their islands make.
    expect(book.get('ch4.brackets')).toBe(attemptIdentity((await exerciseAttempt('brackets', 1)).attempt));
    expect(book.get('ch3.fib-count')).toBe(attemptIdentity(fibCountAttempt(3).attempt));
    expect(book.get('ch4.predict-infix')).toBe(attemptIdentity({ type: 'quiz', quiz: 'predict-step', problem: { algorithm: 'infix', input: 'a+b', step: 1 }, log: [] }));
  });
});

const arbRow = fc.record({
  file: fc.constantFrom('a.json', 'b.json', 'c.json'),
  fileIndex: fc.nat(5),
  student: fc.constantFrom('', 'Kim', 'Lee', 'kim', 'Ahn'),
  exercise: fc.constantFrom(...BOOK.slice(0, 5), 'zz.unknown'),
  correct: fc.option(fc.nat(6), { nil: null }),
  total: fc.constant(6 as number | null),
  completed: fc.boolean(),
  assisted: fc.boolean(),
  verification: fc.constantFrom<Verification>('verified', 'nothing', 'mismatch', 'invalid', 'other-exercise', 'unknown-exercise', 'no-attempt'),
});
const ctx: SortContext = {
  exerciseOrder: (id) => (BOOK.includes(id) ? BOOK.indexOf(id) : BOOK.length),
  compareText: (a, b) => a.localeCompare(b, 'en'),
};

describe('sorting the report', () => {
  it('orders by the column, ties by file then book order (property, against a plain key sort)', () => {
    const order: Verification[] = ['verified', 'nothing', 'mismatch', 'invalid', 'other-exercise', 'no-attempt', 'unknown-exercise'];
    // A plain reference: each column read as a number or a text the obvious way.
    const key = (r: ReportRow, c: (typeof REPORT_COLUMNS)[number]): number | string =>
      c === 'student' ? r.student || r.file : c === 'exercise' ? ctx.exerciseOrder(r.exercise) : c === 'score' ? (r.correct === null ? -1 : r.correct / r.total!) : c === 'completed' ? +r.completed : c === 'assisted' ? +r.assisted : order.indexOf(r.verification);
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 30 }), fc.constantFrom(...REPORT_COLUMNS), fc.boolean(), (rows, column, up) => {
        const sorted = sortRows(rows, column, up ? 'ascending' : 'descending', ctx);
        expect(sorted).toHaveLength(rows.length);
        expect(new Set(sorted)).toEqual(new Set(rows));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [key(sorted[i - 1]!, column), key(sorted[i]!, column)];
          const c = typeof a === 'string' ? ctx.compareText(a, b as string) : a - (b as number);
          expect(up ? c <= 0 : c >= 0).toBe(true);
          if (c === 0) expect(sorted[i - 1]!.fileIndex <= sorted[i]!.fileIndex).toBe(true);
        }
      }),
    );
  });
});

describe('the CSV export', () => {
  it('quotes commas, quotes and line breaks, and disarms formulas', () => {
    expect(csvCell('Kim, Minji')).toBe('"Kim, Minji"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell(5)).toBe('5');
    expect(csvCell('김민지')).toBe('김민지');
  });

  it('a plain CSV reader gets every cell back, formulas disarmed (property)', () => {
    const cellText = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '=', '+', '-', '@', '\t', '김', "'") , maxLength: 8 });
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 1, maxLength: 5 }), fc.array(fc.array(cellText, { minLength: 1, maxLength: 5 }), { maxLength: 6 }), (header, rows) => {
        const width = header.length;
        const body = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const disarm = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
        expect(readCsv(toCsv(header, body))).toEqual([header, ...body].map((r) => r.map(disarm)));
      }),
    );
  });
});
