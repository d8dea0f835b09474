import { expect, test } from '@playwright/test';
import { changedPixels, openAtlas, shotsDir, waitForCamera, watchConsole } from './helpers.ts';

test('the scalp view: WHO lines and Jiao areas from above, front, side and back, with the hairline', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  await page.getByRole('checkbox', { name: 'Points', exact: true }).uncheck();
  await page.locator(`[data-scalp-preset="scalp-top"]`).click();
  await waitForCamera(page);
  const canvas = page.locator('.viewport canvas');
  const bare = await canvas.screenshot();
  await page.getByRole('checkbox', { name: /WHO lines/ }).check();
  await page.getByRole('checkbox', { name: /Jiao/ }).check();
  await waitForCamera(page);
  expect(changedPixels(bare, await canvas.screenshot())).toBeGreaterThan(2000);
  for (const preset of ['scalp-top', 'head', 'scalp-side', 'scalp-back']) {
    await page.locator(`[data-scalp-preset="${preset}"]`).click();
    await waitForCamera(page);
    await page.screenshot({ path: `${shotsDir}/scalp-${preset}.png` });
  }
  noErrors();
});

test('a scalp line opens its card; a body part lights the areas that map to it', async ({ page }) => {
  await openAtlas(page, '?who=1&jiao=1&view=scalp-side');
  await page.getByRole('button', { name: /^MS7 / }).click();
  const card = page.getByRole('article');
  await expect(card).toContainText('Posterior oblique line of vertex-temporal');
  await expect(page.getByTestId('live-region')).toContainText('MS7');
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Motor area', exact: true }).click();
  await expect(page.getByRole('article')).toContainText('upper limb');
  await page.getByRole('button', { name: 'Close' }).click();
  const canvas = page.locator('.viewport canvas');
  await waitForCamera(page);
  const plain = await canvas.screenshot();
  await page.getByRole('combobox', { name: 'Body part' }).selectOption('upper-limb');
  await waitForCamera(page);
  expect(changedPixels(plain, await canvas.screenshot())).toBeGreaterThan(200);
  await expect(page).toHaveURL(/part=upper-limb/);
  await page.screenshot({ path: `${shotsDir}/scalp-upper-limb-highlight.png` });
});

test('clicking a band on the head opens the area it belongs to', async ({ page }) => {
  test.setTimeout(150_000); // up to a few hundred clicks in software WebGL
  await openAtlas(page, '?jiao=1&view=scalp-top');
  await page.getByRole('checkbox', { name: 'Points', exact: true }).uncheck();
  await waitForCamera(page);
  // the motor area starts on the midline just behind the vertex's midpoint: near the centre of the top view
  const box = (await page.locator('.viewport canvas').boundingBox())!;
  // nearest to the centre first: the bands nearest the vertex are found within a few clicks
  const offsets: [number, number][] = [];
  for (let dy = -80; dy <= 80; dy += 5) for (let dx = -80; dx <= 80; dx += 5) offsets.push([dx, dy]);
  offsets.sort((a, b) => Math.hypot(...a) - Math.hypot(...b));
  let opened = false;
  for (const [dx, dy] of offsets) {
    await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
    opened = (await page.getByRole('article').count()) > 0;
    if (opened) break;
  }
  expect(opened).toBe(true);
  await expect(page.getByRole('article')).toContainText("Jiao Shunfa's scalp area");
});
