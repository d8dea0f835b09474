// Places the landmarks on a built body and measures every cun span on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyFrameDescription, type Vec3 } from '../domain/body/frame.ts';
import { landmarkFileSchema, placeLandmarks } from '../domain/body/landmarks.ts';
import { mirrorMap } from '../domain/body/mirror.ts';
import { cunSpanFileSchema, measureSpan } from '../domain/body/spans.ts';
import { indexSurface } from '../domain/body/surface.ts';
import type { BuiltBody } from './body.ts';

const round = (v: Vec3): Vec3 => [+v[0].toFixed(5), +v[1].toFixed(5), +v[2].toFixed(5)];

export function measureBody(body: BuiltBody, root: string) {
  const landmarks = landmarkFileSchema.parse(JSON.parse(readFileSync(join(root, 'data/body/landmarks.json'), 'utf8'))).landmarks;
  const spans = cunSpanFileSchema.parse(JSON.parse(readFileSync(join(root, 'data/body/cun-spans.json'), 'utf8'))).spans;
  const placed = placeLandmarks(body, landmarks, mirrorMap(body));
  const index = indexSurface(body);
  return {
    body: { id: body.variant, heightM: body.heightM, frame: bodyFrameDescription },
    landmarks: placed.map((l) => ({ id: l.key, name: l.name, position: round(l.position) })),
    cunSpans: spans.map((s) => {
      const m = measureSpan(s, placed, index);
      return { id: s.id, from: s.from, to: s.to, cun: s.cun, lengthM: +m.lengthM.toFixed(4) };
    }),
  };
}
