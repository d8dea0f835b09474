// Which skin area (dermatome or trigeminal division) each vertex of a body lies in, computed from
// the rig bones and the placed landmarks, never painted: the region map (regions.ts) says which
// part of the body a vertex is on, and each part has its rule. The trunk bands follow the ribs:
// each band's height on the front comes from its ISNCSCI key point (T4 at the nipple, T10 at the
// navel, T12 at the groin), on the side of the chest from its rib space (T12 at the 12th rib's
// free end) and on the back from its spinous process, and a vertex between them takes a blend by
// its angle round the trunk, so the bands slope down from the spine toward the front. The limbs
// follow Lee, McPhee and Stringer 2008: bands along the limb split by the angle round its axis
// from the pre-axial (thumb, big-toe) side; the face follows the trigeminal divisions.
import type { Vec3 } from '../domain/body/frame.ts';
import type { PlacedLandmark } from '../domain/body/landmarks.ts';
import { nth } from '../domain/checked.ts';
import { spinalSegments, type SkinAreaId } from '../domain/neuro/segments.ts';
import type { BuiltBody } from './body.ts';
import { perBody } from './perBody.ts';
import { vertexRegions } from './regions.ts';
import type { BodyContext } from '../domain/resolve/bodyContext.ts';
import { Resolver, type ResolvedLocation } from '../domain/resolve/resolver.ts';
import { skinAreaId } from '../domain/neuro/segments.ts';
import { placeKeyPoints } from '../systems/dermatomes/domain/keyPoints.ts';
import { meshEdges } from '../systems/dermatomes/domain/edges.ts';
import type { AtlasData } from './atlasData.ts';

const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
const mid = (a: Vec3, b: Vec3, t = 0.5): Vec3 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
const unit = (a: Vec3): Vec3 => {
  const l = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
/** `v` without its component along the unit vector `axis`, normalised. */
const across = (v: Vec3, axis: Vec3): Vec3 => {
  const d = dot(v, axis);
  return unit([v[0] - axis[0] * d, v[1] - axis[1] * d, v[2] - axis[2] * d]);
};
const deg = (rad: number) => (rad * 180) / Math.PI;

/** A limb segment's frame: where a vertex lies along it (0 at `from`, 1 at `to`) and its angle round it. */
function limbFrame(from: Vec3, to: Vec3, zeroToward: Vec3, quarterToward: Vec3) {
  const axis = unit(sub(to, from));
  const length = dist(from, to);
  const zero = across(zeroToward, axis);
  const quarter = across(quarterToward, axis);
  return (p: Vec3) => {
    const v = sub(p, from);
    return { t: dot(v, axis) / length, angle: deg(Math.atan2(dot(v, quarter), dot(v, zero))) };
  };
}

/** Piecewise-linear interpolation of y over descending heights (`ys[i]` maps to `values[i]`), clamped at the ends. */
function interpolateDown(y: number, ys: readonly number[], values: readonly number[]): number {
  if (y >= nth(ys, 0)) return nth(values, 0);
  for (let i = 1; i < ys.length; i++) {
    const y1 = nth(ys, i);
    if (y >= y1) {
      const y0 = nth(ys, i - 1);
      return nth(values, i - 1) + ((nth(values, i) - nth(values, i - 1)) * (y0 - y)) / (y0 - y1 || 1);
    }
  }
  return nth(values, values.length - 1);
}

/** The trunk's bands from the neck to the anus, in order: C5 to T1 supply the arm, not the trunk. */
const trunkBands: readonly SkinAreaId[] = spinalSegments.filter((s) => !['C5', 'C6', 'C7', 'C8', 'T1'].includes(s));

const armRegions = new Set(['upper-arm', 'elbow', 'forearm', 'wrist', 'hand', 'fingers']);
const legRegions = new Set(['thigh', 'knee', 'leg', 'ankle', 'foot', 'toes', 'hip']);
const headRegions = new Set(['head', 'face', 'scalp', 'ear']);

/** The rules as one function: the skin area at a place on the skin, with the vertex it lies on (for its region, bone and normal). */
type DermatomeRule = (p: Vec3, vertex: number, normal?: Vec3) => SkinAreaId;

const dermatomeRule = perBody(makeDermatomeRule);

/** The skin area of every vertex of a body (computed once per body and set of placed landmarks). */
export const vertexDermatomes: (body: BuiltBody, landmarks: ReadonlyMap<string, PlacedLandmark>) => SkinAreaId[] = perBody((body, landmarks) => {
  const rule = dermatomeRule(body, landmarks);
  const raw: SkinAreaId[] = [];
  for (let i = 0; i < body.vertexCount; i++)
    raw.push(rule([Math.abs(nth(body.positions, i * 3)), nth(body.positions, i * 3 + 1), nth(body.positions, i * 3 + 2)], i));
  return mergeSpecks(body, raw);
});

/**
 * The skin area at a point's own place: the rules evaluated at its position (with the region,
 * bone and normal of the vertex it lies nearest), not the label of that vertex. The mesh's rows
 * on the back are about as far apart as the spines (2.3 cm against 2.5), so a band can hold no
 * row of vertices at the midline and a point there would take its neighbour's label.
 */
export function locationDermatome(
  body: BuiltBody,
  landmarks: ReadonlyMap<string, PlacedLandmark>,
  location: { position: Vec3; normal?: Vec3; vertices: readonly number[]; weights: readonly number[] },
): SkinAreaId | undefined {
  let best = 0;
  location.weights.forEach((w, i) => {
    if (w > (location.weights[best] ?? -1)) best = i;
  });
  const v = location.vertices[best];
  if (v === undefined) return undefined;
  const p = location.position,
    n = location.normal;
  // mirrored to the left like the vertices, so the normal's outward part keeps its sign
  return dermatomeRule(body, landmarks)([Math.abs(p[0]), p[1], p[2]], v, n ? [n[0] * Math.sign(p[0] || 1), n[1], n[2]] : undefined);
}

/**
 * The skin area at the middle of every edge of the mesh (numbered as edges.ts numbers them): the
 * area its two ends share, else the rules at the middle where both ends lie in one part of the
 * body (a thin band between them shows), else its first end's.
 */
export const edgeDermatomes: (body: BuiltBody, landmarks: ReadonlyMap<string, PlacedLandmark>) => SkinAreaId[] = perBody((body, landmarks) => {
  const labels = vertexDermatomes(body, landmarks);
  const regions = vertexRegions(body, landmarks);
  const rule = dermatomeRule(body, landmarks);
  const { ends, count, ofCorner } = meshEdges(body.indices);
  const out: SkinAreaId[] = [];
  for (let e = 0; e < count; e++) {
    const a = nth(ends, e * 2),
      b = nth(ends, e * 2 + 1);
    const la = nth(labels, a);
    if (la === labels[b] || regions[a] !== regions[b]) {
      out.push(la);
      continue;
    }
    const p = [0, 1, 2].map((k) => (nth(body.positions, a * 3 + k) + nth(body.positions, b * 3 + k)) / 2) as Vec3;
    const n = unit([0, 1, 2].map((k) => nth(body.normals, a * 3 + k) + nth(body.normals, b * 3 + k)) as Vec3);
    const side = Math.sign(p[0] || 1);
    out.push(rule([Math.abs(p[0]), p[1], p[2]], a, [n[0] * side, n[1], n[2]]));
  }
  // a middle in an area neither of its ends is in shows only as part of a band: kept where another
  // middle of one of its triangles shares it, else it takes its first end's (no one-dot specks)
  const supported = new Uint8Array(count);
  for (let t = 0; t + 2 < body.indices.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const e = nth(ofCorner, t + k);
      if (out[e] === out[nth(ofCorner, t + ((k + 1) % 3))] || out[e] === out[nth(ofCorner, t + ((k + 2) % 3))]) supported[e] = 1;
    }
  for (let e = 0; e < count; e++) {
    const a = nth(ends, e * 2),
      b = nth(ends, e * 2 + 1);
    if (!supported[e] && out[e] !== labels[a] && out[e] !== labels[b]) out[e] = nth(labels, a);
  }
  return out;
});

function makeDermatomeRule(body: BuiltBody, landmarks: ReadonlyMap<string, PlacedLandmark>): DermatomeRule {
  const at = (key: string): Vec3 => {
    const l = landmarks.get(key) ?? landmarks.get(`${key}_left`);
    if (!l) throw new Error(`dermatomes: no landmark ${key}`);
    return l.position;
  };
  const joint = (name: string): Vec3 => {
    const j = body.joints.get(`${name}____head`);
    if (!j) throw new Error(`dermatomes: no rig joint ${name}`);
    return [Math.abs(j[0]), j[1], j[2]];
  };
  const y = (k: string) => at(k)[1];
  const regions = vertexRegions(body, landmarks);

  // ---- the trunk: band borders on the front (from the key points) and the back (the spines)
  const ics = (n: number) => y(`intercostal_space_${n}`);
  const xiphi = y('xiphisternal_junction'),
    navel = y('umbilicus'),
    groin = y('inguinal_groove_midpoint');
  // the xiphoid's lower end (CV15's level): 1 of the 8 B-cun from the xiphisternal junction to the navel
  const t6 = xiphi - (xiphi - navel) / 8;
  const front = [
    // head to tail: C2|C3 under the jaw, C3|C4 at the collar bone, C4|T2 at the second rib, then
    // halfway between the key points of neighbouring thoracic bands
    [y('mandible_angle') - 0.01, y('clavicle_midpoint') - 0.005, y('sternal_angle'), (ics(2) + ics(3)) / 2, (ics(3) + ics(4)) / 2],
    // T5's key point in the 5th space, T6's level with the xiphoid process at its lower end (1
    // B-cun below the xiphisternal junction: with T6 at the junction the 5th space, which on these
    // bodies lies level with the junction, was T6's), T7-T9 a quarter, half and three quarters of
    // the way from T6's level to the navel's (ISNCSCI)
    [(ics(4) + ics(5)) / 2, (ics(5) + t6) / 2],
    [0.875, 0.625, 0.375, 0.125].map((f) => navel + (t6 - navel) * f),
    [navel - (navel - groin) * 0.25, navel - (navel - groin) * 0.75, groin - 0.01],
  ].flat();
  // (a sentinel above the first border and below the last, so the first and last bands are whole)
  front.unshift(nth(front, 0) + 0.3);
  front.push(nth(front, front.length - 1) - 0.3);
  const frontValues = front.map((_, i) => (i === 0 ? 0 : i === front.length - 1 ? i - 1 : i - 0.5));
  const spine = (level: string) => y(`spinous_${level.toLowerCase()}`);
  // on the back each band runs from its own spine down to the next one's: a thoracic spinous
  // process points down over the vertebra below, and the segment's dorsal ramus comes out below
  // its own vertebra and runs down and out, so the skin just under the spine of T9 (GV8, BL18, BL47)
  // is T9's. (Borders midway between the spines put every point "below the spine of" a vertebra
  // exactly on a border, where the mesh decided at random.)
  // The dorsal rami of C6-C8 and of L4-L5 have no branch to the skin (Gray's; Lee 2008 draws none):
  // C4 reaches down to the spine of T1 (GV14 below C7 is C4) and L3 to the spine of L5, where S1
  // begins (the L3|L4 and L4|L5 borders lie there too, so L4 and L5 have no width on the back).
  const back = [spine('C3'), spine('C5'), spine('T1')];
  for (const level of ['T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L5', 'L5', 'L5', 'S2', 'S3']) back.push(spine(level));
  back.push((spine('S3') + y('coccyx_tip')) / 2);
  back.unshift(nth(back, 0) + 0.3);
  back.push(nth(back, back.length - 1) - 0.3);
  const backValues = back.map((_, i) => (i === 0 ? 0 : i === back.length - 1 ? i - 1 : i - 0.5));
  // the trunk's centre front to back at each height (2 cm bins): the angle round the trunk is measured from it
  // (the middle between the front midline and the spines at that height)
  const frontMidline = ['sternal_notch', 'sternal_angle', 'xiphisternal_junction', 'umbilicus', 'pubic_symphysis_superior'].map(at);
  const backMidline = ['C5', 'C7', 'T2', 'T4', 'T6', 'T8', 'T10', 'T12', 'L2', 'L4', 'S1', 'S3'].map((l) => at(`spinous_${l.toLowerCase()}`));
  const zAt = (line: Vec3[], yy: number) =>
    interpolateDown(
      yy,
      line.map((q) => q[1]),
      line.map((q) => q[2]),
    );
  const centreZ = (yy: number): number => (zAt(frontMidline, yy) + zAt(backMidline, yy)) / 2;
  // the side of the trunk follows the ribs: each band at the height of its own rib space round to
  // the back of the chest (the 6th space in the mid-axillary line is T6), T11 and T12 at the free
  // ends of the 11th and 12th ribs (LR13, GB25) and L1 over the iliac crest; the spinous processes, which lie some segments below
  // their ribs' heads, only near the spine (blending the front with the back across the whole side
  // put the 4th space there in T7 and the 12th rib in L2)
  const sideYs = [ics(3), ics(4), ics(5), ics(6), ics(7), y('rib11_free_end'), y('rib12_free_end'), y('iliac_crest_highest')];
  const sideValues = [4, 5, 6, 7, 8, 12, 13, 14];
  const trunk = (p: Vec3): SkinAreaId => {
    const angle = deg(Math.atan2(p[0], p[2] - centreZ(p[1])));
    // the front's band within 70 degrees of the front midline, the side's from 100 to 120, the
    // back's beyond 140 (the back between the shoulder blades' lower angles: the back-shu lines
    // keep their spines' bands), blended between
    const f = interpolateDown(p[1], front, frontValues),
      b = interpolateDown(p[1], back, backValues);
    if (p[1] >= ics(3)) {
      // above the ribs' side (the armpit, the shoulder blade, the cape of C4): the front's band
      // within 70 degrees of the front midline, the back's beyond 125
      const w = Math.min(1, Math.max(0, (125 - angle) / 55));
      return nth(trunkBands, Math.min(trunkBands.length - 1, Math.max(0, Math.round(w * f + (1 - w) * b))));
    }
    const s = interpolateDown(p[1], sideYs, sideValues);
    const toSide = Math.min(1, Math.max(0, (angle - 70) / 30)),
      toBack = Math.min(1, Math.max(0, (angle - 120) / 20));
    const u = toBack > 0 ? (1 - toBack) * s + toBack * b : (1 - toSide) * f + toSide * s;
    const band = nth(trunkBands, Math.min(trunkBands.length - 1, Math.max(0, Math.round(u))));
    // L4 and L5 have no skin behind (see the back's borders): where the side's bands blend into the
    // back's over the buttock, their halves go to L3 above and S1 below
    return toBack > 0 && band === 'L4' ? 'L3' : toBack > 0 && band === 'L5' ? 'S1' : band;
  };

  // ---- the ring of the sacral segments round the anus (S4-5 inside S3 inside S2)
  const anus = mid(at('coccyx_tip'), at('perineum'), 0.55);
  // S3 reaches out over the sit bone to just short of the middle of the fold below the buttock
  // (its key point lies 2 cm inside that); the fold's middle (BL36, a border ISNCSCI leaves open:
  // its S3 key point is 'the ischial tuberosity or the infragluteal fold') and the thigh below are
  // S2. A ring wide enough to take BL36 covered the whole lower buttock.
  const s3Radius = dist(anus, at('gluteal_fold_midpoint')) - 0.005;
  // (a ring round the anus below the spine of S3: above it the back's bands give S1-S3 by their
  // foramina, BL32 at the 2nd S2; and on the thigh only behind the anus, not the inner thigh)
  const s3Spine = y('spinous_s3');
  const sacral = (p: Vec3, thigh = false): SkinAreaId | null => {
    if (p[1] > s3Spine || (thigh && p[2] > anus[2])) return null;
    const d = dist(p, anus);
    return d < 0.035 ? 'S4-5' : d < s3Radius ? 'S3' : null;
  };

  // ---- the head: the trigeminal divisions in front of the line from the crown to the ear, C2 behind
  const tragus = at('tragus'),
    vertexTop = at('vertex');
  const inFrontOfCrownLine = (p: Vec3) => p[2] > tragus[2] + ((p[1] - tragus[1]) * (vertexTop[2] - tragus[2])) / (vertexTop[1] - tragus[1]);
  const jawAngle = at('mandible_angle');
  const head = (p: Vec3, region: string, nOut: number, ny: number): SkinAreaId => {
    if (dist(p, jawAngle) < 0.022) return 'C2';
    // the ear's front, the tragus and the skin just in front of it down to the notch below the
    // tragus, is the auriculotemporal nerve's (V3); the lobe and the back of the ear, the great
    // auricular's (C2)
    if (region === 'ear') return p[1] > y('intertragic_notch') - 0.002 && p[2] > tragus[2] - 0.004 ? 'V3' : 'C2';
    if (!inFrontOfCrownLine(p)) return 'C2';
    if (p[1] > y('ear_apex') + 0.01) {
      // above the ear: the forehead and the scalp facing up or forward are the ophthalmic
      // division's (supraorbital, supratrochlear); the side of the head, the temple, is the
      // auriculotemporal's (V3) back from the line up from the front of the ear and the
      // zygomaticotemporal's (V2) in front of it (GB4-GB7 on the temple; Gray's). The temple is
      // the skin facing out to the side and not up: the corner of the forehead (ST8) faces up
      // more and stays V1
      if (nOut < 0.85 || ny > 0.3) return 'V1';
      return p[2] < tragus[2] + 0.04 ? 'V3' : 'V2';
    }
    // the temple and the skin in front of the ear: the mandibular division's auriculotemporal branch
    if (p[2] < tragus[2] + 0.025) return 'V3';
    // the cheek below the line from the corner of the mouth back to the front of the ear at the
    // height of its top (over the masseter and the jaw joint: ST7; the arch above it: GB3) is V3
    // too; the maxillary division lies above that line
    const mouth = at('mouth_corner');
    if (p[1] < mouth[1] + ((p[2] - mouth[2]) * (y('ear_apex') - mouth[1])) / (tragus[2] - mouth[2])) return 'V3';
    // the temple behind the outer corner of the eye and below the brow's end: the zygomaticotemporal
    // and zygomaticofacial branches (V2; Taiyang, GB1)
    if (p[2] < at('outer_canthus')[2] - 0.002 && p[1] < y('eyebrow_lateral_end') - 0.003) return 'V2';
    if (p[1] > y('inner_canthus') + 0.002) return 'V1';
    // the inner corner of the eye and the side of the nose's root beside it: the ophthalmic
    // division's infratrochlear branch (BL1)
    if (p[0] <= at('inner_canthus')[0] + 0.002 && p[1] > y('inner_canthus') - 0.004) return 'V1';
    // the bridge and the tip of the nose: the ophthalmic division's external nasal branch
    if (p[0] < 0.009 && p[2] > at('inner_canthus')[2] + 0.006 && p[1] > y('nasal_ala_lower_border') + 0.004) return 'V1';
    return p[1] > y('mouth_corner') ? 'V2' : 'V3';
  };

  // ---- the upper limb
  const shoulderJoint = joint('upperarm01.L');
  const elbow = mid(at('lateral_epicondyle'), at('medial_epicondyle'));
  const wrist = mid(at('radial_styloid'), at('ulnar_head'));
  const upperArm = limbFrame(shoulderJoint, elbow, sub(at('lateral_epicondyle'), at('medial_epicondyle')), [0, 0, 1]);
  const radial = sub(at('radial_styloid'), at('ulnar_head'));
  const forearm = limbFrame(elbow, wrist, radial, [0, 0, 1]);
  // across the hand square to its long axis: the knuckles' line is oblique (the index's knuckle
  // lies further out than the little finger's), so along it the wrist's thumb side (the snuffbox,
  // LI5) would fall behind the index's line into C7
  const handRadial = across(sub(at('mcp2'), at('mcp5')), unit(sub(at('mcp3'), wrist)));
  const across1 = (k: string) => dot(at(k), handRadial);
  const c6c7 = (across1('mcp2') + across1('mcp3')) / 2,
    c7c8 = (across1('mcp3') + across1('mcp4')) / 2;
  const medialEpicondyle = at('medial_epicondyle');
  const arm = (p: Vec3, bone: string): SkinAreaId => {
    if (/^(finger1|metacarpal1)/.test(bone)) return 'C6';
    if (/^finger2/.test(bone)) return 'C6';
    if (/^finger3/.test(bone)) return 'C7';
    if (/^finger[45]/.test(bone)) return 'C8';
    if (/^(wrist|metacarpal)/.test(bone)) {
      const s = dot(p, handRadial);
      return s > c6c7 ? 'C6' : s > c7c8 ? 'C7' : 'C8';
    }
    const ua = upperArm(p);
    if (ua.t < 1 && /^upperarm/.test(bone)) {
      // the outer half of the arm is C5 (over the deltoid down to the outer elbow); the inner
      // half T2 from the armpit and T1 over its lower third to the inner elbow
      if (Math.abs(ua.angle) <= 90) return 'C5';
      return dist(p, medialEpicondyle) < 0.08 ? 'T1' : 'T2';
    }
    const fa = forearm(p);
    // angle 0 radial, +90 palmar, -90 dorsal: C6 along the radial side, C7 a strip down the middle
    // of the back, the ulnar side T1 near the elbow and C8 toward the wrist
    // (the palmar border lies between the pericardium channel, about 82 degrees, and the heart's, 95-116)
    // C5 reaches down to the crease of the elbow on its radial side (its ISNCSCI key point lies just
    // above it): LU5 and LI11 at the crease are C5, the forearm below C6
    if (fa.angle >= -60 && fa.angle <= 88) return fa.t < 0.04 ? 'C5' : 'C6';
    if (fa.angle < -60 && fa.angle >= -125) return 'C7';
    return fa.t < 0.45 ? 'T1' : 'C8';
  };

  // ---- the lower limb
  const hip = joint('upperleg01.L');
  const knee = joint('lowerleg01.L');
  const ankle = mid(at('medial_malleolus'), at('lateral_malleolus'));
  const thigh = limbFrame(hip, knee, [0, 0, 1], [1, 0, 0]);
  const leg = limbFrame(knee, ankle, [0, 0, 1], [1, 0, 0]);
  const thighTop = groin,
    thighBottom = y('patella_base');
  const toeAxisFrom = at('heel_bottom'),
    toeAxisTo = at('second_toe_tip');
  const footLateral = (p: Vec3) => {
    // the signed distance outward from the foot's long axis (heel to second toe), seen from above
    const ax = unit([toeAxisTo[0] - toeAxisFrom[0], 0, toeAxisTo[2] - toeAxisFrom[2]]);
    return (p[0] - toeAxisFrom[0]) * ax[2] - (p[2] - toeAxisFrom[2]) * ax[0];
  };
  const medialEdge = footLateral(at('mtp1')) + 0.008,
    lateralEdge = footLateral(at('mtp5')) - 0.01;
  const legLength = knee[1] - ankle[1];
  const belowMalleolus = y('lateral_malleolus') - 0.01,
    malleolusFront = at('lateral_malleolus')[2] + 0.01;
  const lower = (p: Vec3, bone: string, region: string, ny: number, nOut: number): SkinAreaId => {
    if (/^toe/.test(bone)) return ny < -0.5 ? 'S1' : /^toe5/.test(bone) ? 'S1' : 'L5';
    // skin facing outward or inward is the foot's edge (the sural nerve's S1 outside, below the
    // outer ankle too; the saphenous's L4 inside), wherever the edge lies across from the toes'
    // line: the midfoot is narrower than the ball of the foot
    // (at the ankle only below and behind the outer ankle's front: in front of it, GB40, is the
    // superficial fibular nerve's L5)
    if (/^foot/.test(bone) && nOut > 0.8 && (region !== 'ankle' || (p[1] < belowMalleolus && p[2] < malleolusFront))) return 'S1';
    if (/^foot/.test(bone) && region !== 'ankle') {
      if (p[2] < at('medial_malleolus')[2] + 0.005) return 'S1'; // the heel
      if (nOut < -0.8) return 'L4';
      const c = footLateral(p);
      // beyond the 5th toe's line and facing out: the lateral edge (BL65); the dorsum between the 4th
      // and 5th metatarsals faces up and is L5 (GB42, GB43)
      if (c > lateralEdge && nOut > 0.5) return 'S1';
      if (ny < -0.5) return c < medialEdge - 0.006 ? 'L4' : 'S1';
      return c < medialEdge - 0.006 ? 'L4' : 'L5';
    }
    if (p[1] > y('tibial_tuberosity') - 0.01) {
      const th = thigh(p);
      const t = (thighTop - p[1]) / (thighTop - thighBottom);
      const backOfLimb = Math.abs(th.angle) > 125;
      if (backOfLimb) return 'S2';
      if (t > 1 || p[1] < y('patella_base')) return th.angle > 60 ? 'L5' : 'L3';
      return t < 0.38 ? 'L1' : t < 0.72 ? 'L2' : 'L3';
    }
    const lg = leg(p);
    // angle 0 front, +90 lateral, -90 medial
    if (lg.angle <= 0 && lg.angle >= -150) return 'L4';
    if (lg.angle > 0 && lg.angle <= 110) return 'L5';
    if (Math.abs(lg.angle) > 150 && p[1] > ankle[1] + legLength / 3) return 'S2';
    return 'S1';
  };

  const axillaFloor = Math.min(y('anterior_axillary_fold'), y('posterior_axillary_fold')) - 0.015;
  const acromion = at('acromion'),
    clavicleMid = at('clavicle_midpoint');
  return (p: Vec3, i: number, normal?: Vec3): SkinAreaId => {
    const region = regions[i] ?? 'trunk';
    const bone = (body.dominantBone[i] ?? '').replace(/\.[LR]$/, '');
    const ny = normal ? normal[1] : nth(body.normals, i * 3 + 1);
    // the normal's outward component (away from the midline on either side; a location's normal
    // comes mirrored to the left side like its position)
    const nOut = normal ? normal[0] : nth(body.normals, i * 3) * Math.sign(nth(body.positions, i * 3));
    let area: SkinAreaId;
    if (headRegions.has(region)) area = head(p, region, nOut, ny);
    else if (armRegions.has(region)) area = arm(p, bone);
    // only the apex and floor of the armpit are T2: the region reaches down the side of the chest,
    // where the bands of the ribs carry on round (GB22 in the 4th space is T4)
    else if (region === 'axilla') area = p[1] > axillaFloor ? 'T2' : trunk(p);
    else if (legRegions.has(region) && !(region === 'hip' && !/^upperleg/.test(bone))) area = sacral(p, true) ?? lower(p, bone, region, ny, nOut);
    else if (region === 'neck' && ny < -0.5 && p[2] > tragus[2]) area = dist(p, jawAngle) < 0.03 ? 'C2' : 'C3';
    else if (region === 'shoulder' && p[0] > acromion[0] - 0.02 && p[1] < acromion[1] - 0.015) area = 'C5';
    else if (['shoulder', 'chest', 'upper-back', 'neck'].includes(region) && p[0] > (clavicleMid[0] + acromion[0]) / 2 && p[1] > y('axilla_apex') + 0.02)
      // the top of the shoulder out from the middle of the collar bone: the cape of C4
      area = p[1] < clavicleMid[1] + 0.06 ? 'C4' : trunk(p);
    else if (region === 'buttock' || region === 'perineum' || region === 'sacrum') {
      const ring = sacral(p);
      area = ring ?? (p[1] < y('coccyx_tip') ? 'S2' : trunk(p));
    } else if (region === 'hip')
      area = 'L1'; // the front of the pubis and the genitals
    else area = trunk(p);
    return area;
  };
}

/**
 * The connected patches of each area on each side of the body as the overlay draws them (each
 * triangle split at the middles of its edges), as counts of corners and middles (largest first),
 * keyed "C6 left": an area drawn as more than one island is a flaw of the rules unless the map
 * itself splits it. Midline places (|x| < 1 mm) count on both sides.
 */
export function areaPatches(body: BuiltBody, labels: readonly SkinAreaId[], edgeLabels: readonly SkinAreaId[]): Record<string, number[]> {
  const edges = meshEdges(body.indices);
  const nodes = body.vertexCount + edges.count;
  const label = (i: number) => (i < body.vertexCount ? labels[i] : edgeLabels[i - body.vertexCount]);
  const x = (i: number) => {
    if (i < body.vertexCount) return nth(body.positions, i * 3);
    const e = i - body.vertexCount;
    return (nth(body.positions, nth(edges.ends, e * 2) * 3) + nth(body.positions, nth(edges.ends, e * 2 + 1) * 3)) / 2;
  };
  const neighbours: number[][] = Array.from({ length: nodes }, () => []);
  const link = (a: number, b: number) => {
    nth(neighbours, a).push(b);
    nth(neighbours, b).push(a);
  };
  for (let t = 0; t + 2 < body.indices.length; t += 3) {
    const v = [0, 1, 2].map((k) => nth(body.indices, t + k));
    // corner k, the middle of its edge to k + 1, and the inner triangle of the three middles
    const m = [0, 1, 2].map((k) => body.vertexCount + nth(edges.ofCorner, t + k));
    for (let k = 0; k < 3; k++) {
      link(nth(v, k), nth(m, k));
      link(nth(m, k), nth(v, (k + 1) % 3));
      link(nth(m, k), nth(m, (k + 1) % 3));
    }
  }
  const out: Record<string, number[]> = {};
  for (const side of ['left', 'right'] as const) {
    const onSide = (i: number) => (side === 'left' ? x(i) > -0.001 : x(i) < 0.001);
    const seen = new Uint8Array(nodes);
    for (let s = 0; s < nodes; s++) {
      if (seen[s] || !onSide(s)) continue;
      const area = label(s);
      if (!area) continue;
      let size = 0;
      const stack = [s];
      seen[s] = 1;
      while (stack.length > 0) {
        const v = stack.pop()!;
        size++;
        for (const n of neighbours[v] ?? []) {
          if (seen[n] || !onSide(n) || label(n) !== area) continue;
          seen[n] = 1;
          stack.push(n);
        }
      }
      (out[`${area} ${side}`] ??= []).push(size);
    }
  }
  for (const sizes of Object.values(out)) sizes.sort((a, b) => b - a);
  return out;
}

function vertexNeighbours(body: BuiltBody): number[][] {
  const neighbours: number[][] = Array.from({ length: body.vertexCount }, () => []);
  for (let t = 0; t < body.indices.length; t += 3)
    for (let k = 0; k < 3; k++) {
      const a = nth(body.indices, t + k),
        b = nth(body.indices, t + ((k + 1) % 3));
      neighbours[a]?.push(b);
      neighbours[b]?.push(a);
    }
  return neighbours;
}

/**
 * Islands of fewer than 12 vertices (where a rule's border meets the mesh's own folds, e.g. under
 * the arm) take the area most of their neighbours have: specks a chart would never draw.
 */
function mergeSpecks(body: BuiltBody, labels: SkinAreaId[]): SkinAreaId[] {
  const neighbours = vertexNeighbours(body);
  const seen = new Uint8Array(body.vertexCount);
  for (let s = 0; s < body.vertexCount; s++) {
    if (seen[s]) continue;
    const area = labels[s];
    const island = [s];
    seen[s] = 1;
    for (let k = 0; k < island.length; k++)
      for (const n of neighbours[nth(island, k)] ?? []) {
        if (seen[n] || labels[n] !== area) continue;
        seen[n] = 1;
        island.push(n);
      }
    if (island.length >= 6) continue;
    const around = new Map<SkinAreaId, number>();
    for (const v of island)
      for (const n of neighbours[v] ?? []) {
        const a = labels[n];
        if (a && a !== area) around.set(a, (around.get(a) ?? 0) + 1);
      }
    const best = [...around].sort((a, b) => b[1] - a[1])[0];
    if (best) for (const v of island) labels[v] = best[0];
  }
  return labels;
}

/**
 * What the browser loads as dermatomes-<body>.json: the area of every vertex (as an index into
 * `areas`), the key sensory points on the shared topology, and the area under each point (its left
 * location, or its midline one): the map is measured here once, not in every visitor's browser.
 * Also gives every area each point lies in on this body (both sides, every member), for the search.
 */
export function dermatomeMapFile(
  variant: string,
  body: BuiltBody,
  ctx: BodyContext,
  data: Pick<AtlasData, 'points' | 'dermatomes'>,
  locations: readonly ResolvedLocation[],
) {
  const labels = vertexDermatomes(body, ctx.landmarks);
  const areas = skinAreaId.options;
  const keyPoints = placeKeyPoints(new Resolver(ctx, data.points), data.dermatomes).map((k) => ({
    area: k.area,
    side: k.side,
    vertices: k.location.vertices,
    weights: k.location.weights.map((w) => +w.toFixed(4)),
  }));
  const points: Record<string, SkinAreaId> = {};
  const members: Record<string, SkinAreaId[]> = {};
  const pointAreas = new Map<string, SkinAreaId[]>();
  for (const l of locations) {
    const area = locationDermatome(body, ctx.landmarks, l);
    if (!area) continue;
    if (l.side !== 'right' && l.index === 1) points[l.code] ??= area;
    if (l.side !== 'right' && (l.index > 1 || data.points.get(l.code)?.members)) (members[l.code] ??= [])[l.index - 1] = area;
    const seen = pointAreas.get(l.code) ?? [];
    if (!seen.includes(area)) pointAreas.set(l.code, [...seen, area]);
  }
  const file = {
    format: 'atlas-dermatomes',
    version: 1,
    variant,
    areas,
    vertexArea: labels.map((a) => areas.indexOf(a)),
    edgeArea: edgeDermatomes(body, ctx.landmarks).map((a) => areas.indexOf(a)),
    keyPoints,
    points,
    members,
  };
  return { file, pointAreas };
}
