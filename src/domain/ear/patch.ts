// A Coons patch: a region bounded by four curves, with coordinates (t, s) in [0,1]^2.
// t runs along the part (the direction the standard divides "into equal parts"), s across it.
// The standard's divisions of a curved part ("divide into three equal parts from below upward")
// are rectangles in (t, s); since neighbouring rectangles share their edges exactly, the zones of
// a part tile it with no gap and no overlap.
import { add2, closedRing, lerp2, Path, scale2, type P2, type Ring } from './plane.ts';

export type Curve = (f: number) => P2;

export interface Patch {
  at(t: number, s: number): P2;
  /** the outline of the rectangle [t0,t1] x [s0,s1] in the patch */
  rect(t0: number, t1: number, s0: number, s1: number, samples?: number): Ring;
}

const curveOf =
  (p: Path): Curve =>
  (f) =>
    p.at(f);

/**
 * @param a the side at s = 0, along t
 * @param b the side at s = 1, along t
 * @param c the end at t = 0, from a's start to b's start (a straight line if omitted)
 * @param d the end at t = 1, from a's end to b's end (a straight line if omitted)
 */
export function coons(a: Path | Curve, b: Path | Curve, c?: Path | Curve, d?: Path | Curve): Patch {
  const A = typeof a === 'function' ? a : curveOf(a);
  const B = typeof b === 'function' ? b : curveOf(b);
  const p00 = A(0),
    p10 = A(1),
    p01 = B(0),
    p11 = B(1);
  const C = c ? (typeof c === 'function' ? c : curveOf(c)) : (s: number) => lerp2(p00, p01, s);
  const D = d ? (typeof d === 'function' ? d : curveOf(d)) : (s: number) => lerp2(p10, p11, s);
  const at = (t: number, s: number): P2 => {
    const ruled = add2(add2(scale2(A(t), 1 - s), scale2(B(t), s)), add2(scale2(C(s), 1 - t), scale2(D(s), t)));
    const corners = add2(add2(scale2(p00, (1 - t) * (1 - s)), scale2(p10, t * (1 - s))), add2(scale2(p01, (1 - t) * s), scale2(p11, t * s)));
    return [ruled[0] - corners[0], ruled[1] - corners[1]];
  };
  const rect = (t0: number, t1: number, s0: number, s1: number, samples = 16): Ring => {
    const edge = (f: (k: number) => P2) => Array.from({ length: samples }, (_, i) => f(i / samples));
    return closedRing([
      ...edge((k) => at(t0 + (t1 - t0) * k, s0)),
      ...edge((k) => at(t1, s0 + (s1 - s0) * k)),
      ...edge((k) => at(t1 - (t1 - t0) * k, s1)),
      ...edge((k) => at(t0, s1 - (s1 - s0) * k)),
    ]);
  };
  return { at, rect };
}

/**
 * Two sides parametrised together so that given knots (points near both sides, e.g. where a
 * crus meets the helix) fall at the same t on both, spread evenly between the knots by length.
 * Returns the two curves and the t of each knot.
 */
export function matchedSides(a: Path, b: Path, knots: readonly P2[]): { a: Curve; b: Curve; knotT: number[] } {
  const fa = [0, ...knots.map((k) => a.nearestFraction(k)), 1];
  const fb = [0, ...knots.map((k) => b.nearestFraction(k)), 1];
  // global t of each knot: the mean of its fractions on the two sides
  const ts = fa.map((x, i) => (x + fb[i]!) / 2);
  const piecewise =
    (fs: number[], path: Path): Curve =>
    (t) => {
      let i = 1;
      while (i < ts.length - 1 && t > ts[i]!) i++;
      const t0 = ts[i - 1]!,
        t1 = ts[i]!;
      const k = t1 > t0 ? (t - t0) / (t1 - t0) : 0;
      return path.at(fs[i - 1]! + (fs[i]! - fs[i - 1]!) * k);
    };
  return { a: piecewise(fa, a), b: piecewise(fb, b), knotT: ts.slice(1, -1) };
}
