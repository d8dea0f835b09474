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

// the renderer works in linear light: the tokens are sRGB, so each colour is converted once here
const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/**
 * The colour of every drawn vertex of the overlay (areaMesh.ts; r, g, b in 0-1, linear): its
 * area's, lighter in a triangle that straddles a border (which Lee 2008 shows as variable and
 * overlapping: a pale band either side of the line rather than a hard edge alone), and faded
 * outside `emphasis` (the selected area, or the injury level's areas) when there is one.
 */
export function meshColours(
  areas: readonly SkinAreaId[],
  area: ArrayLike<number>,
  border: ArrayLike<number>,
  emphasis: ReadonlySet<SkinAreaId> | null,
): Float32Array {
  const palette = areas.map((a) => rgb(areaColour(a)));
  const white = rgb(dermatomeColours.border),
    faded = rgb(dermatomeColours.faded);
  const out = new Float32Array(area.length * 3);
  for (let v = 0; v < area.length; v++) {
    const ai = nth(area, v);
    let c = palette[ai] ?? faded;
    if (nth(border, v)) c = mix(c, white, 0.22);
    const id = areas[ai];
    if (emphasis && id && !emphasis.has(id)) c = mix(c, faded, 0.7);
    out.set(c.map(linear), v * 3);
  }
  return out;
}
