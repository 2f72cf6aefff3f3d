// The choice tree's results on a long run (issue 12: permutations of 8 items gave a 40,320-item
// list and a 1,165,556 px island): the count, the last ten results, and "show all" as a
// windowed list that draws only the rows in view, each keeping its place in the whole list.
import { test, expect } from '@playwright/test';
import { LANGS } from '../src/i18n/lang';
import { formatResult, permutations } from '../src/sim/backtracking/combinatorics';
import { islandT, openPage, openRegion, watchPage } from './pages';

const ITEMS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

for (const lang of LANGS) {
  test(`permutations of 8 (${lang}): the count, the last ten, and all 40,320 in a windowed list`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const t = islandT('choice-tree-player', lang);
    const problems = watchPage(page, baseURL!);
    await openPage(page, `${lang}/05-backtracking/`);
    const region = await openRegion(page, t('players.choice.title.permutations'), { exact: true });
    const field = region.getByRole('textbox', { name: t('players.choice.field') });
    await field.fill(ITEMS.join(', '));
    await field.press('Enter');
    const steps = region.getByRole('group', { name: t('players.common.steps', { title: t('players.choice.title.permutations') }), exact: true });
    await steps.getByRole('button', { name: t('player.end') }).click();

    const all = permutations(ITEMS).results!;
    const show = (i: number) => formatResult('permutations', all[i]!);
    await expect(region).toContainText(t('players.choice.resultCount', { n: all.length }));
    const list = region.getByRole('list', { name: t('players.choice.results'), exact: true });
    // The list is described by the count, so a screen reader says it on entering the list.
    await expect(list).toHaveAccessibleDescription(new RegExp(t('players.choice.resultCount', { n: all.length }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(list.getByRole('listitem')).toHaveCount(10);
    await expect(list.getByRole('listitem').last()).toHaveText(show(all.length - 1));
    await expect(list.getByRole('listitem').last()).toHaveAttribute('aria-posinset', String(all.length));
    // The island stays a page's height, not a million pixels.
    expect((await region.boundingBox())!.height).toBeLessThan(3000);

    await region.getByRole('button', { name: t('players.choice.showAll', { n: all.length }) }).click();
    const scroller = region.getByRole('region', { name: t('players.choice.allResults') });
    await expect(scroller).toBeFocused();
    const windowed = scroller.getByRole('list');
    // Opened at the latest results; only the rows in view are drawn.
    await expect(windowed.getByRole('listitem').last()).toHaveText(show(all.length - 1));
    expect(await windowed.getByRole('listitem').count()).toBeLessThan(40);
    // The keyboard scrolls it: Home brings the first results into the drawn rows.
    await page.keyboard.press('Home');
    await expect(windowed.getByRole('listitem').first()).toHaveText(show(0));
    await expect(windowed.getByRole('listitem').first()).toHaveAttribute('aria-posinset', '1');
    expect((await region.boundingBox())!.height).toBeLessThan(3000);
    await region.getByRole('button', { name: t('players.choice.showLast', { n: 10 }) }).click();
    await expect(list.getByRole('listitem')).toHaveCount(10);
    expect(problems).toEqual([]);
  });
}
