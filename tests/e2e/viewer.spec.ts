import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { drawnFraction, openAtlas, shotsDir, waitForCamera, watchConsole } from './helpers.ts';

test('the atlas loads without console errors and draws the body', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  await expect(page.getByRole('heading', { name: 'Acupoint Atlas', exact: true })).toBeVisible();
  await expect(page.getByText('For education only')).toBeVisible();
  const drawn = await drawnFraction(page);
  expect(drawn).toBeGreaterThan(0.03); // a standing body fills a few percent of a wide canvas
  expect(drawn).toBeLessThan(0.6);
  noErrors();
});

for (const body of ['male', 'female'] as const) {
  test(`the ${body} body in every preset view`, async ({ page }) => {
    const noErrors = watchConsole(page);
    await openAtlas(page);
    if (body === 'female') {
      await page.getByLabel('Adult female').check();
      await expect(page.locator('[data-scene-ready="true"]')).toBeVisible({ timeout: 60_000 });
    }
    const fractions: Record<string, number> = {};
    for (const preset of ['anterior', 'posterior', 'left', 'right', 'top', 'head', 'hands', 'feet']) {
      await page.locator(`[data-preset="${preset}"]`).click();
      await waitForCamera(page);
      fractions[preset] = await drawnFraction(page);
      await page.screenshot({ path: `${shotsDir}/${body}-${preset}.png` });
    }
    for (const [preset, f] of Object.entries(fractions)) expect(f, preset).toBeGreaterThan(0.02);
    // close views fill more of the frame than the whole body does
    expect(fractions.head!).toBeGreaterThan(fractions.anterior!);
    await expect(page.getByTestId('live-region')).toHaveText('Feet view');
    noErrors();
  });
}

test.describe('the face', () => {
  // twice the pixels, so the whites of the eyes are more than a handful of them
  test.use({ deviceScaleFactor: 2 });
  for (const body of ['male', 'female'] as const) {
    test(`of the ${body} body has open eyes: their whites show between the lids`, async ({ page }) => {
      const noErrors = watchConsole(page);
      // the dark theme: the stage behind an empty eye opening is dark, the skin is tinted; only
      // the sclera is near-white and colourless
      await page.addInitScript(() =>
        localStorage.setItem('acupoint-atlas:device', JSON.stringify({ version: 2, state: { recent: [], theme: 'dark', welcomed: true } })),
      );
      await openAtlas(page, `?body=${body}&view=head`);
      await page.getByRole('checkbox', { name: 'Points', exact: true }).uncheck();
      await waitForCamera(page);
      const shot = await page.locator('.viewport canvas').screenshot();
      writeFileSync(`${shotsDir}/face-${body}.png`, shot);
      const png = PNG.sync.read(shot);
      let whites = 0;
      // the top three quarters: the status line over the canvas's foot is not the scene
      for (let i = 0; i < png.width * Math.floor(png.height * 0.75) * 4; i += 4) {
        const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
        if (Math.min(r, g, b) > 150 && Math.max(r, g, b) - Math.min(r, g, b) < 35) whites++;
      }
      expect(whites).toBeGreaterThan(40);
      noErrors();
    });
  }
});

test('the landmark toggle shows landmarks with their names, listed and selectable', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  const before = await drawnFraction(page);
  await page.getByLabel('Landmarks').check();
  const list = page.getByRole('navigation', { name: 'Landmarks' });
  await expect(list.getByRole('button')).toHaveCount(await list.getByRole('button').count());
  expect(await list.getByRole('button').count()).toBeGreaterThanOrEqual(100);
  await waitForCamera(page);
  expect(await drawnFraction(page)).toBeGreaterThan(before); // markers and labels add pixels
  await page.screenshot({ path: `${shotsDir}/landmarks-anterior.png` });
  await list.getByRole('button', { name: 'Umbilicus', exact: true }).click();
  await expect(page.getByTestId('live-region')).toHaveText('Landmark: Umbilicus');
  for (const preset of ['posterior', 'head', 'hands', 'feet', 'left']) {
    await page.locator(`[data-preset="${preset}"]`).click();
    await waitForCamera(page);
    await page.screenshot({ path: `${shotsDir}/landmarks-${preset}.png` });
  }
  noErrors();
});

test('the view can be driven from the keyboard alone', async ({ page }) => {
  await openAtlas(page);
  await page.locator('.viewport').focus();
  const canvas = page.locator('.viewport canvas');
  const first = await canvas.screenshot();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await waitForCamera(page);
  expect(Buffer.compare(first, await canvas.screenshot())).not.toBe(0);
  await page.keyboard.press('2'); // posterior
  await expect(page.getByTestId('live-region')).toHaveText('Posterior view');
  await expect(page.locator('[data-preset="posterior"]')).toHaveAttribute('aria-checked', 'true');
  // the toolbar is reachable by tab and has visible focus
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator(':focus')).toBeVisible();
});

test('without WebGL the page explains and stays usable', async ({ page }) => {
  await page.addInitScript(() => {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the canvas as `this`
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.startsWith('webgl')) return null;
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('3D view unavailable');
  await page.getByLabel('Landmarks').check();
  await page.getByLabel('Adult female').check();
  await expect(page.getByLabel('Adult female')).toBeChecked();
  await page.screenshot({ path: `${shotsDir}/no-webgl.png` });
});
