// Places an ear point on the chart from its rule (the placement's kind): inside a zone at the
// zone's own (t, s) ("zone"), at the zone's place nearest a named chart point moved inward
// ("zone-near"), on the border shared by two or three zones ("junction"), or on a named curve
// ("curve"). Nothing is a typed coordinate.
import type { EarPlacement } from '../schema/ear.ts';
import type { Face } from './chart.ts';
import { area, centroid, contains, dist2, lerp2, Path, type P2, type Ring } from './plane.ts';
import type { EarMap, EarZone } from './zones.ts';

export interface ChartSpot {
  uv: P2;
  face: Face;
}

export class EarPlacementError extends Error {}

export function zoneById(map: EarMap, id: string): EarZone {
  const z = map.zones.find((zone) => zone.id === id);
  if (!z) throw new EarPlacementError(`unknown ear zone "${id}"`);
  return z;
}

const ringPath = (ring: Ring): Path => new Path([...ring, ring[0]!]);

/** A point well inside a ring: its centroid if inside, else the inside sample farthest from the edges. */
export function interiorPoint(ring: Ring): P2 {
  const c = centroid(ring);
  if (contains(ring, c)) return c;
  const edge = ringPath(ring);
  let best = ring[0]!,
    bestD = -1;
  const xs = ring.map((p) => p[0]),
    ys = ring.map((p) => p[1]);
  for (let i = 1; i < 24; i++) {
    for (let j = 1; j < 24; j++) {
      const p: P2 = [Math.min(...xs) + ((Math.max(...xs) - Math.min(...xs)) * i) / 24, Math.min(...ys) + ((Math.max(...ys) - Math.min(...ys)) * j) / 24];
      if (!contains(ring, p)) continue;
      const d = dist2(edge.nearest(p).point, p);
      if (d > bestD) [best, bestD] = [p, d];
    }
  }
  return best;
}

const largest = (rings: Ring[]): Ring => rings.reduce((a, b) => (area(b) > area(a) ? b : a));

export function placeEarPoint(map: EarMap, placement: EarPlacement): ChartSpot {
  if (placement.kind === 'curve') {
    const path = placement.curve === 'posteriorGroove' ? map.posteriorGroove : map.curves.curve(placement.curve);
    return { uv: path.at(placement.at), face: placement.face };
  }
  if (placement.kind === 'junction') {
    const [first, ...others] = placement.junction.map((id) => zoneById(map, id));
    // samples of the first zone's edge that lie on every other zone's edge
    const tolerance = 2e-3;
    const otherEdges = others.map((z) => z.rings.map(ringPath));
    const onEdge = (edges: Path[], p: P2) => edges.some((e) => dist2(e.nearest(p).point, p) < tolerance);
    const shared: P2[] = [];
    for (const ring of first!.rings) {
      const edge = ringPath(ring);
      for (let i = 0; i <= 800; i++) {
        const p = edge.at(i / 800);
        if (otherEdges.every((edges) => onEdge(edges, p))) shared.push(p);
      }
    }
    if (!shared.length) throw new EarPlacementError(`zones ${placement.junction.join(', ')} share no border`);
    if (placement.near) {
      const target = map.curves.point(placement.near);
      return { uv: shared.reduce((a, b) => (dist2(b, target) < dist2(a, target) ? b : a)), face: first!.face };
    }
    // the middle of the shared border: the shared sample nearest the mean of the shared samples
    const mean: P2 = [shared.reduce((s, p) => s + p[0], 0) / shared.length, shared.reduce((s, p) => s + p[1], 0) / shared.length];
    return { uv: shared.reduce((a, b) => (dist2(b, mean) < dist2(a, mean) ? b : a)), face: first!.face };
  }
  const zone = zoneById(map, placement.zone);
  if (placement.kind === 'zone-near') {
    const target = map.curves.point(placement.near);
    const ring = largest(zone.rings);
    const onEdge = ringPath(ring).nearest(target).point;
    const inward = interiorPoint(ring);
    const d = dist2(onEdge, inward);
    return { uv: lerp2(onEdge, inward, d > 0 ? Math.min(placement.inset / d, 1) : 0), face: zone.face };
  }
  if (zone.local && (placement.t !== undefined || placement.s !== undefined)) {
    return { uv: zone.local(placement.t ?? 0.5, placement.s ?? 0.5), face: zone.face };
  }
  if (placement.t !== undefined || placement.s !== undefined)
    throw new EarPlacementError(`zone ${zone.id} has no (t, s) coordinates; place the point by kind "zone-near" instead`);
  return { uv: zone.local ? zone.local(0.5, 0.5) : interiorPoint(largest(zone.rings)), face: zone.face };
}
