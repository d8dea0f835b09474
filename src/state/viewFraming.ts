// What each preset view frames and from where: the body regions it names (boxed from the vertices
// of the body shown, per the build's region map) and the direction the camera looks from. The
// distance comes from the box, the camera's field of view and the viewport's aspect (frameBox),
// so "Hands" shows both hands whole on a phone held upright as on a wide screen.
import type { Vec3 } from '../domain/body/frame.ts';
import { emptyBox, frameBox, growBox, isEmptyBox, type Box, type Pose } from '../domain/view/framing.ts';
import type { ViewPreset } from './slices/view.ts';

/** The parts of the body a preset frames. */
export const framedParts = {
  body: null, // every vertex
  upper: ['head', 'face', 'scalp', 'ear', 'neck', 'shoulder', 'chest', 'upper-back', 'axilla', 'upper-arm'],
  head: ['head', 'face', 'scalp', 'ear'],
  hands: ['hand', 'fingers', 'wrist'],
  feet: ['foot', 'toes', 'ankle'],
} as const satisfies Record<string, readonly string[] | null>;
export type FramedPart = keyof typeof framedParts;
export type PartBoxes = Record<FramedPart, Box>;

/** Each preset: the part it frames and the direction from the part toward the camera (body frame: x = subject's left, z = front). */
export const presetFraming: Record<ViewPreset, { part: FramedPart; toward: Vec3 }> = {
  anterior: { part: 'body', toward: [0, 0, 1] },
  posterior: { part: 'body', toward: [0, 0, -1] },
  left: { part: 'body', toward: [1, 0, 0] },
  right: { part: 'body', toward: [-1, 0, 0] },
  // from above and a little in front, so the face is the right way up
  top: { part: 'upper', toward: [0, 1, 0.2] },
  // a three-quarter view from the subject's left front
  head: { part: 'head', toward: [0.3, 0.05, 1] },
  hands: { part: 'hands', toward: [0, 0, 1] },
  feet: { part: 'feet', toward: [0.35, 0.5, 1] },
  'scalp-top': { part: 'head', toward: [0, 1, 0.17] },
  'scalp-side': { part: 'head', toward: [1, 0.05, 0] },
  'scalp-back': { part: 'head', toward: [0, 0.05, -1] },
};

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

/** Where the camera stands for a preset on this body, for this field of view and viewport aspect. */
export function presetFrame(preset: ViewPreset, boxes: PartBoxes, fovYDeg: number, aspect: number): Pose {
  const { part, toward } = presetFraming[preset];
  return frameBox(boxes[part], toward, fovYDeg, aspect);
}
