// A channel's external pathway on the skin: through its points in order, each stretch sampled
// and lifted onto the skin so the line follows the body instead of cutting through it.
import type { Side, Vec3 } from '../body/frame.ts';
import { closestPoint, normalAt, type SurfaceIndex } from '../body/surface.ts';
import type { ResolvedLocation } from './resolver.ts';

export function channelPolyline(index: SurfaceIndex, points: readonly Vec3[], lift = 0.002): Vec3[] {
  const out: Vec3[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i] as Vec3,
      b = points[i + 1] as Vec3;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
    const samples = Math.max(1, Math.ceil(length / 0.015));
    for (let s = 0; s < samples; s++) {
      const t = s / samples;
      const chord: Vec3 = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
      const hit = s === 0 ? null : closestPoint(index, chord);
      if (!hit) {
        out.push(chord);
        continue;
      }
      // lift off the skin along its outward normal so the line is not buried (the chord-to-skin
      // direction points into the head where the chord passes outside a hollow of the skin)
      const n = normalAt(index.surface, hit.triangle, hit.barycentric);
      const p = hit.position;
      out.push([p[0] + n[0] * lift, p[1] + n[1] * lift, p[2] + n[2] * lift]);
    }
  }
  const last = points.at(-1);
  if (last) out.push(last);
  return out;
}

/** One path per channel and side, through the first location of each point in number order. */
export function channelPaths(
  index: SurfaceIndex,
  locations: readonly ResolvedLocation[],
  channelOf: (code: string) => string | null,
  numberOf: (code: string) => number,
): { channel: string; side: Side; polyline: Vec3[] }[] {
  const groups = new Map<string, ResolvedLocation[]>();
  for (const l of locations) {
    const channel = channelOf(l.code);
    if (!channel || l.index !== 1) continue;
    const key = `${channel}|${l.side}`;
    const list = groups.get(key);
    if (list) list.push(l);
    else groups.set(key, [l]);
  }
  const out: { channel: string; side: Side; polyline: Vec3[] }[] = [];
  for (const [key, list] of groups) {
    const [channel, side] = key.split('|') as [string, Side];
    list.sort((a, b) => numberOf(a.code) - numberOf(b.code));
    const round = (v: Vec3): Vec3 => [+v[0].toFixed(4), +v[1].toFixed(4), +v[2].toFixed(4)];
    out.push({
      channel,
      side,
      polyline: channelPolyline(
        index,
        list.map((l) => l.position),
      ).map(round),
    });
  }
  return out;
}
