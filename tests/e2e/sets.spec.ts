// Point sets as a practitioner builds them: from the search results (the + key and the + button)
// and from a card, reordered and described, kept on the device across a reload; exported to a
// file and imported again (with clear errors for a bad file); shared as a link opened in a new page.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openAtlas, shotsDir, watchConsole } from './helpers.ts';

const setsKey = 'acupoint-atlas:sets';
const itemIds = (page: Page) => page.locator('[data-current-set] [data-set-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-set-item')));
const seed = {
  version: 1,
  state: {
    sets: [
      {
        id: 'neck-pain',
        name: 'Neck pain',
        items: [
          { system: 'points', id: 'GB20', side: 'both', technique: 'needle', retentionMin: 20 },
          { system: 'scalp', id: 'MS6' },
          { system: 'ear', id: 'TF4', technique: 'press-seeds', note: 'tape for 3 days' },
        ],
      },
    ],
    current: 'neck-pain',
  },
};

test('a set is built from the search results and a card, reordered, described, and still there after a reload', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill('neck pain');
  const results = page.getByRole('region', { name: 'Search results' });
  const points = results.locator('[data-result^="point:"]');
  await expect(points.first()).toBeVisible();
  const [first, second, third] = (await points.evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-result')!.slice('point:'.length)))) as [
    string,
    string,
    string,
  ];
  // the keyboard: the + key on a focused result (the list keeps its one tab stop)
  await points.first().focus();
  await page.keyboard.press('+');
  await expect(points.first()).toBeFocused();
  // the pointer: the small + beside a result
  await results.locator(`li:has([data-result="point:${second}"]) .add-mini`).click();
  // the card: open a result, then its button
  await results.locator(`[data-result="point:${third}"]`).click();
  await page.locator(`[data-add-to-set="${third}"]`).click();
  await expect(page.locator(`[data-add-to-set="${third}"]`)).toHaveText('In "New set"');

  await page.locator('[data-panel-tab="sets"]').click();
  await expect.poll(() => itemIds(page)).toEqual([first, second, third]);
  await page.getByRole('button', { name: `Move ${third} up` }).click();
  await expect.poll(() => itemIds(page)).toEqual([first, third, second]);
  await page.getByRole('button', { name: `Move ${first} down` }).click();
  await expect.poll(() => itemIds(page)).toEqual([third, first, second]);
  // the arrow-only buttons say what they do in a tooltip, also to the keyboard
  await page.getByRole('button', { name: `Move ${second} up` }).focus();
  await expect(page.getByRole('tooltip')).toHaveText(`Move ${second} up`);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await page.getByRole('combobox', { name: `Technique for ${first}` }).selectOption('moxa');
  await page.getByRole('spinbutton', { name: `Retention for ${first}, minutes` }).fill('15');
  await page.getByRole('textbox', { name: `Note on ${first}` }).fill('warm, not hot');
  const name = page.locator('.set-name input');
  await name.fill('Neck pain, Mr T');
  await name.press('Enter');
  await expect(page.locator('[data-my-set]')).toHaveText(/Neck pain, Mr T \(3\)/);
  await page.screenshot({ path: `${shotsDir}/sets-panel-1280.png` });

  await page.reload();
  await expect(page.locator('[data-scene-ready="true"]')).toBeVisible({ timeout: 60_000 });
  await page.locator('[data-panel-tab="sets"]').click();
  await expect.poll(() => itemIds(page)).toEqual([third, first, second]);
  await expect(page.getByRole('combobox', { name: `Technique for ${first}` })).toHaveValue('moxa');
  await expect(page.getByRole('spinbutton', { name: `Retention for ${first}, minutes` })).toHaveValue('15');
  await expect(page.getByRole('textbox', { name: `Note on ${first}` })).toHaveValue('warm, not hot');
  await expect(page.locator('[data-my-set]')).toHaveText(/Neck pain, Mr T/);
  // removed, deleted, and the delete undone
  await page.getByRole('button', { name: `Remove ${second}` }).click();
  await expect.poll(() => itemIds(page)).toEqual([third, first]);
  await page.getByRole('button', { name: 'Delete set' }).click();
  await expect(page.locator('[data-my-set]')).toHaveCount(0);
  await page.locator('[data-undo-delete] button').click();
  await expect.poll(() => itemIds(page)).toEqual([third, first]);
  noErrors();
});

test('the sets are exported to a file and imported again beside the ones there; a bad file is explained, not imported', async ({ page }, info) => {
  const noErrors = watchConsole(page);
  await page.addInitScript(([key, value]) => localStorage.getItem(key!) ?? localStorage.setItem(key!, value!), [setsKey, JSON.stringify(seed)]);
  await openAtlas(page);
  await page.locator('[data-panel-tab="sets"]').click();
  await expect.poll(() => itemIds(page)).toEqual(['GB20', 'MS6', 'TF4']);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export sets' }).click()]);
  expect(download.suggestedFilename()).toBe('acupoint-atlas-sets.json');
  const file = info.outputPath('sets.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; sets: { name: string }[] };
  expect(exported).toEqual({ format: 'acupoint-atlas-sets', version: 1, sets: seed.state.sets });

  const input = page.locator('[data-import-sets]');
  await input.setInputFiles(file);
  await expect(page.locator('[data-my-set]')).toHaveText(['Neck pain (3)', 'Neck pain (2) (3)']);
  await expect(page.locator('[data-sets-message]')).toHaveText('Imported 1 set: "Neck pain (2)"');

  const bad = {
    ...exported,
    sets: [
      {
        ...seed.state.sets[0],
        items: [
          { system: 'points', id: 'ST99' },
          { system: 'points', id: 'LI4', technique: 'laser' },
        ],
      },
    ],
  };
  await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const errors = page.locator('[data-import-errors]');
  await expect(errors).toContainText('Nothing was imported from bad.json');
  await expect(errors).toContainText('set 1 ("Neck pain"), item 2: technique must be one of needle, moxa, electro, bloodletting, press-seeds, cupping');
  await input.setInputFiles({
    name: 'unknown.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...bad, sets: [{ ...bad.sets[0], items: [{ system: 'points', id: 'ST99' }] }] })),
  });
  await expect(errors).toContainText('set 1 ("Neck pain"), item 1: there is no body point "ST99" in the atlas');
  await expect(page.locator('[data-my-set]')).toHaveCount(2);
  noErrors();
});

test('a set shared as a link opens in a new page, is shown and kept on request; a malformed one is ignored and said', async ({ page, browser }) => {
  const noErrors = watchConsole(page);
  await page.addInitScript(([key, value]) => localStorage.getItem(key!) ?? localStorage.setItem(key!, value!), [setsKey, JSON.stringify(seed)]);
  await openAtlas(page);
  await page.locator('[data-panel-tab="sets"]').click();
  await page.getByRole('button', { name: 'Share as a link' }).click();
  const link = await page.locator('[data-share-link]').inputValue();
  expect(link).toMatch(/\?set=Neck/);

  // a colleague's browser: nothing kept yet
  const other = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await other.newPage();
  const phoneErrors = watchConsole(phone);
  await phone.goto(link);
  await expect(phone.locator('[data-scene-ready="true"]')).toBeVisible({ timeout: 60_000 });
  const offer = phone.locator('[data-shared-set]');
  await expect(offer).toContainText('Shared with you: Neck pain');
  await expect(offer.locator('[data-set-item]')).toHaveCount(3);
  await expect(offer.locator('[data-set-item="GB20"]')).toContainText('both sides · needle · 20 min');
  await expect(offer.locator('[data-set-item="TF4"]')).toContainText('tape for 3 days');
  await offer.scrollIntoViewIfNeeded();
  await phone.screenshot({ path: `${shotsDir}/sets-shared-390.png`, fullPage: true });
  await offer.getByRole('button', { name: 'Keep this set' }).click();
  await expect(phone.locator('[data-my-set]')).toHaveText('Neck pain (3)');
  await expect(phone).not.toHaveURL(/set=/);
  await expect.poll(() => itemIds(phone)).toEqual(['GB20', 'MS6', 'TF4']);
  await phone.locator('.sets-panel').scrollIntoViewIfNeeded();
  await phone.locator('.sets-panel').screenshot({ path: `${shotsDir}/sets-panel-390.png` });
  phoneErrors();

  await phone.goto('/?set=Neck~x*GB20');
  await expect(phone.locator('[data-link-notice]')).toContainText('"set" had a value the atlas does not know');
  await expect(phone.locator('[data-shared-set]')).toHaveCount(0);
  await other.close();
  noErrors();
});

test('search finds the atlas sets and the user own under "Sets"; a built-in set is copied to be changed', async ({ page }) => {
  const noErrors = watchConsole(page);
  await page.addInitScript(([key, value]) => localStorage.getItem(key!) ?? localStorage.setItem(key!, value!), [setsKey, JSON.stringify(seed)]);
  await openAtlas(page);
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.fill('low back pain');
  const group = page.locator('[data-result-group="sets"]');
  await expect(group.getByRole('heading')).toHaveText('Sets (1)');
  await group.locator('[data-result="set:low-back-pain"]').click();
  const viewed = page.locator('[data-viewed-set="low-back-pain"]');
  await expect(viewed).toContainText('Evidence (moderate)');
  await viewed.getByRole('button', { name: 'Make a copy to change' }).click();
  // the copy is the user's own, named after the atlas's set, with its items in order
  const atlasSet = (JSON.parse(readFileSync('data/sets.json', 'utf8')) as { sets: { id: string; name: string; items: { id: string }[] }[] }).sets.find(
    (s) => s.id === 'low-back-pain',
  )!;
  await expect(page.locator('[data-current-set] .set-name input')).toHaveValue(`${atlasSet.name} (copy)`);
  await expect.poll(() => itemIds(page)).toEqual(atlasSet.items.map((i) => i.id));
  await box.fill('neck');
  await expect(page.locator('[data-result-group="sets"] [data-result="my-set:neck-pain"]')).toBeVisible();
  noErrors();
});

test('with pregnancy and a pacemaker switched on, each item of the set says what applies to this patient for its technique', async ({ page }) => {
  const noErrors = watchConsole(page);
  const electroSet = {
    version: 1,
    state: {
      sets: [
        {
          id: 'spinal',
          name: 'Spinal, Ms R',
          items: [
            { system: 'points', id: 'EX-B2', side: 'both', technique: 'needle' },
            { system: 'points', id: 'LI4', side: 'both', technique: 'needle' },
            { system: 'points', id: 'ST36', side: 'both', technique: 'needle' },
          ],
        },
      ],
      current: 'spinal',
    },
  };
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [setsKey, JSON.stringify(electroSet)]);
  await openAtlas(page, '?patient=pregnancy,implanted-device');
  await page.locator('[data-panel-tab="sets"]').click();
  const cautionsOf = (id: string) => page.locator(`[data-current-set] [data-set-item="${id}"] .set-item-cautions li`);
  // needled: LI4 is contraindicated in pregnancy, the lumbar Jiaji a caution; ST36 carries nothing for this patient
  await expect(cautionsOf('LI4').first()).toHaveAttribute('data-patient-grade', 'contraindicated');
  await expect(cautionsOf('LI4').first()).toContainText('Pregnant');
  await expect(cautionsOf('EX-B2')).toHaveCount(1);
  await expect(cautionsOf('EX-B2').first()).toHaveAttribute('data-patient-grade', 'caution');
  await expect(cautionsOf('ST36')).toHaveCount(0);
  // with electro-acupuncture the pacemaker caution comes with the technique, on any point
  await page.getByRole('combobox', { name: 'Technique for EX-B2' }).selectOption('electro');
  await expect(cautionsOf('EX-B2')).toHaveCount(2);
  await expect(cautionsOf('EX-B2').first()).toHaveAttribute('data-patient-grade', 'contraindicated');
  await expect(cautionsOf('EX-B2').first()).toContainText('Pacemaker');
  await page.screenshot({ path: `${shotsDir}/sets-patient-1280.png` });
  // the set's print sheet: one page per item, in the set's order, with the link to share it
  await page.locator('[data-print-set="spinal"]').click();
  await expect(page).toHaveURL(/print=point(:|%3A)EX-B2/);
  await expect(page.locator('.print-item')).toHaveCount(3);
  await expect(page.locator('.print-item').nth(1)).toContainText('LI4');
  // the sheet says how the set uses each item, and prints the cautions its technique brings for this patient
  const jiaji = page.locator('[data-print-item="points:EX-B2"]');
  await expect(jiaji.locator('[data-print-usage]')).toContainText('electro');
  await expect(jiaji).toContainText('No electrical stimulation for a patient with a pacemaker');
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `${shotsDir}/sets-print-sheet.png`, fullPage: true });
  noErrors();
});
