// Resolves the atlas on a body and evaluates every location assertion there (Node): shared by
// npm run check:locations, the asset build (which records each record's derived status) and the tests.
import type { BodyVariantId } from '../domain/body/frame.ts';
import { createBodyContext, type BodyContext } from '../domain/resolve/bodyContext.ts';
import { resolveAtlas, type ResolvedAtlas } from '../domain/resolve/resolver.ts';
import { locationIndex, type VerifyContext } from '../domain/verify/evaluate.ts';
import { locationSpecs } from '../domain/verify/specs/index.ts';
import { verifyRecord, type RecordVerdict } from '../domain/verify/verifyAtlas.ts';
import type { AtlasData } from './atlasData.ts';
import { buildBody, type BuiltBody } from './body.ts';
import { vertexParts, vertexRegions } from './regions.ts';
import { nth } from '../domain/checked.ts';

export interface VerifiedBody {
  variant: BodyVariantId;
  body: BuiltBody;
  ctx: BodyContext;
  atlas: ResolvedAtlas;
  verify: VerifyContext;
  verdicts: Map<string, RecordVerdict>;
}

/** The verification context of a resolved body: locations by code and side, regions by vertex. */
export function verifyContext(body: BuiltBody, ctx: BodyContext, atlas: ResolvedAtlas): VerifyContext {
  const regions = vertexRegions(body, ctx.landmarks);
  const regionOf = (l: { vertices: readonly number[]; weights: readonly number[] }) => {
    const w = [...l.weights];
    const i = w.indexOf(Math.max(...w));
    return regions[nth(l.vertices, i)] ?? 'unknown';
  };
  return { ctx, locations: locationIndex(atlas.locations), regionOf };
}

export function verifyBody(data: AtlasData, variant: BodyVariantId, built?: { body: BuiltBody; ctx: BodyContext; atlas: ResolvedAtlas }): VerifiedBody {
  const body = built?.body ?? buildBody(variant);
  const ctx = built?.ctx ?? createBodyContext(body, data.landmarks, data.spans, vertexParts(body));
  const atlas = built?.atlas ?? resolveAtlas(ctx, data.points);
  const verify = verifyContext(body, ctx, atlas);
  const verdicts = new Map([...data.points.values()].map((r) => [r.code, verifyRecord(verify, r, locationSpecs)]));
  return { variant, body, ctx, atlas, verify, verdicts };
}
