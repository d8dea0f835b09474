// Builds the ear chart from data/ear/chart.json: the anatomical curves, the parts of the auricle
// as regions bounded by them, and the zones of GB/T 13734-2008 made by the standard's own
// divisions of each part (see zones.ts). Everything is in the 2D chart space of the right ear
// seen from the side (u toward the face, v downward, one unit = the height of the ear).
import type { EarChartData } from '../schema/ear.ts';
import { closedRing, dot2, lerp2, Path, smoothThrough, sub2, type P2, type Ring } from './plane.ts';

export type Face = 'lateral' | 'medial' | 'posterior' | 'root';

export class ChartCurves {
  readonly named: Map<string, P2>;
  readonly curves: Map<string, Path>;
  constructor(data: EarChartData) {
    this.named = new Map(Object.entries(data.points));
    this.curves = new Map();
    for (const [name, controls] of Object.entries(data.curves)) {
      const pts = controls.map((c, i) => {
        if (typeof c !== 'string') return c;
        const p = this.named.get(c);
        if (!p) throw new Error(`data/ear/chart.json: curves.${name}.${i}: unknown named point "${c}"`);
        return p;
      });
      this.curves.set(name, new Path(smoothThrough(pts)));
    }
  }
  point(name: string): P2 {
    const p = this.named.get(name);
    if (!p) throw new Error(`ear chart: unknown named point "${name}"`);
    return p;
  }
  curve(name: string): Path {
    const c = this.curves.get(name);
    if (!c) throw new Error(`ear chart: unknown curve "${name}"`);
    return c;
  }
  /** the stretch of a curve between two points near it (in the order given) */
  span(name: string, from: string | P2, to: string | P2, samples = 32): Path {
    const c = this.curve(name);
    const a = typeof from === 'string' ? this.point(from) : from;
    const b = typeof to === 'string' ? this.point(to) : to;
    return c.between(c.nearestFraction(a), c.nearestFraction(b), samples);
  }
  /** a straight path between two named points or positions */
  line(a: string | P2, b: string | P2): Path {
    return Path.line(typeof a === 'string' ? this.point(a) : a, typeof b === 'string' ? this.point(b) : b);
  }
  /** a path of one point: the degenerate end of a patch */
  pointPath(p: string | P2): Path {
    return Path.point(typeof p === 'string' ? this.point(p) : p);
  }
  /** adds a constructed point so rules can refer to it by name */
  define(name: string, p: P2): P2 {
    this.named.set(name, p);
    return p;
  }
}

/** Where a path first crosses the line through p with direction dir, or undefined. */
export function crossingOfLine(path: Path, p: P2, dir: P2): P2 | undefined {
  const n: P2 = [-dir[1], dir[0]];
  const pts = path.points;
  for (let i = 1; i < pts.length; i++) {
    const da = dot2(sub2(pts[i - 1]!, p), n),
      db = dot2(sub2(pts[i]!, p), n);
    if (da * db <= 0 && da !== db) return lerp2(pts[i - 1]!, pts[i]!, da / (da - db));
  }
  return undefined;
}

/** Where a path first crosses the level v, or undefined. */
export const crossingAtLevel = (path: Path, v: number): P2 | undefined => crossingOfLine(path, [0, v], [1, 0]);

/** A quadratic Bézier from a to b through control c, as a path. */
export function bezier(a: P2, c: P2, b: P2, samples = 32): Path {
  return new Path(
    Array.from({ length: samples + 1 }, (_, i) => {
      const t = i / samples;
      const u = 1 - t;
      return [u * u * a[0] + 2 * u * t * c[0] + t * t * b[0], u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]] as P2;
    }),
  );
}

export const circle = (centre: P2, radius: number, segments = 48): Ring =>
  Array.from(
    { length: segments },
    (_, i) => [centre[0] + radius * Math.cos((2 * Math.PI * i) / segments), centre[1] + radius * Math.sin((2 * Math.PI * i) / segments)] as P2,
  );

/** The nearest point of a path to p. */
export const nearestOn = (path: Path, p: P2): P2 => path.nearest(p).point;

/** A big half-plane as a polygon: the side of the line through p (direction dir) where (x - p) . normal >= 0. */
export function halfPlane(p: P2, dir: P2, keepPositiveNormalSide: boolean, size = 10): Ring {
  const len = Math.hypot(dir[0], dir[1]);
  const d: P2 = [dir[0] / len, dir[1] / len];
  const n: P2 = keepPositiveNormalSide ? [-d[1], d[0]] : [d[1], -d[0]];
  const a: P2 = [p[0] - d[0] * size, p[1] - d[1] * size];
  const b: P2 = [p[0] + d[0] * size, p[1] + d[1] * size];
  return [a, b, [b[0] + n[0] * size, b[1] + n[1] * size], [a[0] + n[0] * size, a[1] + n[1] * size]];
}

/** The ring bounded by paths joined end to start. */
export const ringOf = (...paths: Path[]): Ring => closedRing(paths.flatMap((p) => p.points));
