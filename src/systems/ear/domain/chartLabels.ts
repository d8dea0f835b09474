// Which points each figure of the ear chart shows, and where their names and the zone codes go:
// the chart (ui/EarChart.tsx) draws what this lays out, and the tests check the same layout.
import { layoutCentredCodes, layoutMarkerLabels, type LabelBox, type PlacedLabel } from '../../../domain/ear/labels.ts';
import type { EarAtlas, EarPointView } from '../../../domain/schema/ear.ts';

export type EarFigureView = 'left' | 'right' | 'back';

/** Chart units: the ear is 1000 high; the front views show this horizontal stretch of it. */
export const chartUnits = 1000;
export const frontBox = { x: 160, w: 660 };
export const figureTop = -30,
  figureHeight = 1060;

/** Is the point used on this ear (European lateralised points are on one ear only)? */
export const onEar = (p: EarPointView, ear: 'left' | 'right') => p.side === 'both' || p.side === ear;

/** The right ear as stored; the left ear and the back view are its mirror image. */
export const mirrored = (view: EarFigureView) => view !== 'right';

/** The faces of the ear a figure shows. */
export const figureFaces = (view: EarFigureView): string[] => (view === 'back' ? ['posterior', 'root'] : ['lateral', 'medial']);

/** The points a figure shows, of those the chosen map shows. */
export const figurePoints = (points: readonly EarPointView[], view: EarFigureView) =>
  points.filter((p) => figureFaces(view).includes(p.face) && (view === 'back' || onEar(p, view)));

/** A point's place in the figure's chart units. */
export const figureXY = (p: EarPointView, view: EarFigureView): [number, number] => [
  (mirrored(view) ? 1 - p.uv[0] : p.uv[0]) * chartUnits,
  p.uv[1] * chartUnits,
];

/** The figure's viewBox as a box. */
export function figureBounds(view: EarFigureView): LabelBox {
  const x0 = mirrored(view) ? chartUnits - frontBox.x - frontBox.w : frontBox.x;
  return { x0, y0: figureTop, x1: x0 + frontBox.w, y1: figureTop + figureHeight };
}

/** The radius of a point's marker: larger when lit, largest when selected. */
export const markerRadius = (lit: boolean, selected: boolean) => (selected ? 13 : lit ? 11 : 7);

/** The longest name a small chart shows whole (the European points have names for codes). */
const shortMax = 10;

/** The text a lit or selected point is named by: its code and name, or on a small chart its code alone. */
export function pointLabelText(p: EarPointView, short: boolean): string {
  if (!short) return p.system === 'nogier' ? p.english : `${p.code} ${p.english}`;
  return p.code.length <= shortMax ? p.code : `${p.code.slice(0, shortMax - 1).trimEnd()}…`;
}

/** Above this font size (chart units) the chart is small on screen: points are named by code alone. */
export const shortLabelsFrom = 40;

/** The names of the figure's lit and selected points, clear of each other. */
export function figureLabels(
  shown: readonly EarPointView[],
  view: EarFigureView,
  isLit: (id: string) => boolean,
  selected: string | null,
  fontSize: number,
): PlacedLabel[] {
  const short = fontSize > shortLabelsFrom;
  const named = shown.filter((p) => isLit(p.id) || p.id === selected);
  const markers = named.map((p) => {
    const [x, y] = figureXY(p, view);
    return { id: p.id, x, y, r: markerRadius(isLit(p.id), p.id === selected), text: pointLabelText(p, short) };
  });
  return layoutMarkerLabels(markers, fontSize, figureBounds(view));
}

/** The zone codes a figure can show without overlap at this font size, each at its zone's centre. */
export function figureZoneCodes(ear: EarAtlas, view: EarFigureView, fontSize: number): PlacedLabel[] {
  const faces = figureFaces(view);
  const codes = ear.zones
    .filter((z) => faces.includes(z.face))
    .map((z) => {
      const ring = z.rings[0]!;
      const c = ring.reduce<[number, number]>((a, p) => [a[0] + p[0] / ring.length, a[1] + p[1] / ring.length], [0, 0]);
      return { id: z.id, text: z.id, x: (mirrored(view) ? 1 - c[0] : c[0]) * chartUnits, y: c[1] * chartUnits };
    });
  return layoutCentredCodes(codes, fontSize);
}
