// The overlay's colour of each skin area and of each vertex: pure, so the scene only writes the
// numbers into its colour attribute (and the legend shows the same colours).
import { isSpinalSegment, segmentOrder, trigeminalAreas, type SkinAreaId } from '../../../domain/neuro/segments.ts';
import { dermatomeColours } from '../../../theme/tokens.ts';
import { nth } from '../../../domain/checked.ts';

/** An area's colour: the spinal segments take the cycle in turn (neighbours never share one). */
export function areaColour(area: SkinAreaId): string {
  if (isSpinalSegment(area)) return nth(dermatomeColours.cycle, segmentOrder(area) % dermatomeColours.cycle.length);
  return nth(dermatomeColours.trigeminal, (trigeminalAreas as readonly string[]).indexOf(area));
}

const rgb = (hex: string): [number, number, number] => [
  parseInt(hex.slice(1, 3), 16) / 255,
  parseInt(hex.slice(3, 5), 16) / 255,
  parseInt(hex.slice(5, 7), 16) / 255,
];
const mix = (a: [number, number, number], b: [number, number, number], t: number): [number, number, number] => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

/**
 * The colour of every vertex (r, g, b in 0-1): its area's, lighter where a neighbouring vertex
 * lies in another area (the border, which Lee 2008 shows as variable and overlapping: a soft pale
 * band rather than a hard line), and faded outside `emphasis` (the selected area, or the injury
 * level's areas) when there is one.
 */
export function vertexColours(
  areas: readonly SkinAreaId[],
  vertexArea: readonly number[],
  indices: ArrayLike<number>,
  emphasis: ReadonlySet<SkinAreaId> | null,
): Float32Array {
  const border = new Uint8Array(vertexArea.length);
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = nth(indices, t),
      b = nth(indices, t + 1),
      c = nth(indices, t + 2);
    const va = vertexArea[a],
      vb = vertexArea[b],
      vc = vertexArea[c];
    if (va !== vb || vb !== vc) border[a] = border[b] = border[c] = 1;
  }
  const palette = areas.map((a) => rgb(areaColour(a)));
  const white = rgb(dermatomeColours.border),
    faded = rgb(dermatomeColours.faded);
  const out = new Float32Array(vertexArea.length * 3);
  vertexArea.forEach((ai, v) => {
    let c = palette[ai] ?? faded;
    if (border[v]) c = mix(c, white, 0.22);
    const area = areas[ai];
    if (emphasis && area && !emphasis.has(area)) c = mix(c, faded, 0.7);
    out.set(c, v * 3);
  });
  return out;
}
