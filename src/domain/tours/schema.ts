// A tour: an educator's ordered steps through the atlas, each showing one thing (a point, a scalp
// line or area, an ear point, a whole channel or an ear protocol) from a camera view, with a caption
// in the educator's words. Played in presentation mode, kept on the device, shared as a link or a
// JSON file, and built into the atlas (data/tours.json). One schema for all of them.
import { z } from '../schema/zodMini.ts';
import { orbitDistance, targetReachM, type CameraOrbit } from '../link/camera.ts';
import { channelOrder, type ChannelOrExtra } from '../points/channels.ts';
import { viewPresets } from '../view/presets.ts';

const itemIdSchema = z.string().check(z.regex(/^[A-Za-z0-9,-]{1,60}$/, 'must be an item id (letters, digits, "," and "-", up to 60)'));

/** What a step shows: an item of a system, a whole channel, or an ear protocol. */
export const tourItemSchema = z.discriminatedUnion('system', [
  z.strictObject({ system: z.literal('points'), id: itemIdSchema }),
  z.strictObject({ system: z.literal('scalp'), id: itemIdSchema }),
  z.strictObject({ system: z.literal('ear'), id: itemIdSchema }),
  z.strictObject({ system: z.literal('channel'), id: z.enum(channelOrder as [ChannelOrExtra, ...ChannelOrExtra[]]) }),
  z.strictObject({
    system: z.literal('protocol'),
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'must be a protocol id (lower-case letters, digits, hyphens)')),
  }),
]);
export type TourItem = z.infer<typeof tourItemSchema>;
export const tourItemSystems = tourItemSchema.def.options.map((o) => o.shape.system.def.values[0]);

const degrees = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
const metres = z.number().check(z.minimum(-targetReachM), z.maximum(targetReachM));

/** The user's own camera around a preset (src/domain/link/camera.ts), as the link keeps it. */
export const orbitSchema: z.ZodMiniType<CameraOrbit> = z.strictObject({
  azimuthDeg: degrees(-180, 180),
  elevationDeg: degrees(-90, 90),
  distanceM: z.number().check(z.minimum(orbitDistance.min), z.maximum(orbitDistance.max)),
  target: z.tuple([metres, metres, metres]),
});

/** Where the camera stands for a step: a preset view, and the user's own orbit around it if any. */
export const tourViewSchema = z.strictObject({ preset: z.enum(viewPresets), orbit: z.optional(orbitSchema) });
export type TourView = z.infer<typeof tourViewSchema>;

export const tourStepSchema = z.strictObject({
  item: tourItemSchema,
  /** no view: the camera frames the item as selecting it would */
  view: z.optional(tourViewSchema),
  caption: z.string().check(z.maxLength(400)),
});
export type TourStep = z.infer<typeof tourStepSchema>;

export const tourSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'must be an id of lower-case letters, digits and hyphens')),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  steps: z.array(tourStepSchema).check(z.maxLength(100)),
  /** built-in tours: where their facts come from */
  source: z.optional(z.string().check(z.maxLength(400))),
});
export type Tour = z.infer<typeof tourSchema>;

/** data/tours.json: the built-in tours. */
export const builtInToursFileSchema = z.strictObject({
  source: z.string(),
  tours: z.array(tourSchema),
});
