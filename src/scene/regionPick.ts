// Which body region a click on the skin lands in: the per-vertex region map the pipeline writes.
import { z } from '../domain/schema/zodMini.ts';
import { bodyVariantIds, type BodyVariantId } from '../domain/body/frame.ts';
import { partBoxesSchema } from '../domain/view/partBoxes.ts';
import { fetchGenerated } from '../state/atlasData.ts';

// the region of every vertex and the boxes the preset views frame, both measured by the build
export const regionMapSchema = z.object({
  variant: z.enum(bodyVariantIds),
  regions: z.array(z.string()),
  vertexRegion: z.array(z.number().check(z.int(), z.minimum(0))),
  partBoxes: partBoxesSchema,
});
export type RegionMap = z.infer<typeof regionMapSchema>;

export function fetchRegionMap(variant: BodyVariantId): Promise<RegionMap> {
  return fetchGenerated(`regions-${variant}.json`, regionMapSchema);
}

/** The region of the corner of a hit face nearest the hit point. */
export function regionAt(map: RegionMap, face: { a: number; b: number; c: number }, bary: { x: number; y: number; z: number } | undefined): string | undefined {
  const corners = [face.a, face.b, face.c];
  const weights = bary ? [bary.x, bary.y, bary.z] : [1, 0, 0];
  const corner = corners[weights.indexOf(Math.max(...weights))] ?? face.a;
  return map.regions[map.vertexRegion[corner] ?? -1];
}
