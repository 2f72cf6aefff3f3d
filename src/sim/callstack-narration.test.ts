// What the call-stack narration says a line does must be what the run then does: a test's
// value decides the next line, a "calls" line is followed by that very call, a "return" line by
// the return of that value. And students read it in words: checked in both languages.
import { describe, expect, it } from 'vitest';
import { runCallStack, type CallEvent } from './callstack';
import { formatValue, type Value } from './programs/types';
import { t } from '../i18n/messages';

const RUNS: [string, Record<string, Value>][] = [
  ['factorial', { n: 0 }],
  ['factorial', { n: 5 }],
  ['fibonacci', { n: 5 }],
  ['fibonacci-memo', { n: 7 }],
  ['sum-list', { xs: [3, 1, 4] }],
  ['sum-list', { xs: [] }],
  ['power', { x: 3, n: 13 }],
  ['binary-search', { xs: [1, 3, 5, 7, 9, 11, 13], target: 9 }],
  ['binary-search', { xs: [1, 3, 5, 7], target: 4 }],
  ['hanoi', { n: 3 }],
  ['is-even', { n: 5 }],
];

/** The event after `i` that belongs to the same frame and moves its line, skipping memo/move side events. */
function nextOfFrame(events: readonly CallEvent[], i: number): CallEvent | undefined {
  const id = (events[i] as { id: number }).id;
  return events.slice(i + 1).find((e) => e.kind !== 'memo-hit' && e.kind !== 'memo-store' && e.kind !== 'move' && 'id' in e && (e.id === id || e.kind === 'call'));
}

describe('call-stack line narration', () => {
  it.each(RUNS)('%s %o: every line says what it does, and the run does it', (program, args) => {
    const { trace } = runCallStack(program, args);
    const events = [...trace.events()];
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      if (e.kind !== 'line') continue;
      expect(e.note, `line ${e.line} of ${program} at event ${i}`).toBeDefined();
      const note = e.note!;
      const next = nextOfFrame(events, i);
      switch (note.kind) {
        case 'test':
          // An if block is the line under its test: True goes there, False skips it.
          expect(note.next === e.line + 1, `${note.test} at event ${i}`).toBe(note.value);
          expect(next).toMatchObject({ line: note.next });
          break;
        case 'calls':
          expect(next).toMatchObject({ kind: 'call', label: note.call });
          break;
        case 'returns':
          expect(next?.kind).toBe('return');
          expect(formatValue((next as { value: Value }).value)).toBe(formatValue(note.value));
          break;
        case 'runs':
          break;
      }
    }
  });

  it('says the condition and its value, the call with its arguments, and the value returned (English)', () => {
    const { trace } = runCallStack('factorial', { n: 5 });
    const said = [...trace.events()].map((e) => t('en', e.msg.key, e.msg.params));
    expect(said).toContain('Line 2: the condition n <= 1 is False (5 <= 1), so the if block is skipped and the run goes on at line 4.');
    expect(said).toContain('Line 2: the condition n <= 1 is True (1 <= 1), so the if block runs: line 3 is next.');
    expect(said).toContain('Line 4 needs the value of factorial(n - 1), so it first calls factorial(4).');
    expect(said).toContain('Line 5: return n * rest, that is 5 * 24 = 120.');
    expect(said).toContain('Line 3: return 1.');
    expect(said).toContain('Line 4: the local rest becomes 24.');
    expect(said.filter((s) => /^Run line/.test(s))).toEqual([]);
  });

  it('reads as a lecturer says it in Korean, particles chosen for the values', () => {
    const { trace } = runCallStack('binary-search', { xs: [1, 3, 5, 7, 9, 11, 13], target: 9 });
    const said = [...trace.events()].map((e) => t('ko', e.msg.key, e.msg.params));
    expect(said).toContain('2번 줄: 조건 lo > hi가 False입니다(0 > 6). 그래서 if 블록은 건너뛰고 4번 줄로 넘어갑니다.');
    expect(said).toContain('4번 줄에서 mid = (0 + 6) // 2를 실행합니다.');
    expect(said).toContain('5번 줄: 조건 xs[mid] == target이 True입니다(9 == 9). 그래서 if 블록 안으로 들어가 6번 줄을 실행합니다.');
    expect(said).toContain('8번 줄은 search(xs, target, mid + 1, hi)의 값이 필요하므로, 먼저 search([1, 3, 5, 7, 9, 11, 13], 9, 4, 6)을 호출합니다.');
    expect(said).toContain('6번 줄: mid를 반환합니다. 그 값은 4입니다.');
  });

  it('narrates Hanoi and memoized fib lines with their values filled in', () => {
    const hanoi = [...runCallStack('hanoi', { n: 2 }).trace.events()].map((e) => t('en', e.msg.key, e.msg.params));
    expect(hanoi).toContain("Line 7 runs moves.append((2, 'A', 'C')).");
    expect(hanoi).toContain('Line 5: return None.');
    const memo = [...runCallStack('fibonacci-memo', { n: 3 }).trace.events()].map((e) => t('en', e.msg.key, e.msg.params));
    expect(memo).toContain('Line 4: the condition n in memo is True (1 in memo), so the if block runs: line 5 is next.');
    expect(memo).toContain('Line 5: return memo[n], that is memo[1] = 1.');
  });
});
