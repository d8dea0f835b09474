// Scoring a locate answer: how far the student's click lies from the true point, in cun on the body
// shown. Pure: the positions and the body's measured spans come in as arguments.
import type { Vec3 } from '../body/frame.ts';

/**
 * The WHO proportional span (data/body/cun-spans.json) whose cun measures a miss in each region.
 * Why the region's B-cun and not one body-wide cun: the standard measures each part of the body with
 * its own bones (the forearm's 12 cun, the abdomen's 8), and on a body those cun differ by half
 * (1.35 cm across the forehead, 2.9 cm down the leg), so a 2 cm miss is close on the leg and far off
 * on the face. A point's own rule uses the span of its region (LU8: 1 B-cun of the forearm proximal
 * of LU9), so the region's span is the unit a student is taught to find the point with. Where the
 * standard gives a part no span of its own, the nearest one it measures with stands in: the hand
 * and fingers take the forearm's (the finger cun is the forearm B-cun, see bodyContext.ts), the foot
 * the leg's, the buttock and hip the thigh's, the neck and ear the mastoids' width. The head and the
 * scalp take the straight measure across the hairline corners: their points and lines are placed
 * by their offsets from the median line in it (BL 1.5 cun, GB 2.25 cun), which is what a miss
 * beside a line mostly is.
 */
export const regionCunSpan: Readonly<Record<string, string>> = {
  scalp: 'head_hairline_corners',
  head: 'head_hairline_corners',
  face: 'head_hairline_corners',
  ear: 'head_mastoids',
  neck: 'head_mastoids',
  chest: 'chest_sternal_notch_xiphisternal',
  axilla: 'chest_sternal_notch_xiphisternal',
  abdomen: 'abdomen_xiphisternal_umbilicus',
  perineum: 'abdomen_umbilicus_pubis',
  'upper-back': 'back_scapular_medial_borders',
  'lower-back': 'back_scapular_medial_borders',
  sacrum: 'back_scapular_medial_borders',
  shoulder: 'arm_axillary_fold_cubital',
  'upper-arm': 'arm_axillary_fold_cubital',
  elbow: 'forearm_cubital_wrist',
  forearm: 'forearm_cubital_wrist',
  wrist: 'forearm_cubital_wrist',
  hand: 'forearm_cubital_wrist',
  fingers: 'forearm_cubital_wrist',
  buttock: 'thigh_gluteal_popliteal',
  hip: 'thigh_trochanter_popliteal',
  thigh: 'thigh_pubis_patella_base',
  knee: 'leg_popliteal_lateral_malleolus',
  leg: 'leg_popliteal_lateral_malleolus',
  ankle: 'leg_popliteal_lateral_malleolus',
  foot: 'leg_popliteal_lateral_malleolus',
  toes: 'leg_popliteal_lateral_malleolus',
};

/** A span as the build measured it on one body (generated/body-<id>.measurements.json). */
export interface MeasuredCunSpan {
  id: string;
  cun: number;
  lengthM: number;
}

/** Metres per cun in a region of this body (the span above; the forearm's for a region not listed). */
export function regionCunM(region: string, spans: readonly MeasuredCunSpan[]): number {
  const id = regionCunSpan[region] ?? 'forearm_cubital_wrist';
  const span = spans.find((s) => s.id === id) ?? spans.find((s) => s.id === 'forearm_cubital_wrist');
  if (!span) throw new Error(`no measured cun span ${id}`);
  return span.lengthM / span.cun;
}

const distance = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/**
 * The nearest of a point's locations to the click (a bilateral point is found on either side, a
 * group on any of its members: the side the student chose counts) and the distance to it, straight
 * through (over the few cun a grade tells apart, the chord and the skin differ by little).
 */
export function nearestLocation<T extends { position: Vec3 }>(click: Vec3, locations: readonly T[]): { location: T; distanceM: number } | null {
  let best: { location: T; distanceM: number } | null = null;
  for (const location of locations) {
    const d = distance(click, location.position);
    if (!best || d < best.distanceM) best = { location, distanceM: d };
  }
  return best;
}

/** The spot of a polyline (a scalp line's stroke) nearest a point, and its distance in metres. */
export function distanceToPolyline(p: Vec3, line: readonly Vec3[]): { distanceM: number; nearest: Vec3 } {
  let best: { distanceM: number; nearest: Vec3 } = { distanceM: Infinity, nearest: p };
  for (let i = 0; i < line.length; i++) {
    const a = line[i]!;
    const b = i + 1 < line.length ? line[i + 1]! : a;
    const ab: Vec3 = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const len2 = ab[0] * ab[0] + ab[1] * ab[1] + ab[2] * ab[2];
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1] + (p[2] - a[2]) * ab[2]) / len2));
    const at: Vec3 = [a[0] + ab[0] * t, a[1] + ab[1] * t, a[2] + ab[2] * t];
    const d = distance(p, at);
    if (d < best.distanceM) best = { distanceM: d, nearest: at };
  }
  return best;
}

/** The grades of a locate answer, nearest first: within `withinCun` the answer earns `credit`. */
export const locateGrades = [
  { id: 'on-it', label: 'On the point', withinCun: 0.5, credit: 1 },
  { id: 'close', label: 'Close', withinCun: 1, credit: 0.75 },
  { id: 'near', label: 'Near', withinCun: 2, credit: 0.25 },
  { id: 'missed', label: 'Missed', withinCun: Infinity, credit: 0 },
] as const;
export type LocateGrade = (typeof locateGrades)[number]['id'];

/** The grade of a distance as it is said (to a tenth of a cun: a student told "1.0 cun" is close, not near). */
export function gradeOf(distanceCun: number): (typeof locateGrades)[number] {
  const said = Math.round(distanceCun * 10) / 10;
  return locateGrades.find((g) => said <= g.withinCun) ?? locateGrades[3];
}

/** "0.4 cun", "1.2 cun", "12 cun": a distance as it is said. */
export const cunText = (cun: number): string => `${cun < 10 ? cun.toFixed(1) : Math.round(cun)} cun`;
