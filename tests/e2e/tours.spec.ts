// Tours and presentation mode as a teacher uses them: a tour of three steps built from the atlas
// (a point, an ear protocol, a point from the Hands view), reordered and renamed, played in
// presentation mode with a clicker's keys (PageDown, ArrowLeft, B to blank, Escape), exported to a
// file and imported back, kept across a reload; a built-in tour played; a tour shared as a link and
// opened; presentation mode from a link. Screenshots of presentation mode at 1024x768 and 1920x1080.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, shotsDir, watchConsole } from './helpers.ts';

const openTours = async (page: Page) => {
  await page.locator('[data-panel-tab="study"]').click();
  // the Study tab holds the quiz, the flashcards and the tours: choose this one
  await page.getByRole('tab', { name: 'Tours' }).click();
  await expect(page.getByRole('heading', { name: 'Tours', level: 2 })).toBeVisible();
};

/** Opens a search hit (a point, a protocol) and comes back to the Tours tab. */
async function show(page: Page, query: string, result: string) {
  await page.getByRole('searchbox', { name: 'Search' }).fill(query);
  await page.locator(`[data-result="${result}"]`).first().click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await openTours(page);
}

async function addStep(page: Page, showing: RegExp, caption: string) {
  await expect(page.locator('[data-tour-showing]')).toHaveText(showing);
  await page.locator('[data-tour-caption]').fill(caption);
  await page.locator('[data-tour-add]').click();
}

const stepLabels = (page: Page) => page.locator('[data-tour-step] .tour-step-head strong').allInnerTexts();
const caption = (page: Page) => page.locator('[data-present-caption]');

/** The most opaque dot of the laser pointer's trail. */
const trailOpacity = (page: Page) => page.locator('.laser-trail').evaluateAll((dots) => Math.max(...dots.map((d) => Number(getComputedStyle(d).opacity))));

/** axe's serious and critical violations on the page, by rule and element. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} on ${v.nodes[0]?.target.join(' ')}`);
}

test('a tour of three steps is built, played with the clicker keys in presentation mode, exported, imported back and kept across a reload', async ({
  page,
}) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  await openTours(page);
  await page.locator('[data-new-tour]').click();
  const name = page.locator('[data-tour-name]');
  await name.fill('Wrist and ear');
  await name.press('Enter');
  await expect(page.locator('[data-my-tour]')).toHaveText(/Wrist and ear \(0 steps\)/);

  await show(page, 'LU9', 'point:LU9');
  await addStep(page, /LU9/, 'The pulse point at the wrist crease');
  await show(page, 'LU7', 'point:LU7');
  // the camera of this step: the Hands view
  await page.locator('[data-preset="hands"]').click();
  await addStep(page, /LU7/, 'Above the wrist, between two tendons');
  await expect(page.locator('[data-tour-step="2"]')).toContainText('(hands)');
  await show(page, 'NADA', 'protocol:nada');
  await addStep(page, /NADA/, 'Five ear points for withdrawal');
  await expect(page.locator('[data-tour-step="3"]')).toContainText('(on the ear map)');
  // reorder: the last step up one place
  await page.getByRole('button', { name: 'Move step 3 up' }).click();
  expect((await stepLabels(page)).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1. LU9', '2. NADA', '3. LU7']);

  await page.screenshot({ path: `${shotsDir}/tours-panel-1280.png` });
  // play on a projector's 1024x768, where the panel is a drawer
  await page.setViewportSize({ width: 1024, height: 768 });
  // the list is a drawer there, closed on arriving in that layout
  const drawer = page.getByRole('button', { name: 'Points list' });
  await expect(drawer).toHaveAttribute('aria-expanded', 'false');
  await drawer.click();
  await page.locator('[data-tour-play]').click();
  await expect(page.locator('.app.presenting')).toBeVisible();
  await expect(page.locator('.masthead')).toBeHidden();
  await expect(page.locator('#points-panel')).toBeHidden();
  await expect(caption(page)).toContainText('Step 1 of 3 · Wrist and ear');
  await expect(caption(page)).toContainText('The pulse point at the wrist crease');
  await expect(page).toHaveURL(/present=1/);
  await expect(page).toHaveURL(/point=LU9/);
  // the stage has the screen to itself
  const stage = await page.locator('#stage-view').boundingBox();
  expect(stage?.width).toBe(1024);
  expect(stage?.height).toBe(768);
  // large type, and nothing of the caption cut off
  const type = await caption(page).evaluate((bar) => {
    const main = bar.querySelector('.present-main');
    const rect = bar.getBoundingClientRect();
    return { px: main ? parseFloat(getComputedStyle(main).fontSize) : 0, bottom: rect.bottom, right: rect.right, clipped: bar.scrollWidth > bar.clientWidth };
  });
  expect(type.px).toBeGreaterThanOrEqual(28);
  expect(type).toMatchObject({ bottom: 768, right: 1024, clipped: false });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${shotsDir}/present-1024x768.png` });

  await page.keyboard.press('PageDown');
  await expect(caption(page)).toContainText('Step 2 of 3');
  await expect(page).toHaveURL(/protocol=nada/);
  await page.waitForTimeout(1000);
  await page.screenshot({ path: `${shotsDir}/present-ear-1024x768.png` });
  await page.keyboard.press('ArrowLeft');
  await expect(caption(page)).toContainText('Step 1 of 3');
  await page.keyboard.press('Space');
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toContainText('Step 3 of 3');
  await expect(page).toHaveURL(/point=LU7/);
  await expect(page).toHaveURL(/view=hands/);
  // past the last step: it stays
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toContainText('Step 3 of 3');

  // blank, and back
  await page.keyboard.press('b');
  await expect(page.locator('[data-present-blank]')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-present-blank]')).toBeHidden();
  await expect(page.locator('.app.presenting')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.locator('[data-present-blank]')).toBeVisible();
  await page.keyboard.press('.');
  await expect(page.locator('[data-present-blank]')).toBeHidden();
  // Escape leaves presentation mode
  await page.keyboard.press('Escape');
  await expect(page.locator('.app.presenting')).toHaveCount(0);
  await expect(page.locator('.masthead')).toBeVisible();
  await expect(page).not.toHaveURL(/present=1/);
  await page.setViewportSize({ width: 1280, height: 800 });

  // export, delete, import back
  await openTours(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export tours' }).click()]);
  expect(download.suggestedFilename()).toBe('acupoint-atlas-tours.json');
  const file = test.info().outputPath('tours.json');
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { format: string; tours: { name: string; steps: { item: { id: string } }[] }[] };
  expect(saved.format).toBe('acupoint-atlas-tours');
  expect(saved.tours[0]?.steps.map((s) => s.item.id)).toEqual(['LU9', 'nada', 'LU7']);
  await page.getByRole('button', { name: 'Delete tour' }).click();
  await expect(page.locator('[data-my-tour]')).toHaveCount(0);
  const input = page.locator('[data-import-tours]');
  // a bad file: its problem is named by tour, step and field, and nothing is imported
  const bad = structuredClone(saved);
  bad.tours[0]!.steps[2]!.item.id = 'LU99';
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.locator('[data-tour-import-errors]')).toContainText(
    'tour 1 ("Wrist and ear"), step 3: item.id: there is no body point "LU99" in the atlas',
  );
  await expect(page.locator('[data-my-tour]')).toHaveCount(0);
  await input.setInputFiles(file);
  await expect(page.locator('[data-my-tour]')).toHaveText(/Wrist and ear \(3 steps\)/);

  // kept on the device
  await page.reload();
  await expect(page.locator('[data-scene-ready="true"]')).toBeVisible({ timeout: 60_000 });
  await openTours(page);
  await expect(page.locator('[data-my-tour]')).toHaveText(/Wrist and ear \(3 steps\)/);
  noErrors();
});

test('a built-in tour plays in presentation mode at 1920x1080, with the laser pointer over the stage', async ({ page }) => {
  const noErrors = watchConsole(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openAtlas(page);
  await openTours(page);
  await expect(page.locator('[data-atlas-tour]')).toHaveCount(4);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Play The Lung channel, end to end' }).click();
  await expect(caption(page)).toContainText('Step 1 of 12 · The Lung channel, end to end');
  // presentation mode passes axe too, contrast included
  expect(await seriousViolations(page)).toEqual([]);
  await expect(page).toHaveURL(/channel=LU/);
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toContainText('Step 2 of 12');
  await expect(caption(page)).toContainText('LU1 Zhongfu');
  await expect(page).toHaveURL(/point=LU1\b/);
  // the laser: a dot where the pointer is
  await page.mouse.move(900, 400);
  await page.mouse.move(960, 420, { steps: 5 });
  const dot = page.locator('[data-laser]');
  await expect(dot).toHaveCSS('opacity', '1');
  const box = await dot.boundingBox();
  expect(Math.abs((box?.x ?? 0) + (box?.width ?? 0) / 2 - 960)).toBeLessThan(3);
  // and a fading trail behind it
  await expect.poll(() => trailOpacity(page)).toBeGreaterThan(0.1);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${shotsDir}/present-1920x1080.png` });
  await page.getByRole('button', { name: 'Leave' }).click();
  await expect(page.locator('.app.presenting')).toHaveCount(0);
  noErrors();
});

test('a tour shared as a link is offered and plays; a link with present=1 opens presentation mode', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  await openTours(page);
  await page.getByRole('button', { name: 'Copy The NADA ear protocol to your tours' }).click();
  await expect(page.locator('[data-my-tour]')).toHaveText(/The NADA ear protocol \(6 steps\)/);
  await page.getByRole('button', { name: 'Share as a link' }).click();
  const link = await page.locator('[data-tour-link]').inputValue();
  expect(link).toContain('tour=');

  const other = await page.context().newPage();
  await openAtlas(other, link.slice(link.indexOf('?')));
  const offer = other.locator('[data-shared-tour]');
  await expect(offer).toContainText('The NADA ear protocol (6 steps)');
  await offer.getByRole('button', { name: 'Play it' }).click();
  await expect(other.locator('[data-present-caption]')).toContainText('Step 1 of 6 · The NADA ear protocol');
  await other.keyboard.press('PageDown');
  await expect(other.locator('[data-present-caption]')).toContainText('Sympathetic (AH6a)');
  await other.close();

  // with reduced motion the laser is the dot alone, without a trail
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openAtlas(page, '?present=1&point=LI4');
  await expect(page.locator('.app.presenting')).toBeVisible();
  await expect(caption(page)).toContainText('LI4');
  await page.mouse.move(500, 300);
  await page.mouse.move(560, 330, { steps: 5 });
  await expect(page.locator('[data-laser]')).toHaveCSS('opacity', '1');
  expect(await trailOpacity(page)).toBe(0);
  // without a tour, the next key goes along the channel
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toContainText('LI5');
  await page.keyboard.press('Escape');
  await openTours(page);
  await page.locator('[data-present-button]').click();
  await expect(page.locator('.app.presenting')).toBeVisible();
  noErrors();
});

test("the step of a tour played is in the link: a reload keeps presentation mode and the step, and the browser's back and forward move between steps", async ({
  page,
}) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  await openTours(page);
  await page.getByRole('button', { name: 'Play The Lung channel, end to end' }).click();
  await expect(caption(page)).toContainText('Step 1 of 12');
  await expect(page).toHaveURL(/play=lung-channel&step=1\b/);
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toContainText('Step 3 of 12');
  await expect(page).toHaveURL(/play=lung-channel&step=3\b/);
  await page.reload();
  await expect(page.locator('[data-scene-ready="true"]')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.app.presenting')).toBeVisible();
  await expect(caption(page)).toContainText('Step 3 of 12');
  await expect(caption(page)).toContainText('LU2');
  await page.goBack();
  await expect(caption(page)).toContainText('Step 2 of 12');
  await expect(page).toHaveURL(/step=2\b/);
  await page.goForward();
  await expect(caption(page)).toContainText('Step 3 of 12');
  // a bad step is ignored and said, the tour shown from its start
  await openAtlas(page, '?present=1&play=lung-channel&step=x');
  await expect(caption(page)).toContainText('Step 1 of 12');
  await page.keyboard.press('Escape');
  await expect(page.getByText('"step" had a value the atlas does not know')).toBeVisible();
  noErrors();
});
