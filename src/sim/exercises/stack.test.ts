import { CATALOGS, t, tableOf } from '../../i18n/messages';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createExercise, type Action, type ExerciseSpec } from './grader';
import type { EventBase, Trace } from '../trace';
import { checkBrackets } from '../brackets';
import { evaluatePostfix } from '../postfix';
import { infixToPostfix } from '../infix';
import { reverseWithStack } from '../reverse';
import { simulateUndo, parseEditOps } from '../undo';
import { simulateHistory, parseNavOps } from '../history';
import { generateBrackets, generateExpression } from '../generators';
import { toArray } from '../pstack';
import { isSimError } from '../errors';
import { modelActions } from './grader';
import { predictChoices, type PredictSpec } from './predict';
import { bracketExercise, bracketsPredict } from './kinds/brackets';
import { infixExercise, infixPredict } from './kinds/infix';
import { postfixExercise, postfixPredict } from './kinds/postfix';
import { generateReverseText, reverseExercise, reversePredict } from './kinds/reverse';
import { editOpText, generateUndoOps, undoExercise, undoPredict } from './kinds/undo';
import { generateNavOps, historyExercise, historyPredict, navOpText } from './kinds/history';
import { generateStackPermutation, permExercise, permPredict, permutationPossibleReference, stackPermutation } from './kinds/perm';

/** A view text as the page shows it in `lang`. */
const shown = (lang: 'en' | 'ko', x: { key: string; params: Record<string, string | number> }) => t(lang, x.key, x.params);
const known = (key: string) => expect(Object.hasOwn(CATALOGS.en, key), `message ${key}`).toBe(true);

/** 312-pattern avoidance: the textbook characterization of stack-producible orders. */
function avoids312(t: readonly number[]): boolean {
  for (let i = 0; i < t.length; i++)
    for (let j = i + 1; j < t.length; j++)
      for (let k = j + 1; k < t.length; k++) if (t[j]! < t[k]! && t[k]! < t[i]!) return false;
  return true;
}

describe('stackPermutation', () => {
  it('agrees with the plain greedy reference and with 312-avoidance (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }).chain((n) => fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i + 1), { minLength: n, maxLength: n })),
        (target) => {
          const { possible, trace } = stackPermutation(target);
          expect(possible).toBe(permutationPossibleReference(target));
          expect(possible).toBe(avoids312(target));
          if (possible) expect(trace.final.output).toEqual(target);
          else {
            const last = trace.event(trace.length - 1);
            expect(last.kind).toBe('impossible');
            // The wanted number really is buried in the stack.
            expect(toArray(trace.final.stack)).toContain((last as { wanted: number }).wanted);
          }
          // Outputs so far are always a prefix of the target.
          expect(target.slice(0, trace.final.output.length)).toEqual(trace.final.output);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('examples', () => {
    expect(stackPermutation([1, 2, 3]).possible).toBe(true);
    expect(stackPermutation([3, 2, 1]).possible).toBe(true);
    expect(stackPermutation([3, 1, 2]).possible).toBe(false);
    expect(stackPermutation([2, 3, 1]).possible).toBe(true);
    expect(modelActions(stackPermutation([2, 1]).trace, permExercise).map((a) => a.type)).toEqual(['push', 'push', 'pop', 'pop']);
  });

  it('rejects a non-permutation with a SimError', () => {
    for (const bad of [[1, 1], [0, 1], [1, 3], [1.5]]) {
      try {
        stackPermutation(bad);
        expect.unreachable();
      } catch (e) {
        expect(isSimError(e)).toBe(true);
      }
    }
  });

  it('the generator is seeded, valid and mixes possible and impossible targets', () => {
    let possible = 0;
    for (let seed = 0; seed < 200; seed++) {
      const g = generateStackPermutation(seed, 5);
      expect(g).toEqual(generateStackPermutation(seed, 5));
      expect([...g.target].sort()).toEqual([1, 2, 3, 4, 5]);
      expect(g.possible).toBe(permutationPossibleReference(g.target));
      if (g.possible) possible++;
    }
    expect(possible).toBeGreaterThan(60);
    expect(possible).toBeLessThan(140);
  });
});

/** Every decision replayed as a submission scores all-correct. */
function replayAllCorrect<S, E extends EventBase>(trace: Trace<S, E>, spec: ExerciseSpec<S, E>): void {
  const ex = createExercise(trace, spec);
  const actions = modelActions(trace, spec);
  for (const a of actions) expect(ex.submit(a).verdict).toBe('correct');
  expect(ex.done).toBe(true);
  expect(ex.score).toEqual({ correct: actions.length, wrong: 0, fixed: 0, undone: 0, assisted: false });
}

/** At every decision, every other action of `tries` is graded wrong with a known reason; then fix. */
function wrongIsExplained<S, E extends EventBase>(trace: Trace<S, E>, spec: ExerciseSpec<S, E>, tries: readonly Action[]): void {
  const ex = createExercise(trace, spec);
  while (!ex.done) {
    const expected = ex.expected()!;
    const wrong = tries.find((a) => a.type !== expected.type);
    if (wrong) {
      const v = ex.submit(wrong);
      expect(v.verdict).toBe('wrong');
      known(v.reasonKey);
      expect(ex.pending).toEqual(wrong);
    }
    const f = ex.fix()!;
    known(f.reasonKey);
  }
}

const types = (...t: string[]): Action[] => t.map((type) => ({ type }));

describe('exercise specs', () => {
  it('stack permutation', () => {
    for (let seed = 0; seed < 60; seed++) {
      const { trace } = stackPermutation(generateStackPermutation(seed, 5).target);
      replayAllCorrect(trace, permExercise);
      wrongIsExplained(trace, permExercise, types('push', 'pop', 'impossible'));
    }
  });

  it('a wrong permutation step says why', () => {
    const ex = createExercise(stackPermutation([2, 1, 3]).trace, permExercise);
    const v = ex.submit({ type: 'pop' });
    expect(v).toMatchObject({ verdict: 'wrong', reasonKey: 'ex.perm.why.pushStackEmpty' });
    ex.undo();
    ex.submit({ type: 'push' });
    expect(ex.submit({ type: 'pop' })).toMatchObject({ verdict: 'wrong', reasonKey: 'ex.perm.why.pushTooEarly', params: { wanted: 2, top: 1 } });
    const buried = createExercise(stackPermutation([3, 1, 2]).trace, permExercise);
    for (const a of types('push', 'push', 'push', 'pop')) buried.submit(a);
    expect(buried.submit({ type: 'pop' })).toMatchObject({ verdict: 'wrong', reasonKey: 'ex.perm.why.impossibleBuried', params: { wanted: 1, top: 2 } });
    expect(buried.submit({ type: 'push' })).toMatchObject({ reasonKey: 'ex.perm.why.pushCannotHelp' });
    expect(buried.score.undone).toBe(1);
  });

  it('reverse', () => {
    for (let seed = 0; seed < 20; seed++) {
      const { trace } = reverseWithStack(generateReverseText(seed));
      replayAllCorrect(trace, reverseExercise);
      wrongIsExplained(trace, reverseExercise, types('push', 'pop'));
    }
  });

  it('undo / redo', () => {
    for (let seed = 0; seed < 40; seed++) {
      const ops = generateUndoOps(seed);
      // The list the exercise shows, in either language, is a command list the player reads back.
      for (const lang of ['en', 'ko'] as const) expect(parseEditOps(ops.map((op) => shown(lang, editOpText(op))).join(', '))).toEqual(ops);
      for (const op of ops) expect(shown('ko', editOpText(op)).split(' ')[0]).toMatch(/^[가-힣]+$/);
      const { trace } = simulateUndo(ops);
      replayAllCorrect(trace, undoExercise);
      wrongIsExplained(trace, undoExercise, types('pushUndo', 'clearRedo', 'undoToRedo', 'redoToUndo', 'nothing'));
    }
    const ex = createExercise(simulateUndo(parseEditOps('type a')).trace, undoExercise);
    expect(ex.submit({ type: 'clearRedo' })).toMatchObject({ verdict: 'wrong', reasonKey: 'ex.undo.why.redoAlreadyEmpty' });
  });

  it('the undo generator reaches clear-redo and undo in most sessions', () => {
    let clears = 0;
    for (let seed = 0; seed < 50; seed++) {
      const kinds = [...simulateUndo(generateUndoOps(seed)).trace.events()].map((e) => e.kind);
      expect(kinds).toContain('undo');
      if (kinds.includes('clear-redo')) clears++;
    }
    expect(clears).toBeGreaterThan(20);
  });

  it('browser history', () => {
    for (let seed = 0; seed < 40; seed++) {
      const ops = generateNavOps(seed);
      for (const lang of ['en', 'ko'] as const) expect(parseNavOps(ops.map((op) => shown(lang, navOpText(op))).join(', '))).toEqual(ops);
      for (const op of ops) expect(shown('ko', navOpText(op)).split(' ')[0]).toMatch(/^[가-힣]+$/);
      const { trace } = simulateHistory(ops);
      replayAllCorrect(trace, historyExercise);
      wrongIsExplained(trace, historyExercise, types('visit', 'clearForward', 'back', 'forward', 'nothing'));
    }
  });

  it('brackets, postfix and infix (specs of exercises.ts) on generated instances', () => {
    for (let seed = 0; seed < 30; seed++) {
      const b = checkBrackets(generateBrackets(seed, { length: 8 }).text).trace;
      replayAllCorrect(b, bracketExercise);
      wrongIsExplained(b, bracketExercise, types('push', 'pop', 'error', 'balanced'));
      const e = generateExpression(seed, { operators: 3, ops: ['+', '-', '*'] });
      const p = evaluatePostfix(e.postfix).trace;
      replayAllCorrect(p, postfixExercise);
      wrongIsExplained(p, postfixExercise, types('push', 'apply', 'result'));
      const i = infixToPostfix(e.infix).trace;
      replayAllCorrect(i, infixExercise);
      wrongIsExplained(i, infixExercise, types('output', 'push', 'pop', 'discard', 'done'));
    }
  });
});

describe('predictChoices', () => {
  function check<S, E extends EventBase>(trace: Trace<S, E>, spec: PredictSpec<S, E>): void {
    for (let step = 0; step < trace.length; step++) {
      const q = predictChoices(trace, step, spec);
      expect(q).toEqual(predictChoices(trace, step, spec));
      const ids = q.choices.map((c) => c.id);
      expect(ids).toContain(q.correctId);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBeGreaterThanOrEqual(2);
      known(q.question.key);
      known(q.explanation.key);
      for (const c of q.choices) known(c.labelKey);
    }
  }

  it('offers the model step among plausible others, deterministically', () => {
    check(checkBrackets('(a[b)]').trace, bracketsPredict);
    check(checkBrackets('(()').trace, bracketsPredict);
    check(checkBrackets('()').trace, bracketsPredict);
    check(evaluatePostfix('3 4 + 2 *').trace, postfixPredict);
    check(infixToPostfix('(1 + 2) * 3 ^ 2 ^ 1').trace, infixPredict);
    check(reverseWithStack('스택').trace, reversePredict);
    check(simulateUndo(parseEditOps('undo, type a, type b, undo, type c, redo')).trace, undoPredict);
    check(simulateHistory(parseNavOps('back, visit a, visit b, back, forward, forward, back, visit c')).trace, historyPredict);
    check(stackPermutation([3, 1, 2]).trace, permPredict);
    check(stackPermutation([2, 1]).trace, permPredict);
  });

  it('brackets: the four scan outcomes at a bracket, the two at the end', () => {
    const t = checkBrackets('(]').trace;
    const q = predictChoices(t, 1, bracketsPredict);
    expect(q.choices.map((c) => c.id)).toEqual(['push', 'pop-match', 'mismatch', 'unexpected-close']);
    expect(q.correctId).toBe('mismatch');
    expect(q.explanation.key).toBe('brackets.why.closerMismatch');
    const end = checkBrackets('()').trace;
    expect(predictChoices(end, 2, bracketsPredict).correctId).toBe('balanced');
  });

  it('without a spec: the event kinds of the trace', () => {
    const q = predictChoices(reverseWithStack('ab').trace, 2);
    expect(q.choices.map((c) => c.id)).toEqual(['push', 'pop', 'done']);
    expect(q.correctId).toBe('pop');
  });

  it('rejects a step outside the trace', () => {
    expect(() => predictChoices(reverseWithStack('ab').trace, 5)).toThrow(RangeError);
  });

  it('says the model step once: no answer of its own when it is the explanation', () => {
    // Without a spec the explanation is the step's narration: "Show the answer" must not print it twice.
    const plain = predictChoices(reverseWithStack('ab').trace, 2);
    expect(plain.explanation).toEqual(reverseWithStack('ab').trace.event(2).msg);
    expect(plain.answer).toBeNull();
    // A reason that differs from the narration keeps both.
    const t = checkBrackets('(]').trace;
    const q = predictChoices(t, 1, bracketsPredict);
    expect(q.answer).toEqual(t.event(1).msg);
  });

  it('messages: every key has both languages', () => {
    for (const [key, v] of Object.entries(tableOf(['ex.', 'error.perm.']))) {
      expect(v.en, key).toBeTruthy();
      expect(v.ko, key).toBeTruthy();
    }
  });
});
