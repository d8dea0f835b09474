// axe on every view of the atlas: no serious or critical violation on the body, with a point's card,
// with the search results, in the scalp view, in the ear view, on a phone, and in each theme.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openAtlas } from './helpers.ts';

/**
 * Every rule on the whole page, every violation reported in full. axe runs in the page itself
 * (legacy mode: axe.run; the page has no frames from other origins, which is what the default
 * runPartial, then finishRun in a new blank page, is for) and builds node lists for violations
 * only: the default path serialised a node with its selector for every check that passed (3 MB
 * on the body view) and took 9-19 s per call on a loaded machine, this one about 2 s.
 */
async function expectNoSeriousViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) on ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  expect(serious).toEqual([]);
}

test('the body, a card, the results, the scalp and the ear pass axe', async ({ page }) => {
  await openAtlas(page);
  await expectNoSeriousViolations(page, 'body view');
  await page.getByRole('searchbox', { name: 'Search' }).fill('headache');
  await expect(page.locator('[data-result]').first()).toBeVisible();
  await expectNoSeriousViolations(page, 'search results');
  await page.locator('[data-result="point:LI4"]').click();
  await expect(page.getByRole('article')).toContainText('LI4');
  await expectNoSeriousViolations(page, 'point card');
  await openAtlas(page, '?who=1&jiao=1&zone=MS6&view=scalp-top');
  await expectNoSeriousViolations(page, 'scalp view');
  await openAtlas(page, '?ear=1&earpoint=TF4');
  await expect(page.locator('[data-ear-card="TF4"]')).toBeVisible();
  await expectNoSeriousViolations(page, 'ear view');
});

for (const theme of ['dark', 'contrast'] as const) {
  test(`the ${theme} theme passes axe, colour contrast included`, async ({ page }) => {
    await page.addInitScript(
      (t) => localStorage.setItem('acupoint-atlas:device', JSON.stringify({ version: 2, state: { recent: [], theme: t, welcomed: true } })),
      theme,
    );
    await openAtlas(page, '?point=LI4');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await expectNoSeriousViolations(page, `${theme} theme`);
  });
}

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('passes axe', async ({ page }) => {
    await openAtlas(page, '?point=LI4');
    await expectNoSeriousViolations(page, 'phone');
  });
});
