import { expect, test } from '@playwright/test';
import { changedPixels, drawnFraction, openAtlas, shotsDir, waitForCamera, watchConsole } from './helpers.ts';

// Where each channel is best seen: the screenshots to look at when checking locations.
const channelViews: [string, string[]][] = [
  ['LU', ['anterior']],
  ['LI', ['anterior', 'left']],
  ['ST', ['anterior', 'head']],
  ['SP', ['anterior', 'right']],
  ['HT', ['anterior']],
  ['SI', ['posterior']],
  ['BL', ['posterior', 'left']],
  ['KI', ['anterior', 'right']],
  ['PC', ['anterior']],
  ['TE', ['posterior', 'left']],
  ['GB', ['left', 'head']],
  ['LR', ['anterior', 'right']],
  ['CV', ['anterior']],
  ['GV', ['posterior', 'top']],
  ['EX', ['anterior', 'posterior', 'head']],
];

test('every channel drawn on the body, with code labels, from the views where it lies', async ({ page }) => {
  test.setTimeout(240_000);
  const noErrors = watchConsole(page);
  await openAtlas(page, '?labels=1');
  const all = await drawnFraction(page);
  for (const [channel, views] of channelViews) {
    await page.getByRole('combobox', { name: 'Channel' }).selectOption(channel);
    await expect(page.getByTestId('live-region')).toHaveText(`${channel} channel shown`);
    for (const view of views) {
      await page.locator(`[data-preset="${view}"]`).click();
      await waitForCamera(page);
      await page.screenshot({ path: `${shotsDir}/channel-${channel}-${view}.png` });
    }
  }
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('');
  await page.locator('[data-preset="anterior"]').click();
  await waitForCamera(page);
  expect(Math.abs((await drawnFraction(page)) - all)).toBeLessThan(0.02);
  noErrors();
});

test('the markers are one draw call and thin out to one channel', async ({ page }) => {
  await openAtlas(page);
  const calls = async () => Number(await page.locator('.viewport canvas').getAttribute('data-draw-calls'));
  await page.getByRole('checkbox', { name: 'Labels', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Landmarks', exact: true }).check();
  await waitForCamera(page);
  const everything = await calls();
  expect(everything).toBeLessThanOrEqual(25); // the budget: every point, landmark and label shown
  await page.getByRole('checkbox', { name: 'Labels', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: 'Landmarks', exact: true }).uncheck();
  await waitForCamera(page);
  const bodyAndMarkers = await calls();
  const canvas = page.locator('.viewport canvas');
  const withAll = await canvas.screenshot();
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('HT');
  await waitForCamera(page);
  const heartOnly = await canvas.screenshot();
  // hundreds of markers vanish; the heart channel's few stay
  expect(changedPixels(withAll, heartOnly)).toBeGreaterThan(1500);
  await page.getByRole('checkbox', { name: 'Points', exact: true }).uncheck();
  await waitForCamera(page);
  const none = await canvas.screenshot();
  expect(changedPixels(heartOnly, none)).toBeGreaterThan(20);
  expect(changedPixels(heartOnly, none)).toBeLessThan(changedPixels(withAll, heartOnly));
  expect(await calls()).toBe(bodyAndMarkers - 1); // all 834 markers were one draw call
});

test('a link restores body, view, channel and labels', async ({ page }) => {
  await openAtlas(page, '?body=female&view=posterior&channel=BL&labels=1');
  await expect(page.getByLabel('Adult female')).toBeChecked();
  await expect(page.locator('[data-preset="posterior"]')).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('combobox', { name: 'Channel' })).toHaveValue('BL');
  await expect(page.getByLabel('Labels')).toBeChecked();
  await waitForCamera(page);
  await page.screenshot({ path: `${shotsDir}/deep-link-female-BL-posterior.png` });
  await page.getByRole('combobox', { name: 'Channel' }).selectOption('GV');
  await expect(page).toHaveURL(/channel=GV/);
  await expect(page).toHaveURL(/body=female/);
  // nonsense in the URL is ignored, not fatal
  await openAtlas(page, '?body=robot&view=sideways&channel=XX');
  await expect(page.getByLabel('Adult male')).toBeChecked();
});

test('filters by category and region, with extra points on and off', async ({ page }) => {
  await openAtlas(page, '?view=posterior');
  const list = page.getByRole('navigation', { name: 'Points' });
  await page.getByRole('combobox', { name: 'Category' }).selectOption('back-shu');
  await expect(list.getByRole('button', { name: /^BL23 / })).toBeVisible();
  await expect(list.getByRole('button', { name: /^LI4 / })).toHaveCount(0);
  await waitForCamera(page);
  await page.screenshot({ path: `${shotsDir}/filter-back-shu-posterior.png` });
  await page.getByRole('combobox', { name: 'Category' }).selectOption('');
  await page.getByRole('combobox', { name: 'Region' }).selectOption('forearm');
  await expect(list.getByRole('button', { name: /^PC6 / })).toBeVisible();
  await expect(list.getByRole('button', { name: /^ST36 / })).toHaveCount(0);
  await expect(page).toHaveURL(/region=forearm/);
  await page.getByRole('combobox', { name: 'Region' }).selectOption('');
  await page.getByRole('checkbox', { name: 'Extra points', exact: true }).uncheck();
  await expect(list.getByRole('button', { name: /^EX-HN3 / })).toHaveCount(0);
  await expect(list.getByRole('button', { name: /^GV20 / })).toBeVisible();
});

test('clicking a region of the body lists its points', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('checkbox', { name: 'Points', exact: true }).uncheck();
  const box = (await page.locator('.viewport canvas').boundingBox())!;
  // the front view frames the whole body (92 % of the canvas's height): the belly is a little above the middle
  await page.mouse.click(box.x + box.width / 2 + 8, box.y + box.height * 0.43);
  await expect(page.getByRole('combobox', { name: 'Region' })).toHaveValue('abdomen');
  await expect(page.getByTestId('live-region')).toHaveText('Points of the abdomen shown');
  const list = page.getByRole('navigation', { name: 'Points' });
  await expect(list.getByRole('button', { name: /^CV12 / })).toBeVisible();
  await expect(list.getByRole('button', { name: /^LI4 / })).toHaveCount(0);
});
