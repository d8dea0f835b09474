// A relief of the ear built from the chart: a height field over the chart in which the ridges
// (helix, antihelix and its crura, tragus, antitragus) are raised and the fossae and the concha
// sunk, smoothed so the ridges are round. Each vertex carries the zone it lies in, so the colours
// of the zones follow the ridges: both come from the same polygons.
import type { EarAtlas } from '../schema/ear.ts';
import { contains, type P2 } from './plane.ts';
import { nth } from '../checked.ts';

/** Height of each part above the chart plane, in chart units (ear height = 1). */
const partHeight: Record<string, number> = {
  helix: 0.07,
  'helix-crus': 0.035,
  scapha: 0.0,
  'superior-crus': 0.05,
  'inferior-crus': 0.045,
  antihelix: 0.055,
  'triangular-fossa': -0.01,
  tragus: 0.06,
  'tragus-medial': 0.0,
  antitragus: 0.05,
  'antitragus-medial': 0.0,
  concha: -0.07,
  lobe: 0.02,
};

/** A part's height; a part without one is a gap in the table above, not a flat part. */
function heightOf(part: string): number {
  const h = partHeight[part];
  if (h === undefined) throw new Error(`the ear relief has no height for the part "${part}"`);
  return h;
}

export interface Relief {
  /** x = u (toward the face), y = up (−v), z = height; three per vertex */
  positions: Float32Array;
  /** index into atlas.zones of each vertex (−1: none) */
  zoneOfVertex: Int16Array;
  indices: Uint32Array;
  /** the height of the relief at a chart position (for placing markers on it) */
  heightAt: (uv: P2) => number;
}

export function buildRelief(atlas: EarAtlas, columns = 96, rows = 150): Relief {
  const outline = atlas.outline;
  const us = outline.map((p) => p[0]),
    vs = outline.map((p) => p[1]);
  const u0 = Math.min(...us) - 0.01,
    u1 = Math.max(...us) + 0.01,
    v0 = Math.min(...vs) - 0.01,
    v1 = Math.max(...vs) + 0.01;
  const lateral = atlas.parts.filter((p) => p.face === 'lateral' || p.face === 'medial');
  const zones = atlas.zones.map((z, i) => ({ z, i })).filter(({ z }) => z.face === 'lateral' || z.face === 'medial');
  const n = (columns + 1) * (rows + 1);
  const inside = new Uint8Array(n);
  let height = new Float32Array(n);
  const zoneOfVertex = new Int16Array(n).fill(-1);
  const uvAt = (c: number, r: number): P2 => [u0 + ((u1 - u0) * c) / columns, v0 + ((v1 - v0) * r) / rows];
  for (let r = 0; r <= rows; r++) {
    for (let c = 0; c <= columns; c++) {
      const k = r * (columns + 1) + c;
      const uv = uvAt(c, r);
      if (!contains(outline, uv)) continue;
      inside[k] = 1;
      const part = lateral.find((p) => contains(p.ring, uv));
      height[k] = part ? heightOf(part.id) : -0.07; // the ear canal's opening sinks with the concha
      const zone = zones.find(({ z }) => z.rings.some((ring) => contains(ring, uv)));
      if (zone) zoneOfVertex[k] = zone.i;
    }
  }
  // round the ridges: a few passes of a 3x3 mean over the inside vertices, the rim falling to 0
  for (let pass = 0; pass < 4; pass++) {
    const next = new Float32Array(n);
    for (let r = 0; r <= rows; r++) {
      for (let c = 0; c <= columns; c++) {
        const k = r * (columns + 1) + c;
        if (!inside[k]) continue;
        let sum = 0,
          count = 0;
        for (let dr = -1; dr <= 1; dr++) {
          for (let dc = -1; dc <= 1; dc++) {
            const rr = r + dr,
              cc = c + dc;
            if (rr < 0 || rr > rows || cc < 0 || cc > columns) continue;
            const kk = rr * (columns + 1) + cc;
            sum += inside[kk] ? height[kk]! : 0;
            count++;
          }
        }
        next[k] = sum / count;
      }
    }
    height = next;
  }
  const positions = new Float32Array(n * 3);
  for (let r = 0; r <= rows; r++) {
    for (let c = 0; c <= columns; c++) {
      const k = r * (columns + 1) + c;
      const [u, v] = uvAt(c, r);
      positions[k * 3] = u;
      positions[k * 3 + 1] = -v;
      positions[k * 3 + 2] = height[k]!;
    }
  }
  const tris: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const a = r * (columns + 1) + c,
        b = a + 1,
        d = a + columns + 1,
        e = d + 1;
      if (inside[a] && inside[d] && inside[b]) tris.push(a, d, b);
      if (inside[b] && inside[d] && inside[e]) tris.push(b, d, e);
    }
  }
  const heightAt = (uv: P2): number => {
    const c = Math.round(((uv[0] - u0) / (u1 - u0)) * columns),
      r = Math.round(((uv[1] - v0) / (v1 - v0)) * rows);
    const k = Math.max(0, Math.min(rows, r)) * (columns + 1) + Math.max(0, Math.min(columns, c));
    return nth(height, k);
  };
  return { positions, zoneOfVertex, indices: new Uint32Array(tris), heightAt };
}
