import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createExercise, type Action } from './grader';
import { createQuizAttempt, type Answer } from './quiz-attempt';
import { kindFor, type AnyKind } from './load-kind';
import { agrees, QUIZ_NAMES, regrade, type Attempt, type ClaimedScore } from './replay';
import { predictChoices } from './predict';
import { generateSegmentQuiz, QUIZ_SEGMENTS } from '../segments';
import { generateSizeClassProblem } from '../pymalloc/index';
import { generateFateProblem, generateRefcountProblem, FATES } from '../objects/index';
import { FIT_POLICIES } from '../heap/model';
import { fibCounts } from './quizzes/fib-count';
import type { QuizDef } from './quiz-def';

/** What a record goes through: JSON out to a file and back. */
const viaFile = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

// Every exercise kind a page can place: the ones in ./kinds/ by name, and the kinds made per setting.
const KIND_FILES = readdirSync(new URL('./kinds/', import.meta.url)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const VARIANTS: [string, string | undefined][] = [
  ...KIND_FILES.map((f) => f.replace(/\.ts$/, '')).filter((n) => n !== 'nqueens').map((n): [string, undefined] => [n, undefined]),
  ...FIT_POLICIES.map((p): [string, string] => ['allocfit', p]),
  ['nqueens', '4'],
  ['nqueens', '5'],
];

type Move = 'right' | 'wrong' | 'undo' | 'fix' | 'model';
const WRONG: Action = { type: 'not-a-step' };

describe('replaying an exercise attempt gives the score it was recorded with', () => {
  for (const [name, variant] of VARIANTS) {
    it(`${name}${variant ? ` (${variant})` : ''} (property)`, async () => {
      const kind: AnyKind = await kindFor(name, variant);
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.array(fc.constantFrom<Move>('right', 'right', 'right', 'wrong', 'undo', 'fix', 'model'), { maxLength: 80 }), async (seed, moves) => {
          const ex = createExercise(kind.fromSeed(seed).trace, kind.spec);
          for (const m of moves) {
            if (ex.done) break;
            if (m === 'right') ex.submit(ex.expected()!);
            else if (m === 'wrong') ex.submit(WRONG);
            else if (m === 'undo') ex.undo();
            else if (m === 'fix') ex.fix();
            else ex.openModel();
          }
          while (!ex.done) ex.submit(ex.expected()!);
          let total = 0;
          for (const e of kind.fromSeed(seed).trace.events()) if (kind.spec.isDecision(e)) total++;
          const live: ClaimedScore = { correct: ex.score.correct, total, fixed: ex.score.fixed, undone: ex.score.undone, assisted: ex.score.assisted, completed: true };
          const attempt: Attempt = viaFile({ type: 'exercise', kind: kind.name, ...(kind.variant ? { variant: kind.variant } : {}), seed, log: ex.log! });
          const r = await regrade(attempt);
          expect(r.ok && agrees(live, r.score)).toBe(true);
        }),
        { numRuns: 25 },
      );
    });
  }

  it('a record that claims more than its log earns, or whose log is not a valid attempt, is caught', async () => {
    const kind = await kindFor('brackets');
    const ex = createExercise(kind.fromSeed(7).trace, kind.spec);
    ex.submit(WRONG);
    ex.undo();
    while (!ex.done) ex.submit(ex.expected()!);
    const attempt = { type: 'exercise', kind: 'brackets', seed: 7, log: ex.log! } as const;
    const r = await regrade(attempt);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(agrees({ ...r.score, correct: r.score.correct + 1 }, r.score)).toBe(false);
    // The first step's wrong choice removed from the log: a different (better) attempt, not the claimed one.
    const edited = await regrade({ ...attempt, log: attempt.log.slice(2) });
    expect(edited.ok && edited.score.correct).toBe(r.score.correct + 1);
    expect(await regrade({ ...attempt, log: [['undo']] })).toEqual({ ok: false, reason: 'invalid-step' });
    expect(await regrade({ ...attempt, log: [...attempt.log, ['submit', { type: 'push' }]] })).toEqual({ ok: false, reason: 'invalid-step' });
    expect(await regrade({ ...attempt, kind: 'Nope' })).toEqual({ ok: false, reason: 'unknown-exercise' });
    expect(await regrade({ type: 'exercise', kind: 'brackets', seed: 'x', log: [] })).toEqual({ ok: false, reason: 'malformed' });
    expect(await regrade(null)).toEqual({ ok: false, reason: 'malformed' });
  });
});

/** Per quiz: its problem from a seed, and for each item the right answer and some wrong ones. */
interface QuizCase {
  quiz: string;
  problem(seed: number): unknown;
  items(problem: unknown): { id: string; right: Answer; wrong: Answer[] }[];
}
const others = <T extends Answer>(all: readonly T[], right: T): T[] => all.filter((x) => x !== right);
const QUIZZES: QuizCase[] = [
  {
    quiz: 'segments',
    problem: (seed) => ({ seed }),
    items: (p) => generateSegmentQuiz((p as { seed: number }).seed).items.map((i) => ({ id: i.id, right: i.segment, wrong: others(QUIZ_SEGMENTS, i.segment) })),
  },
  {
    quiz: 'size-class',
    problem: (seed) => ({ seed }),
    items: (p) =>
      generateSizeClassProblem((p as { seed: number }).seed).questions.map((q) => {
        const right: Answer = q.answer.raw ? { choice: 'raw', blocksPerPool: null } : { choice: q.answer.sizeClass, blocksPerPool: q.answer.blocksPerPool };
        return { id: String(q.id), right, wrong: [{ choice: 0, blocksPerPool: 1 }, { choice: 'raw', blocksPerPool: null }, { choice: 1, blocksPerPool: 0 }].filter((w) => JSON.stringify(w) !== JSON.stringify(right)) };
      }),
  },
  {
    quiz: 'refcounts',
    problem: (seed) => ({ seed, version: '3.13' }),
    items: (p) => generateRefcountProblem((p as { seed: number }).seed, '3.13').questions.map((q) => ({ id: q.name, right: q.answer, wrong: [q.answer + 1, q.answer + 2, 0] })),
  },
  {
    quiz: 'fates',
    problem: (seed) => ({ seed, version: '3.12' }),
    items: (p) => generateFateProblem((p as { seed: number }).seed, '3.12').items.map((it) => ({ id: it.name, right: it.answer, wrong: others(FATES, it.answer) })),
  },
  {
    quiz: 'fib-count',
    problem: (seed) => ({ n: seed % 13 }),
    items: (p) => {
      const [naive, memo] = fibCounts((p as { n: number }).n);
      return [
        { id: 'naive', right: naive, wrong: [naive + 1, naive + 2] },
        { id: 'memo', right: memo, wrong: [memo + 1, memo + 3] },
      ];
    },
  },
  {
    quiz: 'predict-return',
    problem: (seed) => ({ program: 'fibonacci', arg: '5', call: `fib(${seed % 6})` }),
    items: (p) => {
      const n = Number(/\d+/.exec((p as { call: string }).call)![0]);
      const fib = (k: number): number => (k < 2 ? k : fib(k - 1) + fib(k - 2));
      return [{ id: 'q', right: ` ${fib(n)} `, wrong: [String(fib(n) + 1), 'None'] }];
    },
  },
  {
    quiz: 'predict-step',
    problem: (seed) => [
      { algorithm: 'stack', input: 'push 1, push 2, pop, push 3, pop, pop', step: seed % 6 },
      { algorithm: 'brackets', input: '([)]', step: seed % 3 },
      { algorithm: 'infix', input: 'a - b + c', step: seed % 5 },
      { algorithm: 'nqueens', input: '4', step: 9 },
    ][seed % 4],
    items: () => [],
  },
];

async function predictItems(p: { algorithm: string; input: string; step: number }) {
  const kind = await kindFor(p.algorithm, p.algorithm === 'nqueens' ? p.input : undefined);
  const q = predictChoices(kind.fromInput(p.input).trace, p.step, kind.predict);
  return [{ id: 'q', right: q.correctId as Answer, wrong: q.choices.map((c) => c.id).filter((id) => id !== q.correctId) as Answer[] }];
}

describe('replaying a quiz attempt gives the score it was recorded with', () => {
  it('every quiz module can be named by a record, and each is replayed below', () => {
    const files = readdirSync(new URL('./quizzes/', import.meta.url)).map((f) => f.replace(/\.ts$/, '')).sort();
    expect([...QUIZ_NAMES].sort()).toEqual(files);
    expect(QUIZZES.map((c) => c.quiz).sort()).toEqual(files);
  });

  for (const c of QUIZZES) {
    it(`${c.quiz} (property)`, async () => {
      const def = ((await import(`./quizzes/${c.quiz}.ts`)) as { default: QuizDef<unknown> }).default;
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 100_000 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 12 }), async (seed, ops) => {
          const problem = c.problem(seed);
          const items = c.quiz === 'predict-step' ? await predictItems(problem as never) : c.items(problem);
          const grader = await def.grader(def.problem(viaFile(problem))!);
          expect(grader.ids).toEqual(items.map((i) => i.id));
          const live = createQuizAttempt(grader.ids, grader.grade);
          for (const [pick, item, reveal] of ops) {
            const it = items[item % items.length]!;
            if (reveal) live.reveal(it.id);
            // Each item: blank, the right answer or one of the wrong ones.
            else live.check(Object.fromEntries(items.map((x, i) => [x.id, [null, x.right, ...x.wrong][(pick + i) % (x.wrong.length + 2)] ?? null])));
          }
          live.check(Object.fromEntries(items.map((x) => [x.id, x.right])));
          expect(live.score.done).toBe(true);
          const r = await regrade(viaFile({ type: 'quiz', quiz: c.quiz, problem, log: live.log! }));
          const s = live.score;
          expect(r).toEqual({ ok: true, score: { correct: s.correct, total: s.total, fixed: s.fixed, undone: 0, assisted: s.assisted, completed: true } });
        }),
        { numRuns: 20 },
      );
    });
  }

  it('a quiz log that answers items the problem does not have is not a valid attempt', async () => {
    expect(await regrade({ type: 'quiz', quiz: 'fib-count', problem: { n: 5 }, log: [['check', { other: 1 }]] })).toEqual({ ok: false, reason: 'invalid-step' });
    expect(await regrade({ type: 'quiz', quiz: 'fib-count', problem: { n: 500 }, log: [] })).toEqual({ ok: false, reason: 'unknown-exercise' });
    expect(await regrade({ type: 'quiz', quiz: '../grader', problem: {}, log: [] })).toEqual({ ok: false, reason: 'unknown-exercise' });
  });
});
