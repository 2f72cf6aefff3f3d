// @vitest-environment jsdom
// LayerDiagram and ListGrowthPlayer in jsdom: keyboard selection and stepping change what the
// reader sees and hears (the polite live regions), in both languages. The layer diagram is drawn
// as at build and made interactive by its script (layer-diagram.ts), as on the page.
import { islandMessages } from '../registry';
import { t as message } from '../../i18n/messages';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import LayerDiagram from './LayerDiagram.svelte';
import { enhanceLayerDiagram } from './layer-diagram';
import ListGrowthPlayer from './ListGrowthPlayer.svelte';
import { type Lang } from '../../i18n/lang';
import { plain } from '../../i18n/rich-text';
import { GETSIZEOF_MEASURED } from '../../sim/cpython/index';

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error');
});
afterEach(() => {
  cleanup();
  expect(errors).not.toHaveBeenCalled();
  errors.mockRestore();
});

const t = (lang: Lang, key: string, params: Record<string, string | number> = {}) =>
  plain(message(lang, key, params));
const live = (el: HTMLElement) => el.querySelector('[aria-live="polite"]')!.textContent ?? '';
/** The text a reader sees: without the elements hidden (other builds' variants, other panels). */
const shown = (el: Element): string =>
  el instanceof HTMLElement && el.hidden ? '' : el.nodeType === 3 ? el.textContent! : [...el.childNodes].map((c) => (c.nodeType === 3 ? c.textContent! : shown(c as Element))).join('');

for (const lang of ['en', 'ko'] as const) {
  describe(`LayerDiagram (${lang})`, () => {
    const setup = () => {
      render(LayerDiagram, { props: { lang, messages: islandMessages('layer-diagram', lang) } });
      const region = screen.getByRole('region', { name: t(lang, 'cpy.layers.heading') });
      enhanceLayerDiagram(region);
      const layers = within(region).getByRole('listbox', { name: t(lang, 'cpy.layers.list') });
      const domains = within(region).getByRole('listbox', { name: t(lang, 'cpy.layers.domains') });
      const details = region.querySelector<HTMLElement>('.details')!;
      return { region, layers, domains, details };
    };

    it('starts on +2 (pymalloc) and moves through the layers with the arrow keys', async () => {
      const { region, layers, details } = setup();
      const options = within(layers).getAllByRole('option');
      expect(options.map((o) => o.getAttribute('data-level'))).toEqual(['3', '2', '1', '0', '-1', '-2']);
      const selected = () => within(layers).getByRole('option', { selected: true });
      expect(selected().getAttribute('aria-label')).toBe(t(lang, 'cpy.layers.option', { level: '+2', name: `${t(lang, 'layers.object-allocator.name')} (pymalloc)` }));
      expect(shown(details)).toContain('PyObject_Malloc');

      await fireEvent.keyDown(selected(), { key: 'ArrowDown' });
      expect(selected().getAttribute('data-level')).toBe('1');
      expect(document.activeElement).toBe(selected());
      expect(shown(details)).toContain('PyMem_RawMalloc');
      expect(shown(details)).toContain(t(lang, 'layers.raw-allocator.correction'));
      expect(live(region)).toContain(t(lang, 'layers.raw-allocator.name'));

      await fireEvent.keyDown(selected(), { key: 'End' });
      expect(selected().getAttribute('data-level')).toBe('-2');
      expect(shown(details)).toContain(t(lang, 'cpy.layers.noFunctions'));
      await fireEvent.keyDown(selected(), { key: 'Home' });
      expect(selected().getAttribute('data-level')).toBe('3');
      expect(shown(details)).toContain(t(lang, 'layers.note.smallInts1024'));
      expect(details.querySelector('[data-version="3.15"]')).not.toBeNull();
    });

    it('selects a domain, shows its allocator and path, and follows the build', async () => {
      const { region, layers, domains, details } = setup();
      const obj = within(domains).getByRole('option', { name: t(lang, 'cpy.layers.domainOption', { name: 'OBJ', constant: 'PYMEM_DOMAIN_OBJ' }) });
      expect(obj.tabIndex).toBe(0);
      await fireEvent.keyDown(obj, { key: 'ArrowLeft' });
      const mem = within(domains).getByRole('option', { selected: true });
      expect(mem.getAttribute('data-domain')).toBe('mem');
      expect(within(layers).queryByRole('option', { selected: true })).toBeNull();
      expect(shown(details)).toContain('PyMem_Malloc');
      expect(shown(details)).toContain(t(lang, 'cpy.layers.allocator', { allocator: 'pymalloc' }));
      expect(shown(details)).toContain(t(lang, 'layers.route.small'));
      // Small requests skip +1 and 0, large ones pass them: all of +2 … −2 are on a path.
      expect(layers.querySelectorAll('[data-route="true"]').length).toBe(5);
      expect(layers.querySelector('[data-level="3"]')!.getAttribute('data-route')).toBe('false');

      await fireEvent.click(within(region).getByRole('radio', { name: t(lang, 'layers.build.free-threaded') }));
      expect(shown(details)).toContain(t(lang, 'cpy.layers.allocator', { allocator: 'mimalloc' }));
      expect([...layers.querySelectorAll('[data-route="true"]')].map((o) => o.getAttribute('data-level'))).toEqual(['2', '-1', '-2']);
      expect(live(region)).toContain(t(lang, 'layers.build.free-threaded'));
      // Layer 0 shows one row of chips, this build's: it now serves RAW only.
      const level0 = layers.querySelector('[data-level="0"]')!;
      expect(level0.querySelectorAll('.through:not([hidden])').length).toBe(1);
      expect([...level0.querySelectorAll('.through:not([hidden]) [data-chip]')].map((c) => c.getAttribute('data-chip'))).toEqual(['raw']);
    });
  });

  describe(`ListGrowthPlayer (${lang})`, () => {
    it('steps with the keyboard, announces each resize with the version formula, and compares versions', async () => {
      render(ListGrowthPlayer, { props: { lang, messages: islandMessages('list-growth-player', lang), appends: 20 } });
      const region = screen.getByRole('region', { name: t(lang, 'cpy.growth.heading') });
      const steps = within(region).getByRole('group', { name: t(lang, 'cpy.growth.steps') });
      const fact = (name: string) => region.querySelector(`[data-fact="${name}"]`)!.textContent!.trim();
      expect(fact('capacity')).toBe('0');
      expect(live(steps)).toBe(t(lang, 'cpy.growth.initial'));
      expect(region.querySelector('[data-formula]')!.getAttribute('data-formula')).toBe('from-3.9');

      const forward = within(steps).getByRole('button', { name: t(lang, 'player.forward') });
      forward.focus();
      await fireEvent.keyDown(forward, { key: 'ArrowRight' });
      expect(fact('capacity')).toBe('4');
      expect(live(steps)).toContain('(1 + (1 >> 3) + 6) & ~3 = 7 & ~3 = 4');
      for (let i = 1; i < 5; i++) await fireEvent.keyDown(forward, { key: 'ArrowRight' });
      expect(fact('length')).toBe('5');
      expect(fact('capacity')).toBe('8');
      expect(fact('getsizeof')).toContain('56 + 64 = 120');
      await fireEvent.keyDown(forward, { key: 'ArrowRight' });
      expect(live(steps)).toBe(t(lang, 'cpy.growth.noResize', { n: 6, capacity: 8 }));

      // The table compares 3.13 with 3.8 by default: 24 vs 25 after 17 appends.
      const table = within(region).getByRole('table');
      const row17 = table.querySelector('tr[data-append="17"]')!;
      expect([...row17.querySelectorAll('td')].map((td) => td.textContent!.replace(/\D+/g, ' ').trim().split(' ')[0])).toEqual(['24', '25']);

      // Switching the version to 3.8 switches the formula in the narration.
      await fireEvent.change(within(region).getByRole('combobox', { name: t(lang, 'cpy.growth.version') }), { target: { value: '3.8' } });
      expect(region.querySelector('[data-formula]')!.getAttribute('data-formula')).toBe('upto-3.8');
      for (let i = 6; i < 17; i++) await fireEvent.keyDown(forward, { key: 'ArrowRight' });
      expect(fact('capacity')).toBe('25');
      expect(live(steps)).toContain('17 + (17 >> 3) + 6 = 17 + 2 + 6 = 25');
      expect(table.querySelector('tr[aria-current="step"]')!.getAttribute('data-append')).toBe('17');
    });

    it('says when the facts sheet has no getsizeof for the version', () => {
      render(ListGrowthPlayer, { props: { lang, messages: islandMessages('list-growth-player', lang), version: '3.14', appends: 5 } });
      const region = screen.getByRole('region', { name: t(lang, 'cpy.growth.heading') });
      expect(region.querySelector('[data-fact="getsizeof"]')!.textContent).toContain(t(lang, 'cpy.growth.getsizeofUnknown', { version: '3.14', measured: GETSIZEOF_MEASURED }));
      expect(within(region).getByRole('table').querySelectorAll('tbody tr').length).toBe(5);
    });
  });
}
