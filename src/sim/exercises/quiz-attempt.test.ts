import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createQuizAttempt, type Answer } from './quiz-attempt';

// Two items; 'a' is right with 1, 'b' with 'x'.
const RIGHT: Record<string, Answer> = { a: 1, b: 'x' };
const grade = (id: string, answer: Answer) => answer === RIGHT[id];

describe('createQuizAttempt', () => {
  it('a blank shows nothing, a first wrong answer a hint, a second different one the answer', () => {
    const q = createQuizAttempt(['a', 'b'], grade);
    let s = q.check({ a: 2 });
    expect(s.a).toEqual({ given: 2, correct: false, disclosure: 'hint' });
    expect(s.b).toEqual({ given: null, correct: false, disclosure: 'none' });
    // The same wrong answer again is no new try.
    s = q.check({ a: 2, b: null });
    expect(s.a!.disclosure).toBe('hint');
    s = q.check({ a: 3 });
    expect(s.a!.disclosure).toBe('answer');
    s = q.check({ a: 1, b: 'x' });
    expect(s.a!.correct && s.b!.correct).toBe(true);
    expect(q.score).toEqual({ correct: 1, total: 2, fixed: 1, revealed: 0, assisted: false, done: true });
  });

  it('asking for an answer shows it, makes the attempt assisted, and the item is not right first time', () => {
    const q = createQuizAttempt(['a', 'b'], grade);
    expect(q.reveal('b').disclosure).toBe('answer');
    q.check({ a: 1, b: 'x' });
    expect(q.score).toMatchObject({ correct: 1, revealed: 1, assisted: true, done: true });
    expect(q.log).toEqual([['reveal', 'b'], ['check', { a: 1, b: 'x' }]]);
  });

  it('counts right first time, hint and answer stages as a plain reference does (property)', () => {
    type Op = { check: Record<string, Answer | null> } | { reveal: string };
    const answer = fc.oneof(fc.constant(null), fc.constantFrom<Answer>(1, 2, 3, 'x', 'y', 'z'));
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ check: fc.record({ a: answer, b: answer }) }),
      fc.record({ reveal: fc.constantFrom('a', 'b') }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const q = createQuizAttempt(['a', 'b'], grade);
        // Reference: per item, the first graded answer's verdict (false once revealed first),
        // the distinct wrong answers, whether it was revealed.
        const ref = Object.fromEntries(['a', 'b'].map((id) => [id, { first: null as boolean | null, wrongs: new Set<string>(), revealed: false, right: false }]));
        for (const o of ops) {
          if ('reveal' in o) {
            q.reveal(o.reveal);
            const r = ref[o.reveal]!;
            r.revealed = true;
            if (r.first === null) r.first = false;
            continue;
          }
          const s = q.check(o.check);
          for (const id of ['a', 'b']) {
            const r = ref[id]!;
            const given = o.check[id] ?? null;
            r.right = given !== null && given === RIGHT[id];
            if (given !== null) {
              if (r.first === null) r.first = r.right;
              if (!r.right) r.wrongs.add(JSON.stringify(given));
            }
            const expected = r.revealed || (!r.right && r.wrongs.size >= 2) ? 'answer' : r.wrongs.size >= 1 && given !== null && !r.right ? 'hint' : null;
            if (expected === 'answer') expect(s[id]!.disclosure).toBe('answer');
            if (expected === 'hint') expect(s[id]!.disclosure).toBe('hint');
            // Nothing is ever shown for an item never answered nor revealed.
            if (r.first === null) expect(s[id]!.disclosure).toBe('none');
          }
        }
        const correct = Object.values(ref).filter((r) => r.first === true).length;
        expect(q.score.correct).toBe(correct);
        expect(q.score.assisted).toBe(Object.values(ref).some((r) => r.revealed));
      }),
      { numRuns: 500 },
    );
  });
});
