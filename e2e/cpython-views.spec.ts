// Chapter 7's layer diagram and list-growth player, driven by role and accessible name with the
// keyboard, in both languages; no console error; axe clean in light and dark.
import { test, expect } from '@playwright/test';
import { LANGS, type Lang } from '../src/i18n/lang';
import { ALIGNMENT_FIX_RELEASE, EMPTY_LIST_PATCHED, EMPTY_LIST_UPSTREAM_OLD, listGrowth } from '../src/sim/cpython/list-growth';
import { axeViolations, liveRegion, openPage, openRegion, said as t, tabTo, THEMES, watchPage } from './pages';

const pageOf = (lang: Lang) => `${lang}/07-cpython-memory/`;
/** Text as the reader sees it: other builds' variants are in the markup, hidden. */
const SHOWN = { useInnerText: true };

for (const lang of LANGS) {
  test.describe(`chapter 7 views (${lang})`, () => {
    test('layer diagram: choose layers and a domain with the keyboard and read the details', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await openPage(page, pageOf(lang));
      const region = await openRegion(page, t(lang, 'cpy.layers.heading'));
      const layers = region.getByRole('listbox', { name: t(lang, 'cpy.layers.list') });
      // The panel shown (the markup holds every panel and every build's variant, hidden).
      const details = region.locator('.details [data-panel]:not([hidden])');
      const live = liveRegion(region);
      const name = (level: string, key: string) => t(lang, 'cpy.layers.option', { level, name: t(lang, key) });

      // Server-rendered start: +2, pymalloc.
      const plus2 = layers.getByRole('option', { name: `${name('+2', 'layers.object-allocator.name')} (pymalloc)` });
      await expect(plus2).toHaveAttribute('aria-selected', 'true');
      await expect(details).toContainText('PyObject_Malloc', SHOWN);

      await tabTo(page, plus2);
      await page.keyboard.press('ArrowDown');
      const plus1 = layers.getByRole('option', { name: name('+1', 'layers.raw-allocator.name') });
      await expect(plus1).toBeFocused();
      await expect(plus1).toHaveAttribute('aria-selected', 'true');
      await expect(details).toContainText('PyMem_RawMalloc', SHOWN);
      await expect(details).toContainText(t(lang, 'layers.note.pep445').slice(0, 20), SHOWN);
      await expect(live).toContainText(t(lang, 'layers.raw-allocator.name'));

      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      const kernel = layers.getByRole('option', { name: name('−1', 'layers.kernel-vm.name') });
      await expect(kernel).toHaveAttribute('aria-selected', 'true');
      await expect(details).toContainText('munmap', SHOWN);
      await expect(details.locator('[data-version="3.3"]')).toContainText(t(lang, 'layers.note.arenasMmap').slice(0, 12), SHOWN);

      // The domains: Shift+Tab back to them, ← from OBJ to MEM.
      const domains = region.getByRole('listbox', { name: t(lang, 'cpy.layers.domains') });
      const obj = domains.getByRole('option', { name: t(lang, 'cpy.layers.domainOption', { name: 'OBJ', constant: 'PYMEM_DOMAIN_OBJ' }) });
      await page.keyboard.press('Shift+Tab');
      await expect(obj).toBeFocused();
      await page.keyboard.press('ArrowLeft');
      const mem = domains.getByRole('option', { name: t(lang, 'cpy.layers.domainOption', { name: 'MEM', constant: 'PYMEM_DOMAIN_MEM' }) });
      await expect(mem).toBeFocused();
      await expect(mem).toHaveAttribute('aria-selected', 'true');
      await expect(details).toContainText('PyMem_Malloc', SHOWN);
      await expect(details).toContainText(t(lang, 'cpy.layers.allocator', { allocator: 'pymalloc' }), SHOWN);
      await expect(details).not.toContainText(t(lang, 'cpy.layers.allocator', { allocator: 'mimalloc' }), SHOWN);
      await expect(live).toContainText('pymalloc');

      // The free-threaded build: MEM goes to mimalloc (radio buttons move with the arrow keys).
      await region.getByRole('radio', { name: t(lang, 'layers.build.release') }).focus();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      await expect(region.getByRole('radio', { name: t(lang, 'layers.build.free-threaded') })).toBeChecked();
      await expect(details).toContainText(t(lang, 'cpy.layers.allocator', { allocator: 'mimalloc' }), SHOWN);
      await expect(live).toContainText(t(lang, 'layers.build.free-threaded'));
      expect(problems).toEqual([]);
    });

    test('list growth: step with the keyboard and hear the capacity change', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      await openPage(page, pageOf(lang));
      const region = await openRegion(page, t(lang, 'cpy.growth.heading'));
      const steps = region.getByRole('group', { name: t(lang, 'cpy.growth.steps') });
      const live = liveRegion(steps);
      const capacity = region.locator('[data-fact="capacity"]');
      await expect(capacity).toHaveText('0');

      await steps.getByRole('button', { name: t(lang, 'player.forward') }).focus();
      const growth = listGrowth(20, '3.13');
      for (let i = 1; i <= 9; i++) {
        await page.keyboard.press('ArrowRight');
        const s = growth[i - 1]!;
        await expect(capacity).toHaveText(String(s.capacity));
        if (s.resized) {
          await expect(live).toContainText(`${s.capacityBefore} → ${s.capacity}`);
        } else {
          await expect(live).toHaveText(t(lang, 'cpy.growth.noResize', { n: i, capacity: s.capacity }));
        }
      }
      await expect(live).toContainText('(9 + (9 >> 3) + 6) & ~3 = 16 & ~3 = 16');
      await expect(region.locator('[data-fact="getsizeof"]')).toContainText('56 + 128 = 184');

      // Version 3.8: the other formula, 25 slots after 17 appends where 3.13 has 24.
      await region.getByRole('combobox', { name: t(lang, 'cpy.growth.version') }).selectOption('3.8');
      await steps.getByRole('button', { name: t(lang, 'player.forward') }).focus();
      for (let i = 9; i < 17; i++) await page.keyboard.press('ArrowRight');
      await expect(capacity).toHaveText('25');
      await expect(live).toContainText('17 + (17 >> 3) + 6 = 17 + 2 + 6 = 25');
      await expect(region.getByRole('table').locator('tr[aria-current="step"] th')).toHaveText('17');

      // Version 3.7: getsizeof([]) depends on the release (64 before 3.7.4, 72 from it), so no sum is shown.
      await region.getByRole('combobox', { name: t(lang, 'cpy.growth.version') }).selectOption('3.7');
      await expect(region.locator('[data-fact="getsizeof"]')).toHaveText(
        t(lang, 'cpy.growth.getsizeofByRelease', { upstream: EMPTY_LIST_UPSTREAM_OLD, patched: EMPTY_LIST_PATCHED, fix: ALIGNMENT_FIX_RELEASE }),
      );
      expect(problems).toEqual([]);
    });

    for (const theme of THEMES) {
      test(`no WCAG 2.1 A/AA violation with a domain selected (${theme})`, async ({ page }) => {
        await openPage(page, pageOf(lang), { theme, islands: true });
        const region = page.getByRole('region', { name: t(lang, 'cpy.layers.heading') });
        await region.getByRole('option', { name: t(lang, 'cpy.layers.domainOption', { name: 'RAW', constant: 'PYMEM_DOMAIN_RAW' }) }).click();
        const growth = page.getByRole('region', { name: t(lang, 'cpy.growth.heading') });
        await growth.getByRole('button', { name: t(lang, 'player.end') }).click();
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
