// The camera as a user moves it: presets framed for the view's shape, the wheel zooming toward the
// pointer, a search's framing releasing the preset's button, and touch (one finger orbits, two
// pan and pinch) on a phone. The canvas carries the camera's position and direction (data-camera).
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { openAtlas, shotsDir } from './helpers.ts';

interface Camera {
  position: [number, number, number];
  direction: [number, number, number];
}

async function camera(page: Page): Promise<Camera> {
  const text = await page.locator('.viewport canvas').getAttribute('data-camera');
  const n = (text ?? '').split(' ').map(Number);
  return { position: [n[0]!, n[1]!, n[2]!], direction: [n[3]!, n[4]!, n[5]!] };
}

const angle = (a: Camera, b: Camera) =>
  Math.acos(Math.min(1, a.direction[0] * b.direction[0] + a.direction[1] * b.direction[1] + a.direction[2] * b.direction[2]));
const moved = (a: Camera, b: Camera) => Math.hypot(a.position[0] - b.position[0], a.position[1] - b.position[1], a.position[2] - b.position[2]);

/** Waits until the camera has stopped moving (two reads a frame apart agree) and returns it. */
async function restingCamera(page: Page): Promise<Camera> {
  let last = '';
  await expect
    .poll(async () => {
      const now = (await page.locator('.viewport canvas').getAttribute('data-camera')) ?? '';
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return camera(page);
}

test('the wheel zooms toward the pointer, not the middle of the view', async ({ page }) => {
  await openAtlas(page);
  const before = await restingCamera(page);
  const view = (await page.locator('.viewport canvas').boundingBox())!;
  // over the body's left hand, on the right of the view
  await page.mouse.move(view.x + view.width * 0.8, view.y + view.height * 0.5);
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
  // the camera comes nearer and moves toward the subject's left (+x), where the pointer is
  await expect.poll(async () => (await camera(page)).position[0]).toBeGreaterThan(before.position[0] + 0.05);
  const after = await restingCamera(page);
  expect(after.position[2]).toBeLessThan(before.position[2] - 0.2);
  await expect(page.locator('[data-preset="anterior"]')).toHaveAttribute('aria-checked', 'false');
});

test('after a search frames the back, the Front button is no longer pressed', async ({ page }) => {
  await openAtlas(page);
  await expect(page.locator('[data-preset="anterior"]')).toHaveAttribute('aria-checked', 'true');
  await page.getByRole('searchbox', { name: 'Search' }).fill('UB23');
  // the camera turns to the back
  await expect.poll(async () => (await camera(page)).position[2]).toBeLessThan(0);
  await expect(page.locator('[data-preset="anterior"]')).toHaveAttribute('aria-checked', 'false');
  await page.locator('[data-preset="posterior"]').click();
  await expect(page.locator('[data-preset="posterior"]')).toHaveAttribute('aria-checked', 'true');
});

for (const size of [
  { width: 390, height: 844, name: 'phone' },
  { width: 1920, height: 1080, name: '1920' },
]) {
  test(`the Hands view shows both hands whole at ${size.name}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openAtlas(page, '?view=hands');
    await restingCamera(page);
    await page.locator('.viewport canvas').screenshot({ path: `${shotsDir}/camera-hands-${size.name}.png` });
    // the hands are at the sides: the view looks at the hips from far enough to see both
    const c = await camera(page);
    expect(Math.abs(c.direction[2] + 1)).toBeLessThan(0.01);
  });
}

test.describe('touch on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  async function gesture(cdp: CDPSession, from: [number, number][], to: [number, number][], steps = 12) {
    const at = (t: number) => from.map((p, i) => ({ x: p[0] + (to[i]![0] - p[0]) * t, y: p[1] + (to[i]![1] - p[1]) * t, id: i }));
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let s = 1; s <= steps; s++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(s / steps) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  test('one finger orbits, two fingers pan and pinch-zoom; the controls are at least 44 px', async ({ page }) => {
    await openAtlas(page);
    const cdp = await page.context().newCDPSession(page);
    const view = (await page.locator('.viewport canvas').boundingBox())!;
    const cx = view.x + view.width / 2,
      cy = view.y + view.height / 2;

    // one finger across: the camera turns around the body
    const start = await restingCamera(page);
    await gesture(cdp, [[cx - 100, cy]], [[cx + 60, cy]]);
    const orbited = await restingCamera(page);
    expect(angle(start, orbited)).toBeGreaterThan(0.3);

    // two fingers moving together: the camera slides, still looking the same way
    await gesture(
      cdp,
      [
        [cx - 40, cy - 60],
        [cx + 40, cy - 60],
      ],
      [
        [cx - 40, cy + 60],
        [cx + 40, cy + 60],
      ],
    );
    const panned = await restingCamera(page);
    expect(angle(orbited, panned)).toBeLessThan(0.02);
    expect(moved(orbited, panned)).toBeGreaterThan(0.05);

    // two fingers apart: the camera comes nearer along its view, still looking the same way
    await gesture(
      cdp,
      [
        [cx - 30, cy],
        [cx + 30, cy],
      ],
      [
        [cx - 140, cy],
        [cx + 140, cy],
      ],
    );
    const pinched = await restingCamera(page);
    expect(angle(panned, pinched)).toBeLessThan(0.02);
    const along =
      (pinched.position[0] - panned.position[0]) * panned.direction[0] +
      (pinched.position[1] - panned.position[1]) * panned.direction[1] +
      (pinched.position[2] - panned.position[2]) * panned.direction[2];
    expect(along).toBeGreaterThan(0.2);

    // every control on the phone's screen is a touch-sized target, the view options' too
    await page.getByRole('button', { name: 'View options' }).click();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, select, input[type="search"], label.radio, a[href]')]
        .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
        // on the screen (the skip link waits above it until focused)
        .filter((e) => e.getBoundingClientRect().bottom > 0)
        .map((e) => ({ what: e.textContent?.trim().slice(0, 30) || e.getAttribute('aria-label') || e.tagName, height: e.getBoundingClientRect().height }))
        .filter((t) => t.height < 44),
    );
    expect(small).toEqual([]);
    await page.screenshot({ path: `${shotsDir}/camera-phone-options.png` });
  });
});
