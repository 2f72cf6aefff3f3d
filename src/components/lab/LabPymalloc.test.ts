// @vitest-environment jsdom
// "Your objects in pymalloc" in the lab page's island, with a fake client (no worker, no Python):
// nothing of it before the button; then chapter 7's visualizer on the run's objects, labelled
// as simulated with its version; stepping the lab changes what it shows; the version switch
// replays the run's objects; in both languages.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import Lab from './Lab.svelte';
import { FakeLabClient } from './fake-lab-client';
import { LAB_MESSAGE_DOMAINS } from './lab-messages';
import { failOnConsoleErrors } from '../shell/component-test';
import { select, t as message } from '../../i18n/messages';
import { plain } from '../../i18n/rich-text';
import type { Lang } from '../../i18n/lang';
import type { LabStepDelta } from '../../sim/lab/delta';

failOnConsoleErrors('/book/en/lab/');

const PROGRAM = 'a = (1, 2)\nb = (3, 4)\na = None\nc = 1\n';
// Two 2-tuples (24 bytes on wasm32 3.14; 56 on 64-bit 3.8–3.13: class 3, 64-byte blocks); the first is dropped.
const tuple = (i: number, items: string[]) => ({ i, t: 'tuple', k: 'tuple', s: 24 + 4 * items.length, r: 1, g: 1, n: items.length, it: items }) as const;
const STEPS: LabStepDelta[] = [
  { e: 'c', n: 1, f: '<module>' },
  { e: 'l', n: 1 },
  { e: 'l', n: 2, v: { a: 3000 }, o: [tuple(3000, ['1', '2'])] },
  { e: 'l', n: 3, v: { b: 3100 }, o: [tuple(3100, ['3', '4'])] },
  { e: 'l', n: 4, v: { a: 'None' } },
  { e: 'r', n: 4, rv: 'None', v: { c: '1' } },
];

const noEditor = () => Promise.reject(new Error('no CodeMirror in jsdom'));

for (const lang of ['en', 'ko'] as const satisfies readonly Lang[]) {
  describe(`your objects in pymalloc (${lang})`, () => {
    it('opens chapter 7’s visualizer on the run’s objects, labelled simulated with the version, and follows the step shown', async () => {
      const client = new FakeLabClient(() => ({ steps: STEPS }));
      render(Lab, { props: { messages: select(lang, LAB_MESSAGE_DOMAINS), lang, sample: PROGRAM, loadClient: vi.fn(async () => client), loadEditor: noEditor } });
      const tr = (key: string, params: Record<string, string | number> = {}) => plain(message(lang, key, params));
      await fireEvent.click(await screen.findByRole('button', { name: tr('lab.page.run') }));
      // The views and the pymalloc panel arrive by dynamic import: allow a loaded machine seconds.
      const steps = await screen.findByRole('group', { name: tr('lab.page.steps') }, { timeout: 10_000 });
      await waitFor(() => expect(within(steps).getByText(tr('player.position', { i: 0, n: STEPS.length }))).toBeTruthy());
      expect(screen.queryByRole('region', { name: tr('lab.pymalloc.title') })).toBeNull();

      // At the end of the run: one tuple is alive.
      await fireEvent.click(within(steps).getByRole('button', { name: tr('player.end') }));
      const open = screen.getByRole('button', { name: tr('lab.pymalloc.open') });
      expect(open.getAttribute('aria-expanded')).toBe('false');
      await fireEvent.click(open);
      expect(open.getAttribute('aria-expanded')).toBe('true');
      const view = await screen.findByRole('region', { name: tr('lab.pymalloc.title') }, { timeout: 10_000 });
      expect(within(view).getByTestId('pymalloc-simulated').textContent).toBe(tr('lab.pymalloc.simulated', { step: 6, version: '3.13', sizes: '3.13' }));
      expect(view.textContent).toContain(tr('lab.pymalloc.counts', { allocations: 2, frees: 1, raw: 0 }));
      // Chapter 7's controls for its own requests are not there; its version switch is.
      expect(within(view).queryByRole('button', { name: tr('pmv.allocOne') })).toBeNull();
      const version = within(view).getByRole('combobox', { name: tr('pmv.version') }) as HTMLSelectElement;
      expect(version.value).toBe('3.13');
      const table = within(view).getByRole('table', { name: tr('pmv.table.caption') });
      // Class 3 (64-byte blocks): 1 block in use.
      const row = within(table).getByRole('rowheader', { name: '3' }).closest('tr')!;
      expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['64', '1', '1', String(1 * 255 - 1)]);

      // Two steps back, before `a = None`: the first tuple is not freed yet, two blocks in use.
      await fireEvent.click(within(steps).getByRole('button', { name: tr('player.back') }));
      await fireEvent.click(within(steps).getByRole('button', { name: tr('player.back') }));
      await waitFor(() => expect(within(view).getByTestId('pymalloc-simulated').textContent).toBe(tr('lab.pymalloc.simulated', { step: 4, version: '3.13', sizes: '3.13' })));
      await waitFor(() => expect([...within(table).getByRole('rowheader', { name: '3' }).closest('tr')!.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['64', '1', '2', '253']));

      // 3.8: 4 KiB pools, (4096 − 48) // 64 = 63 blocks; the label says the version.
      await fireEvent.change(version, { target: { value: '3.8' } });
      await waitFor(() => expect(within(view).getByTestId('pymalloc-simulated').textContent).toBe(tr('lab.pymalloc.simulated', { step: 4, version: '3.8', sizes: '3.8' })));
      expect([...within(table).getByRole('rowheader', { name: '3' }).closest('tr')!.querySelectorAll('td')].map((c) => c.textContent)).toEqual(['64', '1', '2', '61']);
    });
  });
}
