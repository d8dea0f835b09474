// On a phone a point's card is a sheet over the lower half of the stage. The part of the 3D view
// above it must show what the camera sees: Chromium's compositor (software compositing, as in
// these tests) culled the canvas under an opaque sheet with the canvas's flipped rows, so the TOP
// of the stage went blank (the body cut along a horizontal line, the sheet's height from the top)
// until something else repainted it. Checked by what a person sees: the stage above the sheet is the
// same picture with the sheet there and with it made invisible (nothing else changes between them).
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { changedPixels, openAtlas, shotsDir, waitForCamera } from './helpers.ts';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

/** A region (in CSS pixels) of a screenshot taken at 2 device pixels per CSS pixel, as a PNG. */
function crop(shot: Buffer, clip: { x: number; y: number; width: number; height: number }): Buffer {
  const src = PNG.sync.read(shot);
  const [x0, y0, w, h] = [clip.x, clip.y, clip.width, clip.height].map((v) => Math.floor(v * 2)) as [number, number, number, number];
  const out = new PNG({ width: w, height: h });
  PNG.bitblt(src, out, x0, y0, w, h, 0, 0);
  return PNG.sync.write(out);
}

/** Share of the visible stage (above the sheet) that differs when the sheet is made invisible. */
async function coveredShare(page: Page, shot: string): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await waitForCamera(page);
  const view = (await page.locator('.viewport').boundingBox())!;
  const sheetTop = (await page.locator('.card-sheet').boundingBox())!.y;
  const clip = { x: view.x, y: view.y, width: view.width, height: sheetTop - view.y - 4 };
  expect(clip.height).toBeGreaterThan(200);
  // whole-page screenshots, as on the screen: a clipped screenshot is composited afresh for the
  // clip and did not show the fault
  const withSheet = crop(await page.screenshot({ path: `${shotsDir}/${shot}.png` }), clip);
  await page.addStyleTag({ content: '.card-sheet { visibility: hidden !important; }' });
  await page.waitForTimeout(300);
  const without = crop(await page.screenshot(), clip);
  await page.addStyleTag({ content: '.card-sheet { visibility: visible !important; }' });
  // (the screenshot is at 2 device pixels per CSS pixel)
  const share = changedPixels(withSheet, without) / (clip.width * clip.height * 4);
  console.log(`${shot}: ${(share * 100).toFixed(2)} % of the stage above the sheet differs`);
  return share;
}

test('with a card open, the stage above the sheet shows the whole picture: search, a preset, an orbit', async ({ page }) => {
  await openAtlas(page);
  // search -> result -> card
  await page.getByRole('searchbox', { name: 'Search' }).fill('LI4');
  await page.locator('[data-result="point:LI4"]').click();
  expect(await coveredShare(page, 'phone-stage-search-card')).toBeLessThan(0.01);
  await page.locator('.card-sheet').getByRole('button', { name: 'Close the card' }).click();
  // preset -> card: the back, then a point of the bladder from the list below the stage
  await page.getByRole('button', { name: 'View options' }).click();
  await page.getByRole('dialog', { name: 'View options' }).getByRole('radio', { name: 'Back' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page
    .getByRole('navigation', { name: 'Points' })
    .getByRole('button', { name: /^BL23 / })
    .click();
  expect(await coveredShare(page, 'phone-stage-preset-card')).toBeLessThan(0.01);
  // an orbit with the card open
  const box = (await page.locator('.viewport canvas').boundingBox())!;
  await page.mouse.move(box.x + 120, box.y + 80);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 90, { steps: 6 });
  await page.mouse.up();
  expect(await coveredShare(page, 'phone-stage-orbit-card')).toBeLessThan(0.01);
});
