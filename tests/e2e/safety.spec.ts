// Patient-safety mode and the print sheet, as a practitioner uses them: switch on pregnancy and a
// pacemaker, see the affected points marked on the body (the contraindicated colour appears in the
// canvas), in the results and first on the card; the switches ride in the link, not on the device;
// then the print view of ST36, on screen and as printed.
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { nth } from '../../src/domain/checked.ts';
import { palettes } from '../../src/theme/tokens.ts';
import { openAtlas, shotsDir, watchConsole } from './helpers.ts';

/** Pixels of a screenshot within `tolerance` (sum of channel differences) of a colour, `margin` pixels in from its edges. */
function pixelsOf(shot: Buffer, hex: string, tolerance = 40, margin = 0): number {
  const png = PNG.sync.read(shot);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let y = margin; y < png.height - margin; y++)
    for (let x = margin; x < png.width - margin; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.abs(nth(png.data, i) - r!) + Math.abs(nth(png.data, i + 1) - g!) + Math.abs(nth(png.data, i + 2) - b!) <= tolerance) n++;
    }
  return n;
}

const switchOn = async (page: Page, label: RegExp) => {
  const panel = page.locator('details.safety-panel');
  if (!(await panel.evaluate((e) => (e as HTMLDetailsElement).open))) await panel.locator('summary').click();
  await panel.getByRole('checkbox', { name: label }).check();
};

test('pregnancy and pacemaker switches mark the body, the results and the card, and ride in the link only', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  const canvas = page.locator('.viewport canvas');
  const red = palettes.light.markerContraindicated;
  const before = pixelsOf(await canvas.screenshot(), red);

  await switchOn(page, /^Pregnant/);
  await switchOn(page, /^Pacemaker/);
  const banner = page.locator('.safety-banner');
  await expect(banner).toContainText('Patient safety: pregnancy, pacemaker or implant.');
  await expect(banner).toContainText('For education only, not medical advice.');
  const affected = Number(await banner.getAttribute('data-affected'));
  expect(affected).toBeGreaterThan(50);
  expect(Number(await banner.getAttribute('data-contraindicated'))).toBeGreaterThanOrEqual(3);
  await expect(page).toHaveURL(/patient=pregnancy(,|%2C)implanted-device/);

  // on the body: the contraindicated points (LI4, GB21, EX-LE11 on both sides) are drawn in the token's red
  await expect.poll(async () => pixelsOf(await canvas.screenshot(), red)).toBeGreaterThan(before + 20);
  await page.screenshot({ path: `${shotsDir}/safety-body.png` });

  // in the results: LI4 is marked contraindicated for this patient, in words
  await page.getByRole('searchbox', { name: 'Search' }).fill('labour');
  const results = page.getByRole('region', { name: 'Search results' });
  const li4 = results.locator('[data-result="point:LI4"]');
  await expect(li4.locator('[data-patient-grade="contraindicated"]')).toBeVisible();
  await expect(li4).toContainText('contraindicated');
  await expect(li4).toContainText('for this patient: contraindicated: pregnancy');
  await expect(results.locator('[data-result="point:SP6"] [data-patient-grade="caution"]')).toBeVisible();
  await page.screenshot({ path: `${shotsDir}/safety-results-labour.png` });

  // on the card: what applies to this patient first, highlighted, with its reason
  await li4.click();
  const cautions = page.getByRole('article').getByRole('region', { name: 'Cautions' });
  await expect(cautions.getByText('For this patient:')).toBeVisible();
  const first = cautions.locator('p.caution').first();
  await expect(first).toHaveAttribute('data-applies-to-patient', 'true');
  await expect(first).toContainText('Pregnant · Contraindicated — pregnancy, needling: Classical texts forbid');
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shotsDir}/safety-card-LI4.png` });

  // the link keeps the switches (a colleague opening it sees the same marks); the device does not
  await page.reload();
  await expect(page.locator('.safety-banner')).toContainText('pregnancy, pacemaker or implant');
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toMatch(/pregnan|implanted/);
  noErrors();
});

test('a pacemaker marks the motor line on its card; a condition with red flags shows them above the results', async ({ page }) => {
  await openAtlas(page, '?who=1&zone=MS5&patient=implanted-device');
  const card = page.getByRole('article');
  await expect(card.locator('[data-applies-to-patient="true"]').first()).toContainText('Pacemaker or implanted device · Contraindicated');
  await page.getByRole('searchbox', { name: 'Search' }).fill('stroke');
  const warning = page.locator('[data-condition-warning="condition:stroke-hemiplegia"]');
  await expect(warning).toContainText('call an ambulance first');
  await expect(warning.locator('[data-caution-kind="red-flag"]')).toBeVisible();
});

test('the print view of ST36: names, location, how to find it, needling, the patient cautions and a rendered figure; printed without the atlas around it', async ({
  page,
}) => {
  const noErrors = watchConsole(page);
  await page.goto('/?point=ST36&patient=pregnancy');
  await page.getByRole('article').getByRole('button', { name: 'Print sheet' }).click();
  await expect(page).toHaveURL(/print=point(:|%3A)ST36/);
  const sheet = page.locator('[data-print-item="points:ST36"]');
  await expect(sheet.getByRole('heading', { level: 2 })).toContainText('ST36 Zúsānlǐ 足三里');
  await expect(sheet).toContainText('Leg Three Miles');
  await expect(sheet.getByRole('heading', { name: /How to find it/ })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Needling' })).toBeVisible();
  await expect(sheet.getByRole('heading', { name: 'Cautions for this patient (pregnancy)' })).toBeVisible();
  // the figure: a picture of the body drawn by the scene, the point marked black
  const figure = sheet.locator('[data-print-figure="points"]');
  await expect(figure).toHaveAttribute('data-print-ready', 'true', { timeout: 60_000 });
  const picture = await figure.locator('img').screenshot();
  // (inside its border: the mark's black, the body's grey)
  expect(pixelsOf(picture, '#000000', 60, 4)).toBeGreaterThan(150);
  expect(pixelsOf(picture, '#d0d0d0', 90, 4)).toBeGreaterThan(5_000);
  // none of the atlas's chrome
  await expect(page.locator('.masthead')).toHaveCount(0);
  await expect(page.locator('.viewport')).toHaveCount(0);
  await page.screenshot({ path: `${shotsDir}/print-ST36-screen.png`, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-bar')).toBeHidden();
  await page.screenshot({ path: `${shotsDir}/print-ST36-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Back to the atlas' }).click();
  await expect(page.locator('.masthead')).toBeVisible();
  noErrors();
});

test('a sheet of several items: a point, a scalp line and an ear point on the ear chart, one per page', async ({ page }) => {
  await page.goto('/?print=point:LI4,scalp:MS6,ear:TF2');
  await expect(page.locator('.print-item')).toHaveCount(3);
  await expect(page.locator('[data-print-item="ear:TF2"] [data-print-figure="ear"] circle').first()).toBeVisible();
  await expect(page.locator('[data-print-item="scalp:MS6"] [data-print-figure="scalp"]')).toHaveAttribute('data-print-ready', 'true', { timeout: 60_000 });
  await expect(page.locator('[data-print-item="points:LI4"] [data-print-figure="points"]')).toHaveAttribute('data-print-ready', 'true', { timeout: 60_000 });
  await page.emulateMedia({ media: 'print' });
  expect(
    await page
      .locator('.print-item')
      .first()
      .evaluate((e) => getComputedStyle(e).breakAfter),
  ).toBe('page');
  await page.screenshot({ path: `${shotsDir}/print-set-print.png`, fullPage: true });
});
