import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth, type Box, type Dot } from '../../scripts/figure-labels.ts';

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const onDot = (b: Box, d: Dot) => {
  const nx = Math.min(Math.max(d.x, b.x), b.x + b.w),
    ny = Math.min(Math.max(d.y, b.y), b.y + b.h);
  return Math.hypot(nx - d.x, ny - d.y) < d.r;
};

describe('figure labels', () => {
  it('measures DejaVu Sans', () => {
    expect(Math.abs(textWidth('EX-UE11#1', 12) - 68.9)).toBeLessThan(1);
    expect(Math.abs(textWidth('BL41', 12) - 30.2)).toBeLessThan(1);
  });

  it('names a lone dot at its right, without a leader', () => {
    const dot = { x: 100, y: 100, r: 5 };
    const { placements, crowded } = placeLabels([{ dot, width: 30, height: 13 }], [dot], { x: 0, y: 0, w: 300, h: 300 });
    expect(crowded).toBe(0);
    expect(placements[0]!.leader).toBeUndefined();
    expect(placements[0]!.box.x).toBeGreaterThan(105);
    expect(Math.abs(placements[0]!.box.y + 6.5 - 100)).toBeLessThan(1);
  });

  it('places a dense column of names apart, off the dots, inside the bounds, with leaders where moved', () => {
    // three columns of dots 50 and 20 px apart, rows 32 px apart (the back's BL, EX-B2 and GV): the names cannot all sit beside their dots
    const dots: Dot[] = [];
    for (let row = 0; row < 10; row++) for (const x of [150, 200, 220]) dots.push({ x, y: 60 + row * 32, r: 5 });
    const requests = dots.map((dot) => ({ dot, width: textWidth('EX-B2#10', 12), height: 13 }));
    const bounds = { x: 0, y: 0, w: 420, h: 400 };
    const { placements, crowded } = placeLabels(requests, dots, bounds);
    expect(crowded).toBe(0);
    placements.forEach((p, i) => {
      const b = p.box;
      expect(b.x >= 0 && b.y >= 0 && b.x + b.w <= 420 && b.y + b.h <= 400).toBe(true);
      for (const d of dots) expect(onDot(b, d)).toBe(false);
      placements.forEach((q, j) => {
        if (i !== j) expect(overlaps(b, q.box)).toBe(false);
      });
    });
    expect(placements.some((p) => p.leader)).toBe(true);
  });

  it('keeps names inside the bounds at the edge and clear of obstacles', () => {
    const dot = { x: 395, y: 10, r: 5 };
    const title = { x: 300, y: 0, w: 100, h: 30 };
    const { placements } = placeLabels([{ dot, width: 60, height: 13 }], [dot], { x: 0, y: 0, w: 400, h: 200 }, [title]);
    const b = placements[0]!.box;
    expect(b.x >= 0 && b.x + b.w <= 400 && b.y >= 0 && b.y + b.h <= 200).toBe(true);
    expect(overlaps(b, title)).toBe(false);
  });
});
