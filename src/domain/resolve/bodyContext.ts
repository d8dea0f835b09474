// Everything the resolver needs to know about one body: its surface, landmarks, measured cun
// spans, finger cun, and the limb segments that give "proximal" and "distal" a meaning.
import type { BodySurface, Side, Vec3 } from '../body/frame.ts';
import { placeLandmarks, type Landmark, type PlacedLandmark } from '../body/landmarks.ts';
import { mirrorMap } from '../body/mirror.ts';
import { measureSpan, type CunSpan, type MeasuredSpan } from '../body/spans.ts';
import { indexSurface, type SurfaceIndex } from '../body/surface.ts';

export interface LimbSegment {
  name: string;
  /** landmark keys without side, proximal end first */
  proximal: string;
  distal: string;
}

/** Limb segments by their landmarks; a point takes proximal/distal from the segment nearest it. */
export const limbSegments: LimbSegment[] = [
  { name: 'upper arm', proximal: 'acromion', distal: 'cubital_crease_midpoint' },
  { name: 'forearm', proximal: 'cubital_crease_midpoint', distal: 'wrist_crease_midpoint' },
  { name: 'hand', proximal: 'wrist_crease_midpoint', distal: 'mcp3' },
  { name: 'thumb', proximal: 'metacarpal1_base', distal: 'thumb_tip' },
  { name: 'fingers', proximal: 'mcp3', distal: 'middle_tip' },
  { name: 'thigh', proximal: 'greater_trochanter', distal: 'patella_apex' },
  { name: 'leg', proximal: 'patella_apex', distal: 'medial_malleolus' },
  { name: 'foot', proximal: 'heel_bottom', distal: 'second_toe_tip' },
];

export interface BodyContext {
  surface: BodySurface;
  index: SurfaceIndex;
  mirror: Int32Array;
  landmarks: Map<string, PlacedLandmark>;
  spans: Map<string, MeasuredSpan>;
  /** metres per finger cun, per side: the forearm B-cun (see createBodyContext) */
  fingerCunM: { left: number; right: number };
  /** per vertex: 0 trunk, head and neck; 1 upper limb; 2 lower limb (when known). Rules measured on
   * the trunk (levels and lines) land only on trunk skin, never on an arm hanging beside it. */
  vertexPart?: Uint8Array;
}

export function createBodyContext(
  surface: BodySurface,
  landmarkRecords: readonly Landmark[],
  spanRecords: readonly CunSpan[],
  partsOf?: (landmarks: ReadonlyMap<string, PlacedLandmark>) => Uint8Array,
): BodyContext {
  const mirror = mirrorMap(surface);
  const placed = placeLandmarks(surface, landmarkRecords, mirror);
  const index = indexSurface(surface);
  const landmarks = new Map(placed.map((l) => [l.key, l]));
  const vertexPart = partsOf?.(landmarks);
  const spans = new Map(spanRecords.map((s) => [s.id, measureSpan(s, placed, index)]));
  // WHO 2008 uses the finger cun only as a supplement meant to equal the B-cun. The MakeHuman
  // hand is large for its body (middle phalanx of the middle finger 3.0 cm against a forearm
  // B-cun of 2.3 cm on the male), so a finger-cun step measured on it would be 30 % long: the
  // finger cun is this body's forearm B-cun, and the phalanx is reported beside it.
  const forearm = spans.get('forearm_cubital_wrist')?.cunM;
  const phalanx = (side: 'left' | 'right') => {
    const a = landmarks.get(`pip3_${side}`)?.position,
      b = landmarks.get(`dip3_${side}`)?.position;
    return a && b ? Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) : 0.022;
  };
  const finger = (side: 'left' | 'right') => forearm ?? phalanx(side);
  return { surface, index, mirror, landmarks, spans, fingerCunM: { left: finger('left'), right: finger('right') }, ...(vertexPart ? { vertexPart } : {}) };
}

/** The landmark for a reference seen from one side: explicit sides win, bilateral ones follow the side. */
export function landmarkFor(ctx: BodyContext, id: string, side: Side): Vec3 | undefined {
  const direct = ctx.landmarks.get(id);
  if (direct) return direct.position;
  if (side !== 'midline') return ctx.landmarks.get(`${id}_${side}`)?.position;
  // a midline point measured from a paired landmark: the level between the two
  const l = ctx.landmarks.get(`${id}_left`)?.position,
    r = ctx.landmarks.get(`${id}_right`)?.position;
  return l && r ? [(l[0] + r[0]) / 2, (l[1] + r[1]) / 2, (l[2] + r[2]) / 2] : undefined;
}
