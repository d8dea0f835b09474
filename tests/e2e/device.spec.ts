import { expect, test } from '@playwright/test';
import { openAtlas, shotsDir, watchConsole } from './helpers.ts';

test('what was looked at is kept on the device: the recent list survives a new visit and brings a point back', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  await expect(page.getByRole('region', { name: 'Recent' })).toHaveCount(0);
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('ST36');
  await page.getByRole('region', { name: 'Search results' }).locator('[data-result="point:ST36"]').click();
  await box.fill('shen men');
  await page.getByRole('region', { name: 'Search results' }).locator('[data-result="ear:TF4"]').click();
  await page.goto('/');
  await expect(page.locator('[data-scene-ready="true"]')).toBeVisible({ timeout: 60_000 });
  const recent = page.getByRole('region', { name: 'Recent' });
  await expect(recent.locator('[data-recent]')).toHaveText(['TF4 (ear)', 'ST36']);
  await page.screenshot({ path: `${shotsDir}/recent-list.png` });
  await recent.locator('[data-recent="points:ST36"]').click();
  await expect(page.getByRole('article')).toContainText('ST36');
  noErrors();
});

test('saved data that cannot be read is backed up and reported, not wiped', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('acupoint-atlas:device', '{"version": 1, "state": {"recent": [{"system": "points", "id": 42}]}}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await openAtlas(page);
  const notice = page.locator('[data-saved-problem="acupoint-atlas:device"]');
  await expect(notice).toContainText('could not be read (recent.0');
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const backup = keys.find((k) => k.startsWith('acupoint-atlas:device:backup:'));
  expect(backup).toBeDefined();
  expect(await page.evaluate((k) => localStorage.getItem(k), backup!)).toContain('"id": 42');
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);
});
