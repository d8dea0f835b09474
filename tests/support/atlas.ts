// The resolved atlas on both bodies, built once per test file.
import { vertexParts } from '../../src/pipeline/regions.ts';
import { createBodyContext, type BodyContext } from '../../src/domain/resolve/bodyContext.ts';
import { resolveAtlas, type ResolvedAtlas, type ResolvedLocation } from '../../src/domain/resolve/resolver.ts';
import { loadAtlasData, type AtlasData } from '../../src/pipeline/atlasData.ts';
import type { BodyVariantId } from '../../src/domain/body/frame.ts';
import { fixture } from './bodies.ts';
import { repoRoot } from './paths.ts';

export const data: AtlasData = loadAtlasData(repoRoot);

export interface AtlasFixture {
  ctx: BodyContext;
  atlas: ResolvedAtlas;
  /** the first location of a code on a side (left for bilateral points unless asked) */
  loc: (code: string, side?: 'left' | 'right' | 'midline') => ResolvedLocation;
  cun: (span: string) => number;
}

const cache = new Map<BodyVariantId, AtlasFixture>();
export function atlasFixture(variant: BodyVariantId): AtlasFixture {
  const hit = cache.get(variant);
  if (hit) return hit;
  const body = fixture(variant).body;
  const ctx = createBodyContext(body, data.landmarks, data.spans, vertexParts(body));
  const atlas = resolveAtlas(ctx, data.points);
  const loc = (code: string, side?: 'left' | 'right' | 'midline') => {
    const record = data.points.get(code);
    const s = side ?? (record?.laterality === 'midline' ? 'midline' : 'left');
    const l = atlas.locations.find((x) => x.code === code && x.side === s);
    if (!l) throw new Error(`no location for ${code} (${s})`);
    return l;
  };
  const cun = (span: string) => {
    const m = ctx.spans.get(span);
    if (!m) throw new Error(`no span ${span}`);
    return m.cunM;
  };
  const f = { ctx, atlas, loc, cun };
  cache.set(variant, f);
  return f;
}
