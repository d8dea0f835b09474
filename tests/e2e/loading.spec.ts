import { expect, test } from '@playwright/test';
import { openAtlas, shotsDir } from './helpers.ts';

test('a file that fails to load is named with a retry, and the rest of the atlas keeps working', async ({ page }) => {
  let fail = true;
  await page.route('**/generated/scalp-male.json', (route) => (fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.fallback()));
  await openAtlas(page);
  const alert = page.locator('[data-load-error="scalp"]');
  await expect(alert).toContainText('Could not load the scalp lines and areas of this body');
  await expect(alert).toContainText('generated/scalp-male.json');
  await expect(alert).toContainText('HTTP 503');
  // the points, the search and the cards do not wait for the scalp
  await expect(page.locator('.shown-count')).toHaveText('All 409 points');
  await page.getByRole('searchbox', { name: 'Search' }).fill('LI4');
  await page.getByRole('region', { name: 'Search results' }).locator('[data-result="point:LI4"]').click();
  await expect(page.getByRole('article')).toContainText('LI4');
  await page.screenshot({ path: `${shotsDir}/load-error-scalp.png` });
  fail = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('[data-load-error]')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'WHO lines (MS1–MS14)' }).check();
  await expect(page.locator('[data-load-error]')).toHaveCount(0);
});

test('a generated file with the wrong shape is reported with the file and the field', async ({ page }) => {
  await page.route('**/generated/ear.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"zones": 3}' }));
  await openAtlas(page, '?ear=1');
  const alert = page.locator('[data-load-error="ear"]');
  await expect(alert).toContainText('Could not load the ear map');
  await expect(alert).toContainText('generated/ear.json');
  await expect(page.locator('.shown-count')).toHaveText('All 409 points');
});
