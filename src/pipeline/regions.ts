// Which body region each vertex of a body lies in: the rig bone that carries it gives the body
// part; landmarks split the trunk and head and mark the joints. Used to check that every point
// lies in its declared region, and to pick a region by clicking the body.
import type { Vec3 } from '../domain/body/frame.ts';
import type { PlacedLandmark } from '../domain/body/landmarks.ts';
import type { BuiltBody } from './body.ts';
import { perBody } from './perBody.ts';
import { nth } from '../domain/checked.ts';
import { partBoxes, type PartBoxes } from '../domain/view/partBoxes.ts';

const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const mid = (a: Vec3, b: Vec3): Vec3 => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2];

function basePart(bone: string): string {
  if (/^upperarm/.test(bone)) return 'upper-arm';
  if (/^lowerarm/.test(bone)) return 'forearm';
  if (/^(wrist|metacarpal)/.test(bone)) return 'hand';
  // the rig's first thumb bone is the first metacarpal: the hand, not the fingers
  if (/^finger1-1/.test(bone)) return 'hand';
  if (/^finger/.test(bone)) return 'fingers';
  if (/^upperleg/.test(bone)) return 'thigh';
  if (/^lowerleg/.test(bone)) return 'leg';
  if (/^foot/.test(bone)) return 'foot';
  if (/^toe/.test(bone)) return 'toes';
  if (/^(clavicle|shoulder)/.test(bone)) return 'shoulder';
  if (/^neck/.test(bone)) return 'neck';
  if (/^(head|jaw|eye|levator|oris|risorius|special|temporalis|oculi|orbicularis|tongue)/.test(bone)) return 'head';
  return 'trunk';
}

/** The region of every vertex (computed once per body and set of placed landmarks). */
export const vertexRegions: (body: BuiltBody, landmarks: ReadonlyMap<string, PlacedLandmark>) => string[] = perBody((body, landmarks) =>
  computeRegions(body, landmarks),
);

function computeRegions(body: BuiltBody, landmarks: ReadonlyMap<string, PlacedLandmark>): string[] {
  const at = (key: string): Vec3 => {
    const l = landmarks.get(key) ?? landmarks.get(`${key}_left`);
    if (!l) throw new Error(`regions: no landmark ${key}`);
    return l.position;
  };
  const left = (p: Vec3): Vec3 => [Math.abs(p[0]), p[1], p[2]];
  // the auricle: within half its length (apex to lobe) of its middle, and a few millimetres more
  // for the rim; the scalp just above the apex (TE20) is not ear
  const earCentre = mid(at('ear_apex'), at('earlobe'));
  const earRadius = dist(at('ear_apex'), at('earlobe')) / 2 + 0.002;
  // the elbow joint's centre: midway between the epicondyles, on the axis of the joint (the
  // crease and the olecranon both lie toward the medial side on the hanging arm)
  const elbow = mid(at('lateral_epicondyle'), at('medial_epicondyle'));
  const wrist = mid(at('wrist_crease_midpoint'), at('dorsal_wrist_crease_midpoint'));
  const knee = mid(at('patella_apex'), at('popliteal_crease_midpoint'));
  // the knee reaches about 2.2 B-cun above and below the joint line (from the upper border of the
  // patella to the tibial tuberosity), in the leg's own cun (the popliteal crease to the lateral
  // malleolus is 16 B-cun): a sphere of a fixed 7 cm took in ST36, 3 B-cun below ST35, on the shorter female leg
  const kneeHalfHeight = (2.2 * (at('popliteal_crease_midpoint')[1] - at('lateral_malleolus')[1])) / 16;
  // the ankle: the skin round the axis of the joint (through the malleoli); in front, from the
  // axis up (it runs about a centimetre below the prominences of the malleoli), the skin over the
  // joint reaches up to 6.5 cm from it, to the crease where the shin meets the instep (ST41, level with
  // the prominences), before the dorsum of the foot begins
  const ankle = mid(at('medial_malleolus'), at('lateral_malleolus'));
  const y = (k: string) => at(k)[1];
  const out: string[] = [];
  for (let i = 0; i < body.vertexCount; i++) {
    const p = left([nth(body.positions, i * 3), nth(body.positions, i * 3 + 1), nth(body.positions, i * 3 + 2)]);
    const nz = nth(body.normals, i * 3 + 2);
    let region = basePart(body.dominantBone[i] ?? '');
    if (region === 'head') {
      if (dist(p, earCentre) < earRadius && p[0] > at('tragus')[0] - 0.005) region = 'ear';
      // the skin under the chin and the jaw, facing down, is the neck (the submental and
      // submandibular triangles, down to the hyoid), not the face
      else if (nth(body.normals, i * 3 + 1) < -0.5 && p[2] > at('tragus')[2] && p[1] < y('hyoid') + 0.025) region = 'neck';
      else if (p[2] > at('tragus')[2] + 0.01 && p[1] < y('anterior_hairline_midpoint') && p[1] > y('chin') - 0.02) region = 'face';
      else if (p[1] > y('ear_apex') || (p[2] < at('tragus')[2] - 0.02 && p[1] > y('posterior_hairline_midpoint'))) region = 'scalp';
    } else if (region === 'forearm' || region === 'upper-arm') {
      // the hollow of the armpit itself, before the skin of the chest that follows the arm
      if (region === 'upper-arm' && dist(p, at('axilla_apex')) < 0.03) region = 'axilla';
      else if (region === 'upper-arm' && p[1] > y('axilla_apex') && nz > 0.3 && p[0] < at('acromion')[0] - 0.02) region = 'chest';
      // skin of the side of the chest that follows the arm in the rig
      else if (region === 'upper-arm' && p[0] < at('axilla_apex')[0] + 0.005) region = nz >= 0 ? 'chest' : 'upper-back';
      else if (region === 'upper-arm' && dist(p, at('acromion')) < 0.07) region = 'shoulder';
      else if (dist(p, elbow) < 0.05) region = 'elbow';
      else if (dist(p, wrist) < 0.03) region = 'wrist';
      else if (region === 'upper-arm' && dist(p, at('axilla_apex')) < 0.05) region = 'axilla';
    } else if (region === 'hand' && dist(p, wrist) < 0.025) region = 'wrist';
    else if (region === 'thigh' || region === 'leg') {
      if (region === 'thigh' && p[1] > y('greater_trochanter')) region = nz < -0.3 ? 'buttock' : 'hip';
      else if (Math.abs(p[1] - knee[1]) < kneeHalfHeight) region = 'knee';
      else if (dist(p, ankle) < 0.05) region = 'ankle';
      else if (region === 'thigh' && p[1] > y('gluteal_fold_midpoint') && nz < -0.3) region = 'buttock';
    } else if (region === 'foot' && (dist(p, ankle) < 0.045 || (p[1] > ankle[1] - 0.01 && p[2] > ankle[2] && dist(p, ankle) < 0.065))) region = 'ankle';
    else if (region === 'trunk') {
      const front = nz > 0;
      if (dist(p, at('axilla_apex')) < 0.05) region = 'axilla';
      // the front of the lower neck, which the rig's trunk bones carry: above the suprasternal notch
      else if (front && p[1] > y('sternal_notch') + 0.01 && p[0] < 0.06) region = 'neck';
      // the perineum faces down between the thighs (more down than back); skin beside the coccyx
      // that faces back, or the wall of the natal cleft that faces half back and half down, is buttock
      else if (p[1] < y('pubic_symphysis_superior') + 0.01 && p[0] < 0.045 && p[1] < y('coccyx_tip') && nth(body.normals, i * 3 + 1) < -0.5)
        region = 'perineum';
      else if (front) region = p[1] > y('xiphisternal_junction') ? 'chest' : p[1] > y('pubic_symphysis_superior') - 0.01 ? 'abdomen' : 'hip';
      else if (p[1] > y('spinous_t12')) region = 'upper-back';
      else if (p[1] > y('spinous_s1')) region = 'lower-back';
      else if (p[0] < at('psis')[0] + 0.03 && p[1] > y('coccyx_tip') - 0.01) region = 'sacrum';
      else region = 'buttock';
    } else if (region === 'shoulder' && p[1] < y('acromion') - 0.06) region = nz > 0 ? 'chest' : 'upper-back';
    out.push(region);
  }
  return out;
}

/** Regions a point may declare when the body around it is classified as `found`: the region and its neighbours. */
export const neighbourRegions: Record<string, string[]> = {
  head: ['scalp', 'face', 'ear', 'neck'],
  // the hairline runs down the temples to the sideburns: points at the temple border face and scalp
  face: ['head', 'ear', 'neck', 'scalp'],
  scalp: ['head', 'face', 'neck'],
  ear: ['head', 'face', 'scalp', 'neck'],
  neck: ['head', 'scalp', 'face', 'chest', 'upper-back', 'shoulder'],
  chest: ['abdomen', 'axilla', 'shoulder', 'neck', 'upper-back'],
  abdomen: ['chest', 'hip', 'perineum', 'lower-back'],
  'upper-back': ['lower-back', 'shoulder', 'neck', 'chest'],
  'lower-back': ['upper-back', 'sacrum', 'buttock', 'hip', 'abdomen'],
  sacrum: ['lower-back', 'buttock', 'perineum'],
  buttock: ['sacrum', 'hip', 'thigh', 'lower-back', 'perineum'],
  perineum: ['sacrum', 'buttock', 'abdomen', 'thigh', 'hip'],
  axilla: ['chest', 'upper-arm', 'shoulder', 'upper-back'],
  shoulder: ['upper-arm', 'chest', 'upper-back', 'neck', 'axilla'],
  'upper-arm': ['shoulder', 'elbow', 'axilla'],
  elbow: ['upper-arm', 'forearm'],
  forearm: ['elbow', 'wrist'],
  wrist: ['forearm', 'hand'],
  hand: ['wrist', 'fingers'],
  fingers: ['hand'],
  hip: ['thigh', 'buttock', 'abdomen', 'lower-back', 'perineum'],
  thigh: ['hip', 'knee', 'buttock', 'perineum'],
  knee: ['thigh', 'leg'],
  leg: ['knee', 'ankle'],
  ankle: ['leg', 'foot'],
  foot: ['ankle', 'toes'],
  toes: ['foot'],
};

/** Per vertex: 0 trunk, head and neck; 1 upper limb; 2 lower limb — from the rig bone carrying it. */
export function boneParts(body: BuiltBody): Uint8Array {
  const parts = new Uint8Array(body.vertexCount);
  body.dominantBone.forEach((bone, i) => {
    parts[i] = /^(upperarm|lowerarm|wrist|metacarpal|finger)/.test(bone) ? 1 : /^(upperleg|lowerleg|foot|toe)/.test(bone) ? 2 : 0;
  });
  return parts;
}

const armRegions = new Set(['upper-arm', 'elbow', 'forearm', 'wrist', 'hand', 'fingers']);
const legRegions = new Set(['thigh', 'knee', 'leg', 'ankle', 'foot', 'toes']);

/**
 * Per vertex: 0 trunk, head and neck; 1 upper limb; 2 lower limb — from the region map, so skin
 * that the rig's arm bones carry but that is chest, shoulder, axilla or back (the front of the
 * shoulder, the posterior axillary fold) counts as trunk. Given to createBodyContext, which calls
 * it with the placed landmarks.
 */
export function vertexParts(body: BuiltBody): (landmarks: ReadonlyMap<string, PlacedLandmark>) => Uint8Array {
  return (landmarks) => {
    const regions = vertexRegions(body, landmarks);
    const parts = new Uint8Array(body.vertexCount);
    regions.forEach((r, i) => {
      parts[i] = armRegions.has(r) ? 1 : legRegions.has(r) ? 2 : 0;
    });
    return parts;
  };
}

/**
 * What the browser loads as regions-<body>.json: the region of every vertex (for a click on the
 * skin) and the box of each part the preset views frame, measured here once instead of in every
 * visitor's browser (boxes widened to the next 0.1 mm, so rounding never cuts a part).
 */
export function regionMapFile(variant: string, body: BuiltBody, landmarks: ReadonlyMap<string, PlacedLandmark>) {
  const regionOfVertex = vertexRegions(body, landmarks);
  const regions = [...new Set(regionOfVertex)].sort();
  const vertexRegion = regionOfVertex.map((r) => regions.indexOf(r));
  const boxes = partBoxes(body.positions, vertexRegion, regions);
  const out = (v: Vec3, round: (x: number) => number): Vec3 => [round(v[0] * 1e4) / 1e4, round(v[1] * 1e4) / 1e4, round(v[2] * 1e4) / 1e4];
  const widened = Object.fromEntries(
    Object.entries(boxes).map(([part, b]) => [part, { min: out(b.min, Math.floor), max: out(b.max, Math.ceil) }]),
  ) as PartBoxes;
  return { variant, regions, vertexRegion, partBoxes: widened };
}
