// Plane geometry for the ear chart: smooth curves through control points, arc-length
// parametrisation, polygons (area, simplicity, containment) and boolean operations.
import polygonClipping from 'polygon-clipping';

export type P2 = [number, number];
export type Ring = P2[];

export const add2 = (a: P2, b: P2): P2 => [a[0] + b[0], a[1] + b[1]];
export const sub2 = (a: P2, b: P2): P2 => [a[0] - b[0], a[1] - b[1]];
export const scale2 = (a: P2, s: number): P2 => [a[0] * s, a[1] * s];
export const lerp2 = (a: P2, b: P2, t: number): P2 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
export const dist2 = (a: P2, b: P2): number => Math.hypot(a[0] - b[0], a[1] - b[1]);
export const dot2 = (a: P2, b: P2): number => a[0] * b[0] + a[1] * b[1];
export const normalize2 = (a: P2): P2 => scale2(a, 1 / (Math.hypot(a[0], a[1]) || 1));

/** A centripetal Catmull-Rom spline through the control points (no overshoot, no cusps). */
export function smoothThrough(controls: readonly P2[], samplesPerSpan = 16): P2[] {
  if (controls.length < 3) return dedupe(controls.flatMap((p, i) => (i === 0 ? [p] : lineSamples(controls[i - 1]!, p, samplesPerSpan).slice(1))));
  const first = controls[0]!;
  const last = controls[controls.length - 1]!;
  const pts: P2[] = [add2(first, sub2(first, controls[1]!)), ...controls, add2(last, sub2(last, controls[controls.length - 2]!))];
  const out: P2[] = [first];
  for (let i = 1; i < pts.length - 2; i++) {
    const p0 = pts[i - 1]!,
      p1 = pts[i]!,
      p2 = pts[i + 1]!,
      p3 = pts[i + 2]!;
    const k = (a: P2, b: P2) => Math.max(Math.sqrt(dist2(a, b)), 1e-6);
    const t1 = k(p0, p1),
      t2 = t1 + k(p1, p2),
      t3 = t2 + k(p2, p3);
    for (let j = 1; j <= samplesPerSpan; j++) {
      const t = t1 + ((t2 - t1) * j) / samplesPerSpan;
      const a1 = blend(p0, p1, 0, t1, t),
        a2 = blend(p1, p2, t1, t2, t),
        a3 = blend(p2, p3, t2, t3, t);
      const b1 = blend(a1, a2, 0, t2, t),
        b2 = blend(a2, a3, t1, t3, t);
      out.push(blend(b1, b2, t1, t2, t));
    }
  }
  return dedupe(out);
}
const blend = (a: P2, b: P2, ta: number, tb: number, t: number): P2 => lerp2(a, b, (t - ta) / (tb - ta));
const lineSamples = (a: P2, b: P2, n: number): P2[] => Array.from({ length: n + 1 }, (_, i) => lerp2(a, b, i / n));

/** Drops consecutive points closer than 1e-9 (degenerate patch edges collapse to one point). */
export function dedupe(points: readonly P2[]): P2[] {
  const out: P2[] = [];
  for (const p of points) if (!out.length || dist2(out[out.length - 1]!, p) > 1e-9) out.push(p);
  return out;
}

/** A ring from points in order: consecutive repeats dropped, and a last point equal to the first. */
export function closedRing(points: readonly P2[]): Ring {
  const ring = dedupe(points);
  while (ring.length > 1 && dist2(ring[0]!, ring[ring.length - 1]!) < 1e-9) ring.pop();
  return ring;
}

/** A polyline with its cumulative lengths, sampled by the fraction of its length. */
export class Path {
  readonly points: P2[];
  readonly cumulative: number[];
  constructor(points: readonly P2[]) {
    this.points = dedupe(points);
    if (this.points.length === 0) throw new Error('a path needs at least one point');
    this.cumulative = [0];
    for (let i = 1; i < this.points.length; i++) this.cumulative.push(this.cumulative[i - 1]! + dist2(this.points[i - 1]!, this.points[i]!));
  }
  get length(): number {
    return this.cumulative[this.cumulative.length - 1]!;
  }
  get start(): P2 {
    return this.points[0]!;
  }
  get end(): P2 {
    return this.points[this.points.length - 1]!;
  }
  /** the point at a fraction of the length, 0 = start, 1 = end */
  at(fraction: number): P2 {
    if (this.points.length === 1 || this.length === 0) return this.points[0]!;
    const target = Math.min(Math.max(fraction, 0), 1) * this.length;
    let lo = 0,
      hi = this.cumulative.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid;
      else hi = mid;
    }
    const span = this.cumulative[hi]! - this.cumulative[lo]!;
    return lerp2(this.points[lo]!, this.points[hi]!, span > 0 ? (target - this.cumulative[lo]!) / span : 0);
  }
  /** the point of the path nearest to p, and the fraction of the length where it lies */
  nearest(p: P2): { point: P2; fraction: number } {
    let best = Infinity,
      bestAt = 0,
      bestPoint = this.points[0]!;
    for (let i = 1; i < this.points.length; i++) {
      const a = this.points[i - 1]!,
        b = this.points[i]!;
      const ab = sub2(b, a);
      const len2 = dot2(ab, ab);
      const t = len2 > 0 ? Math.min(Math.max(dot2(sub2(p, a), ab) / len2, 0), 1) : 0;
      const q = lerp2(a, b, t);
      const d = dist2(p, q);
      if (d < best) [best, bestAt, bestPoint] = [d, this.cumulative[i - 1]! + t * Math.sqrt(len2), q];
    }
    return { point: bestPoint, fraction: this.length > 0 ? bestAt / this.length : 0 };
  }
  /** the fraction of the length at the point of the path nearest to p */
  nearestFraction(p: P2): number {
    return this.nearest(p).fraction;
  }
  /** the part between two fractions, in that direction (from > to walks backwards) */
  between(from: number, to: number, samples = 24): Path {
    return new Path(Array.from({ length: samples + 1 }, (_, i) => this.at(from + ((to - from) * i) / samples)));
  }
  reversed(): Path {
    return new Path([...this.points].reverse());
  }
  /** joined end to start with the next paths */
  then(...next: Path[]): Path {
    return new Path([...this.points, ...next.flatMap((p) => p.points)]);
  }
  static line(a: P2, b: P2, samples = 8): Path {
    return new Path(lineSamples(a, b, samples));
  }
  static point(p: P2): Path {
    return new Path([p]);
  }
}

/** Signed area (positive when counter-clockwise in a y-up frame). */
export function signedArea(ring: readonly P2[]): number {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!,
      b = ring[(i + 1) % ring.length]!;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}
export const area = (ring: readonly P2[]): number => Math.abs(signedArea(ring));

export function centroid(ring: readonly P2[]): P2 {
  let cx = 0,
    cy = 0,
    a = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!,
      q = ring[(i + 1) % ring.length]!;
    const cross = p[0] * q[1] - q[0] * p[1];
    a += cross;
    cx += (p[0] + q[0]) * cross;
    cy += (p[1] + q[1]) * cross;
  }
  return a === 0 ? ring[0]! : [cx / (3 * a), cy / (3 * a)];
}

export function contains(ring: readonly P2[], p: P2): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!,
      b = ring[j]!;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

export function distanceToRing(ring: readonly P2[], p: P2): number {
  return dist2(p, new Path([...ring, ring[0]!]).nearest(p).point);
}

function segmentsCross(a: P2, b: P2, c: P2, d: P2): boolean {
  const o = (p: P2, q: P2, r: P2) => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const d1 = o(c, d, a),
    d2 = o(c, d, b),
    d3 = o(a, b, c),
    d4 = o(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

/** A simple polygon: at least three distinct corners, non-zero area, no two edges crossing. */
export function isSimple(ring: readonly P2[]): boolean {
  const n = ring.length;
  if (n < 3 || area(ring) < 1e-9) return false;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!,
      b = ring[(i + 1) % n]!;
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (segmentsCross(a, b, ring[j]!, ring[(j + 1) % n]!)) return false;
    }
  }
  return true;
}

// Boolean operations (polygon-clipping works on multipolygons of closed rings).
type Multi = P2[][][];
const toMulti = (rings: readonly (readonly P2[])[]): Multi => rings.map((r) => [[...r, r[0]!]]);
const fromMulti = (m: Multi): Ring[] => m.map((poly) => poly[0]!.slice(0, -1)).filter((r) => area(r) > 1e-7);

export function intersect(a: readonly P2[], b: readonly P2[]): Ring[] {
  return fromMulti(polygonClipping.intersection(toMulti([a]), toMulti([b])));
}
export function subtract(a: readonly P2[], ...others: (readonly P2[])[]): Ring[] {
  return fromMulti(polygonClipping.difference(toMulti([a]), ...(toMulti(others).map((m) => [m]) as never[])));
}
export function unionArea(rings: readonly (readonly P2[])[]): number {
  if (!rings.length) return 0;
  const [first, ...rest] = toMulti(rings);
  const m = polygonClipping.union([first!] as never, ...(rest.map((r) => [r]) as never[])) as Multi;
  return m.reduce((s, poly) => s + area(poly[0]!.slice(0, -1)) - poly.slice(1).reduce((h, hole) => h + area(hole.slice(0, -1)), 0), 0);
}
export function intersectionArea(a: readonly P2[], b: readonly P2[]): number {
  return intersect(a, b).reduce((s, r) => s + area(r), 0);
}
