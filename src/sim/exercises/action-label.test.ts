// When a learner asks for the model's step, the exercise says which step it applied: the
// direction of a maze move, the square of a queen — not just "move" or "place a queen".
import { describe, expect, it } from 'vitest';
import { mazeKind } from './kinds/maze';
import { nqueensKind } from './kinds/nqueens';
import { t } from '../../i18n/messages';
import type { EventBase } from '../trace';
import type { ProblemKind } from './kind';

function modelLabels<S, E extends EventBase>(kind: ProblemKind<S, E>, seed: number, lang: 'en' | 'ko'): string[] {
  const { trace } = kind.fromSeed(seed);
  const out: string[] = [];
  for (const e of trace.events()) {
    if (!kind.spec.isDecision(e)) continue;
    const text = kind.label!(kind.spec.toAction(e));
    out.push(t(lang, text.key, text.params));
  }
  return out;
}

describe('the label of a model step', () => {
  it('maze: each move says its direction, each step back says so', () => {
    const { trace } = mazeKind.fromSeed(1);
    const dirs = [...trace.events()].filter((e) => mazeKind.spec.isDecision(e)).map((e) => (e.kind === 'place' ? e.dir : 'back'));
    const expected = { en: { down: 'Down', right: 'Right', up: 'Up', left: 'Left', back: 'Back (dead end)' }, ko: { down: '아래', right: '오른쪽', up: '위', left: '왼쪽', back: t('ko', 'exercise.maze.back') } };
    for (const lang of ['en', 'ko'] as const) {
      expect(modelLabels(mazeKind, 1, lang)).toEqual(dirs.map((d) => expected[lang][d as keyof (typeof expected)['en']]));
    }
    expect(dirs).toContain('back');
  });

  it('N-Queens: placing names the square, counted from 1', () => {
    const kind = nqueensKind(4);
    const en = modelLabels(kind, 1, 'en');
    expect(en[0]).toBe('place at row 1, column 1');
    expect(en).toContain('Backtrack (lift the last queen)');
    expect(en).toContain('place at row 4, column 3'); // the last queen of the first solution [2, 4, 1, 3]
    expect(modelLabels(kind, 1, 'ko')[0]).toBe('1행 1열에 놓기');
  });
});
