// Scoring a locate answer on the ear chart: the ear is found on its map, not on the body, so the
// answer is measured in the chart's own units, by zone. Pure: the chart comes in as an argument.
//
// The unit: a percentage of the ear's height on the chart (the chart is 1 unit high from the top of
// the helix to the bottom of the lobe). An adult ear is about 6 cm high, so 1 % is about 0.6 mm,
// and the smallest zones of the standard (the triangular fossa's, the tragus's) are 5-10 % across.
import type { EarAtlas, EarPointView } from '../schema/ear.ts';
import type { LocateGrade } from './quizCun.ts';

type UV = readonly [number, number];
export type EarChartView = 'left' | 'right' | 'back';

/** The faces of the ear a chart figure shows: the front views the lateral (and the medial, drawn on it), the back view the back. */
export const earViewFaces = (view: EarChartView): readonly string[] => (view === 'back' ? ['posterior', 'root'] : ['lateral', 'medial']);

/**
 * The grades on the ear, nearest first, within `withinPct` % of the ear's height. Inside the point's
 * zone is on the point (the standard locates its points by zone). Up to 2 % (about a millimetre)
 * past the zone's edge is close: the width of a probe's tip, a student who found the right zone and
 * overshot its border. Up to 8 % (about 5 mm) is near: the next zone over in the small parts of the
 * ear (a click in the triangular fossa beside Shenmen). Further is another part of the ear: missed.
 */
export const earGrades = [
  { id: 'on-it', label: 'In the zone', withinPct: 0 },
  { id: 'close', label: 'Close', withinPct: 2 },
  { id: 'near', label: 'Near', withinPct: 8 },
  { id: 'missed', label: 'Missed', withinPct: Infinity },
] as const satisfies readonly { id: LocateGrade; label: string; withinPct: number }[];

/** The grade of a distance as it is said (to a tenth of a percent). */
export function earGradeOf(distancePct: number): (typeof earGrades)[number] {
  const said = Math.round(distancePct * 10) / 10;
  return earGrades.find((g) => said <= g.withinPct) ?? earGrades[3];
}

/** "in the zone", "3.2 % of the ear's height": a distance as it is said. */
export const earDistanceText = (pct: number): string =>
  pct === 0 ? 'in the zone' : `${pct < 10 ? pct.toFixed(1) : Math.round(pct)} % of the ear's height off`;

/**
 * Around a point placed with no zone of its own (on a border, or one of two points of a zone) a
 * click this near its place (in % of the ear's height) is on it: about the size of its marker.
 */
export const earPointTolerancePct = 2.5;

/** Is the point inside the ring (even-odd rule)? */
export function insideRing(p: UV, ring: readonly UV[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!,
      [xj, yj] = ring[j]!;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** The distance from a point to a ring's nearest edge. */
export function distanceToRing(p: UV, ring: readonly UV[]): number {
  let best = Infinity;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j]!,
      b = ring[i]!;
    const dx = b[0] - a[0],
      dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
    best = Math.min(best, Math.hypot(p[0] - a[0] - dx * t, p[1] - a[1] - dy * t));
  }
  return best;
}

/**
 * The zones that are the point's own: the zones it lies in, when it is not on a border and no other
 * point (of its map, not on a border) lies in one of them alone. Shenmen has TF4, SF4,5 both its
 * zones and P1 its zone (PS spans P1, P3 and P4 but none alone); the Sympathetic (AH6a) shares AH6
 * with AH6, PS shares P1 with P1, and the junction points sit between zones: they have none and are
 * scored by their place.
 */
export function ownZones(point: EarPointView, points: readonly EarPointView[]): string[] {
  if (point.onBoundary || point.system === 'nogier') return [];
  const shared = points.some(
    (q) => q.id !== point.id && q.system === point.system && !q.onBoundary && q.zones.length === 1 && point.zones.includes(q.zones[0]!),
  );
  return shared ? [] : point.zones;
}

export interface EarClickScore {
  /** how far the click is from the point's zone (0 inside it) or from its place, in % of the ear's height */
  distancePct: number;
  grade: LocateGrade;
  /** the click was on the other face of the ear (the back view for a point on the front, or the reverse) */
  wrongFace: boolean;
}

/** Scores a click on a chart figure (its position in the stored right ear's units: unmirrored) for an ear point. */
export function scoreEarClick(click: UV, view: EarChartView, point: EarPointView, ear: Pick<EarAtlas, 'zones' | 'points'>): EarClickScore {
  const pct = (d: number) => Math.round(d * 1000) / 10;
  if (!earViewFaces(view).includes(point.face))
    return { distancePct: pct(Math.hypot(click[0] - point.uv[0], click[1] - point.uv[1])), grade: 'missed', wrongFace: true };
  const own = new Set(ownZones(point, ear.points));
  const rings: (readonly UV[])[] = ear.zones.filter((z) => own.has(z.id) && z.face === point.face).flatMap((z) => z.rings);
  const d =
    rings.length > 0
      ? rings.some((r) => insideRing(click, r))
        ? 0
        : Math.min(...rings.map((r) => distanceToRing(click, r)))
      : Math.max(0, Math.hypot(click[0] - point.uv[0], click[1] - point.uv[1]) - earPointTolerancePct / 100);
  const distancePct = pct(d);
  return { distancePct, grade: earGradeOf(distancePct).id, wrongFace: false };
}

/** Where a click on a figure is in the stored right ear's units (the left ear and the back view are drawn mirrored). */
export const unmirrored = (xy: UV, view: EarChartView, unitsPerEar: number): [number, number] => [
  view === 'right' ? xy[0] / unitsPerEar : 1 - xy[0] / unitsPerEar,
  xy[1] / unitsPerEar,
];
