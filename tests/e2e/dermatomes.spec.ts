import { expect, test } from '@playwright/test';
import { changedPixels, openAtlas, shotsDir, waitForCamera, watchConsole } from './helpers.ts';

test('the dermatome map: switched on over the body, front and back, with its legend, in the link', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  const canvas = page.locator('.viewport canvas');
  await waitForCamera(page);
  const bare = await canvas.screenshot();
  await page.getByRole('checkbox', { name: 'Dermatome map' }).check();
  const legend = page.getByLabel('Dermatome map legend');
  await expect(legend.getByRole('button', { name: 'C6', exact: true })).toBeVisible();
  await expect(legend).toContainText('Pale band');
  await expect(page).toHaveURL(/derm=1/);
  await waitForCamera(page);
  expect(changedPixels(bare, await canvas.screenshot())).toBeGreaterThan(20_000);
  await page.screenshot({ path: `${shotsDir}/dermatomes-front.png` });
  await legend.screenshot({ path: `${shotsDir}/dermatomes-legend.png` });
  await page.getByRole('radio', { name: 'Back', exact: true }).click();
  await waitForCamera(page);
  await page.screenshot({ path: `${shotsDir}/dermatomes-back.png` });
  noErrors();
});

test('searching "C6" opens the C6 dermatome card with its key sensory point and its points', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill('C6');
  const results = page.getByRole('region', { name: 'Search results' });
  // (the results come under their systems' headings, body points first: the dermatome under "Dermatomes")
  await expect(results.getByRole('heading', { name: 'Dermatomes' })).toBeVisible();
  await results.locator('[data-result="dermatome:C6"]').click();
  const card = page.getByRole('article');
  await expect(card).toContainText('C6 dermatome');
  await expect(card).toContainText('Key sensory point');
  await expect(card.getByRole('button', { name: 'LI4', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/dermatome=C6/);
  await waitForCamera(page);
  await page.screenshot({ path: `${shotsDir}/dermatomes-c6-card.png` });
  await card.getByRole('button', { name: 'LI4', exact: true }).click();
  await expect(page.getByRole('article')).toContainText('LI4');
});

test("a point's card names its dermatome, a member's its own (issue 17: every point shows its segment and nerve)", async ({ page }) => {
  await openAtlas(page, '?point=LI4');
  const anatomy = page.getByRole('article').locator('dl.anatomy');
  await expect(anatomy).toContainText('radial nerve');
  await expect(anatomy.locator('dt', { hasText: 'dermatome' }).locator('+ dd')).toHaveText(/^C6 \(spinal segment/);
  // Shixuan's little finger lies in C8 (chosen from the injury panel's list, which lists members)
  await openAtlas(page, '?sci=C5');
  await page.getByRole('button', { name: 'EX-UE11 little finger' }).click();
  await expect(page.getByRole('article')).toContainText('little finger');
  await expect(page.getByRole('article').locator('dl.anatomy dt', { hasText: 'dermatome' }).locator('+ dd')).toHaveText(/^C8 /);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  test('the map is legible at 390x844', async ({ page }) => {
    await openAtlas(page, '?derm=1');
    await waitForCamera(page);
    await page.screenshot({ path: `${shotsDir}/dermatomes-phone.png` });
  });
});

// the overlay's own colours and light do not follow the theme: from the back, on the dark and the
// high-contrast backgrounds, the bands and their names must still read
for (const theme of ['dark', 'contrast'] as const) {
  test(`the map from the back in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript(
      (t) => localStorage.setItem('acupoint-atlas:device', JSON.stringify({ version: 2, state: { recent: [], theme: t, welcomed: true } })),
      theme,
    );
    await openAtlas(page, '?derm=1');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.getByRole('radio', { name: 'Back', exact: true }).click();
    await waitForCamera(page);
    await page.screenshot({ path: `${shotsDir}/dermatomes-back-${theme}.png` });
  });
}
