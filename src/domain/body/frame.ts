// The body frame shared by the pipeline, the resolver, the scene and the export.
export const bodyFrameDescription = "metres; x = subject's left, y = up, z = anterior; origin on the floor midway between the heels";

export type Vec3 = [number, number, number];

export const bodyVariants = {
  male: { label: 'Adult male', heightM: 1.75 },
  female: { label: 'Adult female', heightM: 1.62 },
} as const;
export type BodyVariantId = keyof typeof bodyVariants;
export const bodyVariantIds = Object.keys(bodyVariants) as BodyVariantId[];

export type Side = 'left' | 'right' | 'midline';

/** A body surface as the resolver and the scene see it: triangles over the shared hm08 topology. */
export interface BodySurface {
  /** which body this is, where known: a landmark may be defined differently on each */
  variant?: BodyVariantId;
  positions: Float32Array;
  normals: Float32Array;
  indices: Uint32Array;
}

export function vertexPosition(surface: BodySurface, vertex: number): Vec3 {
  const i = vertex * 3;
  return [surface.positions[i] ?? NaN, surface.positions[i + 1] ?? NaN, surface.positions[i + 2] ?? NaN];
}
