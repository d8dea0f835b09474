// The quiz's question bar lies over the top of the 3D view; at a desk the front view framed the
// body to the top edge, so the bar covered the head while a question asked for a point on it. The
// preset is framed into the part of the view below the bar while a round is on.
import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { nth } from '../../src/domain/checked.ts';
import { openAtlas, shotsDir } from './helpers.ts';

/** The page's y of the first row of the 3D view that is not the stage's colour (the top of the head), with the bar made invisible. */
async function drawnTop(page: Page): Promise<number> {
  await page.addStyleTag({ content: '.quiz-bar { visibility: hidden !important; }' });
  await page.waitForTimeout(200);
  const box = (await page.locator('.viewport canvas').boundingBox())!;
  const png = PNG.sync.read(await page.screenshot());
  await page.addStyleTag({ content: '.quiz-bar { visibility: visible !important; }' });
  const at = (x: number, y: number) => (y * png.width + x) * 4;
  const bg = [
    nth(png.data, at(Math.round(box.x + 4), Math.round(box.y + 4))),
    nth(png.data, at(Math.round(box.x + 4), Math.round(box.y + 4)) + 1),
    nth(png.data, at(Math.round(box.x + 4), Math.round(box.y + 4)) + 2),
  ];
  for (let y = Math.round(box.y); y < box.y + box.height; y++)
    for (let x = Math.round(box.x + 10); x < box.x + box.width - 10; x++) {
      const i = at(x, y);
      if (Math.abs(nth(png.data, i) - bg[0]!) + Math.abs(nth(png.data, i + 1) - bg[1]!) + Math.abs(nth(png.data, i + 2) - bg[2]!) > 40) return y;
    }
  return Infinity;
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`desk ${size.width}x${size.height}: the quiz's question bar does not cover the head in the front view`, async ({ page }) => {
    await page.setViewportSize(size);
    await openAtlas(page);
    await page.getByRole('region', { name: 'Welcome to the Acupoint Atlas' }).getByRole('button', { name: 'Got it' }).click();
    await page.locator('[data-panel-tab="study"]').click();
    await page.getByRole('tab', { name: 'Quiz' }).click();
    const setup = page.getByRole('region', { name: 'Quiz setup' });
    await setup.getByLabel('Deck').selectOption({ label: 'A region' });
    await setup.getByLabel('Region').selectOption('head');
    await setup.getByRole('radio', { name: 'Find it on the body' }).click();
    await setup.getByRole('button', { name: /^Start/ }).click();
    const bar = page.locator('.quiz-bar');
    await expect(bar).toBeVisible();
    await page.locator('[data-preset="anterior"]').click();
    await page.waitForTimeout(1500);
    const barBottom = (await bar.boundingBox())!;
    const head = await drawnTop(page);
    await page.screenshot({ path: `${shotsDir}/quiz-bar-${size.width}.png` });
    console.log(`${size.width}: bar bottom ${Math.round(barBottom.y + barBottom.height)}, head top ${head}`);
    expect(head).toBeGreaterThan(barBottom.y + barBottom.height);
  });
}
