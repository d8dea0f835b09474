// The landmarks and measured cun spans of a body, as written beside its GLB, taken from the body
// context the build already made (nothing is placed or measured twice).
import { bodyFrameDescription, type Vec3 } from '../domain/body/frame.ts';
import type { BodyContext } from '../domain/resolve/bodyContext.ts';
import type { BuiltBody } from './body.ts';

const round = (v: Vec3): Vec3 => [+v[0].toFixed(5), +v[1].toFixed(5), +v[2].toFixed(5)];

export function measureBody(body: BuiltBody, ctx: BodyContext) {
  return {
    body: { id: body.variant, heightM: body.heightM, frame: bodyFrameDescription },
    landmarks: [...ctx.landmarks.values()].map((l) => ({ id: l.key, name: l.name, position: round(l.position) })),
    cunSpans: [...ctx.spans.values()].map((s) => ({ id: s.id, from: s.from, to: s.to, cun: s.cun, lengthM: +s.lengthM.toFixed(4) })),
  };
}
