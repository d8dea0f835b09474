// Flashcards with spaced repetition, as a student uses them: a session of the Lung channel rated
// with the keys and the buttons, both directions (a name to find on the body; a point lit without
// its name, to name), the progress kept across a reload, exported to a file, cleared, imported back
// (and a bad file explained). Screenshots of a session at 1280x800, 1024x768 and 390x844.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, shotsDir, waitForCamera, watchConsole } from './helpers.ts';

const storageKey = 'acupoint-atlas:flashcards';

async function openFlashcards(page: Page): Promise<void> {
  await page.locator('[data-panel-tab="study"]').click();
  // the Study tab holds the quiz, the flashcards and the tours: choose this one
  await page.getByRole('tab', { name: 'Flashcards' }).click();
  await expect(page.locator('[data-flashcards]')).toBeVisible();
  await expect(page.locator('.flashcard-plan')).not.toHaveText('Loading the deck…');
}

const count = (page: Page, what: string) => page.locator(`[data-flashcard-progress] [data-count="${what}"] dd`);
const shown = (page: Page) => page.locator('[data-flashcard]');

test('a session is rated with keys and buttons, survives a reload, and is exported and imported', async ({ page }, info) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  await openFlashcards(page);
  // the Lung channel, both directions: 22 new cards, 10 of them today
  await expect(count(page, 'new')).toHaveText('22');
  await expect(page.locator('.flashcard-plan')).toHaveText('0 due and 10 new cards to study.');
  await page.locator('[data-flashcards-start]').click();

  // 1. LU1, name → location: the front names it; Show (clicked) selects it and opens its card
  await expect(shown(page)).toHaveAttribute('data-flashcard', 'points:LU1:name-to-location');
  await expect(page.locator('.flashcard-name')).toContainText('LU1');
  await page.locator('[data-flashcard-show]').click();
  await expect(page.locator('#point-title')).toContainText('LU1');
  await expect(page.locator('[data-rating="easy"]')).toContainText(/\d+ d/);
  await page.keyboard.press('4'); // Easy: learned, not due again today

  // 2. LU1, location → name: lit on the body, no name and no card until Show
  await expect(shown(page)).toHaveAttribute('data-flashcard', 'points:LU1:location-to-name');
  await expect(page.locator('.flashcard-name')).toHaveCount(0);
  await expect(page.locator('.flashcard-prompt')).toHaveText('Which point is lit on the body? Recall its name.');
  await expect(page.locator('#point-title')).toHaveCount(0);
  await waitForCamera(page);
  await page.screenshot({ path: `${shotsDir}/flashcards-front-1280.png` });
  // the focus is on Show: the keyboard reveals it
  await expect(page.locator('[data-flashcard-show]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.flashcard-name')).toContainText('LU1');
  await expect(page.locator('#point-title')).toContainText('LU1');
  await expect(page.locator('[data-rating="again"]')).toContainText('1 min');
  await waitForCamera(page);
  await page.screenshot({ path: `${shotsDir}/flashcards-revealed-1280.png` });
  // the card, its ratings and the progress view pass axe (no serious or critical violation)
  const { violations } = await new AxeBuilder({ page }).include('[data-flashcards]').analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.locator('[data-rating="again"]').click(); // Again: back in a minute, due today

  // 3. LU2, name → location: Good by key (10 minutes: due today); 4. LU2 the other way: Easy by button
  await expect(shown(page)).toHaveAttribute('data-flashcard', 'points:LU2:name-to-location');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-rating="good"]')).toContainText('10 min');
  await page.keyboard.press('3');
  await expect(shown(page)).toHaveAttribute('data-flashcard', 'points:LU2:location-to-name');
  await page.locator('[data-flashcard-show]').click();
  await page.locator('[data-rating="easy"]').click();
  await expect(page.locator('.flashcard-meta')).toContainText('4 rated');
  await page.getByRole('button', { name: 'End session' }).click();

  const counts = async () => ({
    due: await count(page, 'due').textContent(),
    new: await count(page, 'new').textContent(),
    learning: await count(page, 'learning').textContent(),
    learned: await count(page, 'learned').textContent(),
  });
  const afterSession = { due: '2', new: '18', learning: '2', learned: '2' };
  await expect.poll(counts).toEqual(afterSession);
  await expect(page.locator('[data-weak="LU"]')).toContainText('Lung (LU)');

  // the progress survives a reload: the same counts, and the cards rated Easy are not due again today
  await page.reload();
  await expect(page.locator('[data-scene-ready="true"]')).toBeVisible({ timeout: 60_000 });
  await openFlashcards(page);
  await expect.poll(counts).toEqual(afterSession);
  // 2 due (the Again and Good cards) and 6 of the day's 10 new cards left
  await expect(page.locator('.flashcard-plan')).toHaveText('2 due and 6 new cards to study.');
  const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), storageKey)) ?? 'null') as { version: number; state: { cards: unknown[] } };
  expect(saved.version).toBe(1);
  expect(saved.state.cards).toHaveLength(4);

  // exported, cleared from the device, imported back: the same progress; again: nothing newer
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  expect(download.suggestedFilename()).toBe('acupoint-atlas-flashcards.json');
  const file = info.outputPath('flashcards.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; cards: { item: { id: string } }[] };
  expect(exported.format).toBe('acupoint-atlas-flashcards');
  expect(exported.cards).toHaveLength(4);
  await page.evaluate((k) => localStorage.removeItem(k), storageKey);
  await page.reload();
  await expect(page.locator('[data-scene-ready="true"]')).toBeVisible({ timeout: 60_000 });
  await openFlashcards(page);
  await expect.poll(counts).toEqual({ due: '0', new: '22', learning: '0', learned: '0' });
  const input = page.locator('[data-import-flashcards]');
  await input.setInputFiles(file);
  await expect(page.locator('[data-import-message]')).toHaveText(
    'Imported flashcards.json: 4 new to this device, 0 updated (reviewed later in the file), 0 kept (reviewed as late or later here).',
  );
  await expect.poll(counts).toEqual(afterSession);
  await input.setInputFiles(file);
  await expect(page.locator('[data-import-message]')).toContainText('0 new to this device, 0 updated (reviewed later in the file), 4 kept');

  // a bad file: the card and the field named, nothing imported
  const bad = { ...exported, cards: exported.cards.map((c, i) => (i === 1 ? { ...c, due: 'tomorrow' } : c)) };
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const errors = page.locator('[data-import-errors]');
  await expect(errors).toContainText('Nothing was imported from bad.json');
  await expect(errors).toContainText(`card 2 ("points:${exported.cards[1]!.item.id}"`);
  await expect(errors).toContainText('due must be a date and time');
  await expect.poll(counts).toEqual(afterSession);
  noErrors();
});

for (const size of [
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`a session at ${size.width}x${size.height}: the point lit without its name, then shown with its ratings`, async ({ browser }) => {
    const page = await browser.newPage({ viewport: size });
    const noErrors = watchConsole(page);
    await openAtlas(page);
    // below a desk the points panel is a drawer (1024) or under the view (390)
    if (size.width === 1024) await page.getByRole('button', { name: 'Points list' }).click();
    await openFlashcards(page);
    await page.getByRole('checkbox', { name: 'Name → location' }).uncheck();
    await page.locator('[data-flashcards-start]').click();
    await expect(shown(page)).toHaveAttribute('data-flashcard', 'points:LU1:location-to-name');
    await waitForCamera(page);
    await page.screenshot({ path: `${shotsDir}/flashcards-front-${size.width}.png`, fullPage: size.width < 700 });
    await page.locator('[data-flashcard-show]').click();
    await expect(page.locator('#point-title')).toContainText('LU1');
    // the ratings stay in reach: the drawer stays open on a projector, and they are on the page on a phone
    await expect(page.locator('[data-rating="good"]')).toBeVisible();
    await waitForCamera(page);
    await page.screenshot({ path: `${shotsDir}/flashcards-revealed-${size.width}.png`, fullPage: size.width < 700 });
    await page.locator('[data-rating="good"]').click();
    await expect(shown(page)).toHaveAttribute('data-flashcard', 'points:LU2:location-to-name');
    noErrors();
    await page.close();
  });
}

test('an ear card, location → name: the point and its zone lit on the chart without a name, then named with its card', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  await openFlashcards(page);
  await page.getByRole('group', { name: 'Deck' }).getByLabel('Study').selectOption({ label: 'The ear' });
  await page.locator('[data-direction="name-to-location"]').uncheck();
  await expect(page.locator('.flashcard-plan')).toContainText('new cards to study');
  await page.locator('[data-flashcards-start]').click();
  const key = (await shown(page).getAttribute('data-flashcard')) ?? '';
  const id = /^ear:(.+):location-to-name$/.exec(key)?.[1] ?? '';
  expect(id).not.toBe('');
  await expect(page.locator('.flashcard-prompt')).toHaveText('Which ear point is lit on the chart (its zone outlined)? Recall its name.');
  // the chart is open, the asked point lit and its zone outlined; no label, no zone code, no list of names
  const chart = page.getByRole('region', { name: 'Ear map' });
  await expect(chart.locator(`[data-ear-point="${id}"].lit`).first()).toBeVisible();
  await expect(chart.locator('[data-quiz-zone]').first()).toBeAttached();
  await expect(chart.locator('.ear-point-label')).toHaveCount(0);
  await expect(chart.locator('.ear-zone-code')).toHaveCount(0);
  await expect(chart.getByRole('navigation', { name: 'Ear points' })).toHaveCount(0);
  await page.screenshot({ path: `${shotsDir}/flashcards-ear-front-1280.png` });
  await page.keyboard.press('Enter');
  await expect(page.locator('.flashcard-name')).toContainText(id);
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toContainText(id);
  await page.screenshot({ path: `${shotsDir}/flashcards-ear-revealed-1280.png` });
  noErrors();
});
