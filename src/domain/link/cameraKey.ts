// The camera's link key, `cam=az,el,dist,tx,ty,tz` (the orbit as ./camera.ts describes it): six
// plain numbers in range, read into a rounded orbit and written back the same way.
import { z } from '../schema/zodMini.ts';
import { orbitDistance, roundOrbit, targetReachM, type CameraOrbit } from './camera.ts';
import { linkKey } from './keys.ts';

/** a plain decimal (no exponent, no blank: '' is not 0) */
const num = z.pipe(z.string().check(z.regex(/^-?\d{1,4}(\.\d{1,6})?$/)), z.transform(Number));
const metres = num.check(z.refine((v) => Math.abs(v) <= targetReachM));

/** The camera's link key: six numbers in range, or the whole key is malformed. */
export const cameraLinkKey = linkKey(
  z.pipe(
    z.pipe(
      z.pipe(
        z.string().check(z.maxLength(80)),
        z.transform((raw) => raw.split(',')),
      ),
      z.tuple([
        num.check(z.refine((v) => v > -180 && v <= 180)),
        num.check(z.refine((v) => v >= -90 && v <= 90)),
        num.check(z.refine((v) => v >= orbitDistance.min && v <= orbitDistance.max)),
        metres,
        metres,
        metres,
      ]),
    ),
    z.transform(([az, el, d, tx, ty, tz]): CameraOrbit => roundOrbit({ azimuthDeg: az, elevationDeg: el, distanceM: d, target: [tx, ty, tz] })),
  ),
  (o) => [o.azimuthDeg, o.elevationDeg, o.distanceM, ...o.target].join(','),
);
