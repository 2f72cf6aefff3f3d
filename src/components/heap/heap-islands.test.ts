// @vitest-environment jsdom
import { islandMessages, gradedProps } from '../registry';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import AllocatorPlayground from './AllocatorPlayground.svelte';
import AllocatorExercise from './AllocatorExercise.svelte';
import GameServerSim from './GameServerSim.svelte';
import { fill, LANGS } from '../../i18n/lang';
import { fitExercise, fitTrace, generateFitProblem, hex, parseAllocOps, type FitPickEvent } from '../../sim/heap/index';
import { simulateGameServer } from '../../sim/heap/game-server';
import { modelActions } from '../../sim/exercises/grader';
import { appendCommand, freshName, runScript } from './playground';

afterEach(() => cleanup());

describe('playground glue', () => {
  it('shows the commands as the parser reads them, keeps calloc(4, 25) whole', () => {
    expect(runScript('a = malloc 1, b = calloc(4, 25);\n free a', 'first-fit', 1024).commands).toEqual(['a = malloc 1', 'b = calloc(4, 25)', 'free a']);
    expect(parseAllocOps('  x = malloc 8').map((c) => c.source.offset)).toEqual([2]);
  });
  it('a bad command is located, and the heap is the one the commands before it leave', () => {
    const src = 'a = malloc 100, free a, free a';
    const r = runScript(src, 'first-fit', 1024);
    expect(r.error?.key).toBe('error.alloc.doubleFreeHandle');
    expect(r.at).toBe(src.lastIndexOf('a'));
    expect(r.commands).toEqual(['a = malloc 100', 'free a']);
    expect(r.trace!.final.handles['a']).toEqual({ address: 0x1010, freed: true });
    expect(runScript('a = mallok 3', 'first-fit', 1024).trace!.length).toBe(0);
  });
  it('clicked commands get fresh names and their own line', () => {
    expect(freshName({ a: 1 }, 'b = malloc 3')).toBe('c');
    expect(appendCommand('a = malloc 1  \n', 'free a')).toBe('a = malloc 1\nfree a');
    expect(appendCommand('', 'free a')).toBe('free a');
  });
});

for (const lang of LANGS) {
  // jsdom renders are slow on a busy machine: a generous timeout, not a performance claim.
  describe(`chapter 6 islands (${lang})`, { timeout: 30_000 }, () => {
    it('playground: a bad script gets a located message; a good one steps to its free', async () => {
      const m = islandMessages('allocator-playground', lang);
      const t = (k: string, p: Record<string, string | number> = {}) => fill(m, k, p);
      render(AllocatorPlayground, { props: { messages: m, input: 'a = malloc 100', policy: 'first-fit', size: 1024 } });
      const region = screen.getByRole('region', { name: t('heap.play.title') });
      const box = within(region).getByRole('textbox', { name: t('heap.play.field') });
      await fireEvent.input(box, { target: { value: 'a = malloc 100, b = malloc 10, frea a' } });
      await fireEvent.click(within(region).getByRole('button', { name: t('heap.play.run') }));
      expect(box.getAttribute('aria-invalid')).toBe('true');
      expect(region.textContent).toContain(t('heap.play.invalid', { message: t('error.alloc.parse.unknownWord', { word: 'frea', line: 1, column: 32 }) }));

      await fireEvent.input(box, { target: { value: 'a = malloc 100, b = malloc 10, free a' } });
      await fireEvent.click(within(region).getByRole('button', { name: t('heap.play.run') }));
      expect(box.getAttribute('aria-invalid')).toBeNull();
      const forward = within(region).getByRole('button', { name: t('player.forward') });
      const freeText = t('alloc.free', { address: '0x1010', size: 112 });
      for (let i = 0; i < 20 && !region.textContent!.includes(freeText); i++) await fireEvent.click(forward);
      expect(region.textContent).toContain(freeText);
      expect(within(region).getByRole('table').textContent).toContain(t('heap.map.free'));

      // clicking: malloc 64 gets the next free name; freeing a freed pointer is a double free
      await fireEvent.click(within(region).getByRole('button', { name: t('heap.play.mallocLabel') }));
      expect((box as HTMLTextAreaElement).value.split('\n').at(-1)).toBe('c = malloc 64');
      const ptr = within(region).getByRole('combobox', { name: t('heap.play.pointer') });
      await fireEvent.change(ptr, { target: { value: 'a' } });
      await fireEvent.click(within(region).getByRole('button', { name: t('heap.play.freeLabel') }));
      expect(region.textContent).toContain(t('error.alloc.doubleFreeHandle', { name: 'a' }));
    });

    it('exercise: the model answer by clicks finishes it; a wrong pick is explained and undone', async () => {
      const m = islandMessages('allocator-exercise', lang);
      const t = (k: string, p: Record<string, string | number> = {}) => fill(m, k, p);
      render(AllocatorExercise, { props: { ...gradedProps('allocator-exercise', lang), policy: 'best-fit', seed: 3 } });
      const region = screen.getByRole('region', { name: t('exercise.allocfit.heading') });
      const trace = fitTrace(generateFitProblem(3, 'best-fit'));
      const model = modelActions(trace, fitExercise);
      const group = () => within(region).getByRole('group', { name: t('exercise.allocfit.blocks') });
      const sizeOf = (address: number) => within(group()).getAllByRole('button').find((b) => b.textContent!.startsWith(hex(address)));
      let wrongDone = false;
      for (const a of model) {
        const buttons = within(group()).getAllByRole('button');
        if (!wrongDone && a.type === 'pick') {
          const other = buttons.find((b) => !b.textContent!.startsWith(hex(Number(a['address']))))!;
          await fireEvent.click(other);
          expect(region.textContent).toContain(t('exercise.why', { reason: '' }).trim());
          await fireEvent.click(within(region).getByRole('button', { name: t('exercise.undoMine') }));
          wrongDone = true;
        }
        if (a.type === 'null') await fireEvent.click(within(region).getByRole('button', { name: t('exercise.allocfit.null') }));
        else await fireEvent.click(sizeOf(Number(a['address']))!);
      }
      const section = region.closest('section')!;
      expect(section.getAttribute('data-done')).toBe('true');
      // The pick that was wrong first and then right is not right first time.
      expect(section.querySelector('.score')!.getAttribute('data-correct')).toBe(String(model.length - 1));
      expect(section.querySelector('.score')!.getAttribute('data-undone')).toBe('1');
      // the first pick of best-fit is explained by its rule when shown as the model's step
      const first = trace.event(0) as FitPickEvent;
      expect(first.kind).toBe('pick');
    });

    it('exercise: switching the policy keeps the problem', async () => {
      const m = islandMessages('allocator-exercise', lang);
      const t = (k: string) => fill(m, k);
      render(AllocatorExercise, { props: { ...gradedProps('allocator-exercise', lang), seed: 5 } });
      const select = screen.getByRole('combobox', { name: t('exercise.allocfit.policy') });
      await fireEvent.change(select, { target: { value: 'worst-fit' } });
      const region = screen.getByRole('region', { name: t('exercise.allocfit.heading') });
      expect(region.getAttribute('data-seed')).toBe('5');
      expect((screen.getByRole('combobox', { name: t('exercise.allocfit.policy') }) as HTMLSelectElement).value).toBe('worst-fit');
      expect(region.textContent).toContain(fill(m, 'heap.rule.worst-fit'));
    });

    it('game server: the slider moves through the day, the table has every hour', async () => {
      const m = islandMessages('game-server', lang);
      const t = (k: string, p: Record<string, string | number> = {}) => fill(m, k, p);
      render(GameServerSim, { props: { messages: m } });
      const region = screen.getByRole('region', { name: t('heap.game.title') });
      const day = simulateGameServer({ seed: 1 });
      const slider = within(region).getByRole('slider', { name: t('heap.game.time') });
      await fireEvent.input(slider, { target: { value: '9' } });
      const nine = day.hours[9]!;
      expect(region.textContent).toContain(
        t('heap.game.readout', { time: t('heap.game.clock', { hh: '09' }), online: nine.online, a: '256,000', b: nine.heapLive.toLocaleString('en-US'), top: nine.heapTop.toLocaleString('en-US'), holes: nine.holes.toLocaleString('en-US') }),
      );
      expect(within(region).getAllByRole('row')).toHaveLength(26);
      expect(region.textContent).toContain(day.peakHeapTop.toLocaleString('en-US'));
    });
  });
}

