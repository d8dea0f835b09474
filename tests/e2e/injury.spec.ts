import { expect, test, type Page } from '@playwright/test';
import { openAtlas, shotsDir, watchConsole } from './helpers.ts';

const below = ['T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4-5'];

async function checkPanel(page: Page) {
  const panel = page.getByRole('region', { name: 'Spinal cord injury level' });
  await expect(panel.getByRole('combobox', { name: 'Neurological level' })).toHaveValue('T6');
  await expect(panel.getByRole('combobox', { name: 'ASIA grade' })).toHaveValue('A');
  await expect(panel.getByRole('list', { name: 'Segments at and below T6' }).locator('li')).toHaveText(below.map((s) => (s === 'T6' ? 'T6 (the level)' : s)));
  await expect(panel.locator('[data-jiaji]')).toHaveText(['EX-B2 beside T5', 'EX-B2 beside T6', 'EX-B2 beside T7']);
  for (const id of ['motor', 'MS5', 'MS6', 'AH11', 'TF4', 'CO10']) await expect(panel.locator(`[data-sci-zone="${id}"]`)).toBeVisible();
  // the ear vertebrae zone of another region is not offered for a thoracic level
  await expect(panel.locator('[data-sci-zone="AH13"]')).toHaveCount(0);
  await expect(panel.getByRole('note')).toContainText('For education only');
  return panel;
}

test('an injury level from the link lists its segments, Jiaji and zones; a zone is selected by a click; a reload keeps the level', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page, '?sci=T6&ais=A');
  const panel = await checkPanel(page);
  await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${shotsDir}/injury-T6-1280.png` });
  await panel.locator('[data-sci-zone="MS5"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${shotsDir}/injury-T6-1280-zones.png` });
  await panel.locator('[data-sci-zone="MS5"]').click();
  await expect(page.getByRole('article')).toContainText('Middle line of vertex');
  await expect(page).toHaveURL(/zone=MS5/);
  await expect(panel.locator('[data-sci-zone="MS5"]')).toHaveAttribute('aria-current', 'true');
  await panel.locator('[data-jiaji="T7"]').click();
  await expect(page.getByRole('article')).toContainText('EX-B2');
  await page.reload();
  await expect(page.locator('[data-scene-ready="true"]')).toBeVisible({ timeout: 60_000 });
  await checkPanel(page);
  // a new level goes into the link
  await page.getByRole('combobox', { name: 'Neurological level' }).selectOption('C5');
  await expect(page).toHaveURL(/sci=C5/);
  await expect(panel.locator('[data-sci-zone="AH13"]')).toBeVisible();
  noErrors();
});

test('the sensory examination grid is filled from the keyboard and gives the sensory level and totals', async ({ page }) => {
  await openAtlas(page, '?sci=C5');
  await page.getByText('Sensory examination (ISNCSCI)').click();
  await page.getByRole('textbox', { name: 'C2 Right light touch' }).focus();
  // typing moves down the column, as a worksheet is filled in
  for (const key of ['2', '2', '2', '2', '0']) await page.keyboard.press(key);
  await page.getByRole('textbox', { name: 'C2 Right pin prick' }).focus();
  for (const key of ['2', '2', '2', '2', 'n']) await page.keyboard.press(key);
  await expect(page.getByRole('textbox', { name: 'C6 Right pin prick' })).toHaveValue('NT');
  await expect(page.locator('[data-sensory-level="right"]')).toHaveText('Sensory level right: C5');
  await expect(page.locator('[data-sensory-level="left"]')).toContainText('not determined');
  // the arrows move across
  await page.getByRole('textbox', { name: 'C3 Right pin prick' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('textbox', { name: 'C3 Left light touch' })).toBeFocused();
  await page.locator('.sensory-exam').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: `${shotsDir}/injury-sensory-exam.png` });
  // kept on the device: a reload keeps it
  await page.reload();
  await page.getByText('Sensory examination (ISNCSCI)').click();
  await expect(page.locator('[data-sensory-level="right"]')).toHaveText('Sensory level right: C5');
  await expect(page).not.toHaveURL(/exam/);
});

test('a bad injury level in the link is ignored and said', async ({ page }) => {
  await openAtlas(page, '?sci=T13&ais=A');
  await expect(page.getByText(/Part of this link was ignored: "sci"/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Neurological level' })).toHaveValue('');
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  test('the injury panel on a phone', async ({ page }) => {
    await openAtlas(page, '?sci=T6&ais=A');
    const panel = await checkPanel(page);
    await panel.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${shotsDir}/injury-T6-390.png` });
    await panel.locator('[data-sci-zone="MS5"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${shotsDir}/injury-T6-390-zones.png` });
  });
});

test('a nerve named in the search lists the points it supplies, not another nerve\u2019s', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill('radial nerve');
  await expect(page.locator('[data-result="point:LI4"]')).toBeVisible();
  await expect(page.locator('[data-result="point:HT7"]')).toHaveCount(0);
  await page.getByRole('searchbox', { name: 'Search' }).fill('common peroneal nerve');
  await expect(page.locator('[data-result="point:GB34"]')).toBeVisible();
  await expect(page.locator('[data-result="point:BL40"]')).toHaveCount(0);
});
