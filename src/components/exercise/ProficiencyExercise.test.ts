// @vitest-environment jsdom
import { tableOf } from '../../i18n/messages';
import { gradedProps, islandMessages } from '../registry';
import { t as message } from '../../i18n/messages';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import Exercise from './Exercise.svelte';
import PredictStep from './PredictStep.svelte';
import bracketsKind from '../../sim/exercises/kinds/brackets';
import postfixKind from '../../sim/exercises/kinds/postfix';
import undoKind from '../../sim/exercises/kinds/undo';
import { loadKind } from '../../sim/exercises/load-kind';
import { createExercise, type Action, modelActions } from '../../sim/exercises/grader';
import { predictChoices } from '../../sim/exercises/predict';
import { fill } from '../../i18n/lang';
import { openProgress, PROGRESS_KEY } from '../progress';

afterEach(() => cleanup());
// jsdom has no Web Animations: the views' transitions need a stand-in that finishes at once.
if (!Element.prototype.animate) {
  Element.prototype.animate = function () {
    const a = { onfinish: null as null | (() => void), cancel() {}, finish() {}, currentTime: 0, playState: 'finished' };
    queueMicrotask(() => a.onfinish?.());
    return a as unknown as Animation;
  };
}
beforeEach(() => localStorage.clear());

const t = (lang: 'en' | 'ko', key: string, params: Record<string, string | number> = {}) => message(lang, key, params);
const SEED = 3;

/** Mounts the generic exercise island as Exercise.astro does: kind loaded first, strings and progress id from the registry. */
async function renderExercise(name: string, lang: 'en' | 'ko', seed: number) {
  await loadKind(name);
  return render(Exercise, { props: { ...gradedProps(`${name}-exercise`, lang), kind: name, seed } });
}

function wrongFor(expected: Action, types: readonly string[]): string {
  return types.find((x) => x !== expected.type)!;
}

describe('ProficiencyExercise', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`grades steps, explains a wrong one, undo and fix, and records progress (${lang})`, async () => {
      await renderExercise('brackets', lang, SEED);
      const region = screen.getByRole('region', { name: t(lang, 'exercise.brackets.heading') });
      expect(region.getAttribute('data-seed')).toBe(String(SEED));
      const { trace } = bracketsKind.fromSeed(SEED);
      const model = modelActions(trace, bracketsKind.spec);
      const types = bracketsKind.actions.map((a) => a.type);
      const button = (type: string) => within(region).getByRole('button', { name: t(lang, `exercise.brackets.${type}`) });
      const score = () => region.querySelector('.score')!;
      const scoreIs = (correct: number, fixed: number, undone: number) =>
        expect(score().textContent).toContain(t(lang, 'exercise.score', { correct, fixed, undone }));

      // 1: correct → advances and scores.
      await fireEvent.click(button(model[0]!.type));
      scoreIs(1, 0, 0);
      expect(region.textContent).toContain(t(lang, 'exercise.correct', { step: t(lang, `exercise.brackets.${model[0]!.type}`) }));

      // 2: wrong → the reason, then undo.
      const ex = createExercise(trace, bracketsKind.spec);
      ex.submit(model[0]!);
      const wrong = wrongFor(model[1]!, types);
      const verdict = ex.submit({ type: wrong });
      await fireEvent.click(button(wrong));
      expect(region.textContent).toContain(t(lang, verdict.reasonKey, verdict.params));
      expect((button(model[1]!.type) as HTMLButtonElement).disabled).toBe(true);
      const undo = within(region).getByRole('button', { name: t(lang, 'exercise.undoMine') });
      expect(document.activeElement).toBe(undo);
      await fireEvent.click(undo);
      scoreIs(1, 0, 1);
      expect(within(region).queryByRole('button', { name: t(lang, 'exercise.undoMine') })).toBeNull();

      // Wrong again → fix applies the model's step.
      await fireEvent.click(button(wrong));
      await fireEvent.click(within(region).getByRole('button', { name: t(lang, 'exercise.showModelStep') }));
      scoreIs(1, 1, 1);

      // The rest right → done, progress recorded.
      for (const a of model.slice(2)) await fireEvent.click(button(a.type));
      expect(region.getAttribute('data-done')).toBe('true');
      expect(region.textContent).toContain(t(lang, 'exercise.done', { correct: model.length - 1, total: model.length, fixed: 1, undone: 1 }));
      const stored = JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
      expect(stored.exercises['ch4.brackets']).toMatchObject({
        completed: true,
        best: { correct: model.length - 1, fixed: 1, undone: 1, total: model.length },
      });
    });
  }

  it('postfix: apply needs a typed value; a wrong value is explained', async () => {
    await renderExercise('postfix', 'en', 5);
    const region = screen.getByRole('region', { name: t('en', 'exercise.postfix.heading') });
    const { trace } = postfixKind.fromSeed(5);
    const model = modelActions(trace, postfixKind.spec);
    const input = within(region).getByRole('textbox', { name: t('en', 'exercise.value') }) as HTMLInputElement;
    const button = (type: string) => within(region).getByRole('button', { name: t('en', `exercise.postfix.${type}`) });
    let first = true;
    for (const a of model) {
      if (a.type === 'push') {
        await fireEvent.click(button('push'));
        continue;
      }
      const field = a.type === 'apply' ? 'result' : 'value';
      if (first) {
        // No value typed: not graded.
        await fireEvent.click(button(a.type));
        expect(region.textContent).toContain(t('en', 'exercise.valueMissing'));
        await fireEvent.input(input, { target: { value: String(Number(a[field]) + 1) } });
        await fireEvent.click(button(a.type));
        expect(region.querySelector('.feedback')!.textContent).toContain(t('en', 'exercise.wrong', { step: t('en', `exercise.postfix.${a.type}`) }));
        await fireEvent.click(within(region).getByRole('button', { name: t('en', 'exercise.undoMine') }));
        first = false;
      }
      await fireEvent.input(input, { target: { value: String(a[field]) } });
      await fireEvent.click(button(a.type));
    }
    expect(region.getAttribute('data-done')).toBe('true');
  });

  it('shows the model answer in a step player', async () => {
    await renderExercise('undo', 'en', 2);
    const region = screen.getByRole('region', { name: t('en', 'exercise.undo.heading') });
    const toggle = within(region).getByRole('button', { name: t('en', 'exercise.model') });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const player = within(region).getByRole('group', { name: t('en', 'exercise.modelSteps') });
    const { trace } = undoKind.fromSeed(2);
    await fireEvent.click(within(player).getByRole('button', { name: 'Step forward' }));
    const e = trace.event(0);
    expect(player.textContent).toContain(fill({ k: (tableOf(['stop.', 'brackets.', 'postfix.', 'infix.', 'reverse.', 'undo.', 'history.', 'callstack.', 'nqueens.', 'maze.', 'permutations.', 'subsets.', 'sudoku.', 'error.'])[e.msg.key] ?? tableOf(['ex.', 'error.perm.'])[e.msg.key])!.en }, 'k', e.msg.params));
  });

  it('new problem draws another seed and resets the score', async () => {
    await renderExercise('brackets', 'en', 1);
    const region = screen.getByRole('region', { name: t('en', 'exercise.brackets.heading') });
    await fireEvent.click(within(region).getByRole('button', { name: t('en', 'exercise.brackets.push') }));
    await fireEvent.click(within(region).getByRole('button', { name: t('en', 'exercise.new') }));
    expect(region.textContent).toContain(t('en', 'exercise.score', { correct: 0, fixed: 0, undone: 0 }));
    expect(region.textContent).toContain(t('en', 'exercise.problemNo', { seed: region.getAttribute('data-seed')! }));
  });
});

describe('PredictStep', () => {
  it('a wrong choice gets the hint, a second different wrong choice the answer; a right one is recorded', async () => {
    const kind = bracketsKind;
    const problem = kind.fromInput('(a[b)]');
    const q = predictChoices(problem.trace, 2, kind.predict);
    const tr = (x: { key: string; params: Record<string, string | number> }) => t('en', x.key, x.params);
    render(PredictStep, {
      props: {
        messages: islandMessages('predict-brackets', 'en'),
        progressId: 'ch4.predict-brackets',
        problem: { algorithm: 'brackets', input: '(a[b)]', step: 2 },
        hint: t('en', 'ex.predict.hint.brackets'),
        question: tr(q.question),
        choices: q.choices.map((c) => ({ id: c.id, label: tr({ key: c.labelKey, params: c.params }) })),
        correctId: q.correctId,
        explanation: tr(q.explanation),
        answer: q.answer ? tr(q.answer) : '',
        last: '',
        step: 2,
        model: problem.view(problem.trace.stateAt(2)),
      },
    });
    const region = screen.getByRole('region', { name: t('en', 'predict.heading') });
    const group = within(region).getByRole('group', { name: tr(q.question) });
    const status = within(region).getByRole('status');
    await fireEvent.click(within(region).getByRole('button', { name: t('en', 'predict.check') }));
    expect(status.textContent).toContain(t('en', 'predict.pick'));
    const wrong = q.choices.find((c) => c.id !== q.correctId)!;
    await fireEvent.click(within(group).getByRole('radio', { name: t('en', wrong.labelKey) }));
    await fireEvent.click(within(region).getByRole('button', { name: t('en', 'predict.check') }));
    expect(status.textContent).toContain(t('en', 'predict.notRight', { hint: t('en', 'ex.predict.hint.brackets') }));
    expect(status.textContent).not.toContain(tr(q.explanation));
    // The same wrong choice again is no new try: still only the hint.
    await fireEvent.click(within(region).getByRole('button', { name: t('en', 'predict.check') }));
    expect(status.textContent).not.toContain(tr(q.explanation));
    const other = q.choices.filter((c) => c.id !== q.correctId)[1]!;
    await fireEvent.click(within(group).getByRole('radio', { name: t('en', other.labelKey) }));
    await fireEvent.click(within(region).getByRole('button', { name: t('en', 'predict.check') }));
    expect(status.textContent).toContain(tr(q.explanation));
    await fireEvent.click(within(group).getByRole('radio', { name: t('en', `ex.predict.brackets.${q.correctId}`) }));
    await fireEvent.click(within(region).getByRole('button', { name: t('en', 'predict.check') }));
    expect(status.textContent).toContain(t('en', 'predict.right', { explanation: tr(q.explanation) }));
    expect(q.correctId).toBe('mismatch');
    const rec = openProgress().get().exercises['ch4.predict-brackets'];
    expect(rec).toMatchObject({ completed: true, best: { correct: 0, total: 1, assisted: false } });
    expect(rec?.attempt).toMatchObject({ type: 'quiz', quiz: 'predict-step', problem: { algorithm: 'brackets', input: '(a[b)]', step: 2 } });
  });
});
