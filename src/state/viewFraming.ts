// What each preset view frames and from where: the part of the body it names (boxed by the build
// from the vertices of the body shown, src/domain/view/partBoxes.ts) and the direction the camera looks from. The
// distance comes from the box, the camera's field of view and the viewport's aspect (frameBox),
// so "Hands" shows both hands whole on a phone held upright as on a wide screen.
import type { Vec3 } from '../domain/body/frame.ts';
import { cameraAxes, frameBox, type Pose } from '../domain/view/framing.ts';
import type { FramedPart, PartBoxes } from '../domain/view/partBoxes.ts';
import type { ViewPreset } from './slices/view.ts';

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

/**
 * Where the camera stands for a preset on this body, for this field of view and viewport aspect.
 * `insetTop`: the share of the view's height that something lies over at its top (the quiz's
 * question bar): the part is framed into the rest of the view, below it.
 */
export function presetFrame(preset: ViewPreset, boxes: PartBoxes, fovYDeg: number, aspect: number, insetTop = 0): Pose {
  const { part, toward } = presetFraming[preset];
  const inset = Math.min(Math.max(insetTop, 0), 0.6);
  if (inset === 0) return frameBox(boxes[part], toward, fovYDeg, aspect);
  // the part of the view below the bar, as a camera of its own: a narrower field, a wider aspect
  const tan = Math.tan((fovYDeg * Math.PI) / 360);
  const below = 1 - inset;
  // (a wider margin: the rise below moves the part's near corners a little more than its centre)
  const pose = frameBox(boxes[part], toward, (Math.atan(tan * below) * 360) / Math.PI, aspect / below, 0.1);
  // then the camera rises so the part's centre shows at that region's centre (the view's centre
  // less `inset` of its half-height), not the whole view's
  const forward = pose.target.map((t, i) => t - pose.position[i]!) as [number, number, number];
  const distance = Math.hypot(...forward);
  const { up } = cameraAxes(forward.map((v) => v / distance) as [number, number, number]);
  const rise = tan * inset * distance;
  const lift = (v: readonly number[]) => v.map((x, i) => x + up[i]! * rise) as [number, number, number];
  return { position: lift(pose.position), target: lift(pose.target) };
}
