// Where resolved points sit on a body: the shipped atlas file stores each location as three vertex
// ids and weights on the shared topology; positions follow whichever body is shown.
import { z } from '../schema/zodMini.ts';
import type { BodySurface, Vec3 } from '../body/frame.ts';
import { nth } from '../checked.ts';

const vec3 = z.tuple([z.number(), z.number(), z.number()]);

/** How a point is found on this body: the reference it starts from and the measured steps. */
export const guideSchema = z.object({
  ref: z.string(),
  start: vec3,
  steps: z.array(
    z.object({
      from: vec3,
      to: vec3,
      amount: z.number(),
      unit: z.enum(['B-cun', 'F-cun', 'cm', 'fraction']),
      dir: z.string(),
      toward: z.optional(z.string()),
      lengthM: z.number(),
    }),
  ),
});
export type Guide = z.infer<typeof guideSchema>;

export const placedLocationSchema = z.object({
  code: z.string(),
  side: z.enum(['left', 'right', 'midline']),
  index: z.number().check(z.int(), z.positive()),
  label: z.optional(z.string()),
  vertices: z.tuple([z.number().check(z.int(), z.minimum(0)), z.number().check(z.int(), z.minimum(0)), z.number().check(z.int(), z.minimum(0))]),
  weights: vec3,
  guide: guideSchema,
});
export type PlacedLocation = z.infer<typeof placedLocationSchema>;

/** A channel's external pathway on one side, drawn through its points over the skin. */
export const channelPathSchema = z.object({ channel: z.string(), side: z.enum(['left', 'right', 'midline']), polyline: z.array(vec3) });
export type ChannelPath = z.infer<typeof channelPathSchema>;

/** A record's location status, derived by the build from its location assertions on both bodies. */
export const locationCheckSchema = z.object({ status: z.enum(['checked', 'failed', 'unchecked']), assertions: z.number().check(z.int(), z.minimum(0)) });
export type LocationCheck = z.infer<typeof locationCheckSchema>;

export const atlasFileSchema = z.object({
  variant: z.string(),
  locations: z.array(placedLocationSchema),
  paths: z.array(channelPathSchema),
  checks: z.record(z.string(), locationCheckSchema),
});

export function locationOnSurface(surface: BodySurface, loc: PlacedLocation): { position: Vec3; normal: Vec3 } {
  const position: Vec3 = [0, 0, 0];
  const normal: Vec3 = [0, 0, 0];
  for (let c = 0; c < 3; c++) {
    const v = nth(loc.vertices, c) * 3;
    const w = nth(loc.weights, c);
    for (let k = 0; k < 3; k++) {
      position[k] = (position[k] as number) + nth(surface.positions, v + k) * w;
      normal[k] = (normal[k] as number) + nth(surface.normals, v + k) * w;
    }
  }
  const len = Math.hypot(...normal) || 1;
  return { position, normal: [normal[0] / len, normal[1] / len, normal[2] / len] };
}
