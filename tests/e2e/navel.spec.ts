import { expect, test } from '@playwright/test';
import { palettes } from '../../src/theme/tokens.ts';
import { changedPixels, openAtlas, pixelsNear, shotsDir, waitForCamera, watchConsole } from './helpers.ts';

const light = palettes.light;

for (const size of [
  { width: 1280, height: 800, touch: false },
  { width: 1920, height: 1080, touch: false },
  { width: 390, height: 844, touch: true },
])
  test.describe(() => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch });
    test(`the navel view at ${size.width}x${size.height}: a close-up of the umbilicus with its eight sectors; a click on a sector opens its card`, async ({
      page,
    }) => {
      test.setTimeout(150_000);
      const noErrors = watchConsole(page);
      // a tap on a phone, a click at a desk
      const click = (x: number, y: number) => (size.touch ? page.touchscreen.tap(x, y) : page.mouse.click(x, y));
      await openAtlas(page);
      const canvas = page.locator('.viewport canvas');
      if (size.width < 700) await page.getByRole('button', { name: 'Navel view' }).scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: 'Navel view' }).click();
      await expect(page).toHaveURL(/navel=1/);
      await waitForCamera(page);
      await page.waitForTimeout(800);
      await canvas.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shotsDir}/navel-${size.width}.png` });
      // calm wedges in the theme's neutrals, no longer the scalp's magenta and blue
      const plain = await canvas.screenshot();
      expect(pixelsNear(plain, light.scalpWho) + pixelsNear(plain, light.scalpJiao)).toBeLessThan(50);
      expect(pixelsNear(plain, light.zoneFaded, 12)).toBeGreaterThan(500);
      // Li, toward the head: just above the middle of the view, where the camera looks
      const box = (await canvas.boundingBox())!;
      // a click on the abdomen beside the wedges does nothing: no region filter in the navel view
      // (one click: a second on the same region would take the filter off again)
      await click(box.x + box.width * 0.1, box.y + box.height * 0.85);
      await page.waitForTimeout(300);
      await expect(page.locator('.shown-count')).toHaveText('All 409 points');
      await expect(page).not.toHaveURL(/region=/);
      const offsets: number[] = [];
      for (let dy = 6; dy <= 160; dy += 6) offsets.push(dy);
      let opened = false;
      for (const dy of offsets) {
        await click(box.x + box.width / 2, box.y + box.height / 2 - dy);
        opened = await page
          .locator('article.navel-card')
          .waitFor({ timeout: 800 })
          .then(
            () => true,
            () => false,
          );
        if (opened) break;
      }
      expect(opened).toBe(true);
      const card = page.locator('article.navel-card');
      await expect(card).toContainText('Li');
      await expect(card).toContainText('heart');
      await expect(card).toContainText('CV8');
      await expect(card.locator('[data-caution-grade="contraindicated"]')).toHaveCount(1);
      await expect(page).toHaveURL(/trigram=li/);
      await waitForCamera(page);
      // the chosen direction in the theme's one accent; the clicks that missed the wedges filtered nothing
      expect(pixelsNear(await canvas.screenshot(), light.accent, 12)).toBeGreaterThan(300);
      await expect(page.locator('.shown-count')).toHaveText('All 409 points');
      await page.screenshot({ path: `${shotsDir}/navel-${size.width}-li.png`, fullPage: size.width < 700 });
      noErrors();
    });
  });

test('an electro-acupuncture pair chosen from a point card is drawn on the body with the cautions of the current', async ({ page }) => {
  const noErrors = watchConsole(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openAtlas(page, '?point=LI4');
  const section = page.locator('[data-electro-section]');
  await section.locator('summary').click();
  await expect(section).toContainText('Pacemaker or implanted device'.toLowerCase());
  await waitForCamera(page);
  const canvas = page.locator('.viewport canvas');
  const before = await canvas.screenshot();
  await section.locator('[data-electro-pair="li4-li11"]').click();
  const card = page.locator('article.electro-card');
  await expect(card).toContainText('LI4 – LI11');
  // a pacemaker, and the implants common after a spinal cord injury (a baclofen pump, stimulators)
  await expect(card.locator('[data-caution-kind="implanted-device"]')).toHaveCount(2);
  await expect(card).toContainText('baclofen pump');
  await expect(card).toContainText('cross the chest');
  await expect(page).toHaveURL(/ea=li4-li11/);
  await waitForCamera(page);
  await page.waitForTimeout(600);
  expect(changedPixels(before, await canvas.screenshot())).toBeGreaterThan(500);
  await page.screenshot({ path: `${shotsDir}/electro-li4-li11.png` });
  noErrors();
});
