// The eight sectors of the navel wall on the body shown, sized in the body's own cun (the abdomen's
// B-cun, umbilicus to the pubic symphysis = 5 cun) around the umbilicus landmark, never typed xyz.
// The sectors lie in the skin's tangent plane at the umbilicus, lifted a little off the skin so the
// shallow dent of the mesh's navel does not swallow them.
import type { Vec3 } from '../../../domain/body/frame.ts';

/** The navel's rim, from its centre: the umbilicus is about 2 cm across on an adult, some 0.35 B-cun. */
export const navelRimCun = 0.35;
/** The sectors run from near the centre to the rim. */
export const sectorInnerCun = 0.07;
/** The labels sit outside the rim, where they do not cover the sectors. */
export const labelCun = 0.62;
/** Above the skin, in metres: the mesh's navel is a dent of 1 to 3 mm. */
export const liftM = 0.004;

export interface NavelFrame {
  /** the umbilicus landmark and its outward skin normal */
  centre: Vec3;
  normal: Vec3;
  /** one B-cun of the abdomen on this body, in metres */
  cunM: number;
}

export interface NavelSector {
  id: string;
  clock: number;
  /** the sector's outline (inner arc, then outer arc back), closed by its first point */
  outline: Vec3[];
  /** triangles of the filled sector, three points each */
  triangles: Vec3[];
  /** the middle of the sector, and where its label stands */
  middle: Vec3;
  label: Vec3;
}

const add = (a: Vec3, b: Vec3, k = 1): Vec3 => [a[0] + b[0] * k, a[1] + b[1] * k, a[2] + b[2] * k];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const unit = (a: Vec3): Vec3 => {
  const l = Math.hypot(...a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
const cross = (a: Vec3, b: Vec3): Vec3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];

/**
 * The tangent directions at the navel: toward the head (the body's up, flattened onto the skin) and
 * toward the patient's left (x of the body frame). Seen from the front with the head up, the
 * patient's left is on the viewer's right: the clock runs 12 at the head, 3 at the patient's left.
 */
export function navelAxes(normal: Vec3): { up: Vec3; left: Vec3 } {
  const n = unit(normal);
  const up = unit(add([0, 1, 0], n, -dot([0, 1, 0], n)));
  return { up, left: unit(cross(up, n)) };
}

/** Where a clock position points on the navel (a unit tangent vector). */
export function clockDirection(clock: number, axes: { up: Vec3; left: Vec3 }): Vec3 {
  const a = (clock / 12) * 2 * Math.PI;
  return add(add([0, 0, 0], axes.up, Math.cos(a)), axes.left, Math.sin(a));
}

/** The eight sectors (each 45 degrees, centred on its clock position) on this body. */
export function navelSectors(frame: NavelFrame, directions: readonly { id: string; clock: number }[], steps = 6): NavelSector[] {
  const axes = navelAxes(frame.normal);
  const base = add(frame.centre, unit(frame.normal), liftM);
  const r0 = sectorInnerCun * frame.cunM,
    r1 = navelRimCun * frame.cunM;
  // each sector is 45 degrees (1.5 hours of the clock) wide, with a hair's gap between neighbours
  // so each reads as its own
  const half = 0.75 - 0.04;
  return directions.map((d) => {
    const inner: Vec3[] = [],
      outer: Vec3[] = [];
    for (let i = 0; i <= steps; i++) {
      const dir = clockDirection(d.clock - half + (2 * half * i) / steps, axes);
      inner.push(add(base, dir, r0));
      outer.push(add(base, dir, r1));
    }
    const triangles: Vec3[] = [];
    for (let i = 0; i < steps; i++) triangles.push(inner[i]!, outer[i]!, outer[i + 1]!, inner[i]!, outer[i + 1]!, inner[i + 1]!);
    const mid = clockDirection(d.clock, axes);
    return {
      id: d.id,
      clock: d.clock,
      outline: [...inner, ...outer.reverse(), inner[0]!],
      triangles,
      middle: add(base, mid, (r0 + r1) / 2),
      label: add(base, mid, labelCun * frame.cunM),
    };
  });
}

/**
 * How far the camera stands from the navel to show it and its labels whole: a square of
 * `view` B-cun a side fits the viewport's shorter side (field of view in degrees, aspect = width / height).
 */
export function navelCameraDistance(cunM: number, fovYDeg: number, aspect: number, view = 2.2): number {
  const half = (view * cunM) / 2;
  const tanHalf = Math.tan(((fovYDeg / 2) * Math.PI) / 180);
  return half / (tanHalf * Math.min(1, aspect));
}
