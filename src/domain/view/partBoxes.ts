// The boxes the preset views frame: each named part of the body (the whole body, the upper body,
// the head, both hands, both feet) boxed from the vertices of the regions it takes in. The build
// measures them once per body (regions-<body>.json); the browser reads them, checked by the schema.
import { z } from '../schema/zodMini.ts';
import { emptyBox, growBox, isEmptyBox, type Box } from './framing.ts';

/** The parts of the body a preset frames, as the build's region names (null: every vertex). */
export const framedParts = {
  body: null,
  upper: ['head', 'face', 'scalp', 'ear', 'neck', 'shoulder', 'chest', 'upper-back', 'axilla', 'upper-arm'],
  head: ['head', 'face', 'scalp', 'ear'],
  hands: ['hand', 'fingers', 'wrist'],
  feet: ['foot', 'toes', 'ankle'],
} as const satisfies Record<string, readonly string[] | null>;
export type FramedPart = keyof typeof framedParts;
export type PartBoxes = Record<FramedPart, Box>;

const vec3 = z.tuple([z.number(), z.number(), z.number()]);
const boxSchema = z.strictObject({ min: vec3, max: vec3 }).check(z.refine((b) => !isEmptyBox(b), 'an empty box (min above max)'));
export const partBoxesSchema = z.strictObject({
  body: boxSchema,
  upper: boxSchema,
  head: boxSchema,
  hands: boxSchema,
  feet: boxSchema,
}) satisfies z.ZodMiniType<PartBoxes>;

/** The box of each framed part, from the body's vertices and the region of each vertex. */
export function partBoxes(positions: ArrayLike<number>, vertexRegion: ArrayLike<number>, regionNames: readonly string[]): PartBoxes {
  const parts = Object.keys(framedParts) as FramedPart[];
  const boxes = Object.fromEntries(parts.map((p) => [p, emptyBox()])) as PartBoxes;
  // which parts each region index belongs to
  const partsOfRegion = regionNames.map((name) => parts.filter((p) => framedParts[p]?.some((r) => r === name) ?? false));
  const count = Math.min(positions.length / 3, vertexRegion.length);
  for (let v = 0; v < count; v++) {
    const x = positions[3 * v]!,
      y = positions[3 * v + 1]!,
      z = positions[3 * v + 2]!;
    growBox(boxes.body, x, y, z);
    for (const part of partsOfRegion[vertexRegion[v]!] ?? []) growBox(boxes[part], x, y, z);
  }
  for (const part of parts) if (isEmptyBox(boxes[part])) throw new Error(`the region map has no vertex of the ${part} (${framedParts[part]?.join(', ')})`);
  return boxes;
}
