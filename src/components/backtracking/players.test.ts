// @vitest-environment jsdom
// The sudoku and choice-tree players in jsdom: they draw what the core computes (the parsed
// puzzle and its located errors, the choice tree) and say where a bad puzzle is wrong.
import { failOnConsoleErrors } from '../shell/component-test';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import SudokuPlayer from './SudokuPlayer.svelte';
import ChoiceTreePlayer from './ChoiceTreePlayer.svelte';
import { islandMessages } from '../registry';
import { fill, type Lang } from '../../i18n/lang';
import { subsets } from '../../sim/backtracking/combinatorics';

failOnConsoleErrors();

const PUZZLE = '53..7....\n6..195...\n.98....6.\n8...6...3\n4..8.3..1\n7...2...6\n.6....28.\n...419..5\n....8..7.';

describe('SudokuPlayer', () => {
  for (const lang of ['en', 'ko'] as const satisfies readonly Lang[]) {
    it(`locates a bad puzzle in the text: a stray character, a short grid, two equal givens (${lang})`, async () => {
      const m = islandMessages('sudoku-player', lang);
      const t = (key: string, params: Record<string, string | number> = {}) => fill(m, key, params);
      render(SudokuPlayer, { props: { messages: m, input: PUZZLE } });
      const region = screen.getByRole('region', { name: t('players.sudoku.title') });
      const field = within(region).getByRole('textbox', { name: t('players.sudoku.field') }) as HTMLInputElement;
      expect(within(region).getByRole('table', { name: t('players.sudoku.grid') }).textContent).toContain('5');
      const submit = async (text: string) => {
        await fireEvent.input(field, { target: { value: text } });
        await fireEvent.submit(field.form!);
        return within(region).queryByRole('list', { name: t('players.common.input') })?.querySelector('.error') ?? null;
      };

      let marked = await submit(PUZZLE.replace('7', 'x'));
      expect(region.textContent).toContain(t('players.sudoku.bad', { count: 81 }));
      expect(marked?.textContent).toContain('x');
      expect(field.getAttribute('aria-invalid')).toBe('true');

      marked = await submit(PUZZLE.slice(0, 20));
      expect(region.textContent).toContain(t('players.sudoku.bad', { count: 18 }));

      // Row 1 gets a second 5 at column 3: the clash is shown at the first 5, where it is written.
      marked = await submit('  ' + PUZZLE.slice(0, 2) + '5' + PUZZLE.slice(3));
      expect(region.textContent).toContain(t('error.sudoku.conflictingGivens', { row: 1, col: 1, withRow: 1, withCol: 3, digit: 5 }));
      expect(marked?.textContent).toContain('5');

      await submit(PUZZLE);
      expect(field.getAttribute('aria-invalid')).toBeNull();
    });
  }
});

describe('ChoiceTreePlayer', () => {
  it('draws the core\'s tree: step by step, the current node marked, results at the leaves', async () => {
    const m = islandMessages('choice-tree-player', 'en');
    const t = (key: string, params: Record<string, string | number> = {}) => fill(m, key, params);
    render(ChoiceTreePlayer, { props: { messages: m, mode: 'subsets', items: 'a, b' } });
    const region = screen.getByRole('region', { name: t('players.choice.title.subsets') });
    const tree = within(region).getByRole('region', { name: t('players.choice.tree') });
    const group = within(region).getByRole('group', { name: t('players.common.steps', { title: t('players.choice.title.subsets') }) });
    expect(tree.querySelector('[aria-current="true"]')?.textContent).toContain('•');
    await fireEvent.click(within(group).getByRole('button', { name: t('player.forward') }));
    await fireEvent.click(within(group).getByRole('button', { name: t('player.forward') }));
    expect(tree.querySelector('[aria-current="true"]')?.textContent).toContain(t('players.choice.include', { item: 'a' }));
    await fireEvent.click(within(group).getByRole('button', { name: t('player.end') }));
    // Subsets read as sets, the empty one as { }.
    const results = subsets(['a', 'b']).results!.map((r) => t('players.choice.result', { result: r.length === 0 ? '{ }' : `{${r.join(', ')}}` }));
    const leaves = [...tree.querySelectorAll('.node.solution')].map((n) => n.textContent!.replace(/ ◀.*$/, ''));
    expect(leaves).toEqual(results);
    expect(tree.textContent).toContain(t('players.choice.exclude', { item: 'b' }));
  });
});
