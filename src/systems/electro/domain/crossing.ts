// Where the current of a pair would flow: between two needles on opposite sides of the body it
// crosses the trunk (the chest and heart for the arms and the upper trunk, the spinal cord for the
// back), which electro-acupuncture must not do. Computed from the needles' resolved places on the
// body, never typed: a pair that crosses the median plane is rejected, except across the lower
// abdomen below the umbilicus with both needles on its front (away from heart and cord).
import type { Side, Vec3 } from '../../../domain/body/frame.ts';

export interface PlacedNeedle {
  /** in words, for the message: "PC6 (left)" */
  name: string;
  position: Vec3;
  normal: Vec3;
  side: Side;
  region: string;
}

/** Off the median plane by less than this (metres), a needle counts as on it. */
const onMidline = 0.002;

/**
 * Why the straight line between two needles is not allowed (it crosses the median plane above the
 * umbilicus, over the back or through a limb's path across the trunk), or null when it stays on one
 * side or crosses only the front of the lower abdomen. `umbilicusY`: the umbilicus's height on this body.
 */
export function crossingProblem(a: PlacedNeedle, b: PlacedNeedle, umbilicusY: number): string | null {
  const xa = a.position[0],
    xb = b.position[0];
  if (Math.abs(xa) < onMidline || Math.abs(xb) < onMidline || Math.sign(xa) === Math.sign(xb)) return null;
  const t = xa / (xa - xb);
  const at: Vec3 = [
    a.position[0] + t * (b.position[0] - a.position[0]),
    a.position[1] + t * (b.position[1] - a.position[1]),
    a.position[2] + t * (b.position[2] - a.position[2]),
  ];
  const front = a.normal[2] > 0.3 && b.normal[2] > 0.3;
  const back = a.normal[2] < -0.3 && b.normal[2] < -0.3;
  if (front && a.region === 'abdomen' && b.region === 'abdomen' && at[1] < umbilicusY) return null;
  const where = back
    ? 'over the spine (current across the spinal cord)'
    : at[1] >= umbilicusY
      ? 'above the umbilicus (current across the chest and heart)'
      : 'from one side of the body to the other (current through the trunk)';
  return `the current between ${a.name} and ${b.name} would cross the median line ${where}, ${at[1].toFixed(2)} m above the floor: a pair must stay on one side`;
}
