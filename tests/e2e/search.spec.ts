import { expect, test } from '@playwright/test';
import { changedPixels, openAtlas, shotsDir, waitForCamera, watchConsole } from './helpers.ts';

test('typing a condition lists the points used for it and lights them up on the body', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  const canvas = page.locator('.viewport canvas');
  const before = await canvas.screenshot();
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('migraine');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('button').first()).toBeVisible();
  const codes = await results.locator('[data-result^="point:"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-result')));
  expect(codes).toContain('point:GB20');
  await waitForCamera(page);
  expect(changedPixels(before, await canvas.screenshot())).toBeGreaterThan(5000);
  await page.screenshot({ path: `${shotsDir}/search-migraine.png` });
  await expect(page).toHaveURL(/q=migraine/);
  await results.locator('[data-result="point:GB20"]').click();
  await expect(page.getByRole('article')).toContainText('GB20');
  noErrors();
});

test('?q= opens with the query; codes with aliases and odd input answer without errors', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page, '?q=UB23');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.locator('[data-result]').first()).toHaveAttribute('data-result', 'point:BL23');
  const box = page.getByRole('searchbox', { name: 'Search' });
  for (const q of ['.*+?^${}()|[]\\', '💉 ألم الظهر', 'x'.repeat(10_240), 'points on the forearm']) {
    await box.fill(q);
    await expect(results).toBeVisible();
  }
  await expect(results.locator('[data-result="point:PC6"]')).toBeVisible();
  noErrors();
});

test('the search reaches the ear: a condition lights ear points on the chart, an ear result opens the ear view, a protocol lights up', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page, '?ear=1');
  const panel = page.getByRole('region', { name: 'Ear map' });
  await expect(panel).toHaveAttribute('data-ear-ready', 'true');
  await page.getByRole('searchbox', { name: 'Search' }).fill('smoking cessation');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.locator('[data-result="ear:CO14"]')).toBeVisible();
  // found ear points are lit on the chart, the rest step back
  await expect(panel.locator('[data-ear-view="right"] [data-ear-point="CO14"].lit')).toBeAttached();
  await expect(panel.locator('[data-ear-view="right"] .ear-point.dim').first()).toBeAttached();
  await page.screenshot({ path: `${shotsDir}/search-ear-smoking.png` });
  await page.getByRole('searchbox', { name: 'Search' }).fill('shen men');
  await results.locator('[data-result="ear:TF4"]').click();
  await expect(page.locator('[data-ear-card="TF4"]')).toContainText('Shenmen');
  await page.getByRole('searchbox', { name: 'Search' }).fill('NADA');
  await results.locator('[data-result="protocol:nada"]').click();
  await expect(panel.locator('[data-ear-view="left"] .ear-point.lit')).toHaveCount(5);
  noErrors();
});

test('scalp zones found by the search light up on the head', async ({ page }) => {
  await openAtlas(page);
  const canvas = page.locator('.viewport canvas');
  await page.getByRole('checkbox', { name: 'Points', exact: true }).uncheck();
  await page.getByRole('searchbox', { name: 'Search' }).fill('motor area');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.locator('[data-result="scalp:motor"]')).toBeVisible();
  await waitForCamera(page);
  const lit = await canvas.screenshot();
  await page.screenshot({ path: `${shotsDir}/search-scalp-motor.png` });
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.goto('/?view=scalp-top');
  await page.getByRole('checkbox', { name: 'Points', exact: true }).uncheck();
  await waitForCamera(page);
  // the same view without the search shows no zones: the lit bands made the difference
  expect(changedPixels(lit, await canvas.screenshot())).toBeGreaterThan(500);
});

test('clearing the search lets go of everything it lit: the body shows all points again, the ear chart nothing lit', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page, '?ear=1');
  const count = page.locator('.shown-count');
  await expect(count).toHaveText('All 409 points');
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('smoking cessation');
  const panel = page.getByRole('region', { name: 'Ear map' });
  await expect(panel.locator('[data-ear-view="right"] .ear-point.lit').first()).toBeAttached();
  await expect(count).toHaveText(/^\d+ of 409 points$/);
  await box.fill('');
  await expect(count).toHaveText('All 409 points');
  await expect(panel.locator('.ear-point.lit, .ear-point.dim')).toHaveCount(0);
  await expect(page).not.toHaveURL(/q=/);
  noErrors();
});

test('the keyboard from the search box: Enter opens the first result, ArrowDown goes into the list, Escape gives focus back', async ({ page }) => {
  await openAtlas(page);
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('LI4');
  await expect(page.locator('[data-result="point:LI4"]')).toBeVisible();
  await box.press('Enter');
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toContainText('LI4');
  await box.fill('headache');
  await expect(page.locator('[data-result]').first()).toBeVisible();
  await box.press('ArrowDown');
  await expect(page.locator('[data-result]').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('[data-result]').nth(1)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('article')).toHaveCount(0);
  // the card is closed and focus is somewhere a keyboard user can go on from, not lost to the page
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
});

test('results say how many there are, under each heading and in all, and all of them can be listed', async ({ page }) => {
  await openAtlas(page, '?q=pain');
  const heading = page.getByRole('heading', { name: /^Results/ });
  await expect(heading).toBeVisible();
  const count = (text: string | null) => Number(text?.match(/\((\d+)\)/)?.[1]);
  const total = count(await heading.textContent());
  expect(total).toBeGreaterThan(60);
  // each heading counts all of its results and lists its first 20; the counts add up to the total
  const groups = page.locator('[data-result-group]');
  const perGroup = await Promise.all((await groups.all()).map(async (g) => count(await g.getByRole('heading').textContent())));
  expect(perGroup.reduce((a, b) => a + b, 0)).toBe(total);
  const body = page.getByRole('region', { name: /^Body points/ });
  const bodyCount = count(await body.getByRole('heading').textContent());
  expect(bodyCount).toBeGreaterThan(20);
  await expect(body.locator('[data-result]')).toHaveCount(20);
  await page.getByRole('button', { name: `Show all ${bodyCount} body points` }).click();
  await expect(body.locator('[data-result]')).toHaveCount(bodyCount);
  // the other headings still show their first 20 until asked
  for (const [i, n] of perGroup.entries()) {
    if (i === 0) continue;
    const group = groups.nth(i);
    await expect(group.locator('[data-result]')).toHaveCount(Math.min(n, 20));
    if (n > 20) await group.getByRole('button', { name: /^Show all/ }).click();
    await expect(group.locator('[data-result]')).toHaveCount(n);
  }
  await expect(page.locator('[data-result]')).toHaveCount(total);
});

test('search as people type it: pinyin in syllables, a channel name with a number, a condition in Chinese, results under headings', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  const box = page.getByRole('searchbox', { name: 'Search' });
  const results = page.getByRole('region', { name: 'Search results' });
  const headings = results.locator('[data-result-group] h3');
  await box.pressSequentially('zu san li');
  await expect(results.locator('[data-result]').first()).toHaveAttribute('data-result', 'point:ST36');
  await expect(headings.first()).toHaveText(/^Body points \(\d+\)$/);
  await page.screenshot({ path: `${shotsDir}/search-zu-san-li.png` });
  await box.fill('');
  await box.pressSequentially('Stomach 36');
  await expect(results.locator('[data-result]')).toHaveCount(1);
  await expect(headings).toHaveText(['Body points (1)']);
  await box.press('Enter');
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toContainText('ST36');
  await box.fill('失眠');
  await expect(results.locator('[data-result="point:HT7"]')).toBeVisible();
  // body points first, then the other systems, protocols and the atlas's point set for insomnia, each heading with its real count
  await expect(headings).toHaveText([
    /^Body points \(\d+\)$/,
    /^Scalp lines and areas \(\d+\)$/,
    /^Ear points \(\d+\)$/,
    /^Protocols \(\d+\)$/,
    /^Sets \(1\)$/,
    /^Conditions \(1\)$/,
  ]);
  await expect(results.getByRole('region', { name: /^Sets/ }).locator('[data-result="set:insomnia"]')).toBeVisible();
  await expect(results.getByRole('region', { name: /^Body points/ }).locator('[data-result="point:HT7"]')).toBeVisible();
  await expect(results.getByRole('region', { name: /^Ear points/ }).locator('[data-result="ear:TF4"]')).toBeVisible();
  await expect(results.getByRole('region', { name: /^Conditions/ }).locator('[data-result="condition:insomnia"]')).toBeVisible();
  await page.screenshot({ path: `${shotsDir}/search-shimian.png` });
  noErrors();
});

test('results and the points list mark the points that carry a caution, with their grade in words', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page, '?q=labour');
  const results = page.getByRole('region', { name: 'Search results' });
  // a labour search lists points with pregnancy cautions: each carries the mark, and its words name the grade
  const sp6 = results.locator('[data-result="point:SP6"]');
  await expect(sp6.locator('[data-caution-mark]')).toBeVisible();
  await expect(sp6).toContainText(/caution: .*pregnancy/);
  const li4 = results.locator('[data-result="point:LI4"]');
  await expect(li4.locator('[data-caution-mark="contraindicated"]')).toBeVisible();
  await expect(li4).toContainText('contraindicated: pregnancy');
  await page.screenshot({ path: `${shotsDir}/search-caution-marks.png` });
  // the channel list marks them too; a point without a warning has no mark
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await expect(page.locator('button[data-code="LI4"] [data-caution-mark="contraindicated"]')).toBeAttached();
  await expect(page.locator('button[data-code="LU7"] [data-caution-mark]')).toHaveCount(0);
  noErrors();
});
