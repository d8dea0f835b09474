import { expect, test } from '@playwright/test';
import { changedPixels, openAtlas, shotsDir, waitForCamera, watchConsole } from './helpers.ts';

test('the ear map: the chart of both ears and the back, every standard point, a card on click', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 1100 });
  const noErrors = watchConsole(page);
  await openAtlas(page);
  await expect(page.getByRole('list', { name: 'Channel colours' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Scalp acupuncture' })).toBeVisible();
  await page.getByRole('button', { name: 'Ear map' }).click();
  const panel = page.getByRole('region', { name: 'Ear map' });
  await expect(panel).toHaveAttribute('data-ear-ready', 'true');
  // the ear has the stage to itself: the body's legend and the scalp's controls step aside
  await expect(page.getByRole('list', { name: 'Channel colours' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Scalp acupuncture' })).toHaveCount(0);
  // 93 standard points on the right ear's chart (front and back), the same on the left
  const right = panel.locator('[data-ear-view="right"] [data-ear-point]');
  const back = panel.locator('[data-ear-view="back"] [data-ear-point]');
  expect((await right.count()) + (await back.count())).toBe(93);
  await expect(panel.locator('[data-ear-view="right"] [data-zone]')).toHaveCount(71);
  await expect(page.getByRole('navigation', { name: 'Ear points' }).getByRole('button')).toHaveCount(93);
  await page.screenshot({ path: `${shotsDir}/ear-chart.png` });
  await panel.locator('[data-ear-view="right"]').screenshot({ path: `${shotsDir}/ear-chart-right.png` });
  await page.getByRole('checkbox', { name: 'Point codes' }).check();
  await expect(panel.locator('[data-ear-view="right"] .ear-point-code')).toHaveCount(await right.count());
  await panel.locator('[data-ear-view="right"]').screenshot({ path: `${shotsDir}/ear-chart-right-codes.png` });
  await page.getByRole('checkbox', { name: 'Point codes' }).uncheck();
  // click Shenmen on the chart: the card names it, its zone and its protocols
  await panel.locator('[data-ear-view="right"] [data-ear-point="TF4"]').click();
  const card = page.locator('[data-ear-card="TF4"]');
  await expect(card).toContainText('Shenmen');
  await expect(card).toContainText('TF4');
  await expect(card).toContainText('NADA');
  await expect(page.getByTestId('live-region')).toContainText('TF4');
  await expect(page).toHaveURL(/earpoint=TF4/);
  // keyboard: the list walks the points
  await page.getByRole('navigation', { name: 'Ear points' }).getByRole('button').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-ear-card="HX2"]')).toBeVisible();
  noErrors();
});

test('a protocol lights its points on both ears; the European map can be compared', async ({ page }) => {
  await openAtlas(page, '?ear=1');
  const panel = page.getByRole('region', { name: 'Ear map' });
  await expect(panel).toHaveAttribute('data-ear-ready', 'true');
  await page.getByRole('combobox', { name: 'Protocol' }).selectOption('nada');
  await expect(page.locator('[data-protocol="nada"]')).toContainText('Shenmen');
  for (const ear of ['left', 'right']) {
    const lit = panel.locator(`[data-ear-view="${ear}"] .ear-point.lit`);
    await expect(lit).toHaveCount(5);
  }
  await expect(page).toHaveURL(/protocol=nada/);
  await page.screenshot({ path: `${shotsDir}/ear-nada.png` });
  await page.getByRole('radio', { name: 'Compare both' }).check();
  const eu = panel.locator('[data-ear-view="right"] .ear-point.eu');
  expect(await eu.count()).toBeGreaterThan(10);
  await expect(panel.locator('[data-ear-view="right"] .ear-concept-line').first()).toBeAttached();
  await page.getByRole('combobox', { name: 'Protocol' }).selectOption('');
  await page.screenshot({ path: `${shotsDir}/ear-compare.png` });
  await panel.locator('[data-ear-view="right"] [data-ear-point="nogier-knee"]').click();
  await expect(page.locator('[data-ear-card="nogier-knee"]')).toContainText('Chinese standard location');
  await expect(page.locator('[data-ear-card="nogier-knee"]')).toContainText('AH4');
});

test('the 3D ear: a relief with the zones coloured; clicking the ear on the body opens the ear view', async ({ page }) => {
  await openAtlas(page, '?view=head');
  // the head view (framed to the head's box) shows the subject's left ear to the right of the face (see screenshots/ear-body-click.png)
  await page.getByRole('checkbox', { name: 'Points', exact: true }).uncheck();
  await waitForCamera(page);
  await page.screenshot({ path: `${shotsDir}/ear-body-click.png` });
  const box = (await page.locator('.viewport canvas').boundingBox())!;
  for (const [fx, fy] of [
    [0.72, 0.55],
    [0.725, 0.53],
    [0.715, 0.56],
    [0.73, 0.54],
  ] as const) {
    await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
    // the ear map loads on first use: wait for it before trying the next spot (which it would cover)
    const opened = await expect(page.getByRole('region', { name: 'Ear map' }))
      .toBeVisible({ timeout: 3000 })
      .then(
        () => true,
        () => false,
      );
    if (opened) break;
  }
  await expect(page.getByRole('region', { name: 'Ear map' }), 'a click on the ear of the body opens the ear map').toBeVisible();
  await expect(page.getByTestId('live-region')).toContainText('Ear map opened');
  const panel = page.getByRole('region', { name: 'Ear map' });
  await expect(panel).toHaveAttribute('data-ear-ready', 'true');
  await page.getByRole('button', { name: '3D ear' }).click();
  const relief = panel.locator('canvas');
  await expect(relief).toBeVisible();
  await page.waitForTimeout(1500);
  const first = await relief.screenshot();
  await page.getByRole('combobox', { name: 'Protocol' }).selectOption('nada');
  await page.waitForTimeout(800);
  expect(changedPixels(first, await relief.screenshot())).toBeGreaterThan(30);
  await page.screenshot({ path: `${shotsDir}/ear-3d.png` });
});

test('on a phone the ear charts name the points of a protocol apart, in text at least 10 px tall', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openAtlas(page, '?ear=1');
  const panel = page.getByRole('region', { name: 'Ear map' });
  await expect(panel).toHaveAttribute('data-ear-ready', 'true');
  await panel.getByRole('combobox', { name: 'Protocol' }).selectOption('nada');
  const labels = panel.locator('.ear-point-label');
  await expect(labels.first()).toBeVisible();
  await page.screenshot({ path: `${shotsDir}/ear-phone-nada.png`, fullPage: true });
  const boxes = await labels.evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width, h: r.height, text: e.textContent, view: e.closest('svg')?.dataset.earView };
    }),
  );
  for (const b of boxes) expect(b.h).toBeGreaterThanOrEqual(10);
  // no two names drawn over each other (as the browser measured them)
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h, JSON.stringify([a, b])).toBe(false);
});
