// generated/dermatomes-<body>.json, as the build writes it (src/pipeline/dermatomes.ts): the skin
// area of every vertex, the key sensory points on the shared topology and each point's area.
import { z } from '../../../domain/schema/zodMini.ts';
import { skinAreaId, type SkinAreaId } from '../../../domain/neuro/segments.ts';

export const dermatomeMapFileSchema = z.strictObject({
  format: z.literal('atlas-dermatomes'),
  version: z.literal(1),
  variant: z.string(),
  areas: z.array(skinAreaId),
  /** per vertex: the index of its area in `areas` */
  vertexArea: z.array(z.number().check(z.int(), z.minimum(0))),
  /** per edge of the mesh (numbered as edges.ts numbers them): the index of the area at its middle */
  edgeArea: z.array(z.number().check(z.int(), z.minimum(0))),
  keyPoints: z.array(
    z.strictObject({
      area: skinAreaId,
      side: z.enum(['left', 'right']),
      vertices: z.tuple([z.number().check(z.int()), z.number().check(z.int()), z.number().check(z.int())]),
      weights: z.tuple([z.number(), z.number(), z.number()]),
    }),
  ),
  /** point code -> the area under its left (or midline) location on this body */
  points: z.record(z.string(), skinAreaId),
  /** point code -> the area under each member's left (or midline) location, in member order (Shixuan, Bafeng, the Jiaji...) */
  members: z.record(z.string(), z.array(skinAreaId)),
});
export type DermatomeMapFile = z.infer<typeof dermatomeMapFileSchema>;

/** The skin area of a point, or of one member of a point with members (1-based), on the map's body. */
export function areaOfPoint(map: Pick<DermatomeMapFile, 'points' | 'members'>, code: string, index = 1): SkinAreaId | undefined {
  return map.members[code]?.[index - 1] ?? map.points[code];
}
