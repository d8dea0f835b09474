import { expect, test } from '@playwright/test';
import { changedPixels, openAtlas, shotsDir, waitForCamera, watchConsole } from './helpers.ts';

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`the navel view at ${size.width}x${size.height}: a close-up of the umbilicus with its eight sectors; a click on a sector opens its card`, async ({
    page,
  }) => {
    test.setTimeout(150_000);
    const noErrors = watchConsole(page);
    await page.setViewportSize(size);
    await openAtlas(page);
    const canvas = page.locator('.viewport canvas');
    if (size.width < 700) await page.getByRole('button', { name: 'Navel view' }).scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: 'Navel view' }).click();
    await expect(page).toHaveURL(/navel=1/);
    await waitForCamera(page);
    await page.waitForTimeout(800);
    await canvas.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shotsDir}/navel-${size.width}.png` });
    // Li, toward the head: just above the middle of the view, where the camera looks
    const box = (await canvas.boundingBox())!;
    const offsets: number[] = [];
    for (let dy = 6; dy <= 160; dy += 6) offsets.push(dy);
    let opened = false;
    for (const dy of offsets) {
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 - dy);
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
    await page.screenshot({ path: `${shotsDir}/navel-${size.width}-li.png`, fullPage: size.width < 700 });
    noErrors();
  });
}

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
