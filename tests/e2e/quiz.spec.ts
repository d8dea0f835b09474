// The quiz as a student plays it: a locate round answered by clicks on the 3D body (each click
// aimed by projecting the true point through the camera the canvas reports), the verdicts in cun,
// the score and the missed list; the missed deck kept across a reload and drilled by typing a name;
// the question and the result on a phone and a projector-sized screen.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openAtlas, shotsDir, waitForCamera, watchConsole } from './helpers.ts';

type V3 = [number, number, number];
interface Loc {
  code: string;
  side: string;
  guide: { start: V3; steps: { to: V3 }[] };
}
const atlas = JSON.parse(readFileSync('assets/generated/atlas-male.json', 'utf8')) as { locations: Loc[] };
const records = JSON.parse(readFileSync('assets/generated/points.json', 'utf8')) as { points: { code: string; pinyin: string }[] };
/** Where a location is on the male body: the end of its how-to-find guide (the resolved point). */
const placeOf = (code: string): V3 => {
  const loc = atlas.locations.find((l) => l.code === code && l.side !== 'right');
  if (!loc) throw new Error(`no location for ${code}`);
  return loc.guide.steps.at(-1)?.to ?? loc.guide.start;
};

/** The screen position of a body point, projected through the camera the canvas reports (data-camera; fov 35°, up +y). */
async function screenOf(page: Page, p: V3): Promise<{ x: number; y: number }> {
  const canvas = page.locator('.viewport canvas');
  const box = await canvas.boundingBox();
  const cam = (await canvas.getAttribute('data-camera'))?.split(' ').map(Number) ?? [];
  if (!box || cam.length !== 6) throw new Error('no canvas camera');
  const [cx, cy, cz, fx, fy, fz] = cam as [number, number, number, number, number, number];
  const fl = Math.hypot(fx, fy, fz);
  const f: V3 = [fx / fl, fy / fl, fz / fl];
  // right = f × up, then the camera's own up = right × f
  const rRaw: V3 = [-f[2], 0, f[0]];
  const rl = Math.hypot(...rRaw);
  const r: V3 = [rRaw[0] / rl, 0, rRaw[2] / rl];
  const u: V3 = [r[1] * f[2] - r[2] * f[1], r[2] * f[0] - r[0] * f[2], r[0] * f[1] - r[1] * f[0]];
  const d: V3 = [p[0] - cx, p[1] - cy, p[2] - cz];
  const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
  const t = Math.tan(((35 / 2) * Math.PI) / 180);
  const ndcX = dot(d, r) / (dot(d, f) * t * (box.width / box.height));
  const ndcY = dot(d, u) / (dot(d, f) * t);
  return { x: box.x + ((ndcX + 1) / 2) * box.width, y: box.y + ((1 - ndcY) / 2) * box.height };
}

/** Waits until the camera the canvas reports has stopped moving (a transition, a framing). */
async function settledCamera(page: Page): Promise<void> {
  const canvas = page.locator('.viewport canvas');
  let last = '';
  await expect
    .poll(
      async () => {
        await page.waitForTimeout(300);
        const now = (await canvas.getAttribute('data-camera')) ?? '';
        const still = now !== '' && now === last;
        last = now;
        return still;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

/** Orbits the camera 45 degrees (three 15-degree arrow presses) toward the body's side at x. */
async function orbitToward(page: Page, x: number): Promise<void> {
  const stage = page.locator('#stage-view');
  await stage.focus();
  for (let i = 0; i < 3; i++) await stage.press('ArrowLeft');
  await settledCamera(page);
  const camX = Number((await page.locator('.viewport canvas').getAttribute('data-camera'))?.split(' ')[0]);
  if (Math.sign(camX) !== Math.sign(x)) {
    for (let i = 0; i < 6; i++) await stage.press('ArrowRight');
    await settledCamera(page);
  }
}

async function startRound(page: Page, deck: { label: string; value?: [string, string] }, kind: string, count: string) {
  await page.locator('[data-panel-tab="study"]').click();
  await page.getByRole('tab', { name: 'Quiz' }).click();
  const panel = page.getByRole('region', { name: 'Quiz setup' });
  await panel.getByLabel('Deck').selectOption({ label: deck.label });
  if (deck.value) await panel.getByLabel(deck.value[0]).selectOption(deck.value[1]);
  await panel.getByRole('radio', { name: kind }).click();
  await panel.getByLabel('Questions').selectOption(count);
  await panel.getByRole('button', { name: /^Start/ }).click();
}

const askedCode = async (page: Page) => {
  const prompt = await page.locator('.quiz-prompt strong').textContent();
  const code = /^Find (\S+) /.exec(prompt ?? '')?.[1];
  if (!code) throw new Error(`no code in "${prompt}"`);
  return code;
};

test('a locate round: clicks on the body scored in cun, the score and the missed points; the missed deck drilled by name after a reload', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  await startRound(page, { label: 'A region', value: ['Region', 'abdomen'] }, 'Find it on the body', '5');
  const bar = page.getByRole('region', { name: 'Quiz question' });
  await expect(bar).toContainText('1 / 5');
  // the count under the view does not claim the whole atlas is shown while the markers are hidden
  await expect(page.locator('.shown-count')).toHaveText('Points hidden while you answer');
  await page.screenshot({ path: `${shotsDir}/quiz-locate-question-1280.png` });

  const verdicts: string[] = [];
  const asked: string[] = [];
  for (let q = 0; q < 5; q++) {
    // the answer of the last question framed its point: back to a whole view, from the front or,
    // for a point on the flank (GB25, LR13), turned toward the side its left location is on
    const code = await askedCode(page);
    const onFlank = q < 4 && Math.abs(placeOf(code)[0]) > 0.1;
    await page.locator('[data-preset="anterior"]').click();
    await settledCamera(page);
    // a flank point is seen from 45 degrees toward its side: from the side view the hanging arm
    // can cover it (GB26 at the waist), from the front it lies on the outline
    if (onFlank) await orbitToward(page, placeOf(code)[0]);
    asked.push(code);
    // the last question is answered on the shin (ST36), far from any abdominal point
    const target = await screenOf(page, placeOf(q === 4 ? 'ST36' : code));
    await page.mouse.click(target.x, target.y);
    const verdict = bar.locator('[data-quiz-verdict]');
    await expect(verdict).toContainText(/cun off/);
    verdicts.push((await verdict.textContent()) ?? '');
    // the true point is selected: its card with the how-to-find guide
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toContainText(code);
    await expect(page.getByRole('article').getByLabel('How to find it')).toBeVisible();
    if (q === 0) {
      await waitForCamera(page);
      await page.screenshot({ path: `${shotsDir}/quiz-locate-answered-1280.png` });
    }
    await bar.getByRole('button', { name: q < 4 ? 'Next' : 'See the score' }).click();
  }
  console.log('quiz verdicts:', verdicts.join(' | '));
  // aimed at the point: on it (within 0.5 cun) or at worst close; the shin: missed
  for (const v of verdicts.slice(0, 4)) expect(v).toMatch(/cun off, (on the point|close) \(/);
  expect(verdicts[4]).toMatch(/cun off, missed \(/);
  const misses = [asked[4] ?? ''];

  const result = page.getByRole('region', { name: 'Quiz result' });
  await expect(result).toContainText(/Score \d+(\.\d+)? of 5/);
  const missed = result.getByRole('list', { name: 'Missed' });
  await expect(missed.getByRole('button')).toHaveCount(misses.length);
  for (const code of misses) await expect(missed).toContainText(code);
  await waitForCamera(page);
  await page.screenshot({ path: `${shotsDir}/quiz-locate-score-1280.png` });

  // the missed deck is kept on the device
  await page.reload();
  await expect(page.locator('[data-scene-ready="true"]')).toBeVisible({ timeout: 60_000 });
  await startRound(page, { label: 'Missed last time' }, 'Name it (type)', '5');
  await expect(page.getByRole('region', { name: 'Quiz setup' })).toContainText(`${misses.length} missed last round.`);
  const named = misses[0] ?? '';
  const pinyin = records.points.find((p) => p.code === named)?.pinyin ?? '';
  // typed in lower case with its tones, as a student might: the search's matching takes it
  await page.getByLabel('Its name or code').fill(pinyin.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(bar.locator('[data-quiz-verdict]')).toContainText(`Right: ${named} ${pinyin}`);
  await page.keyboard.press('Enter'); // the focus is on "See the score"
  await expect(page.getByRole('region', { name: 'Quiz result' })).toContainText('Score 1 of 1 (100 %)');
  await expect(page.getByRole('region', { name: 'Quiz result' })).toContainText('Nothing missed.');
  noErrors();
});

test('a name round by typing and by choosing, said to the screen reader', async ({ page }) => {
  const noErrors = watchConsole(page);
  await openAtlas(page);
  await startRound(page, { label: 'A channel', value: ['Channel', 'LU'] }, 'Name it (type)', '5');
  const bar = page.getByRole('region', { name: 'Quiz question' });
  await expect(bar).toContainText('Name the lit point');
  await expect(page.getByTestId('live-region')).toContainText(/Question 1 of 5. Name the lit point/);
  await page.getByLabel('Its name or code').fill('not a point');
  await page.keyboard.press('Enter');
  await expect(bar.locator('[data-quiz-verdict]')).toContainText(/Not quite: it is LU\d+/);
  const code = /it is (LU\d+)/.exec((await bar.locator('[data-quiz-verdict]').textContent()) ?? '')?.[1];
  expect(code).toBeDefined();
  await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toContainText(code ?? '');
  await bar.getByRole('button', { name: 'End round' }).click();
  await expect(bar).toHaveCount(0);

  await startRound(page, { label: 'A channel', value: ['Channel', 'HT'] }, 'Name it (choose)', '5');
  const choices = bar.getByRole('group', { name: 'Choose its name' }).getByRole('button');
  await expect(choices).toHaveCount(4);
  for (const c of await choices.allTextContents()) expect(c).toMatch(/^HT\d /);
  noErrors();
});

for (const size of [
  { width: 390, height: 844, name: 'phone' },
  { width: 1024, height: 768, name: 'projector' },
])
  test(`the question and the answer fit the ${size.name} (${size.width}x${size.height})`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await openAtlas(page);
    if (size.width < 700) {
      // starting a round puts the welcome away: on a phone it sat under the question bar
      const welcome = page.getByRole('region', { name: 'Welcome to the Acupoint Atlas' });
      await expect(welcome).toHaveCount(1);
      await startRound(page, { label: 'A region', value: ['Region', 'abdomen'] }, 'Find it on the body', '5');
      await expect(welcome).toHaveCount(0);
    } else {
      await page.getByRole('button', { name: 'Points list' }).click();
      await startRound(page, { label: 'A region', value: ['Region', 'abdomen'] }, 'Find it on the body', '5');
    }
    const bar = page.getByRole('region', { name: 'Quiz question' });
    await expect(bar).toBeInViewport();
    await page.screenshot({ path: `${shotsDir}/quiz-question-${size.name}.png` });
    const code = await askedCode(page);
    const at = await screenOf(page, placeOf(code));
    await page.mouse.click(at.x, at.y);
    await expect(bar.locator('[data-quiz-verdict]')).toContainText('cun off');
    await waitForCamera(page);
    // the verdict and the card of the true point both in sight (on a phone the card is revealed below the view)
    await expect(bar.locator('[data-quiz-verdict]')).toBeInViewport();
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toBeInViewport();
    await page.screenshot({ path: `${shotsDir}/quiz-answered-${size.name}.png` });
  });

const earAtlas = JSON.parse(readFileSync('assets/generated/ear.json', 'utf8')) as { points: { id: string; code: string; uv: [number, number] }[] };
/** Where an ear point is on the screen: its place on the right ear's figure, through the figure's own transform. */
async function chartSpotOf(page: Page, code: string): Promise<{ x: number; y: number }> {
  const p = earAtlas.points.find((x) => x.id === code);
  if (!p) throw new Error(`no ear point ${code}`);
  return page.evaluate(([u, v]) => {
    const svg = document.querySelector<SVGSVGElement>('svg[data-ear-view="right"]');
    const m = svg?.getScreenCTM();
    if (!m) throw new Error('no right ear figure');
    const at = new DOMPoint(u * 1000, v * 1000).matrixTransform(m);
    return { x: at.x, y: at.y };
  }, p.uv);
}

for (const size of [
  { width: 1280, height: 800, name: '1280' },
  { width: 390, height: 844, name: 'phone' },
])
  test(`an ear locate round on the chart (${size.width}x${size.height}): aimed clicks in the zone, a deliberate miss on the lobe`, async ({ page }) => {
    const noErrors = watchConsole(page);
    await page.setViewportSize({ width: size.width, height: size.height });
    await openAtlas(page);
    await startRound(page, { label: 'Ear points (on the chart)', value: ['Ear points', 'nada'] }, 'Find it on the chart', '5');
    const bar = page.getByRole('region', { name: 'Quiz question' });
    await expect(bar).toContainText('1 / 5');
    await expect(bar).toContainText('on the ear chart');
    // the chart is the answer sheet: no marker, no zone code, no list of names
    const chart = page.getByRole('region', { name: 'Ear map' });
    await expect(chart.locator('svg[data-ear-view="right"]')).toBeVisible();
    await expect(chart.locator('[data-ear-point]')).toHaveCount(0);
    await expect(chart.locator('.ear-zone-code')).toHaveCount(0);
    await expect(chart.getByRole('navigation', { name: 'Ear points' })).toHaveCount(0);
    await page.screenshot({ path: `${shotsDir}/quiz-ear-question-${size.name}.png` });
    const verdicts: string[] = [];
    for (let q = 0; q < 5; q++) {
      const prompt = (await bar.locator('.quiz-prompt strong').textContent()) ?? '';
      const code = /^Find (\S+) /.exec(prompt)?.[1] ?? '';
      // the last one is answered on the lobe (LO5), far from every NADA point
      await chart.locator('svg[data-ear-view="right"]').scrollIntoViewIfNeeded();
      const spot = await chartSpotOf(page, q === 4 ? 'LO5' : code);
      await page.mouse.click(spot.x, spot.y);
      const verdict = bar.locator('[data-quiz-verdict]');
      await expect(verdict).toContainText(code);
      verdicts.push((await verdict.textContent()) ?? '');
      // the true zone outlined, the point's card open
      await expect(chart.locator('[data-quiz-zone]').first()).toBeAttached();
      await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toContainText(code);
      if (q === 0 || q === 4) await page.screenshot({ path: `${shotsDir}/quiz-ear-answered-${q === 0 ? 'on' : 'miss'}-${size.name}.png` });
      // on a phone the card is a sheet over the screen: read, closed, and the outlined zone is seen
      if (size.width < 700) {
        await page.getByRole('button', { name: 'Close the card' }).click();
        await chart.locator('svg[data-ear-view="right"]').scrollIntoViewIfNeeded();
        if (q === 0 || q === 4) await page.screenshot({ path: `${shotsDir}/quiz-ear-answered-${q === 0 ? 'on' : 'miss'}-${size.name}-chart.png` });
      }
      await bar.getByRole('button', { name: q < 4 ? 'Next' : 'See the score' }).click();
    }
    console.log('ear verdicts:', verdicts.join(' | '));
    for (const v of verdicts.slice(0, 4)) expect(v).toMatch(/: in the zone/);
    expect(verdicts[4]).toMatch(/% of the ear's height off, missed/);
    const result = page.getByRole('region', { name: 'Quiz result' });
    await expect(result).toContainText('Score 4 of 5 (80 %)');
    await expect(result.getByRole('list', { name: 'Missed' }).getByRole('button')).toHaveCount(1);
    noErrors();
  });

for (const size of [
  { width: 1280, height: 800, name: '1280' },
  { width: 1920, height: 1080, name: '1920' },
])
  test(`the question bar leaves the ear map's heading and controls in sight at a desk (${size.width}x${size.height}), asked and answered`, async ({ page }) => {
    const noErrors = watchConsole(page);
    await page.setViewportSize({ width: size.width, height: size.height });
    await openAtlas(page);
    await startRound(page, { label: 'Ear points (on the chart)', value: ['Ear points', 'nada'] }, 'Find it on the chart', '5');
    const bar = page.getByRole('region', { name: 'Quiz question' });
    const map = page.getByRole('region', { name: 'Ear map' });
    const heading = map.getByRole('heading', { name: 'Ear map' });
    const head = map.locator('.ear-head');
    const overlap = async () => {
      const [b, h, c] = await Promise.all([bar.boundingBox(), heading.boundingBox(), head.boundingBox()]);
      if (!b || !h || !c) throw new Error('no bar or heading');
      // the heading, and the whole row of the map's controls, start below the bar's bottom edge
      return { heading: h.y < b.y + b.height && b.y < h.y + h.height, controls: c.y < b.y + b.height, gap: Math.round(c.y - (b.y + b.height)) };
    };
    await expect(map.locator('svg[data-ear-view="right"]')).toBeVisible();
    await expect.poll(async () => (await overlap()).heading).toBe(false);
    expect(await overlap()).toMatchObject({ heading: false, controls: false });
    await page.screenshot({ path: `${shotsDir}/quiz-ear-bar-question-${size.name}.png` });
    // answered: the verdict makes the bar taller, and the map moves down with it
    const code = /^Find (\S+) /.exec((await bar.locator('.quiz-prompt strong').textContent()) ?? '')?.[1] ?? '';
    const spot = await chartSpotOf(page, code);
    await page.mouse.click(spot.x, spot.y);
    await expect(bar.locator('[data-quiz-verdict]')).toContainText(code);
    await expect.poll(async () => (await overlap()).controls).toBe(false);
    expect(await overlap()).toMatchObject({ heading: false, controls: false });
    // the right ear's chart keeps a readable height under the bar
    expect((await map.locator('svg[data-ear-view="right"]').boundingBox())?.height ?? 0).toBeGreaterThan(size.height * 0.4);
    await page.screenshot({ path: `${shotsDir}/quiz-ear-bar-answered-${size.name}.png` });
    noErrors();
  });
