// The navel's frame on a body, from its placed landmarks: the umbilicus, its skin normal and the
// abdomen's B-cun (umbilicus to the upper border of the pubic symphysis is 5 cun, WHO 2008).
import type { NavelFrame } from './sectors.ts';
import type { Vec3 } from '../../../domain/body/frame.ts';

export function navelFrameOf(
  landmarks: ReadonlyMap<string, { position: Vec3; normal: Vec3 }> | readonly { key: string; position: Vec3; normal: Vec3 }[],
): NavelFrame | null {
  const get = (key: string) => ('get' in landmarks ? landmarks.get(key) : landmarks.find((l) => l.key === key));
  const umbilicus = get('umbilicus');
  const pubis = get('pubic_symphysis_superior');
  if (!umbilicus || !pubis) return null;
  const cunM = Math.hypot(umbilicus.position[0] - pubis.position[0], umbilicus.position[1] - pubis.position[1], umbilicus.position[2] - pubis.position[2]) / 5;
  return { centre: umbilicus.position, normal: umbilicus.normal, cunM };
}
