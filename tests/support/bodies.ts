// Builds each body once per test file and places its landmarks: the shared fixtures of the
// Node tests.
import { buildBody, type BuiltBody } from '../../src/pipeline/body.ts';
import { bodyVariantIds, type BodyVariantId } from '../../src/domain/body/frame.ts';
import { landmarkFileSchema, placeLandmarks, type Landmark, type PlacedLandmark } from '../../src/domain/body/landmarks.ts';
import { mirrorMap } from '../../src/domain/body/mirror.ts';
import { indexSurface, type SurfaceIndex } from '../../src/domain/body/surface.ts';
import { readRepoJson } from './paths.ts';
import { cunSpanFileSchema, type CunSpan } from '../../src/domain/body/spans.ts';

export const landmarkRecords: Landmark[] = landmarkFileSchema.parse(readRepoJson('data/body/landmarks.json')).landmarks;
export const cunSpans: CunSpan[] = cunSpanFileSchema.parse(readRepoJson('data/body/cun-spans.json')).spans;

export interface BodyFixture {
  body: BuiltBody;
  mirror: Int32Array;
  index: SurfaceIndex;
  landmarks: PlacedLandmark[];
  at: (key: string) => PlacedLandmark;
}

const cache = new Map<BodyVariantId, BodyFixture>();
export function fixture(variant: BodyVariantId): BodyFixture {
  const hit = cache.get(variant);
  if (hit) return hit;
  const body = buildBody(variant);
  const mirror = mirrorMap(body);
  const landmarks = placeLandmarks(body, landmarkRecords, mirror);
  const at = (key: string) => {
    const lm = landmarks.find((l) => l.key === key) ?? landmarks.find((l) => l.key === `${key}_left`);
    if (!lm) throw new Error(`no landmark ${key}`);
    return lm;
  };
  const f = { body, mirror, index: indexSurface(body), landmarks, at };
  cache.set(variant, f);
  return f;
}
export { bodyVariantIds };
