import { expect, test } from '@playwright/test';
import { changedPixels, openAtlas, shotsDir, waitForCamera, watchConsole } from './helpers.ts';

test('choosing LI4 from the list frames it, draws its guide and opens its card', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  const canvas = page.locator('.viewport canvas');
  const before = await canvas.screenshot();
  await page.getByRole('navigation', { name: 'Points' }).getByRole('button', { name: /^LI4 / }).click();
  const card = page.getByRole('article');
  await expect(card.getByRole('heading', { level: 2 })).toContainText('LI4 Hégǔ');
  await expect(card.getByLabel('How to find it')).toContainText('Start at the knuckle of finger 2 (metacarpal head)');
  await expect(card.getByLabel('How to find it')).toContainText('of the way toward the base of the 1st metacarpal');
  await expect(page.getByTestId('live-region')).toHaveText('LI4 Hégǔ, Joining Valley (left) selected');
  await waitForCamera(page);
  expect(changedPixels(before, await canvas.screenshot())).toBeGreaterThan(50_000); // the camera moved in to the hand
  await page.screenshot({ path: `${shotsDir}/LI4-framed-with-guide.png` });
  await expect(page).toHaveURL(/point=LI4/);
  noErrors();
});

test('clicking a marker on the body opens its card', async ({ page }) => {
  await openAtlas(page, '?point=PC6');
  await expect(page.getByRole('article')).toContainText('PC6');
  await waitForCamera(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('article')).toHaveCount(0);
  // the camera still looks at PC6, so it sits in the middle of the view
  const box = (await page.locator('.viewport canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('.hover-label')).toContainText('PC6');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toContainText('PC6 Nèiguān');
  await page.screenshot({ path: `${shotsDir}/PC6-clicked.png` });
});

test('a channel can be walked with the keyboard alone', async ({ page }) => {
  await openAtlas(page);
  const list = page.getByRole('navigation', { name: 'Points' });
  await list.getByRole('button', { name: /^LU1 / }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toContainText('LU3');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('article')).toContainText('LU3');
  for (const code of ['LU4', 'LU5', 'LU6', 'LU7']) {
    await page.keyboard.press(']');
    await expect(page.getByTestId('live-region')).toContainText(`${code} `);
  }
  await page.keyboard.press('[');
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toContainText('LU6');
  await expect(list.getByRole('button', { name: /^LU6 / })).toHaveAttribute('aria-current', 'true');
});

test('a link to a point restores it: ?point=LI4 opens with LI4 selected and framed', async ({ page }) => {
  await openAtlas(page, '?point=LI4&body=female&paths=1');
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toContainText('LI4');
  await expect(page.getByLabel('Adult female')).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Paths', exact: true })).toBeChecked();
  await waitForCamera(page);
  await page.screenshot({ path: `${shotsDir}/deep-link-LI4-female.png` });
});

test('a link with a malformed value or an unknown key still opens what it can, and says what it ignored', async ({ page }) => {
  await openAtlas(page, '?point=LI4&channel=XX&view=sideways&colour=red&who=1');
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toContainText('LI4');
  await expect(page.getByRole('checkbox', { name: 'WHO lines (MS1–MS14)' })).toBeChecked();
  const notice = page.locator('[data-link-notice]');
  await expect(notice).toContainText('"view" had a value the atlas does not know');
  await expect(notice).toContainText('"channel" had a value the atlas does not know');
  await expect(notice).toContainText('"colour" is not a setting of the atlas');
  // the link written back holds only what was applied
  await expect.poll(() => new URL(page.url()).search).toBe('?point=LI4&who=1');
  await notice.getByRole('button', { name: 'OK' }).click();
  await expect(notice).toHaveCount(0);
});

test('cards show cautions with their grade, strongest first: LI4 in pregnancy, the motor area with electrostimulation, the ear apex', async ({ page }) => {
  await openAtlas(page, '?point=LI4');
  const cautions = page.getByRole('article').getByRole('region', { name: 'Cautions' });
  await expect(cautions.locator('p').first()).toContainText('Contraindicated — pregnancy, needling: Classical texts forbid');
  await page.screenshot({ path: `${shotsDir}/LI4-cautions.png` });
  await openAtlas(page, '?jiao=1&zone=motor&view=scalp-side');
  const zone = page.getByRole('article').getByRole('region', { name: 'Cautions' });
  await expect(zone).toContainText('Contraindicated — pacemaker or implanted device, electro-acupuncture');
  await expect(zone).toContainText('fontanelles');
  await page.screenshot({ path: `${shotsDir}/motor-area-cautions.png` });
  await openAtlas(page, '?ear=1&earpoint=HX6,7i');
  const ear = page.getByRole('article').getByRole('region', { name: 'Cautions' });
  await expect(ear).toContainText('Caution — bleeding disorders and anticoagulants, bloodletting');
  await expect(ear).toContainText('perichondritis');
});
