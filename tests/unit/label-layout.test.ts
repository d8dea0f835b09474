import { describe, expect, it } from 'vitest';
import { atlasBoxWidth, atlasRow, atlasScale, labelCss, labelLeft } from '../../src/scene/labelLayout.ts';
import { boxTaken, claimChanged, joinLabelSpace, newClaim } from '../../src/scene/labelSpace.ts';

describe('the body labels', () => {
  it('are drawn at the device pixel ratio, in whole even rows, so a texel is one device pixel', () => {
    expect(atlasScale(1)).toBe(1);
    expect(atlasScale(1.5)).toBe(1.5);
    expect(atlasScale(2)).toBe(2);
    // never below one texel per CSS pixel, nor a huge atlas on a 4x screen
    expect(atlasScale(0.5)).toBe(1);
    expect(atlasScale(4)).toBe(3);
    for (const dpr of [1, 1.25, 1.5, 2, 3]) {
      const row = atlasRow(atlasScale(dpr));
      expect(row % 2).toBe(0);
      expect(Math.abs(row / dpr - labelCss.row)).toBeLessThanOrEqual(1 / dpr + 1e-9);
      expect(Number.isInteger(atlasBoxWidth(41.3 * dpr, dpr))).toBe(true);
    }
    // the same text is the same size on screen at any ratio (its box in CSS px)
    expect(atlasBoxWidth(40 * 2, 2) / 2).toBe(atlasBoxWidth(40, 1));
  });

  it('go to the right of their point, or to its left where they would run off the view', () => {
    const view = [800, 600] as const;
    expect(labelLeft(100, 300, 60, 20, ...view)).toBe(100 + labelCss.gap);
    // near the right edge: flipped to the left, ending short of the point
    const left = labelLeft(780, 300, 60, 20, ...view);
    expect(left + 60).toBeLessThanOrEqual(780);
    expect(left).toBeGreaterThanOrEqual(0);
  });

  it('are left out when they cannot be shown whole', () => {
    const view = [800, 600] as const;
    // cut by the top or the bottom edge
    expect(labelLeft(100, 5, 60, 20, ...view)).toBeNaN();
    expect(labelLeft(100, 595, 60, 20, ...view)).toBeNaN();
    // the point itself off the view
    expect(labelLeft(-5, 300, 60, 20, ...view)).toBeNaN();
    expect(labelLeft(820, 300, 60, 20, ...view)).toBeNaN();
    // too wide for either side
    expect(labelLeft(400, 300, 500, 20, ...view)).toBeNaN();
  });
});

describe('the label layers of one view', () => {
  it('never overlap: a layer yields to those before it, and lays out again when they change', () => {
    const view = {};
    const points = newClaim(0),
      landmarks = newClaim(1);
    // the landmarks loaded first, yet the points go first
    joinLabelSpace(view, landmarks);
    const leavePoints = joinLabelSpace(view, points);
    points.boxes = Float32Array.from([100, 50, 60, 20]);
    points.count = 1;
    expect(claimChanged(view, points)).toBe(true);
    expect(landmarks.stale).toBe(true);
    // the later layer may not take the earlier one's box, nor its own kept boxes
    expect(boxTaken(view, landmarks, 0, 120, 55, 60, 20)).toBe(true);
    expect(boxTaken(view, landmarks, 0, 200, 55, 60, 20)).toBe(false);
    landmarks.boxes = Float32Array.from([200, 55, 60, 20]);
    expect(boxTaken(view, landmarks, 1, 210, 60, 60, 20)).toBe(true);
    // the earlier layer does not yield to the later, and the last layer marks nothing
    expect(boxTaken(view, points, 0, 200, 55, 60, 20)).toBe(false);
    landmarks.stale = false;
    expect(claimChanged(view, landmarks)).toBe(false);
    // a layer that leaves frees its space and has the rest laid out again
    leavePoints();
    expect(landmarks.stale).toBe(true);
    expect(boxTaken(view, landmarks, 0, 120, 55, 60, 20)).toBe(false);
  });
});
