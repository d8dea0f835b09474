// Where a perspective camera must stand to see a box whole: the exact distance along a chosen
// direction at which the box's farthest-reaching corner just touches the edge of the view (less a
// margin), for the camera's vertical field of view and the viewport's aspect. A portrait phone is
// limited by the width, a wide desk by the height; both come out of the same corner test.
import type { Vec3 } from '../body/frame.ts';
import { cross, dot, norm, sub } from '../body/vec.ts';

export interface Box {
  min: Vec3;
  max: Vec3;
}

export interface Pose {
  position: Vec3;
  target: Vec3;
}

export const emptyBox = (): Box => ({ min: [Infinity, Infinity, Infinity], max: [-Infinity, -Infinity, -Infinity] });

export function isEmptyBox(box: Box): boolean {
  return !(box.min[0] <= box.max[0] && box.min[1] <= box.max[1] && box.min[2] <= box.max[2]);
}

/** Grows a box, in place, to take in one point. */
export function growBox(box: Box, x: number, y: number, z: number): void {
  if (x < box.min[0]) box.min[0] = x;
  if (y < box.min[1]) box.min[1] = y;
  if (z < box.min[2]) box.min[2] = z;
  if (x > box.max[0]) box.max[0] = x;
  if (y > box.max[1]) box.max[1] = y;
  if (z > box.max[2]) box.max[2] = z;
}

export function boxCentre(box: Box): Vec3 {
  return [(box.min[0] + box.max[0]) / 2, (box.min[1] + box.max[1]) / 2, (box.min[2] + box.max[2]) / 2];
}

export function boxCorners(box: Box): Vec3[] {
  const corners: Vec3[] = [];
  for (const x of [box.min[0], box.max[0]]) for (const y of [box.min[1], box.max[1]]) for (const z of [box.min[2], box.max[2]]) corners.push([x, y, z]);
  return corners;
}

/** The camera's right and up axes when it looks along `forward` with the world's y up (as three's lookAt). */
export function cameraAxes(forward: Vec3): { right: Vec3; up: Vec3 } {
  const right = norm(cross(forward, [0, 1, 0]));
  return { right, up: cross(right, forward) };
}

/**
 * The pose that looks at the box's centre from the direction `toward` (from the box to the camera)
 * and stands just far enough back that every corner projects inside [-(1 - margin), 1 - margin]
 * in both normalised device coordinates. fovY in degrees; aspect = width / height.
 */
export function frameBox(box: Box, toward: Vec3, fovYDeg: number, aspect: number, margin = 0.08): Pose {
  const target = boxCentre(box);
  const back = norm(toward);
  const forward: Vec3 = [-back[0], -back[1], -back[2]];
  const { right, up } = cameraAxes(forward);
  const tanY = Math.tan((fovYDeg * Math.PI) / 360) * (1 - margin);
  const tanX = tanY * aspect;
  // A corner at (x, y) across the view and z along it, seen from distance d, lies at depth d + z:
  // it is inside when |x| <= (d + z) tanX and |y| <= (d + z) tanY.
  let distance = 0;
  for (const corner of boxCorners(box)) {
    const rel = sub(corner, target);
    const z = dot(rel, forward);
    distance = Math.max(distance, Math.abs(dot(rel, right)) / tanX - z, Math.abs(dot(rel, up)) / tanY - z);
  }
  return { target, position: [target[0] + back[0] * distance, target[1] + back[1] * distance, target[2] + back[2] * distance] };
}
