// The camera kept in the link: where the user left the orbit camera, as the angles and distance
// around the point it looks at, rounded so a link stays short (0.1 degree, 1 mm) and the view it
// restores is the same to the pixel. `cam=az,el,dist,tx,ty,tz`: azimuth about the vertical from the
// front (+z) towards the body's left (+x), elevation above the horizontal, both in degrees; the
// distance and the target in metres, in the body frame. The link key that reads and writes it is
// in ./cameraKey.ts (loaded with the link, not with the 3D view that only needs the orbit's arithmetic).
import type { Vec3 } from '../body/frame.ts';

export interface CameraOrbit {
  azimuthDeg: number;
  elevationDeg: number;
  distanceM: number;
  target: Vec3;
}

/** The camera rig's limits (the orbit's distance) and a box around any body for the target. */
export const orbitDistance = { min: 0.15, max: 6 };
export const targetReachM = 3;

const round = (value: number, step: number): number => {
  const r = Math.round(value / step) * step;
  // one decimal for degrees, three for metres, without binary noise (0.30000000000000004)
  return Number(r.toFixed(step < 0.01 ? 3 : 1)) || 0;
};

/** Degrees into (-180, 180]. */
const wrapDeg = (deg: number): number => {
  const d = ((((deg + 180) % 360) + 360) % 360) - 180;
  return d === -180 ? 180 : d;
};

/** An orbit rounded as the link keeps it. */
export function roundOrbit(o: CameraOrbit): CameraOrbit {
  return {
    azimuthDeg: round(wrapDeg(o.azimuthDeg), 0.1),
    elevationDeg: round(Math.max(-90, Math.min(90, o.elevationDeg)), 0.1),
    distanceM: round(Math.max(orbitDistance.min, Math.min(orbitDistance.max, o.distanceM)), 0.001),
    target: [round(o.target[0], 0.001), round(o.target[1], 0.001), round(o.target[2], 0.001)],
  };
}

/** The orbit of a camera at `position` looking at `target` (rounded as the link keeps it). */
export function orbitOf(position: Vec3, target: Vec3): CameraOrbit {
  const [dx, dy, dz] = [position[0] - target[0], position[1] - target[1], position[2] - target[2]];
  const r = Math.hypot(dx, dy, dz);
  return roundOrbit({
    azimuthDeg: (Math.atan2(dx, dz) * 180) / Math.PI,
    elevationDeg: r > 0 ? (Math.asin(dy / r) * 180) / Math.PI : 0,
    distanceM: r,
    target,
  });
}

/** Where the camera stands for an orbit. */
export function orbitPosition(o: CameraOrbit): Vec3 {
  const az = (o.azimuthDeg * Math.PI) / 180,
    el = (o.elevationDeg * Math.PI) / 180;
  const flat = o.distanceM * Math.cos(el);
  return [o.target[0] + flat * Math.sin(az), o.target[1] + o.distanceM * Math.sin(el), o.target[2] + flat * Math.cos(az)];
}
