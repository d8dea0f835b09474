// The camera kept in the link (issue 14, item 4): an orbit the user drags settles into the link's
// `cam` key (once, when it settles), a reload restores the same view, and choosing a preset view
// or another body drops it.
import { expect, test, type Page } from '@playwright/test';
import { changedPixels, openAtlas, shotsDir, waitForCamera, watchConsole } from './helpers.ts';

const camOf = (page: Page) => new URL(page.url()).searchParams.get('cam');

test('an orbit dragged on the body is kept in the link and restored on reload; a preset drops it', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page, '?view=anterior&channel=ST');
  const canvas = page.locator('.viewport canvas');
  await waitForCamera(page);
  const front = await canvas.screenshot();
  expect(camOf(page)).toBeNull();

  // drag to the right and a little up: the camera orbits round the body's left side, from above
  const box = (await canvas.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + i * 18, y + i * 5);
  await page.mouse.up();
  // (written each time the camera comes to rest, the last time once the drag's glide ends)
  await waitForCamera(page);
  await expect.poll(() => camOf(page)).toMatch(/^-?\d+(\.\d)?,-?\d+(\.\d)?,\d+(\.\d+)?,-?[\d.]+,-?[\d.]+,-?[\d.]+$/);
  const cam = camOf(page)!;
  // the other keys are kept beside it
  expect(new URL(page.url()).searchParams.get('channel')).toBe('ST');
  const [azimuth, elevation] = cam.split(',').map(Number);
  expect(Math.abs(azimuth!)).toBeGreaterThan(20);
  expect(elevation).toBeGreaterThan(2);
  const orbited = await canvas.screenshot({ path: `${shotsDir}/camera-link-orbited.png` });
  expect(changedPixels(front, orbited)).toBeGreaterThan(5000);

  await page.reload();
  await expect(page.locator('[data-scene-ready="true"]')).toBeVisible({ timeout: 60_000 });
  await waitForCamera(page);
  expect(camOf(page)).toBe(cam);
  const restored = await canvas.screenshot({ path: `${shotsDir}/camera-link-restored.png` });
  // the same view (the link rounds to 0.1 degree and 1 mm: at most a few edge pixels differ)
  const box2 = (await canvas.boundingBox())!;
  expect(changedPixels(orbited, restored)).toBeLessThan(box2.width * box2.height * 0.002);

  // a preset view drops the kept camera, and the view is the preset's again
  await page.locator('[data-preset="anterior"]').click();
  await expect.poll(() => camOf(page)).toBeNull();
  await waitForCamera(page);
  expect(changedPixels(front, await canvas.screenshot())).toBeLessThan(box2.width * box2.height * 0.002);

  // so does another body; a wheel zoom is kept like an orbit
  await page.mouse.move(x, y);
  await page.mouse.wheel(0, -300);
  await expect.poll(() => camOf(page)).not.toBeNull();
  await page.getByLabel('Adult female').check();
  await expect.poll(() => camOf(page)).toBeNull();
  noErrors();
});

test("a link with a point and a camera opens at the camera, not at the point's framing", async ({ page }) => {
  const cam = '-104.1,28.9,3.085,0,0.91,0.03';
  await openAtlas(page, `?point=LI4&cam=${cam}`);
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toContainText('LI4');
  await waitForCamera(page);
  expect(camOf(page)).toBe(cam);
  const kept = await page.locator('.viewport canvas').screenshot({ path: `${shotsDir}/camera-link-point-kept.png` });
  // the user's next selection is framed again, and the kept camera leaves the link
  await page
    .getByRole('navigation', { name: 'Points' })
    .getByRole('button', { name: /^ST36 / })
    .click();
  await expect.poll(() => camOf(page)).toBeNull();
  await waitForCamera(page);
  expect(changedPixels(kept, await page.locator('.viewport canvas').screenshot())).toBeGreaterThan(5000);
});
