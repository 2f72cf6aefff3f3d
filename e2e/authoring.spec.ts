// The authoring guide's island catalogue (issue 14): every island of the registry, with the props
// its mount point documents, a live example on its own page and what to paste into a chapter.
import { test, expect } from '@playwright/test';
import { ISLANDS } from '../src/components/registry';
import { LANGS } from '../src/i18n/lang';
import { t } from './pages';

for (const lang of LANGS) {
  test(`the catalogue lists every island with its props, a live example and its MDX (${lang})`, async ({ page, baseURL }) => {
    await page.goto(`${lang}/authoring/`);
    const sections = page.locator('.island-entry');
    await expect(sections).toHaveCount(new Set(ISLANDS.map((e) => e.mount)).size);
    for (const entry of ISLANDS) {
      const item = page.locator('.island-entry li', { has: page.locator('code', { hasText: new RegExp(`^${entry.id}$`) }) });
      await expect(item, entry.id).toHaveCount(1);
      const live = item.getByRole('link', { name: t(lang, 'catalogue.live') });
      await expect(live).toHaveAttribute('href', new RegExp(`/${lang}/embed/${entry.id}/$`));
      expect((await page.request.get(new URL((await live.getAttribute('href'))!, baseURL).href)).status(), entry.id).toBe(200);
    }
    // Each section shows its mount point's documented props and an import to paste.
    const first = sections.first();
    await expect(first.locator('p').first()).toContainText('Mount point');
    await expect(first.locator('pre.usage')).toContainText("from '../../src/components/");
  });
}
