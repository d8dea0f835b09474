// Anatomical landmarks: named places on the body surface that locations are measured from. Each is
// defined on the shared hm08 topology (vertex ids), so it holds on every body variant.
import { z } from '../schema/zodMini.ts';
import { strictUnion } from '../schema/strict.ts';
import { vertexPosition, type BodySurface, type BodyVariantId, type Side, type Vec3 } from './frame.ts';
import { nth } from '../checked.ts';

export const landmarkDefinitionSchema = strictUnion([
  z.strictObject({ vertex: z.number().check(z.int(), z.minimum(0)) }),
  /** the mean of a few neighbouring vertices (a crease, a hollow) */
  z.strictObject({ vertices: z.array(z.number().check(z.int(), z.minimum(0))).check(z.minLength(2), z.maxLength(12)) }),
  /** a point on the edge between two neighbouring vertices, t of the way from the first */
  z.strictObject({
    between: z.tuple([z.number().check(z.int(), z.minimum(0)), z.number().check(z.int(), z.minimum(0))]),
    t: z.number().check(z.minimum(0), z.maximum(1)),
  }),
  /** a point inside one triangle of the mesh (barycentric weights): where the mesh is coarse */
  z.strictObject({
    triangle: z.tuple([z.number().check(z.int(), z.minimum(0)), z.number().check(z.int(), z.minimum(0)), z.number().check(z.int(), z.minimum(0))]),
    weights: z.tuple([z.number().check(z.minimum(0)), z.number().check(z.minimum(0)), z.number().check(z.minimum(0))]),
  }),
]);

export const landmarkSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z][a-z0-9_]*$/)),
  name: z.string().check(z.minLength(3)),
  region: z.string(),
  /** bilateral landmarks are defined on the subject's left; the right is the mirror twin */
  laterality: z.enum(['midline', 'bilateral']),
  description: z.string().check(z.minLength(10)),
  definition: landmarkDefinitionSchema,
  /**
   * Where the two bodies' shapes differ so much that no one place of the shared mesh is the
   * landmark on both (the armpit, the flank), the definition for one body.
   */
  variants: z.optional(z.strictObject({ male: z.optional(landmarkDefinitionSchema), female: z.optional(landmarkDefinitionSchema) })),
});
export type Landmark = z.infer<typeof landmarkSchema>;
export type LandmarkDefinition = z.infer<typeof landmarkDefinitionSchema>;

export const landmarkFileSchema = z.strictObject({ source: z.string(), landmarks: z.array(landmarkSchema).check(z.minLength(1)) });

export interface PlacedLandmark {
  /** the id with its side for bilateral landmarks: nipple_left */
  key: string;
  id: string;
  name: string;
  side: Side;
  position: Vec3;
  /** the outward skin normal there */
  normal: Vec3;
}

const vec3 = z.tuple([z.number(), z.number(), z.number()]);
/** The landmarks as placed on one body by the build (generated/landmarks-<body>.json). */
export const placedLandmarksFileSchema = z.strictObject({
  variant: z.enum(['male', 'female']),
  landmarks: z.array(
    z.strictObject({ key: z.string(), id: z.string(), name: z.string(), side: z.enum(['left', 'right', 'midline']), position: vec3, normal: vec3 }),
  ),
});

/** The vertices a landmark is made of, with their weights. */
export function landmarkWeights(landmark: Landmark, variant?: BodyVariantId): [number, number][] {
  const d = (variant && landmark.variants?.[variant]) || landmark.definition;
  if ('vertex' in d) return [[d.vertex, 1]];
  if ('vertices' in d) return d.vertices.map((v) => [v, 1 / d.vertices.length]);
  if ('triangle' in d) return d.triangle.map((v, i) => [v, nth(d.weights, i)]);
  return [
    [d.between[0], 1 - d.t],
    [d.between[1], d.t],
  ];
}

export function landmarkPosition(surface: BodySurface, landmark: Landmark, side: Side, mirror: Int32Array): Vec3 {
  const sum: Vec3 = [0, 0, 0];
  for (const [vertex, weight] of landmarkWeights(landmark, surface.variant)) {
    const p = vertexPosition(surface, side === 'right' ? (mirror[vertex] ?? -1) : vertex);
    sum[0] += p[0] * weight;
    sum[1] += p[1] * weight;
    sum[2] += p[2] * weight;
  }
  return sum;
}

export function landmarkNormal(surface: BodySurface, landmark: Landmark, side: Side, mirror: Int32Array): Vec3 {
  const sum: Vec3 = [0, 0, 0];
  for (const [vertex, weight] of landmarkWeights(landmark, surface.variant)) {
    const i = (side === 'right' ? (mirror[vertex] ?? -1) : vertex) * 3;
    for (let k = 0; k < 3; k++) sum[k] = (sum[k] as number) + nth(surface.normals, i + k) * weight;
  }
  const len = Math.hypot(...sum) || 1;
  return [sum[0] / len, sum[1] / len, sum[2] / len];
}

export function placeLandmarks(surface: BodySurface, landmarks: readonly Landmark[], mirror: Int32Array): PlacedLandmark[] {
  const out: PlacedLandmark[] = [];
  for (const lm of landmarks) {
    const sides: Side[] = lm.laterality === 'midline' ? ['midline'] : ['left', 'right'];
    for (const side of sides) {
      out.push({
        key: side === 'midline' ? lm.id : `${lm.id}_${side}`,
        id: lm.id,
        name: side === 'midline' ? lm.name : `${lm.name} (${side})`,
        side,
        position: landmarkPosition(surface, lm, side, mirror),
        normal: landmarkNormal(surface, lm, side, mirror),
      });
    }
  }
  return out;
}
