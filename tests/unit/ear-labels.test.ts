// The ear chart's names and codes never overwrite each other: for every protocol, on every figure,
// at the font sizes of a desk and of a phone's small charts, laid out by the chart's own functions.
import { describe, expect, it } from 'vitest';
import { boxesOverlap, chartFontSizes, type PlacedLabel } from '../../src/domain/ear/labels.ts';
import { earAtlasFrom } from '../../src/pipeline/atlasData.ts';
import { visibleEarPoints } from '../../src/state/earSelectors.ts';
import { figureBounds, figureLabels, figurePoints, figureZoneCodes, type EarFigureView } from '../../src/systems/ear/domain/chartLabels.ts';
import { data } from '../support/atlas.ts';

const ear = earAtlasFrom(data);
const views: EarFigureView[] = ['left', 'right', 'back'];
// chart units per CSS pixel: a desk's large chart, and a phone's (the right ear about 300 px wide, the small figures 130 px)
const screens = { desk: 1, 'phone, large chart': 660 / 300, 'phone, small chart': 660 / 130 };

function overlapsIn(labels: PlacedLabel[]): string[] {
  const pairs: string[] = [];
  labels.forEach((a, i) => labels.slice(i + 1).forEach((b) => boxesOverlap(a.box, b.box) && pairs.push(`${a.id} / ${b.id}`)));
  return pairs;
}

describe.each(Object.entries(screens))('ear chart texts on a %s', (_, unitsPerPx) => {
  const fonts = chartFontSizes(unitsPerPx);

  it('every text is at least 10 CSS px tall', () => {
    expect(Math.min(fonts.label, fonts.pointCode, fonts.zoneCode) / unitsPerPx).toBeGreaterThanOrEqual(10);
  });

  for (const protocol of ear.protocols)
    it(`${protocol.id}: no two names of its points overlap, and each stays in its figure`, () => {
      const refs = new Set(protocol.points.map((p) => p.ref));
      const map = protocol.points.some((p) => p.ref.startsWith('nogier-')) ? 'nogier' : 'gbt13734-2008';
      for (const view of views) {
        const shown = figurePoints(visibleEarPoints(ear, map), view);
        const labels = figureLabels(shown, view, (id) => refs.has(id), null, fonts.label);
        expect(overlapsIn(labels), `${view} ear`).toEqual([]);
        // a name is left out only where it cannot fit: on the larger charts every point is named
        if (unitsPerPx < 3) expect(labels.length, `${view} ear`).toBe(shown.filter((p) => refs.has(p.id)).length);
        const b = figureBounds(view);
        for (const l of labels)
          expect(l.box.x0 >= b.x0 && l.box.x1 <= b.x1 && l.box.y0 >= b.y0 && l.box.y1 <= b.y1, `${l.id} on the ${view} figure`).toBe(true);
      }
    });

  it('zone codes never overlap', () => {
    for (const view of views) expect(overlapsIn(figureZoneCodes(ear, view, fonts.zoneCode))).toEqual([]);
  });
});

it('in NADA, Sympathetic (AH6a) and Shenmen (TF4) are both named, apart', () => {
  const nada = ear.protocols.find((p) => p.id === 'nada')!;
  const refs = new Set(nada.points.map((p) => p.ref));
  const labels = figureLabels(figurePoints(visibleEarPoints(ear, 'gbt13734-2008'), 'right'), 'right', (id) => refs.has(id), null, 24);
  const ah6a = labels.find((l) => l.id === 'AH6a')!,
    tf4 = labels.find((l) => l.id === 'TF4')!;
  expect(ah6a.text).toBe('AH6a Sympathetic');
  expect(boxesOverlap(ah6a.box, tf4.box)).toBe(false);
});
