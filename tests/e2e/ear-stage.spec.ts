// The ear map gets the stage to itself at every size: no 3D body above or beside the chart (issue
// 14). The body's 3D view stays mounted out of sight, so its readiness (data-scene-ready, which
// every test waits on) is still the body's own: it is drawn, only not shown.
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, shotsDir } from './helpers.ts';

/** How much of the body's canvas a person can see: the share of sampled points where it is on top. */
async function bodyShown(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = [...document.querySelectorAll('.viewport canvas')].find((c) => !c.closest('.ear-panel'));
    if (!canvas) return 0;
    const r = canvas.getBoundingClientRect();
    let on = 0,
      all = 0;
    for (let i = 1; i < 10; i++)
      for (let j = 1; j < 10; j++) {
        const x = r.left + (r.width * i) / 10,
          y = r.top + (r.height * j) / 10;
        if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
        all++;
        if (document.elementFromPoint(x, y) === canvas) on++;
      }
    return all ? on / all : 0;
  });
}

async function checkEarStage(page: Page, name: string) {
  const panel = page.getByRole('region', { name: 'Ear map' });
  await expect(panel).toHaveAttribute('data-ear-ready', 'true');
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await bodyShown(page)).toBe(0);
  // the chart starts at the top of the stage (on a phone it had the body's 58 % of the screen above it)
  const stage = (await page.locator('.viewport').boundingBox())!;
  expect((await panel.boundingBox())!.y - stage.y).toBeLessThan(2);
  await page.screenshot({ path: `${shotsDir}/ear-stage-${name}.png` });
}

for (const size of [
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
  { name: '1280', viewport: { width: 1280, height: 800 }, touch: false },
]) {
  test.describe(size.name, () => {
    test.use({ viewport: size.viewport, hasTouch: size.touch, isMobile: size.touch });
    test(`${size.name}: the ear map has the stage to itself, opened by a link and by its button, and the body comes back after`, async ({ page }) => {
      // opened by a link: the body's view is ready all the same
      await openAtlas(page, '?ear=1');
      await checkEarStage(page, `${size.name}-link`);
      await page.getByRole('button', { name: 'Back to the body' }).click();
      await expect.poll(() => bodyShown(page)).toBeGreaterThan(0.9);
      // opened from the body
      await openAtlas(page);
      if (size.touch) await page.getByRole('button', { name: 'View options' }).click();
      await page.getByRole('button', { name: 'Ear map' }).first().click();
      if (size.touch) await page.keyboard.press('Escape');
      await checkEarStage(page, `${size.name}-button`);
    });
  });
}
