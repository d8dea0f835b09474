// Derives the landmarks an anatomical audit found misplaced from anatomy, not by picking vertices
// by eye: each target is computed on each body from the rig's joints and from landmarks that are
// not themselves derived here (each comment gives the anatomy it follows), and stored as a point
// inside one triangle of the shared mesh. The one definition both bodies share is the point of the
// mesh nearest to both targets; where none is near both, each body gets its own.
// scripts/derive-landmarks.ts writes the result into data/body/landmarks.json; a test checks the
// data still equals it.
import type { BodyVariantId, Vec3 } from '../domain/body/frame.ts';
import { placeLandmarks, type Landmark, type LandmarkDefinition } from '../domain/body/landmarks.ts';
import { mirrorMap } from '../domain/body/mirror.ts';
import { castRay, closestPoint, indexSurface, normalAt, type SurfaceHit } from '../domain/body/surface.ts';
import { add, cross, dot, lerp, norm, scale, sub } from '../domain/body/vec.ts';
import { buildBody, type BuiltBody } from './body.ts';
import { boneParts } from './regions.ts';
import { nth } from '../domain/checked.ts';

type Derivation = ReturnType<typeof deriveOn>;

export interface DerivedLandmark {
  id: string;
  description: string;
  definition: LandmarkDefinition;
  variants?: { female: LandmarkDefinition };
  /** how far the shared definition lands from each body's own target (m) */
  offTarget: { male: number; female: number };
  /** where the definition puts it on the male body */
  position: Vec3;
}

/** A shared definition is used when it lands within this of both bodies' targets. */
const sharedWithin = 0.008;
/**
 * Levels a row of points is read from (the intercostal spaces, the lumbar and sacral spinous
 * processes, the sacral foramina), the malleoli (the leg's and the foot's B-cun end on them) and
 * the crease at the front of the ankle (where the skin turns from the shin to the instep, a few
 * millimetres up or down it move a point along the foot): a shared definition must hold closer.
 * The philtrum's marks are a centimetre apart: to half a millimetre; so are the levels of the
 * anterior crest of the tibia (the points a finger-breadth lateral to it have a finger-breadth's
 * room between the crest and the skin that faces inward).
 */
const sharedWithinFor = (id: string) =>
  /^spinous_[ls]\d$/.test(id)
    ? 0.0015
    : ['subnasale', 'philtrum_upper_third', 'philtrum_midpoint', 'labrale_superius'].includes(id) || id.startsWith('tibia_anterior_crest_')
      ? 0.0005
      : id.startsWith('intercostal_space_') ||
          id.startsWith('sacral_foramen_') ||
          id === 'sternal_angle' ||
          id === 'ankle_front_midpoint' ||
          id.endsWith('_malleolus') ||
          id === 'tibial_tuberosity'
        ? 0.003
        : sharedWithin;

function deriveOn(variant: BodyVariantId, records: readonly Landmark[]) {
  const body = buildBody(variant);
  const index = indexSurface(body);
  const parts = boneParts(body);
  const placed = new Map(placeLandmarks(body, records, mirrorMap(body)).map((l) => [l.key, l.position]));
  const L = (key: string): Vec3 => {
    const p = placed.get(key) ?? placed.get(`${key}_left`);
    if (!p) throw new Error(`no landmark ${key}`);
    return p;
  };
  const J = (name: string): Vec3 => {
    const p = body.joints.get(name);
    if (!p) throw new Error(`no joint ${name}`);
    return p;
  };
  const onPart = (part: number) => (tri: number) => [0, 1, 2].every((k) => parts[nth(body.indices, tri * 3 + k)] === part);
  const TRUNK = onPart(0),
    ARM = onPart(1),
    LEG = onPart(2);
  /** the first skin met by a ray from outside, travelling along dir through target */
  const fromOutside = (target: Vec3, dir: Vec3, accept?: (tri: number) => boolean): SurfaceHit => {
    const d = norm(dir);
    const hit = castRay(index, sub(target, scale(d, 0.5)), d, 1, accept);
    if (!hit) throw new Error(`no skin along ${dir.join(',')} through ${target.map((x) => x.toFixed(3)).join(',')}`);
    return hit;
  };
  const nearest = (target: Vec3, accept?: (tri: number) => boolean): SurfaceHit => {
    const hit = closestPoint(index, target, accept);
    if (!hit) throw new Error('no skin');
    return hit;
  };
  /** the most lateral trunk skin at a height, searched along a horizontal ray from the side */
  const side = (y: number, z: number) => fromOutside([0.1, y, z], [-1, 0, 0], TRUNK);

  const derived = new Map<string, { hit: SurfaceHit; why: string }>();
  const set = (id: string, hit: SurfaceHit, why: string) => derived.set(id, { hit, why });
  /**
   * The margin of a web between two fingers or toes: stepping along a line through the web, the skin
   * met from the `side` it is seen from (a ray from `reach` outside, `length` long), the first place
   * where it has `turned` to face into the cleft.
   */
  const webMargin = (
    at: (s: number) => Vec3,
    [from, to, step]: [number, number, number],
    side: Vec3,
    reach: number,
    length: number,
    accept: (tri: number) => boolean,
    turned: (n: Vec3) => boolean,
  ): SurfaceHit | undefined => {
    for (let s = from; s <= to; s += step) {
      const p = at(s);
      const hit = castRay(index, add(p, scale(side, reach)), scale(side, -1), length, accept);
      if (hit && turned(normalAt(body, hit.triangle, hit.barycentric))) return hit;
    }
    return undefined;
  };

  // --- chest
  set(
    'clavicle_midpoint',
    fromOutside(lerp(L('sternoclavicular_joint'), L('acromion'), 0.38), [0, 0, -1]),
    'The middle of the clavicle (between the sternoclavicular and acromioclavicular joints; the acromioclavicular joint lies about 2 cm medial to the tip of the acromion), on the front of the skin: the midclavicular line, which passes through the male nipple.',
  );
  {
    // the clavicle is about 1.5 cm deep seen from the front: its lower border lies that far below
    // the line of its upper surface (KI27 and ST13 lie on it, LU2 in the hollow under its outer end)
    const top = lerp(L('sternoclavicular_joint'), L('acromion'), 0.38);
    set(
      'clavicle_inferior_border',
      fromOutside([top[0], top[1] - 0.015 * (body.heightM / 1.75), top[2]], [0, 0, -1], TRUNK),
      'The lower border of the clavicle at its middle: about 1.5 cm below the line of its upper surface, on the front of the chest (KI27 and ST13 lie on this border, LU2 in the hollow under the outer part of the bone).',
    );
    // the coracoid process: under the outer third of the clavicle, about 2.5 cm below it, felt in
    // the hollow below the clavicle just medial to the head of the humerus
    const outer = lerp(L('sternoclavicular_joint'), L('acromion'), 0.78);
    set(
      'coracoid_process',
      fromOutside([outer[0], outer[1] - 0.03 * (body.heightM / 1.75), outer[2]], [0, 0, -1]),
      'The tip of the coracoid process: below the outer third of the clavicle, about 3 cm under it, felt in the infraclavicular hollow just medial to the head of the humerus (LU2 lies medial to it).',
    );
  }
  {
    // the hollow on top of the shoulder between the acromial end of the clavicle and the spine of the
    // scapula (LI16): the clavicle (the line from the sternoclavicular joint to the tip of the acromion)
    // meets the acromion at the acromioclavicular joint, about 2 cm medial to the tip; the spine of the
    // scapula runs from its medial end up and out to the acromial angle. The two bones part medially
    // from the acromion with supraspinatus between them: the hollow is about 1 cm medial to the joint
    // (lateral to the coracoid process under the outer third of the clavicle), midway between the
    // clavicle in front and the spine behind, met from above
    const sc = L('sternoclavicular_joint'),
      tip = L('acromion'),
      medial = L('scapula_spine_medial_end'),
      angle = L('acromion_posterior_angle');
    const x = tip[0] - 0.03 * (body.heightM / 1.75);
    const clavicle = lerp(sc, tip, (x - sc[0]) / (tip[0] - sc[0])),
      spine = lerp(medial, angle, (x - medial[0]) / (angle[0] - medial[0]));
    set(
      'clavicle_spine_notch',
      fromOutside(lerp(clavicle, spine, 0.5), [0, -1, 0]),
      'The hollow on top of the shoulder between the acromial end of the clavicle and the spine of the scapula: about 1 cm medial to the acromioclavicular joint (which lies about 2 cm medial to the tip of the acromion), lateral to the coracoid process, midway between the clavicle in front and the spine behind (LI16 lies here).',
    );
  }
  const notch = L('sternal_notch'),
    xiphi = L('xiphisternal_junction'),
    nippleY = L('nipple')[1];
  const chestCun = (notch[1] - xiphi[1]) / 9;
  // the manubrium is about 5 cm long, 0.29 of the sternum from the notch to the xiphisternal joint
  set(
    'sternal_angle',
    fromOutside([0, notch[1] - 0.29 * (notch[1] - xiphi[1]), 0], [0, 0, -1], TRUNK),
    'The ridge between the manubrium and the body of the sternum, level with the 2nd rib: about 5 cm (0.29 of the way from the suprasternal notch to the xiphisternal junction) below the notch, so the first intercostal space lies above it and the second below.',
  );
  const ics1 = notch[1] - 2 * chestCun;
  const icsStep = (ics1 - nippleY) / 3;
  for (let i = 1; i <= 7; i++) {
    const y = ics1 - (i - 1) * icsStep;
    set(
      `intercostal_space_${i}`,
      fromOutside([0, y, 0], [0, 0, -1], TRUNK),
      i === 1
        ? 'The first intercostal space at the sternum: 2 B-cun below the suprasternal notch (CV21 lies 1 B-cun below the notch, CV20 at this space), on the anterior midline.'
        : `The ${['', '', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'][i]} intercostal space as a level on the anterior midline: the spaces from the first to the fourth (level with the male nipples) evenly spaced, the lower ones at the same spacing.`,
    );
  }
  {
    // the infraclavicular fossa at 6 B-cun from the midline (the midclavicular lines 8 B-cun apart):
    // the hollow under the outer part of the clavicle, medial to the coracoid process. WHO places
    // LU1 at the level of the first intercostal space (its level at the sternum) and 1 B-cun below
    // LU2, so the depression where LU2 lies is 1 B-cun above that level (the B-cun of the
    // chest_sternal_notch_xiphisternal span, measured straight from the notch to the junction)
    const x = (6 / 4) * derived.get('clavicle_midpoint')!.hit.position[0];
    const y = ics1 + Math.hypot(...sub(notch, xiphi)) / 9;
    set(
      'infraclavicular_fossa',
      fromOutside([x, y, 0.3], [0, 0, -1]),
      'The depression of the infraclavicular fossa 6 B-cun from the anterior midline: under the outer part of the clavicle, medial to the coracoid process, 1 B-cun above the level of the first intercostal space at the sternum (LU2 lies here; LU1 1 B-cun below it, level with the first intercostal space).',
    );
  }
  // --- axilla: the roof of the armpit, midway between the anterior and posterior folds. On this
  // mesh the inner arm meets the chest wall at about 1.33 m (male): the apex is where they meet.
  {
    const a = L('anterior_axillary_fold'),
      p = L('posterior_axillary_fold');
    const zMid = (a[2] + p[2]) / 2;
    // the chest wall (normal pointing out to the side) and the inner arm (pointing in) close at the apex
    let apexY = 0,
      apexX = 0;
    for (let v = 0; v < body.vertexCount; v++) {
      const x = body.positions[v * 3]!,
        y = body.positions[v * 3 + 1]!,
        z = body.positions[v * 3 + 2]!;
      if (Math.abs(z - zMid) < 0.015 && x > 0.1 && x < a[0] && body.normals[v * 3]! < -0.6 && parts[v] === 1 && y > apexY && y < a[1] + 0.06) {
        apexY = y;
        apexX = x;
      }
    }
    if (apexY === 0) throw new Error(`${variant}: no inner arm skin at the armpit`);
    set(
      'axilla_apex',
      nearest([apexX, apexY, zMid]),
      'The apex of the axillary fossa: the highest skin of the armpit, where the inner arm meets the chest wall, midway between the anterior and posterior axillary folds (HT1 lies here, where the axillary artery pulses).',
    );
  }
  // --- the front of the arm at the level of the anterior axillary fold: the fold ends on the
  // medial edge of the arm, where the arm meets the chest; biceps brachii lies in front of the
  // shaft of the humerus, the groove between its long and short heads straight in front of the
  // bone (the rig's upper-arm bones run from the shoulder joint to the elbow), met from in front
  {
    const fold = L('anterior_axillary_fold'),
      shoulder = J('upperarm01.L____head'),
      elbow = J('upperarm02.L____tail');
    const bone = lerp(shoulder, elbow, (fold[1] - shoulder[1]) / (elbow[1] - shoulder[1]));
    set(
      'biceps_groove_axillary_level',
      fromOutside([bone[0], fold[1], bone[2]], [0, 0, -1], ARM),
      'The front of the arm level with the anterior axillary fold: the skin straight in front of the shaft of the humerus, over the groove between the long and short heads of biceps brachii (the fold itself ends on the medial edge of the arm; PC2 lies 2 B-cun below this point).',
    );
    // the lateral border of biceps at the same level: where the skin of the arm, going round from
    // the front of the bone to its outer side, turns from facing forward to facing out (its
    // normal half forward, half lateral), met along rays from the shaft of the humerus
    const centre: Vec3 = [bone[0], fold[1], bone[2]];
    let border: SurfaceHit | undefined;
    for (let deg = 0; deg <= 90 && !border; deg += 1) {
      const a = (deg * Math.PI) / 180,
        out: Vec3 = [Math.sin(a), 0, Math.cos(a)];
      const hit = fromOutside(centre, scale(out, -1), ARM);
      const n = normalAt(body, hit.triangle, hit.barycentric);
      if (n[0] >= n[2]) border = hit;
    }
    if (!border) throw new Error(`${variant}: the front of the arm never turns to its side`);
    set(
      'biceps_lateral_border_axillary_level',
      border,
      'The lateral border of biceps brachii level with the anterior axillary fold: where the skin of the arm turns from its front to its outer side (LU3 and LU4 lie just lateral to the border, on the line from here down to LU5 beside the biceps tendon).',
    );
  }
  {
    // the insertion of the deltoid: the deltoid tuberosity, about the middle of the lateral surface
    // of the shaft of the humerus (the rig's upper-arm bones run from the shoulder joint to the
    // elbow), on the skin straight out from the bone, met from the side
    const shoulder = J('upperarm01.L____head'),
      elbow = J('upperarm02.L____tail');
    set(
      'deltoid_insertion',
      fromOutside(lerp(shoulder, elbow, 0.5), [-1, 0, 0], ARM),
      'Where the deltoid inserts on the outer arm: the deltoid tuberosity, about the middle of the lateral surface of the humerus (halfway from the shoulder joint to the elbow joint), on the skin straight out from the bone (LI14 lies just in front of the lower border of the muscle here).',
    );
  }
  // --- the front of the medial epicondyle, level with the cubital crease: the epicondyle stands out
  // on the inner side of the elbow in line with the joint's axis (the rig's elbow joint); the skin
  // just in front of it turns from the inner side of the elbow to its front. Met by rays from the
  // elbow's axis at the crease level, going round from the inner side toward the front: the first
  // skin of the arm in front of the epicondyle that has turned a third of the way (30 degrees) from
  // facing inward to facing forward, the anteromedial aspect (HT3 lies here)
  {
    const elbow = J('upperarm02.L____tail'),
      y = L('cubital_crease_midpoint')[1],
      epi = L('medial_epicondyle');
    const centre: Vec3 = [elbow[0], y, elbow[2]];
    let front: SurfaceHit | undefined;
    for (let deg = 90; deg >= 0 && !front; deg -= 1) {
      const a = (deg * Math.PI) / 180,
        out: Vec3 = [-Math.sin(a), 0, Math.cos(a)];
      const hit = castRay(index, add(centre, scale(out, 0.12)), scale(out, -1), 0.12, ARM);
      if (!hit || hit.position[2] < epi[2]) continue;
      const n = normalAt(body, hit.triangle, hit.barycentric);
      if (n[2] >= 0.5) front = hit;
    }
    if (!front) throw new Error(`${variant}: the inner side of the elbow never turns to its front`);
    set(
      'medial_epicondyle_front',
      front,
      'Just in front of the medial epicondyle of the humerus, level with the cubital crease: where the skin of the elbow, going round from the epicondyle on its inner side to its front, has turned a third of the way to face forward: the anteromedial aspect of the elbow (HT3 lies here).',
    );
  }
  // --- back
  {
    // the lower border of the scapular spine straight above the posterior axillary fold: the spine
    // runs from its medial end up to the acromial angle; its lower edge is about 1.5 cm below the
    // crest seen from behind (SI10 lies in the hollow under it)
    const medial = L('scapula_spine_medial_end'),
      angle = L('acromion_posterior_angle'),
      fold = L('posterior_axillary_fold');
    const t = Math.min(1, Math.max(0, (fold[0] - medial[0]) / (angle[0] - medial[0])));
    const crest = lerp(medial, angle, t);
    set(
      'scapula_spine_lower_border',
      fromOutside([fold[0], crest[1] - 0.015 * (body.heightM / 1.75), crest[2]], [0, 0, 1]),
      'The lower border of the spine of the scapula straight above the posterior axillary fold, about 1.5 cm below the crest of the spine (SI10 lies in the hollow under it).',
    );
  }
  set(
    'scapula_spine_midpoint',
    fromOutside(lerp(L('scapula_spine_medial_end'), L('acromion_posterior_angle'), 0.5), [0, 0, 1], TRUNK),
    'The middle of the spine of the scapula, halfway from its medial end to the angle of the acromion, on the skin of the back.',
  );
  {
    // the posteroinferior border of the deltoid on the back of the arm: the posterior fibres arise
    // from the lower lip of the spine of the scapula and converge on the deltoid tuberosity at the
    // middle of the outer arm, so seen from behind the muscle's posterior border runs from the
    // middle of the spine down and out to its insertion; where it crosses the back of the arm (the
    // line from the acromial angle to the olecranon) the deltoid gives way to the long and lateral
    // heads of triceps, about level with the posterior axillary fold: met from behind
    const a = derived.get('scapula_spine_midpoint')!.hit.position,
      b = derived.get('deltoid_insertion')!.hit.position;
    const c = L('acromion_posterior_angle'),
      d = L('olecranon');
    const u = sub(b, a),
      v = sub(d, c),
      w = sub(c, a);
    const s = (u[0] * w[1] - u[1] * w[0]) / (v[0] * u[1] - v[1] * u[0]);
    set(
      'deltoid_posterior_border',
      fromOutside(lerp(c, d, s), [0, 0, 1], ARM),
      "The posteroinferior border of the deltoid on the back of the arm: where the muscle's posterior border, running from the middle of the spine of the scapula down and out to its insertion on the outer arm, crosses the line from the acromial angle to the olecranon (seen from behind), the deltoid giving way to triceps about level with the posterior axillary fold; TE13 is placed by its WHO measure, 3 B-cun below the acromial angle, which on these bodies falls above this border.",
    );
  }
  {
    // C7 stands about 8.5 cm (men) or 7 cm (women) above the suprasternal notch (anthropometric surveys: cervicale
    // against suprasternale height); T3 stays level with the medial end of the scapular spine, so
    // C7..T2 and C3..C6 are spaced evenly again.
    const c7y = notch[1] + (variant === 'male' ? 0.085 : 0.07) * (body.heightM / 1.75);
    const t3 = L('spinous_t3');
    const at = (y: number) => fromOutside([0, y, 0], [0, 0, 1], TRUNK);
    set(
      'spinous_c7',
      at(c7y),
      'The spinous process of C7, the most prominent at the base of the neck: about 8.5 cm (men) or 7 cm (women) above the level of the suprasternal notch, 3 B-cun below the posterior hairline.',
    );
    for (const [i, name] of ['t2', 't1'].entries())
      set(
        `spinous_${name}`,
        at(t3[1] + ((c7y - t3[1]) * (i + 1)) / 3),
        `The spinous process of ${name.toUpperCase()}: the thoracic spinous processes from C7 to T3 evenly spaced.`,
      );
    // C2's spinous process is the first felt below the occiput, just above the nape hairline (GV15
    // lies 0.5 B-cun within the hairline, in the hollow above it); C1 has only a small tubercle,
    // between it and the external occipital protuberance
    const hairline = L('posterior_hairline_midpoint');
    const s = body.heightM / 1.75;
    const c2y = hairline[1] + 0.007 * s;
    set(
      'spinous_c2',
      at(c2y),
      'The spinous process of C2, the first felt below the occiput: just above the nape hairline (GV15 lies in the hollow above it, 0.5 B-cun within the hairline).',
    );
    set('spinous_c1', at(c2y + 0.015 * s), 'The posterior tubercle of C1, between C2 and the external occipital protuberance.');
    for (const [i, name] of ['c6', 'c5', 'c4', 'c3'].entries())
      set(
        `spinous_${name}`,
        at(c7y + ((c2y - c7y) * (i + 1)) / 5),
        `The spinous process of ${name.toUpperCase()}: the cervical spinous processes from C2 to C7 evenly spaced.`,
      );
  }
  // --- the lumbar and sacral spinous processes. The lumbar spinous processes are evenly spaced
  // (about 3-3.5 cm apart in adults), the gap from L5 to the first sacral tubercle about the same;
  // the sacral tubercles stand closer, the sacrum sloping back. The posterior superior iliac spines
  // (the dimples above the buttocks) lie level with S2, and the sacral hiatus opens where S5 would
  // stand, a step below S4. So from T12 (counted down the thoracic spine) to the PSIS there are six
  // such steps, the S1-S2 one four fifths of the others; L4 then falls on the line joining the
  // highest points of the iliac crests, and S3 and S4 divide the sacrum from S2 to the hiatus in
  // three. (The mesh's own midline vertices cannot be used: the female shape stretches the waist
  // and squeezes the sacrum, which put her L3 5.5 cm below L2 and L5 2.3 cm above the PSIS.)
  const lumbar = new Map<string, number>();
  {
    const t12 = L('spinous_t12')[1],
      s2 = L('psis')[1],
      hiatus = L('sacral_hiatus')[1];
    const step = (t12 - s2) / 6.8;
    for (let n = 1; n <= 5; n++) lumbar.set(`l${n}`, t12 - n * step);
    lumbar.set('s1', t12 - 6 * step);
    lumbar.set('s2', s2);
    lumbar.set('s3', s2 - (s2 - hiatus) / 3);
    lumbar.set('s4', s2 - (2 * (s2 - hiatus)) / 3);
    const at = (y: number) => fromOutside([0, y, 0], [0, 0, 1], TRUNK);
    for (const [name, y] of lumbar) {
      const n = name.slice(1),
        which = ['', 'first', 'second', 'third', 'fourth', 'fifth'][Number(n)];
      set(
        `spinous_${name}`,
        at(y),
        name.startsWith('l')
          ? `The tip of the spinous process of L${n}: the lumbar spinous processes evenly spaced from T12 down to the first sacral tubercle (a step below L5), the step fixed by the PSIS, level with S2${n === '4' ? '; L4 lies on the line joining the highest points of the iliac crests' : ''}.`
          : `The median sacral crest at the ${which} sacral tubercle: ${n === '1' ? 'one lumbar step below L5, four fifths of a step above S2' : n === '2' ? 'level with the posterior superior iliac spines (the dimples above the buttocks)' : `a ${n === '3' ? 'third' : 'two thirds'} of the way from S2 (level with the PSIS) down to the sacral hiatus, which opens a step below S4`}.`,
      );
    }
  }
  // --- the free end of the 12th rib: the short lowest rib ends on the posterolateral flank, level
  // with the L2-L3 interspinous space, where the skin of the waist turns from the side to the back
  // (its normal half sideways, half back; GB25 lies just below it)
  {
    const y = (lumbar.get('l2')! + lumbar.get('l3')!) / 2;
    let best = -Infinity,
      at: Vec3 = [0, y, 0];
    for (let v = 0; v < body.vertexCount; v++) {
      if (parts[v] !== 0 || body.positions[v * 3]! <= 0 || Math.abs(body.positions[v * 3 + 1]! - y) > 0.01) continue;
      const facing = (body.normals[v * 3]! - body.normals[v * 3 + 2]!) * Math.SQRT1_2;
      if (facing > best) {
        best = facing;
        at = [body.positions[v * 3]!, y, body.positions[v * 3 + 2]!];
      }
    }
    set(
      'rib12_free_end',
      nearest(at, TRUNK),
      'The free end of the 12th rib: on the posterolateral flank, level with the space between the L2 and L3 spinous processes, where the skin of the waist turns from the side to the back (GB25 lies just below it).',
    );
  }
  // --- pelvis
  {
    const umb = L('umbilicus'),
      pubis = L('pubic_symphysis_superior');
    const l4 = derived.get('spinous_l4')!.hit.position;
    set(
      'iliac_crest_highest',
      side(l4[1], (umb[2] + l4[2]) * 0.45),
      'The highest point of the iliac crest, on the side of the trunk at the level of the L4 spinous process (the intercristal line), a little behind the mid-axillary line.',
    );
    const y = umb[1] - 0.6 * (umb[1] - pubis[1]);
    const width = side(y, umb[2] * 0.5).position[0];
    set(
      'asis',
      fromOutside([0.78 * width, y, 0.3], [0, 0, -1], TRUNK),
      'The anterior superior iliac spine: at the level 3 B-cun below the umbilicus (GB27 lies in front of it, level with CV4), about four fifths of the way from the midline to the side of the hip.',
    );
    // the posterior sacral foramina lie about 2.5 cm (S1) to 2 cm (S4) from the median sacral
    // crest, converging downward: 0.9 to 0.72 of the back's B-cun (6 B-cun between the medial
    // borders of the scapulae), well inside the line 1.5 B-cun out on which BL27-BL30 lie level
    // with them (taken as a fraction of the distance to the PSIS they lay 1.3 B-cun out on the
    // female, whose PSIS stand wide for her narrow back, almost on that line)
    const backCun = (2 * L('scapula_medial_border')[0]) / 6;
    const spinous = (n: number) => derived.get(`spinous_s${n}`)!.hit.position;
    const widths = [0.9, 0.84, 0.78, 0.72];
    for (let n = 1; n <= 4; n++) {
      set(
        `sacral_foramen_${n}`,
        fromOutside([widths[n - 1]! * backCun, spinous(n)[1] - 0.003, 0], [0, 0, 1], TRUNK),
        `The ${['first', 'second', 'third', 'fourth'][n - 1]} posterior sacral foramen: level with the ${['first', 'second', 'third', 'fourth'][n - 1]} sacral spinous tubercle, the foramina converging downward from 0.9 B-cun beside the median sacral crest at S1 to 0.7 at S4 (BL27-BL30 lie 1.5 B-cun out, level with them).`,
      );
    }
  }
  // --- the tragus and the notches above and below it. The ear canal opens just behind the head of
  // the mandible (the rig's jaw pivot), at its level: seen from the side it is the deepest skin of
  // the concha there. The tragus is the flap that covers it from the front: going forward from the
  // floor of the concha, the skin rises onto its ridge. Above the tragus, before the crus of the
  // helix rises, lies the supratragic notch; below it, between the tragus and the antitragus, the
  // intertragic notch, the lowest point of the opening of the concha. (The vertices picked before
  // lay on the root of the helix, 1.5-2 cm higher, about level with the upper third of the ear.)
  {
    const jaw = J('jaw____head');
    const seen = (y: number, z: number) => castRay(index, [0.3, y, z], [-1, 0, 0], 0.3);
    const x = (y: number, z: number) => seen(y, z)?.position[0] ?? -Infinity;
    const mm = 0.001;
    // the floor of the concha: the deepest skin seen from the side just behind the jaw pivot
    let canal: Vec3 = [Infinity, 0, 0];
    for (let y = jaw[1] - 5 * mm; y <= jaw[1] + 20 * mm; y += mm) {
      for (let z = jaw[2] - 15 * mm; z <= jaw[2]; z += mm) {
        const xi = x(y, z);
        if (xi > 0.04 && xi < canal[0]) canal = [xi, y, z];
      }
    }
    if (!Number.isFinite(canal[0])) throw new Error(`${variant}: no concha behind the jaw pivot`);
    // the tragus: along each row through the concha, forward from its floor to the first crest;
    // the most prominent crest
    let tragus: [number, number, number] = [-Infinity, 0, 0];
    for (let y = canal[1] - 3 * mm; y <= canal[1] + 5 * mm; y += mm) {
      let z = canal[2] - 5 * mm;
      for (let k = z; k <= canal[2] + 5 * mm; k += mm) if (x(y, k) < x(y, z)) z = k;
      while (z < canal[2] + 20 * mm && x(y, z + mm) >= x(y, z)) z += mm;
      if (x(y, z) > tragus[0]) tragus = [x(y, z), y, z];
    }
    set(
      'tragus',
      seen(tragus[1], tragus[2])!,
      'The tragus: the crest of the small flap in front of the ear canal, the most prominent skin met going forward from the floor of the concha at the level of the canal, just behind the head of the mandible (SI19 lies in front of it).',
    );
    // the supratragic notch: going up the front of the concha from the crest of the tragus, the
    // lowest skin before the crus of the helix rises
    let notch: [number, number] = [Infinity, 0];
    for (let y = tragus[1]; y <= tragus[1] + 12 * mm; y += mm) if (x(y, tragus[2]) < notch[0]) notch = [x(y, tragus[2]), y];
    set(
      'supratragic_notch',
      seen(notch[1], tragus[2])!,
      'The supratragic notch: above the tragus, the lowest skin between it and the crus of the helix, going up the front of the concha (TE21 lies in front of it).',
    );
    // the intertragic notch: going down the crest line of the tragus, the lowest skin below its
    // lower end, before the rim of the concha rises onto the lobe and the antitragus
    let lower: [number, number] = [Infinity, 0];
    for (let y = tragus[1]; y >= tragus[1] - 15 * mm; y -= mm) if (x(y, tragus[2]) < lower[0]) lower = [x(y, tragus[2]), y];
    set(
      'intertragic_notch',
      seen(lower[1], tragus[2])!,
      'The intertragic notch: below the lower end of the tragus, the lowest skin of the opening of the concha between the tragus and the antitragus (GB2 lies in front of it).',
    );
    // the upper root of the auricle: going up the front edge of the auricle from the supratragic
    // notch, the highest skin that still stands out from the side of the head just in front of it
    // (the crus of the helix, then the helix, rising from the head)
    let root = notch[1];
    for (let y = notch[1]; y <= notch[1] + 40 * mm; y += mm) if (x(y, tragus[2] - 2 * mm) - x(y, tragus[2] + 6 * mm) > 2 * mm) root = y;
    // (at the foot of its front slope, where it meets the head)
    const head = x(root, tragus[2] + 6 * mm);
    let foot = tragus[2] - 2 * mm;
    while (foot < tragus[2] + 6 * mm && x(root, foot) - head > mm) foot += mm;
    set(
      'ear_root_superior',
      seen(root, foot)!,
      'The upper root of the auricle: the highest point where the front of the auricle (the helix rising from the crus above the tragus) still joins the side of the head, at the foot of its front slope (TE22 lies in front of it, at the temple hairline).',
    );
  }
  /** a landmark derived above, or else as placed from the data */
  const D = (key: string): Vec3 => derived.get(key)?.hit.position ?? L(key);
  // --- face
  {
    const tragus = D('tragus');
    set(
      'zygomatic_arch_midpoint',
      fromOutside([tragus[0], tragus[1] + 0.003, tragus[2] + 0.025], [-1, 0, 0]),
      'The middle of the zygomatic arch: about 2.5 cm in front of the tragus, at the level of its upper half (ST7 lies in the notch below it, GB3 in the hollow above it).',
    );
  }
  {
    // the philtrum on the midline profile, seen from the front going down from the tip of the
    // nose: the skin runs back under the nose to the subnasale (the first hollow, where the
    // columella meets the upper lip), then forward down the philtrum to the vermilion border of
    // the upper lip (labrale superius, the first crest, where the red of the lip turns back toward
    // the mouth); the philtrum is the stretch between them
    const tip = L('nose_tip');
    const step = 0.0005;
    const profile: SurfaceHit[] = [];
    for (let y = tip[1]; y > tip[1] - 0.04; y -= step) profile.push(fromOutside([0.0003, y, tip[2]], [0, 0, -1], TRUNK));
    const z = (i: number) => profile[i]!.position[2];
    let sn = 1;
    while (sn < profile.length - 1 && !(z(sn + 1) > z(sn) + 0.00005)) sn++;
    let ls = sn + 1;
    while (ls < profile.length - 1 && !(z(ls + 1) < z(ls) - 0.00005)) ls++;
    if (ls >= profile.length - 1) throw new Error('no upper lip below the nose');
    const at = (t: number) => profile[Math.round(sn + (ls - sn) * t)]!;
    set(
      'subnasale',
      profile[sn]!,
      'The subnasale: on the midline, where the columella of the nose meets the upper lip, the deepest point of the profile below the nose (the upper end of the philtrum).',
    );
    set(
      'labrale_superius',
      profile[ls]!,
      'The labrale superius: on the midline, the vermilion border of the upper lip, where the philtrum meets the red of the lip (its most forward point; the lower end of the philtrum, GV27 on the tubercle below it).',
    );
    set(
      'philtrum_midpoint',
      at(0.5),
      'The middle of the philtrum: on the midline, halfway from the subnasale down to the vermilion border of the upper lip (GV26 lies on it).',
    );
    set(
      'philtrum_upper_third',
      at(1 / 3),
      'The junction of the upper third and the lower two thirds of the philtrum: on the midline, a third of the way from the subnasale down to the vermilion border of the upper lip (LI19 lies level with it, below the nostril).',
    );
  }
  {
    // the mastoid tip lies behind the lobe of the ear, on the skull: cast from inside the head
    // outward so the auricle is not taken for it
    const tragus = D('tragus'),
      lobe = L('earlobe');
    const hit = castRay(index, [0, lobe[1] - 0.01, tragus[2] - 0.02], [1, 0, 0], 0.3);
    if (!hit) throw new Error('no mastoid skin');
    set(
      'mastoid_process',
      hit,
      'The tip of the mastoid process: the bony bump behind the lobe of the ear, about 2 cm behind the tragus and 1 cm below the lobe (the two tips are 9 B-cun apart round the back of the head).',
    );
  }
  // --- the auricle: its apex is the highest point of the helix (superaurale), found by rays from
  // above just outside the side of the head, so the scalp above the ear is not taken for it; its
  // roots are where it joins the head in front (above the supratragic notch, where the helix
  // rises from the head) and behind (the postauricular sulcus, halfway down the ear)
  {
    const tragus = D('tragus'),
      lobe = L('earlobe');
    const s = body.heightM / 1.75;
    let apex: SurfaceHit | undefined;
    for (let dx = 0.003; dx <= 0.015; dx += 0.001) {
      for (let dz = 0; dz <= 0.045; dz += 0.001) {
        const hit = castRay(index, [tragus[0] + dx, tragus[1] + 0.05, tragus[2] - dz], [0, -1, 0], 0.05);
        if (hit && hit.position[1] > tragus[1] && (!apex || hit.position[1] > apex.position[1])) apex = hit;
      }
    }
    if (!apex) throw new Error(`${variant}: no helix above the tragus`);
    set(
      'ear_apex',
      apex,
      'The apex of the auricle: the highest point of the helix (with the ear folded forward its tip stays at this height), on the ear itself, not on the scalp above it (EX-HN6 lies here).',
    );
    // the hair arches over the auricle about half a centimetre above the helix: seen from the side,
    // the scalp directly above the apex (TE20 lies here, GB8 1.5 B-cun above it)
    set(
      'hairline_above_ear',
      fromOutside([apex.position[0] + 0.05, apex.position[1] + 0.005 * s, apex.position[2]], [-1, 0, 0]),
      'The temporal hairline arching over the ear, directly above the apex of the auricle: the scalp about half a centimetre above the helix, where the apex of the folded ear touches the head (TE20 lies here, GB8 1.5 B-cun above it).',
    );
    const midY = (apex.position[1] + lobe[1]) / 2;
    set(
      'ear_root_posterior',
      fromOutside([tragus[0], midY, tragus[2] - 0.05], [0, 0, 1]),
      'The posterior root of the auricle: behind the ear, halfway down it, where the back of the auricle joins the head (the postauricular sulcus, hidden behind the rim of the helix seen from the side).',
    );
  }
  // --- the ala of the nose: the rig's bone for the muscle that lifts the wing of the nose ends on
  // the alar groove, at the middle of the outer border of the ala (LI20 lies beside it). Its lower
  // border is where, going down the outer wall of the ala, the skin steps back onto the upper lip:
  // past the step, at the foot of the ala's curved underside, where the lip begins (seen from the
  // front, the lower outline of the ala).
  {
    const tail = J('levator06.L____tail');
    const front = (x: number, y: number) => fromOutside([x, y, tail[2] + 0.1], [0, 0, -1]);
    set(
      'nasal_ala',
      front(tail[0], tail[1]),
      'The middle of the outer border of the ala of the nose, in the groove where the ala meets the cheek (LI20 lies beside it, in the nasolabial groove).',
    );
    const x = tail[0] - 0.004;
    let prev = front(x, tail[1]);
    let y = tail[1];
    for (; y > tail[1] - 0.025; y -= 0.001) {
      const hit = front(x, y - 0.001);
      if (prev.position[2] - hit.position[2] > 0.0015) break;
      prev = hit;
    }
    // down the underside while the skin still falls back, to the lip
    for (y -= 0.001; y > tail[1] - 0.035; y -= 0.001) {
      const hit = front(x, y);
      if (hit.position[2] > prev.position[2] - 0.0002) break;
      prev = hit;
    }
    set(
      'nasal_ala_lower_border',
      prev,
      'The lower border of the ala of the nose: the lowest part of its outer wall, where it steps back onto the upper lip (ST3 lies level with it, below the pupil).',
    );
  }
  // --- the posterior border of the sternocleidomastoid at the level of the angle of the jaw: the
  // muscle crosses the side of the neck obliquely, its anterior border just behind the angle (SI17
  // in the hollow in front of it) and its posterior border, which divides the side of the neck into
  // its anterior and posterior triangles, about midway between the angle and the back of the neck
  // (TE16 lies behind it)
  {
    const angle = L('mandible_angle');
    const back = fromOutside([0.0005, angle[1], angle[2]], [0, 0, 1], TRUNK).position;
    const upper: Vec3 = [angle[0], angle[1], (angle[2] + back[2]) / 2];
    set(
      'scm_posterior_border',
      fromOutside([angle[0] + 0.1, upper[1], upper[2]], [-1, 0, 0]),
      'The posterior border of the sternocleidomastoid at the level of the angle of the mandible: about midway between the angle and the back of the neck, on the side of the neck (TE16 lies behind it, SI17 in front of the muscle).',
    );
    // the border runs down and forward to the clavicle at the outer edge of the muscle's clavicular
    // head, a third of the way from the sternoclavicular joint to the acromion: at the level of the
    // laryngeal prominence it lies on that line (SI16 lies behind it there)
    const lower = lerp(L('sternoclavicular_joint'), L('acromion'), 1 / 3),
      lp = L('laryngeal_prominence');
    const at = lerp(upper, lower, (upper[1] - lp[1]) / (upper[1] - lower[1]));
    set(
      'scm_posterior_border_larynx',
      fromOutside([0.1, lp[1], at[2]], [-1, 0, 0]),
      'The posterior border of the sternocleidomastoid at the level of the laryngeal prominence: on the line of the border from the level of the angle of the mandible down to the outer edge of the clavicular head, a third of the way along the clavicle (SI16 lies behind it, LI18 in front on the muscle).',
    );
  }
  // --- the hyoid: its body lies at the angle between the front of the neck and the floor of the
  // mouth, about 2 cm above the laryngeal prominence. Climbing the front of the neck on the
  // midline from the prominence, the skin runs nearly upright until, at the angle, it turns forward
  // under the chin: the last skin of the neck is the hyoid.
  {
    const lp = L('laryngeal_prominence');
    const s = body.heightM / 1.75;
    let last: SurfaceHit | undefined;
    for (let y = lp[1]; y < lp[1] + 0.06 * s; y += 0.001) {
      const hit = castRay(index, [0.0005, y, lp[2] + 0.3], [0, 0, -1], 0.5);
      if (!hit || hit.position[2] < lp[2] - 0.03) continue;
      // the skin turns more than 60 degrees from upright: the floor of the mouth begins
      if (last && hit.position[2] - last.position[2] > 2 * (hit.position[1] - last.position[1])) break;
      last = hit;
    }
    if (!last) throw new Error(`${variant}: no front of the neck above the laryngeal prominence`);
    set(
      'hyoid',
      nearest([0, last.position[1], last.position[2]]),
      'The body of the hyoid bone on the anterior midline: at the angle between the front of the neck and the under side of the chin, above the laryngeal prominence (CV23 lies in the hollow at its upper border).',
    );
  }
  // --- the chin (soft-tissue menton): the lowest point of the chin on the midline, where its front,
  // coming down from the mentolabial groove over the symphysis of the mandible, has turned to face
  // down into its under side (the lower border of the mandible). Met from below on the midline,
  // stepping back from the groove: the first skin of the chin that faces mostly downward
  {
    const groove = L('mentolabial_groove');
    let menton: SurfaceHit | undefined;
    for (let z = groove[2]; z > groove[2] - 0.08 && !menton; z -= 0.001) {
      const hit = castRay(index, [0.0005, groove[1] - 0.06, z], [0, 1, 0], 0.08, (tri) => normalAt(body, tri, [1 / 3, 1 / 3, 1 / 3])[1] < -0.2);
      if (hit && normalAt(body, hit.triangle, hit.barycentric)[1] <= -0.9) menton = hit;
    }
    if (!menton) throw new Error(`${variant}: the chin never turns to face down`);
    set(
      'chin',
      menton,
      'The lowest point of the chin on the midline (the soft-tissue menton): below the mentolabial groove, where the front of the chin turns to face down into its under side, over the lower border of the mandible at its symphysis.',
    );
  }
  // --- the asterion, where the parietal, occipital and temporal (mastoid) bones meet behind the
  // ear: about 4.5 cm behind the ear canal (just behind the tragus), a little above it, on the way
  // to the external occipital protuberance. The curve from GB9 to GB12 arches behind the ear over it,
  // above and behind the mastoid process (GB10 and GB11 lie on that curve).
  {
    const tragus = D('tragus'),
      eop = L('external_occipital_protuberance');
    const canal: Vec3 = [tragus[0], tragus[1], tragus[2] - 0.01];
    const t = (0.045 * (body.heightM / 1.75)) / Math.hypot(...sub(eop, canal));
    const p = lerp(canal, eop, t);
    set(
      'asterion',
      fromOutside([p[0] + 0.1, p[1] + 0.005 * (body.heightM / 1.75), p[2]], [-1, 0, 0]),
      'The asterion, where the parietal, occipital and temporal bones meet: behind the ear, about 4.5 cm behind the ear canal and a little above it, toward the external occipital protuberance (the curve from GB9 to GB12 arches over it, above and behind the mastoid process).',
    );
  }
  // --- the eye: the hm08 body has no eyeball, so the eye's rig joint gives its centre and axis; the
  // landmarks are on the skin seen from the front (not inside the empty eye opening)
  {
    const centre = J('eye.L____head'),
      front = J('eye.L____tail');
    const frontFacing = (tri: number) => {
      const [a, b, c] = [0, 1, 2].map((k) => body.indices[tri * 3 + k]!) as [number, number, number];
      return body.normals[a * 3 + 2]! + body.normals[b * 3 + 2]! + body.normals[c * 3 + 2]! > 0.9;
    };
    const seen = (x: number, y: number) => fromOutside([x, y, front[2]], [0, 0, -1], frontFacing);
    set(
      'pupil',
      nearest([centre[0], centre[1] - 0.002, front[2] - 0.012]),
      "The centre of the pupil, looking straight ahead: in front of the centre of the eye (the rig's eye joint), on the lower lid margin of this lidded model.",
    );
    // the lids meet about 1.6 cm to the nose side and 1.8 cm to the temple side of the eye's centre
    // (targets from the eye joint, not from the landmarks' own last place, so a rerun stays put)
    const s = body.heightM / 1.75;
    set(
      'inner_canthus',
      seen(centre[0] - 0.016 * s, centre[1] - 0.001),
      'The inner corner of the eye: the skin where the lids meet on the nose side (seen from the front, not inside the eye opening).',
    );
    set(
      'outer_canthus',
      seen(centre[0] + 0.018 * s, centre[1]),
      'The outer corner of the eye: the skin where the lids meet on the temple side (seen from the front).',
    );
    set(
      'infraorbital_margin',
      seen(centre[0], centre[1] - 0.019),
      'The lower rim of the orbit below the pupil, about 2 cm below the centre of the eye, on the skin of the cheek.',
    );
    // the eyebrow follows the upper rim of the orbit, about 1.5 cm above the centre of the eye: it
    // begins above the inner canthus, arches highest at its middle (a little lateral to the pupil,
    // which lies above the middle of the eye, not of the brow) and ends on the rim's outer
    // corner, about 2.4 cm to the temple side of the eye's centre (on the line from the ala of the
    // nose through the outer canthus), still facing forward, not on the side of the head
    set(
      'eyebrow_medial_end',
      seen(centre[0] - 0.016 * s, centre[1] + 0.015 * s),
      'The inner end of the eyebrow: directly above the inner canthus, on the upper rim of the orbit (BL2 lies in the hollow here).',
    );
    {
      // halfway along the brow over the skin (its outer part turns back toward the temple)
      const brow = Array.from({ length: 21 }, (_, k) => seen(centre[0] + (-0.016 + (0.04 * k) / 20) * s, centre[1] + (0.015 - (0.003 * k) / 20) * s).position);
      const lengths = brow.map((p, k) => (k === 0 ? 0 : Math.hypot(...sub(p, brow[k - 1]!))));
      const total = lengths.reduce((a, b) => a + b, 0);
      let k = 0;
      for (let run = 0; k < brow.length - 1 && run + lengths[k + 1]! < total / 2; k++) run += lengths[k + 1]!;
      set(
        'eyebrow_midpoint',
        seen(brow[k]![0], centre[1] + 0.017 * s),
        'The middle of the eyebrow, halfway along it over the skin, where it arches highest over the upper rim of the orbit (about above the pupil; EX-HN4 lies here).',
      );
    }
    set(
      'eyebrow_lateral_end',
      seen(centre[0] + 0.024 * s, centre[1] + 0.012 * s),
      'The outer end of the eyebrow: on the outer corner of the upper rim of the orbit, above and lateral to the outer canthus, on the front of the face (TE23 lies in the hollow here).',
    );
  }
  // --- the knee, from the rig's knee joint (the head of its lower-leg bone, on the joint line,
  // level with the popliteal crease) and the front of the leg's own skin, on each body: the front
  // of the knee is where the skin met from in front stands most forward at a height (its normal
  // turns there from facing in to facing out). With the knee straight the apex of the patella
  // lies about a centimetre above the joint line and its base (the upper border) about 5 cm above
  // the apex; the tibial tuberosity, where the patellar ligament ends, about 4.5 cm below the joint
  // line in front of the shaft of the tibia; the ligament, about 2.5 cm wide, runs from the apex down to the tuberosity, and the knee
  // eyes are the hollows either side of it at the joint line, about 0.65 cm beyond its borders.
  // (These were vertices picked on the male and reused on the female, whose knee they put 2 cm
  // medial to its front, facing inward.)
  {
    const knee = J('lowerleg01.L____head');
    const s = body.heightM / 1.75;
    /** the most forward skin of the leg at a height, met from in front (1 mm steps from inside out) */
    const frontAt = (y: number): SurfaceHit => {
      let best: SurfaceHit | undefined;
      for (let x = knee[0] - 0.08 * s; x <= knee[0] + 0.08 * s; x += 0.001) {
        const hit = castRay(index, [x, y, knee[2] + 0.4], [0, 0, -1], 0.6, LEG);
        if (hit && (!best || hit.position[2] > best.position[2])) best = hit;
      }
      if (!best) throw new Error(`${variant}: no front of the leg at ${y.toFixed(3)}`);
      return best;
    };
    const onFront = (x: number, y: number) => fromOutside([x, y, knee[2]], [0, 0, -1], LEG);
    // the patella stands upright in the straight knee, its long axis along the femur's (the rig's
    // thigh bone) seen from in front: the middle of its base lies on that line up from the apex.
    // (Taken as the most forward skin at its height, the base lay on the bulge of vastus medialis,
    // 2 cm medial to the apex on the male, the patella leaning 22 degrees.)
    const apex = frontAt(knee[1] + 0.008 * s);
    const femurTop = J('upperleg02.L____head'),
      femurEnd = J('upperleg02.L____tail');
    const baseY = knee[1] + 0.058 * s;
    const base = onFront(apex.position[0] + ((femurTop[0] - femurEnd[0]) * (baseY - apex.position[1])) / (femurTop[1] - femurEnd[1]), baseY);
    // the tuberosity is the upper end of the anterior crest of the tibia, the prominence on the
    // front of the upper tibia where the patellar ligament ends: the ligament runs from the apex of
    // the patella straight down or a little outward, so the tuberosity lies below the apex or
    // slightly lateral to it, on the anterolateral part of the bone's upper end, lateral to the
    // axis of the shaft (the rig's lower-leg bone follows the tibia). Going out from the axis, met
    // from in front, the first skin that faces straight forward (within 3 degrees): on the female,
    // whose upper shin is flat in front, in front of the axis (the most forward skin at that height
    // lay 1.5 cm medial to it); on the male 1.5 cm lateral to it. (Straight in front of the axis,
    // the male's lay 1.1 cm medial to the apex of the patella, its ligament running down and in.)
    const shaftTop = J('lowerleg01.L____head'),
      shaftMid = J('lowerleg01.L____tail');
    const tubY = knee[1] - 0.045 * s;
    const tuberosity = ((): SurfaceHit => {
      const axis = lerp(shaftTop, shaftMid, (shaftTop[1] - tubY) / (shaftTop[1] - shaftMid[1]))[0];
      for (let x = axis; x < axis + 0.04 * s; x += 0.001) {
        const hit = onFront(x, tubY);
        if (normalAt(body, hit.triangle, hit.barycentric)[0] >= -0.05) return hit;
      }
      throw new Error(`${variant}: the front of the upper tibia never faces forward`);
    })();
    set(
      'patella_apex',
      apex,
      "The apex (lower tip) of the patella: with the knee straight about a centimetre above the joint line (the rig's knee joint), on the front of the knee where its skin stands most forward (met from in front, on each body).",
    );
    set(
      'patella_base',
      base,
      "The base (upper border) of the patella at its middle: about 5 cm above its apex, straight up from it along the femur's axis (the patella stands upright in the straight knee), on the front of the knee (met from in front, on each body; EX-LE2 lies here).",
    );
    set(
      'tibial_tuberosity',
      tuberosity,
      'The tibial tuberosity, where the patellar ligament ends: about 4.5 cm below the joint line, below the apex of the patella or a little lateral to it, on the front of the upper tibia lateral to the axis of its shaft, where the skin first faces straight forward (met from in front, on each body); the anterior crest of the tibia runs down from it.',
    );
    // the base of the patella is about 4.4 cm wide: its ends lie 2.2 cm either side of its middle
    set(
      'patella_base_medial_end',
      onFront(base.position[0] - 0.022 * s, base.position[1]),
      'The medial end of the base of the patella: 2.2 cm medial to the middle of its upper border (the base is about 4.4 cm wide), on the front of the knee (SP10 lies 2 B-cun above it; the line from it to SP12 carries SP11).',
    );
    set(
      'patella_base_lateral_end',
      onFront(base.position[0] + 0.022 * s, base.position[1]),
      'The lateral end of the base of the patella: 2.2 cm lateral to the middle of its upper border (the base is about 4.4 cm wide), on the front of the knee (the line from it to the ASIS carries ST31 and ST32).',
    );
    // the patellar ligament at the joint line: its middle on the line from the apex to the
    // tuberosity, its borders 1.25 cm either side; the knee eyes 0.65 cm beyond them
    const t = (apex.position[1] - knee[1]) / (apex.position[1] - tuberosity.position[1]);
    const middle = lerp(apex.position, tuberosity.position, t)[0];
    set(
      'patellar_ligament_lateral_border',
      onFront(middle + 0.0125 * s, knee[1]),
      'The lateral border of the patellar ligament at the joint line: 1.25 cm lateral to the middle of the ligament (which runs from the apex of the patella to the tibial tuberosity, about 2.5 cm wide).',
    );
    set(
      'patellar_ligament_medial_border',
      onFront(middle - 0.0125 * s, knee[1]),
      'The medial border of the patellar ligament at the joint line: 1.25 cm medial to the middle of the ligament (which runs from the apex of the patella to the tibial tuberosity, about 2.5 cm wide).',
    );
    set(
      'knee_eye_lateral',
      onFront(middle + 0.019 * s, knee[1]),
      "The lateral knee eye: the hollow lateral to the patellar ligament at the joint line, below the patella, about 0.65 cm beyond the ligament's lateral border, on the front of the knee (ST35 lies here).",
    );
    set(
      'knee_eye_medial',
      onFront(middle - 0.019 * s, knee[1]),
      "The medial knee eye: the hollow medial to the patellar ligament at the joint line, below the patella, about 0.65 cm beyond the ligament's medial border, on the front of the knee (EX-LE4 lies here).",
    );
    // the anterior crest of the tibia at the middle of the leg: the skin straight in front of the
    // shaft (the rig's lower-leg bones follow the tibia, on the medial side of the leg), met from in
    // front. The most forward skin of the leg lies lateral to it over tibialis anterior: the points
    // a finger-breadth lateral to the crest (ST36-ST40, EX-LE7) are measured from this.
    const shaft = J('lowerleg01.L____tail');
    set(
      'tibia_anterior_crest',
      onFront(shaft[0], shaft[1]),
      'The anterior crest (border) of the tibia at the middle of the leg: the skin straight in front of the shaft of the tibia, met from in front (the most forward skin of the leg lies lateral to it, over tibialis anterior; ST36-ST40 lie a finger-breadth or more lateral to the crest).',
    );
  }
  // --- the root of the thigh beside the genital region, 2 B-cun below the upper border of the pubic
  // symphysis (the thigh's 18 B-cun measured upright from the symphysis to the patella base): at
  // that height the male crotch still lies below, so there is no inner face of the thigh yet; the
  // thigh begins, seen from in front, at the groove beside the genitals, over the tendon of adductor
  // longus near its origin (LR11 lies here, LR10 1 B-cun below). The first skin of the leg met by
  // rays from in front, going out from the midline.
  {
    const base = D('patella_base'),
      pubis = L('pubic_symphysis_superior');
    const y = pubis[1] - (2 * (pubis[1] - base[1])) / 18;
    let root: SurfaceHit | undefined;
    for (let x = 0.01; x < 0.15 && !root; x += 0.0025) {
      const hit = castRay(index, [x, y, pubis[2] + 0.3], [0, 0, -1], 0.6);
      // (the skin of the leg: its nearest corner carried by the leg's bones)
      if (hit && parts[body.indices[hit.triangle * 3 + hit.barycentric.indexOf(Math.max(...hit.barycentric))]!] === 2) root = hit;
    }
    if (!root) throw new Error(`${variant}: no thigh beside the genital region`);
    set(
      'thigh_root_medial',
      root,
      'The medial border of the front of the thigh at its root, 2 B-cun below the upper border of the pubic symphysis: the first skin of the thigh beside the genital region, seen from in front, over the tendon of adductor longus near its origin (LR11 lies here, LR10 1 B-cun below it).',
    );
  }
  // --- the groove between sartorius and gracilis on the medial thigh, 4 B-cun above the base of the
  // patella (the thigh's 18 B-cun from the pubic symphysis to the patella base, measured upright):
  // in the lower thigh sartorius crosses the medial face behind the bulge of vastus medialis and
  // gracilis runs behind it, so the groove between them lies on the middle of the medial face, where
  // the skin faces straight inward (LR9 lies here). Found as the most medial skin of the thigh at that
  // level, met from the midline outward.
  {
    const base = D('patella_base'),
      pubis = L('pubic_symphysis_superior');
    const y = base[1] + (4 * (pubis[1] - base[1])) / 18;
    let inner: SurfaceHit | undefined;
    for (let z = base[2] - 0.2; z <= base[2] + 0.05; z += 0.0025) {
      const hit = castRay(index, [0.001, y, z], [1, 0, 0], 0.2, LEG);
      if (hit && (!inner || hit.position[0] < inner.position[0])) inner = hit;
    }
    if (!inner) throw new Error(`${variant}: no medial thigh 4 B-cun above the patella`);
    set(
      'sartorius_gracilis_groove',
      inner,
      'The groove between sartorius and gracilis on the medial side of the thigh, 4 B-cun above the base of the patella: the middle of the medial face, where the skin faces straight inward, behind the bulge of vastus medialis (LR9 lies here).',
    );
  }
  // --- the lateral epicondyle of the femur: the most lateral bump of the knee, about 2.2 cm above
  // the joint line (the rig's knee joint, level with the popliteal crease), a little behind the
  // middle of the knee from front to back, met from the side; the iliotibial band passes over it
  // to the tibia and the tendon of biceps femoris behind it (GB33 lies in the hollow between the
  // two, above and behind the epicondyle)
  {
    const knee = J('lowerleg01.L____head');
    const s = body.heightM / 1.75;
    set(
      'femur_lateral_epicondyle',
      fromOutside([knee[0], knee[1] + 0.022 * s, knee[2] - 0.01 * s], [-1, 0, 0], LEG),
      'The lateral epicondyle of the femur: the most lateral bump of the knee, about 2 cm above the joint line and a little behind the middle of the knee, under the iliotibial band (GB33 lies above and behind it, between the band and the tendon of biceps femoris).',
    );
  }
  // --- the malleoli, from the rig's ankle joint (the head of its foot bone, in the talus, midway
  // between the malleoli): the axis of the ankle runs just below the tips of both malleoli and slopes
  // down laterally, and the prominence of each malleolus (its most projecting point) stands about a
  // centimetre above its tip, so the prominence of the lateral malleolus (the fibula's end, about a
  // centimetre behind the axis of the leg) stands about 0.7 cm above the middle of the axis and the
  // prominence of the medial malleolus (the tibia's end, in line with the bone's medial surface),
  // which ends about a centimetre higher, about 1.6 cm above it. (Placed level with the axis and
  // half a centimetre above it, the male's medial malleolus stood only 7 cm above the sole: the
  // foot's 3 B-cun from it to the sole came out a fifth shorter than the leg's B-cun, and the
  // malleoli stood 1.8 cm below the front of the ankle joint where ST41 lies level with them.)
  {
    const s = body.heightM / 1.75;
    const talus = J('foot.L____head');
    const lateral = fromOutside([talus[0], talus[1] + 0.007 * s, talus[2] - 0.008 * s], [-1, 0, 0], LEG);
    const medialHit = castRay(index, [talus[0] - 0.06, talus[1] + 0.016 * s, talus[2]], [1, 0, 0], 0.1, LEG);
    if (!medialHit) throw new Error(`${variant}: no skin over the medial malleolus`);
    set(
      'lateral_malleolus',
      lateral,
      'The prominence of the lateral malleolus (the lower end of the fibula): on the outer side of the ankle, its most projecting point, about 0.7 cm above the middle of the axis of the joint (which runs just below the tip), a little behind the axis of the leg.',
    );
    set(
      'medial_malleolus',
      medialHit,
      'The prominence of the medial malleolus (the lower end of the tibia): on the inner side of the ankle, its most projecting point, about 1.6 cm above the middle of the axis of the joint (the medial malleolus ends about a centimetre higher than the lateral), in line with the medial surface of the tibia.',
    );
    {
      // the centre of the front of the joint, where ST41 lies: midway between the malleoli at the
      // level of the line joining their prominences (the anterior lip of the tibia over the neck of
      // the talus, level with the prominence of the lateral malleolus), the skin in front of it met
      // from in front, in the hollow between the extensor tendons where the leg meets the dorsum of
      // the foot
      const mid = lerp(medialHit.position, lateral.position, 0.5);
      set(
        'ankle_front_midpoint',
        fromOutside([mid[0], mid[1], mid[2]], [0, 0, -1], LEG),
        'The centre of the front of the ankle joint, midway between the malleoli at the level of the line joining their prominences (level with the prominence of the lateral malleolus): the hollow where the front of the leg meets the dorsum of the foot, between the tendons of extensor hallucis longus and extensor digitorum longus (ST41 lies here).',
      );
    }
    // --- the tendon of tibialis anterior crossing the front of the ankle joint: the most medial of
    // the extensor tendons, on the anteromedial corner of the ankle at the joint line, where the skin
    // going from the inner side to the front turns to face at least as much forward as inward (LR4
    // lies in the hollow medial to it)
    {
      const y = talus[1] + 0.018 * s;
      const mid = lerp(medialHit.position, lateral.position, 0.5);
      let corner: SurfaceHit | undefined;
      for (let x = medialHit.position[0]; x < mid[0] && !corner; x += 0.001) {
        const hit = castRay(index, [x, y, talus[2] + 0.3], [0, 0, -1], 0.5, LEG);
        if (!hit) continue;
        const n = normalAt(body, hit.triangle, hit.barycentric);
        if (n[2] >= -n[0]) corner = hit;
      }
      if (!corner) throw new Error(`${variant}: no anteromedial corner of the ankle`);
      set(
        'tibialis_anterior_tendon',
        corner,
        'The tendon of tibialis anterior at the front of the ankle joint: the most medial extensor tendon, on the anteromedial corner of the ankle at the joint line, where the skin turns from the inner side to the front (LR4 lies in the hollow medial to it, ST41 lateral to it between the next two tendons).',
      );
    }
    // --- the calcaneal tendon at the level of the malleoli: the back of the tendon behind the ankle,
    // level with the midpoint of the line joining the two prominences (the lateral one stands about
    // a centimetre lower): KI3 lies between it and the medial prominence, BL60 between it and the
    // lateral one
    {
      const mid = lerp(medialHit.position, lateral.position, 0.5);
      set(
        'calcaneal_tendon',
        fromOutside([mid[0], mid[1], mid[2] - 0.05], [0, 0, 1], LEG),
        'The calcaneal (Achilles) tendon behind the ankle, level with the midpoint of the line joining the prominences of the two malleoli (KI3 lies between it and the medial malleolus, BL60 between it and the lateral malleolus).',
      );
    }
  }
  // --- the anterior crest of the tibia at the levels of the points a finger-breadth lateral to it:
  // ST36, EX-LE7, ST37, ST38 and ST39 lie 3, 5, 6, 8 and 9 B-cun below the lateral knee eye (ST35)
  // on the line down to the front of the ankle (ST41), one finger-breadth (middle finger) lateral to
  // the crest, over tibialis anterior (WHO's note to ST36). The crest runs down from the tibial
  // tuberosity to the middle of the leg (tibia_anterior_crest, in front of the shaft) and on along
  // the front of the shaft below it; at each level the skin straight in front of it, met from in
  // front. (The straight line from the knee eye to the ankle ran only 0.6-1.0 cm lateral to the
  // crest on the female, whose shin bows outward below the knee, over skin facing inward.)
  {
    const eye = D('knee_eye_lateral'),
      ankle = D('ankle_front_midpoint'),
      tuberosity = D('tibial_tuberosity'),
      middle = D('tibia_anterior_crest');
    const [shaftMid, shaftEnd] = [J('lowerleg02.L____head'), J('lowerleg02.L____tail')];
    const crestX = (y: number) =>
      y >= middle[1]
        ? lerp(tuberosity, middle, (tuberosity[1] - y) / (tuberosity[1] - middle[1]))[0]
        : middle[0] + lerp(shaftMid, shaftEnd, (shaftMid[1] - y) / (shaftMid[1] - shaftEnd[1]))[0] - shaftMid[0];
    for (const [cun, code] of [
      [3, 'ST36'],
      [5, 'EX-LE7'],
      [6, 'ST37'],
      [8, 'ST38'],
      [9, 'ST39'],
    ] as const) {
      const y = eye[1] + ((ankle[1] - eye[1]) * cun) / 16;
      set(
        `tibia_anterior_crest_${cun}`,
        fromOutside([crestX(y), y, middle[2]], [0, 0, -1], LEG),
        `The anterior crest of the tibia ${cun} B-cun below the lateral knee eye (of the leg's 16 B-cun from the knee eye to the front of the ankle): the skin straight in front of the crest, which runs down from the tibial tuberosity to the middle of the leg and on along the front of the shaft (${code} lies one finger-breadth lateral to it, over tibialis anterior).`,
      );
    }
  }
  // --- the medial side of the tibia: in the leg the shaft of the tibia (the rig's lower-leg bones)
  // turns its medial surface, flat and under the skin, anteromedially, between the anterior crest
  // in front and the medial border behind, where the calf (soleus, gastrocnemius) begins and the
  // skin turns to face straight inward. Going round the leg from the front over its medial side at
  // a height, the skin met on the way to the bone: the middle of the medial surface is where it
  // faces half forward, half inward (45 degrees; LR5 and LR6 lie here), and just behind the medial
  // border where it has turned to face straight inward (SP6 and SP7 lie here). The heights in
  // B-cun above the prominence of the medial malleolus: of the leg's 15 from the apex of the patella
  // (LR5, LR6), of its 13 from the lower border of the medial condyle of the tibia (SP6, SP7).
  {
    const upper = [J('lowerleg01.L____head'), J('lowerleg01.L____tail')] as const,
      lower = [J('lowerleg02.L____head'), J('lowerleg02.L____tail')] as const;
    const shaftAt = (y: number): Vec3 => {
      const [a, b] = y > upper[1][1] ? upper : lower;
      return lerp(a, b, (a[1] - y) / (a[1] - b[1]));
    };
    const roundTo = (y: number, degrees: number): SurfaceHit => {
      const bone = shaftAt(y);
      for (let deg = 0; deg <= 180; deg += 0.5) {
        const r = (deg * Math.PI) / 180,
          out: Vec3 = [-Math.sin(r), 0, Math.cos(r)];
        const hit = castRay(index, add(bone, scale(out, 0.12)), scale(out, -1), 0.12, LEG);
        if (!hit) continue;
        const n = normalAt(body, hit.triangle, hit.barycentric);
        if ((Math.atan2(-n[0], n[2]) * 180) / Math.PI >= degrees) return hit;
      }
      throw new Error(`${variant}: the medial side of the leg at ${y.toFixed(3)} never faces ${degrees} degrees inward`);
    };
    // the lower border of the medial condyle of the tibia, where the shaft begins: with the knee
    // straight it lies level with the tibial tuberosity (the condyles end where the tuberosity
    // stands out in front, about 4.5 cm below the joint line, 2 B-cun below the apex of the patella
    // as the leg's 15 and 13 B-cun require), and the depression between it and the upper end of the
    // medial border of the tibia is met going round the leg from the front where the skin has turned
    // to face straight inward (SP9 lies here; the leg's 13 B-cun are measured from it). (It was a
    // vertex picked on the male and reused on the female, on the anteromedial face of the tibia,
    // facing half forward, and 2 cm below the tuberosity on the female.)
    set(
      'medial_tibial_condyle',
      roundTo(D('tibial_tuberosity')[1], 90),
      "The lower border of the medial condyle of the tibia, where the shaft begins, level with the tibial tuberosity (about 4.5 cm below the knee joint line): the depression between it and the upper end of the medial border of the tibia, on the inner side of the leg where the skin faces straight inward (SP9 lies here; the leg's 13 B-cun run from it to the prominence of the medial malleolus).",
    );
    const malleolus = D('medial_malleolus');
    const apexCun = (D('patella_apex')[1] - malleolus[1]) / 15,
      condyleCun = (D('medial_tibial_condyle')[1] - malleolus[1]) / 13;
    for (const cun of [5, 7]) {
      set(
        `tibia_medial_surface_${cun}`,
        roundTo(malleolus[1] + cun * apexCun, 45),
        `The middle of the medial surface of the tibia, ${cun} B-cun above the prominence of the medial malleolus (of the leg's 15 B-cun from the apex of the patella): on the anteromedial side of the leg, where the skin over the flat subcutaneous surface faces half forward, half inward, between the anterior crest and the medial border (${cun === 5 ? 'LR5' : 'LR6'} lies here).`,
      );
    }
    for (const cun of [3, 6, 10]) {
      set(
        `tibia_medial_border_${cun}`,
        roundTo(malleolus[1] + cun * condyleCun, 90),
        `Just posterior to the medial border of the tibia, ${cun} B-cun above the prominence of the medial malleolus (of the leg's 13 B-cun from the lower border of the medial condyle of the tibia${cun === 10 ? ', 3 B-cun below it' : ''}): behind the medial surface, where the calf begins and the skin has turned to face straight inward (${cun === 3 ? 'SP6' : cun === 6 ? 'SP7' : 'SP8'} lies here).`,
      );
    }
  }
  // --- the fingertips: the ends of the distal phalanges, a little beyond the bone
  for (const [finger, id] of [
    [2, 'index_tip'],
    [3, 'middle_tip'],
    [4, 'ring_tip'],
    [5, 'little_tip'],
  ] as const) {
    const head = J(`finger${finger}-3.L____head`),
      tail = J(`finger${finger}-3.L____tail`);
    set(
      id,
      nearest(add(tail, scale(norm(sub(tail, head)), 0.004)), ARM),
      `The tip of the ${['', '', 'index', 'middle', 'ring', 'little'][finger]} finger, at the end of its distal phalanx.`,
    );
  }
  // --- the knuckles: the heads of the 2nd-5th metacarpals. The rig's joint between each metacarpal
  // and its proximal phalanx sits at the finger webs, 1.5-2 cm too far out: its proximal phalanx
  // came out 0.63-0.67 of the finger beyond it (3.9 / 3.3 cm for the middle finger against 5.8 /
  // 4.8 cm from its PIP joint to its tip, male / female), where a real proximal phalanx is about
  // as long as the rest of its finger (middle: 4.5 cm against 2.8 + 1.9 cm and the pulp). The
  // joint is taken on the finger's own axis (the line of the rig's proximal phalanx, extended back
  // past the rig's joint: the rig's metacarpals all start from one point of the carpus, so their
  // lines run toward the middle of the wrist and would draw the index knuckle ulnar of the index-
  // middle web), where it lies 0.9 of the distance from the PIP joint to the fingertip from the PIP
  // joint (the proximal phalanx about 0.85-0.9 of the rest of the finger); the knuckle is the skin
  // over it on the back of the hand (the hand hangs palm forward: met from behind)
  const knuckleJoint = new Map<number, Vec3>();
  for (const finger of [2, 3, 4, 5] as const) {
    const head = J(`finger${finger}-1.L____head`);
    const pip = J(`finger${finger}-2.L____head`),
      tip = D(['', '', 'index_tip', 'middle_tip', 'ring_tip', 'little_tip'][finger]!);
    const want = 0.9 * Math.hypot(...sub(tip, pip)),
      back = norm(sub(head, pip));
    let joint = head;
    for (let s = 0; s < 0.04 && Math.hypot(...sub(joint, pip)) < want; s += 0.0005) joint = add(head, scale(back, s));
    knuckleJoint.set(finger, joint);
    set(
      `mcp${finger}`,
      fromOutside(joint, [0, 0, 1], ARM),
      `The knuckle of the ${['', '', 'index', 'middle', 'ring', 'little'][finger]} finger: the head of the ${['', '', '2nd', '3rd', '4th', '5th'][finger]} metacarpal on the back of the hand, over the metacarpophalangeal joint, 1.5-2.5 cm proximal to the finger webs (the proximal phalanx about as long as the rest of the finger beyond it).`,
    );
  }
  // --- the centre of the palm: between the 2nd and 3rd metacarpals (the rig's metacarpal1 and 2
  // carry the index and middle fingers), near their heads, on the palm (it faces +z)
  {
    // (from side to side midway between the knuckles of the 2nd and 3rd metacarpals: the rig's bones
    // lie 0.9 cm toward the middle finger, as its finger joints do at the webs)
    const joints = lerp(lerp(J('metacarpal1.L____head'), knuckleJoint.get(2)!, 0.75), lerp(J('metacarpal2.L____head'), knuckleJoint.get(3)!, 0.75), 0.5);
    const between: Vec3 = [(D('mcp2')[0] + D('mcp3')[0]) / 2, joints[1], joints[2]];
    set(
      'palm_centre',
      fromOutside(between, [0, 0, -1], ARM),
      'The centre of the palm: between the 2nd and 3rd metacarpal bones, just proximal to their heads, where the tip of the flexed middle finger rests (PC8).',
    );
  }
  // --- the bases of the 1st metatarsal (about a third of the way from the navicular tuberosity to
  // the 1st metatarsophalangeal joint, past the medial cuneiform) and of the 5th metacarpal (the
  // proximal end of the rig's bone for the little finger's metacarpal, at the wrist)
  set(
    'metatarsal1_base',
    nearest(lerp(L('navicular_tuberosity'), L('mtp1'), 0.35), LEG),
    'The base of the 1st metatarsal on the medial side of the foot: about a third of the way from the navicular tuberosity to the big toe joint (SP4 lies just in front of and below it).',
  );
  {
    // the junction of the bases of the 1st and 2nd metatarsals on the dorsum of the foot: level with
    // the base of the 1st, on the line of the space between the two bones (midway between the heads
    // of the big and second toes' proximal phalanges, at the metatarsophalangeal joints), met from above
    const base = L('metatarsal1_base');
    const gap = lerp(J('toe1-1.L____head'), J('toe2-1.L____head'), 0.5);
    // (from just above the foot: a ray from higher up would meet the leg)
    const top = castRay(index, [gap[0], base[1] + 0.08, base[2]], [0, -1, 0], 0.2, LEG);
    if (!top) throw new Error(`${variant}: no dorsum of the foot over the 1st and 2nd metatarsal bases`);
    set(
      'metatarsal1_2_base_junction',
      top,
      'The junction of the bases of the 1st and 2nd metatarsals on the dorsum of the foot: level with the base of the 1st, on the line of the space between the two bones (LR3 lies in the hollow just distal to it).',
    );
  }
  {
    // the rig's joint for the little finger's metacarpal sits 4.8 cm distal to the wrist crease on
    // the male: the carpus (the pisiform and triquetrum under the crease, then the hamate) ends
    // about a fifth of the way from the distal wrist crease to the knuckle, where the base of the
    // 5th metacarpal is felt on the ulnar border of the hand
    const bone = J('metacarpal4.L____head'),
      crease = L('wrist_crease_ulnar_end'),
      knuckle = D('mcp5');
    const y = crease[1] + 0.22 * (knuckle[1] - crease[1]);
    // on the ulnar border of the hand, where the skin of the back meets that of the palm: the skin
    // met from the ulnar side at the level of the base, in line with the bone (the skin nearest
    // the bone lay on the back of the hand, drawing SI4 onto the dorsum)
    set(
      'metacarpal5_base',
      fromOutside([bone[0], y, bone[2]], [1, 0, 0], ARM),
      'The base of the 5th metacarpal on the ulnar border of the hand, at the wrist end of the bone, where the skin of the back meets that of the palm (met from the ulnar side): about a fifth of the way from the distal wrist crease to the knuckle, past the carpus (SI4 lies between it and the triquetrum).',
    );
    // the 5th metacarpophalangeal joint seen from the ulnar side: the skin of the ulnar border of
    // the hand level with the joint (the rig's joint of the little finger's proximal phalanx), on
    // the border between the skin of the back and of the palm (SI2 lies just distal, SI3 just
    // proximal to it; the knuckle landmark lies on the back of the hand)
    // (the most ulnar skin at that level, searched from the back of the joint to its front: in
    // line with the joint's centre the ray meets the ulnar slope of the knuckle)
    const mcp = knuckleJoint.get(5)!;
    let ulnar: SurfaceHit | undefined;
    for (let dz = -0.015; dz <= 0.015; dz += 0.001) {
      const hit = castRay(index, [mcp[0] - 0.05, mcp[1], mcp[2] + dz], [1, 0, 0], 0.08, ARM);
      if (hit && (!ulnar || hit.position[0] < ulnar.position[0])) ulnar = hit;
    }
    if (!ulnar) throw new Error(`${variant}: no ulnar border of the hand at the 5th knuckle`);
    set(
      'mcp5_ulnar_border',
      ulnar,
      'The ulnar side of the 5th metacarpophalangeal joint, on the border of the hand where the skin of the back meets that of the palm (the red and white skin), the most ulnar skin level with the joint (SI3 lies in the hollow just proximal to it).',
    );
    // the same border on the little finger just beyond the joint: the hollow past the flare of the
    // base of the proximal phalanx, a third of the way along the bone from the joint, the most
    // ulnar skin there (SI2 lies here)
    const base = lerp(mcp, J('finger5-2.L____head'), 1 / 4);
    let finger: SurfaceHit | undefined;
    for (let dz = -0.012; dz <= 0.012; dz += 0.001) {
      const hit = castRay(index, [base[0] - 0.05, base[1], base[2] + dz], [1, 0, 0], 0.08, ARM);
      if (hit && (!finger || hit.position[0] < finger.position[0])) finger = hit;
    }
    if (!finger) throw new Error(`${variant}: no ulnar border of the little finger at its base`);
    set(
      'little_finger_base_ulnar_border',
      finger,
      "The ulnar side of the base of the little finger's proximal phalanx, just distal to the 5th metacarpophalangeal joint, on the border where the skin of the back meets that of the palm (the red and white skin): the most ulnar skin a third of the way along the bone, past the flare of its base (SI2 lies in this hollow).",
    );
  }
  {
    // the index finger's counterpart on its radial side (LI2): the hollow past the flare of the base
    // of the proximal phalanx, a third of the way from the 2nd metacarpophalangeal joint (as found
    // for its knuckle) to the PIP joint, on the border of the back and the palm: the most radial
    // skin there across the finger, met from the radial side (a step sideways from the knuckle, on
    // the middle of the back of the finger, ended on the back-and-radial corner of the finger, its
    // skin facing as much back as out). The finger slants out and forward, so the rays run square
    // to its axis, not along x (which would slide 0.8 cm further along it)
    const joint = knuckleJoint.get(2)!,
      pip = J('finger2-2.L____head');
    const base = lerp(joint, pip, 1 / 3),
      axis = norm(sub(pip, joint));
    const radial = norm(sub([1, 0, 0], scale(axis, axis[0]))),
      across = cross(axis, radial);
    let finger: SurfaceHit | undefined;
    for (let t = -0.012; t <= 0.012; t += 0.001) {
      const hit = castRay(index, add(base, add(scale(radial, 0.05), scale(across, t))), scale(radial, -1), 0.08, ARM);
      const out = hit ? dot(sub(hit.position, base), radial) : -Infinity;
      if (hit && Math.hypot(...sub(hit.position, base)) < 0.025 && (!finger || out > dot(sub(finger.position, base), radial))) finger = hit;
    }
    if (!finger) throw new Error(`${variant}: no radial border of the index finger at its base`);
    set(
      'index_finger_base_radial_border',
      finger,
      "The radial side of the base of the index finger's proximal phalanx, just distal to the 2nd metacarpophalangeal joint, on the border where the skin of the back meets that of the palm (the red and white skin): the most radial skin a third of the way from the joint to the PIP joint, past the flare of the base (LI2 lies in this hollow).",
    );
  }
  {
    // the radial border of the 1st metacarpal at its middle, where the skin of the back of the
    // thumb meets that of the thenar eminence (the red and white skin): going round the middle of
    // the bone (the rig's thumb metacarpal) from its back over its radial side, the first skin that
    // turns to face the palm (the hand hangs palm forward). The thumb points forward and out, so
    // its radial border faces up and out; the skin straight lateral to the bone is its back, the
    // dorsum of the metacarpal (LU10 lies on the border, on the thenar side).
    const head = J('finger1-1.L____head'),
      tail = J('finger1-1.L____tail');
    const axis = norm(sub(tail, head)),
      mid = lerp(head, tail, 0.5);
    const perp = (v: Vec3) => norm(sub(v, scale(axis, dot(v, axis))));
    const back = perp([0, 0, -1]);
    const radial = norm(sub(perp([1, 0, 0]), scale(back, dot(perp([1, 0, 0]), back))));
    let border: SurfaceHit | undefined;
    for (let deg = 0; deg <= 180 && !border; deg += 1) {
      const a = (deg * Math.PI) / 180,
        out = add(scale(back, Math.cos(a)), scale(radial, Math.sin(a)));
      const hit = castRay(index, add(mid, scale(out, 0.05)), scale(out, -1), 0.1, ARM);
      if (hit && normalAt(body, hit.triangle, hit.barycentric)[2] >= 0.1) border = hit;
    }
    if (!border) throw new Error(`${variant}: the back of the thumb never turns to the palm`);
    set(
      'metacarpal1_radial_border',
      border,
      'The radial border of the 1st metacarpal at its middle, where the skin of the back of the thumb meets the skin of the thenar eminence (the red and white skin), on the thenar side: going round the middle of the bone from its back over its radial side, the first skin facing the palm (LU10 lies here).',
    );
  }
  // --- hand and foot, from the rig's finger and toe bones
  {
    // the webs between the index and middle, the middle and ring and the ring and little fingers
    // (the vertex picked for 2-3 lay on the 3rd knuckle, drawing Wailaogong and Baxie toward the
    // middle finger; the ring-little web, once taken 1.7 cm below the rig's finger joints, stood
    // 1.3 cm distal to the other webs, level with the little finger's PIP crease)
    for (const [a, b, names] of [
      [2, 3, 'index and middle'],
      [3, 4, 'middle and ring'],
      [4, 5, 'ring and little'],
    ] as const) {
      // the apex of the cleft on the back of the hand: the most proximal skin between the two
      // fingers that faces toward the fingertips and backward (the hand hangs palm forward, so
      // proximal is up), in the middle of the gap between them
      const ja = J(`finger${a}-1.L____head`),
        jb = J(`finger${b}-1.L____head`);
      const lo = Math.min(ja[0], jb[0]),
        hi = Math.max(ja[0], jb[0]),
        gap = hi - lo;
      let web: Vec3 = add(lerp(ja, jb, 0.5), [0, -0.017, 0]),
        top = -Infinity;
      for (let v = 0; v < body.vertexCount; v++) {
        const x = body.positions[v * 3]!,
          y = body.positions[v * 3 + 1]!;
        if (
          parts[v] !== 1 ||
          x < lo + 0.3 * gap ||
          x > hi - 0.3 * gap ||
          y > Math.min(ja[1], jb[1]) ||
          body.normals[v * 3 + 1]! > -0.3 ||
          body.normals[v * 3 + 2]! > 0
        )
          continue;
        if (y > top) {
          top = y;
          web = [x, y, body.positions[v * 3 + 2]!];
        }
      }
      set(
        `finger_web_${a}_${b}`,
        nearest(web, ARM),
        `The web between the ${names} fingers: between the heads of the ${['', '', '2nd', '3rd', '4th'][a]} and ${['', '', '', '3rd', '4th', '5th'][b]} metacarpals, at the margin of the web.`,
      );
    }
    {
      // the web between the thumb and the index finger spans the V of the thumb's proximal phalanx
      // and the index finger, which opens out and down and, the thumb pointing forward, faces back
      // and out (the vertex picked for it lay on the palmar face of the web, 1.3 cm in front of its
      // back). Along the bisector of the V, from the hand out midway between the two
      // metacarpophalangeal joints, the back of the web rolls over into the cleft: its free margin
      // is where the skin there, met from behind the V, turns from facing back to facing out of
      // the cleft (as the margins of the toe webs are found)
      // (the index finger's metacarpophalangeal joint as found for its knuckle, 1.5-2 cm proximal to
      // the rig's joint at the finger webs)
      const thumb = J('finger1-2.L____head'),
        indexMcp = knuckleJoint.get(2)!;
      const ta = norm(sub(J('finger1-2.L____tail'), thumb)),
        tb = norm(sub(J('finger2-1.L____tail'), J('finger2-1.L____head')));
      let back = norm(cross(ta, tb));
      if (back[2] > 0) back = scale(back, -1);
      const opening = norm(sub(add(ta, tb), scale(back, dot(add(ta, tb), back))));
      const mid = lerp(thumb, indexMcp, 0.5);
      const margin = webMargin(
        (s) => add(mid, scale(opening, s)),
        [-0.04, 0.03, 0.001],
        back,
        0.06,
        0.12,
        ARM,
        (n) => dot(n, opening) >= dot(n, back),
      );
      if (!margin) throw new Error(`${variant}: no web between the thumb and the index finger`);
      set(
        'finger_web_1_2',
        margin,
        'The margin of the web between the thumb and the index finger: the free edge where the back of the web, midway between their metacarpophalangeal joints, rolls over into the cleft (its skin turning from facing back to facing out of the cleft); Baxie lies just proximal to it on the back of the hand.',
      );
    }
    // the nail of a finger lies on the back of its distal phalanx (the hand hangs palm forward, so
    // the back faces -z); its base corners a third of the way along the phalanx, to either side
    const nail = (bone: string, sideX: number, back: Vec3, accept: (tri: number) => boolean) => {
      const head = J(`${bone}.L____head`),
        tail = J(`${bone}.L____tail`);
      return nearest(add(lerp(head, tail, 0.3), add([sideX, 0, 0], back)), accept);
    };
    set(
      'little_nail_radial_corner',
      nail('finger5-3', 0.005, [0, 0, -0.005], ARM),
      'The radial corner of the base of the little fingernail (toward the ring finger).',
    );
    set(
      'little_nail_ulnar_corner',
      nail('finger5-3', -0.005, [0, 0, -0.005], ARM),
      'The ulnar corner of the base of the little fingernail (away from the ring finger).',
    );
    // (the vertex picked for the ring finger lay on the radial side of its nail, facing the middle
    // finger: TE1 was drawn on the wrong side of the finger)
    set(
      'ring_nail_ulnar_corner',
      nail('finger4-3', -0.005, [0, 0, -0.005], ARM),
      'The ulnar corner of the base of the ring fingernail (toward the little finger).',
    );
    const ipHead = J('finger1-3.L____head');
    set('thumb_ip_crease', nearest(add(ipHead, [0, 0, 0.004]), ARM), 'The crease of the interphalangeal joint of the thumb, on its palmar side.');
    const tail = J('finger1-3.L____tail');
    set('thumb_tip', nearest(add(tail, scale(norm(sub(tail, ipHead)), 0.006)), ARM), 'The tip of the thumb, at the end of its distal phalanx.');
  }
  // --- the toes, from the rig's toe bones: toeN-1 is the proximal phalanx of toe N, the last one
  // its distal phalanx (the big toe has two phalanges, the others three); the toes point forward
  // and slope down to their tips
  {
    const names = ['', 'big', 'second', 'third', 'fourth', 'little'] as const;
    const bone = (t: number, k: number) => [J(`toe${t}-${k}.L____head`), J(`toe${t}-${k}.L____tail`)] as const;
    const distal = (t: number) => bone(t, t === 1 ? 2 : 3);
    const ofToe = (t: number) => (v: number) => {
      const b = body.dominantBone[v] ?? '';
      return b.startsWith(`toe${t}-`) && b.endsWith('.L');
    };
    const onToe = (t: number) => (tri: number) => [0, 1, 2].every((k) => ofToe(t)(body.indices[tri * 3 + k]!));
    const flat = (v: Vec3): Vec3 => norm([v[0], 0, v[2]]);
    const sideways = (ahead: Vec3): Vec3 => [ahead[2], 0, -ahead[0]];
    for (let t = 1; t <= 5; t++) {
      const [head, tail] = distal(t);
      const ahead = flat(sub(tail, head));
      // the tip: the most distal skin of the toe, met from in front along the toe at the height of
      // the end of its distal phalanx (the pulp beyond the free edge of the nail)
      set(
        `${names[t]}_toe_tip`,
        fromOutside(tail, scale(ahead, -1), onToe(t)),
        `The tip of the ${names[t]} toe: its most distal skin, in front of the end of the distal phalanx, beyond the free edge of the nail (Qiduan lies here).`,
      );
      // the base of the nail (the proximal nail fold) a third of the way along the distal phalanx,
      // the nail covering its distal two thirds; the nail two thirds as wide as the toe there, its
      // corners on the dorsal skin, met from above
      const base = lerp(head, tail, 1 / 3);
      const across = sideways(ahead);
      let lo = Infinity,
        hi = -Infinity;
      for (let v = 0; v < body.vertexCount; v++) {
        if (!ofToe(t)(v)) continue;
        const q: Vec3 = [body.positions[v * 3]!, body.positions[v * 3 + 1]!, body.positions[v * 3 + 2]!];
        if (Math.abs(dot(sub(q, base), ahead)) > 0.003) continue;
        const w = dot(sub(q, base), across);
        lo = Math.min(lo, w);
        hi = Math.max(hi, w);
      }
      const corner = (sign: number) => {
        const w = (lo + hi) / 2 + (sign * (hi - lo)) / 3;
        return fromOutside(add(base, scale(across, w)), [0, -1, 0], onToe(t));
      };
      // across points to the foot's outer (lateral, +x) side
      if (t === 1)
        set(
          'big_toe_nail_medial_corner',
          corner(-1),
          "The medial corner of the base of the big toenail: a third of the way along the distal phalanx, on the dorsum, a third of the toe's width medial to its middle.",
        );
      if (t !== 3)
        set(
          `${names[t]}_toe_nail_lateral_corner`,
          corner(1),
          `The lateral corner of the base of the ${names[t]} toenail: a third of the way along the distal phalanx, on the dorsum, a third of the toe's width lateral to its middle.`,
        );
    }
    // the hollow between the 2nd and 3rd metatarsals just behind their heads: the joints with the
    // toes are the heads of the rig's proximal phalanges (toeN-1); the heads of the metatarsals,
    // about 1.8 cm across, lie behind them, their necks in the hollow (ST43), met from above
    {
      const joints = lerp(bone(2, 1)[0], bone(3, 1)[0], 0.5);
      const back = flat(sub(bone(2, 1)[0], bone(2, 1)[1]));
      const at = add(joints, scale(back, 0.018 * (body.heightM / 1.75)));
      const top = castRay(index, [at[0], at[1] + 0.08, at[2]], [0, -1, 0], 0.2, LEG);
      if (!top) throw new Error(`${variant}: no dorsum between the 2nd and 3rd metatarsal heads`);
      set(
        'metatarsal2_3_heads',
        top,
        'The hollow between the 2nd and 3rd metatarsals just proximal to their heads: about 1.8 cm behind the 2nd and 3rd metatarsophalangeal joints, on the dorsum of the foot (ST43 lies here).',
      );
    }
    // the 5th metatarsophalangeal joint on the outer side of the foot: level with the joint (the
    // head of the little toe's proximal phalanx), met from the side
    const mtp5 = J('toe5-1.L____head');
    set(
      'mtp5',
      fromOutside(mtp5, [-1, 0, 0], LEG),
      'The 5th metatarsophalangeal joint on the outer side of the foot: the skin beside the joint at its level, met from the side (BL65 lies just behind it, BL66 just in front).',
    );
    // the tuberosity of the 5th metatarsal: the bump on the outer border of the foot at the base of
    // the bone, just in front of the cuboid, about two fifths of the foot's length from the back of
    // the heel (the calcaneus about 30 %, the short lateral side of the cuboid beyond it); on the
    // lateral border about 2.5 cm above the sole, met from the side (the vertex picked by eye lay
    // 2.5 cm further forward, past the middle of the foot)
    {
      const heel = L('heel'),
        tip = derived.get('second_toe_tip')!.hit.position;
      const along = flat(sub(tip, heel));
      const at = add(heel, scale(along, 0.42 * dot(sub(tip, heel), along)));
      set(
        'metatarsal5_tuberosity',
        fromOutside([mtp5[0], 0.025 * (body.heightM / 1.75), at[2]], [-1, 0, 0], LEG),
        "The tuberosity of the 5th metatarsal: the bump on the outer border of the foot at the base of the bone, just in front of the cuboid, about two fifths of the foot's length from the back of the heel, about 2.5 cm above the sole (BL63 lies behind it under the cuboid, BL64 just in front of it).",
      );
    }
    // the junction of the bases of the 4th and 5th metatarsals on the dorsum of the foot: on the line
    // of the space between the two bones (midway between the 4th and 5th metatarsophalangeal joints),
    // about a centimetre in front of the tip of the tuberosity, which juts back beside the cuboid
    // (GB41 lies just distal to it), met from above
    {
      const tub = derived.get('metatarsal5_tuberosity')!.hit.position;
      const gap = lerp(bone(4, 1)[0], bone(5, 1)[0], 0.5);
      const top = castRay(index, [gap[0], tub[1] + 0.1, tub[2] + 0.01 * (body.heightM / 1.75)], [0, -1, 0], 0.2, LEG);
      if (!top) throw new Error(`${variant}: no dorsum over the bases of the 4th and 5th metatarsals`);
      set(
        'metatarsal4_5_base_junction',
        top,
        'The junction of the bases of the 4th and 5th metatarsals on the dorsum of the foot: on the line of the space between the two bones, about a centimetre in front of the tip of the tuberosity of the 5th (GB41 lies just distal to it, lateral to the tendon of extensor digitorum longus to the little toe).',
      );
    }
    // the joint of the base of the 2nd metatarsal with the intermediate cuneiform on the dorsum of
    // the foot (ST42, over the dorsalis pedis artery): the 2nd metatarsal is the keystone of the
    // tarsometatarsal joints, its base set back about half a centimetre behind the base of the
    // 1st; on the line of the bone (from its head at the 2nd metatarsophalangeal joint, the base
    // lying a little toward the big toe as the metatarsals fan out), met from above
    {
      const base1 = L('metatarsal1_base');
      const head2 = bone(2, 1)[0],
        head1 = bone(1, 1)[0];
      const x = lerp(head1, head2, 0.8)[0];
      const z = base1[2] - 0.005 * (body.heightM / 1.75);
      const top = castRay(index, [x, base1[1] + 0.08, z], [0, -1, 0], 0.2, LEG);
      if (!top) throw new Error(`${variant}: no dorsum over the base of the 2nd metatarsal`);
      set(
        'metatarsal2_base',
        top,
        "The joint of the base of the 2nd metatarsal with the intermediate cuneiform, on the dorsum of the foot: on the line of the 2nd metatarsal, half a centimetre behind the level of the base of the 1st (the 2nd metatarsal's base is set back between the cuneiforms), over the dorsalis pedis artery (ST42 lies here).",
      );
    }
    // the webs: along the line midway between two neighbouring toes, the dorsum of the foot runs
    // forward and then rolls down into the cleft; the margin of the web is where the skin there
    // turns from facing up to facing forward (met from above, between the proximal phalanges)
    for (let t = 1; t <= 4; t++) {
      const [ha, ta] = bone(t, 1),
        [hb, tb] = bone(t + 1, 1);
      const from = lerp(ha, hb, 0.5),
        to = lerp(ta, tb, 0.5);
      const margin = webMargin(
        (s) => lerp(from, to, s),
        [-0.5, 1, 0.01],
        [0, 1, 0],
        0.1,
        0.3,
        LEG,
        (n) => n[1] <= n[2] || Math.abs(n[0]) > n[1],
      );
      if (!margin) throw new Error(`${variant}: no web between toes ${t} and ${t + 1}`);
      set(
        `toe_web_${t}_${t + 1}`,
        margin,
        `The margin of the web between the ${names[t] === 'big' ? 'first' : ['', '', 'second', 'third', 'fourth'][t]} and ${['', '', 'second', 'third', 'fourth', 'fifth'][t + 1]} toes: the free edge where the dorsum of the foot, midway between the two toes, rolls down into the cleft (its skin turning from facing up to facing forward).`,
      );
    }
  }
  return { body, index, placed: L, derived };
}

/**
 * One definition for both bodies: among the male's triangles near the male target, the point
 * (barycentric weights, averaged from the nearest point to each body's target) that lands
 * nearest to both targets.
 */
function shared(
  male: Derivation,
  female: Derivation,
  id: string,
): { triangle: [number, number, number]; weights: [number, number, number]; errM: number; errF: number; position: Vec3 } {
  const m = male.derived.get(id)!.hit.position,
    f = female.derived.get(id)!.hit.position;
  const pos = (b: BuiltBody, tri: number, w: Vec3): Vec3 => {
    const out: Vec3 = [0, 0, 0];
    for (let k = 0; k < 3; k++) {
      const v = b.indices[tri * 3 + k]!;
      for (let c = 0; c < 3; c++) out[c] = out[c]! + b.positions[v * 3 + c]! * w[k]!;
    }
    return out;
  };
  let best = { tri: -1, w: [1, 0, 0] as Vec3, err: Infinity, errM: 0, errF: 0 };
  const triangles = male.body.indices.length / 3;
  for (let tri = 0; tri < triangles; tri++) {
    const a = pos(male.body, tri, [1 / 3, 1 / 3, 1 / 3]);
    if (Math.hypot(...sub(a, m)) > 0.04) continue;
    // the nearest point of this triangle to each target, by a coarse barycentric search
    let local = { w: [1, 0, 0] as Vec3, err: Infinity, errM: 0, errF: 0 };
    for (let i = 0; i <= 10; i++)
      for (let j = 0; j <= 10 - i; j++) {
        const w: Vec3 = [i / 10, j / 10, 1 - i / 10 - j / 10];
        const em = Math.hypot(...sub(pos(male.body, tri, w), m)),
          ef = Math.hypot(...sub(pos(female.body, tri, w), f));
        if (em + ef < local.err) local = { w, err: em + ef, errM: em, errF: ef };
      }
    if (local.err < best.err) best = { tri, ...local };
  }
  const triangle = [0, 1, 2].map((k) => male.body.indices[best.tri * 3 + k]!) as [number, number, number];
  return {
    triangle,
    weights: best.w.map((x) => +x.toFixed(4) || 0) as [number, number, number],
    errM: best.errM,
    errF: best.errF,
    position: pos(male.body, best.tri, best.w),
  };
}

export function deriveLandmarks(records: readonly Landmark[]): DerivedLandmark[] {
  const male = deriveOn('male', records);
  const female = deriveOn('female', records);
  const own = (b: Derivation, id: string): LandmarkDefinition => {
    const h = b.derived.get(id)!.hit;
    return {
      triangle: [0, 1, 2].map((k) => b.body.indices[h.triangle * 3 + k]!) as [number, number, number],
      weights: h.barycentric.map((x) => +x.toFixed(4) || 0) as [number, number, number],
    };
  };
  return [...male.derived.entries()].map(([id, { why }]) => {
    const def = shared(male, female, id);
    const offTarget = { male: def.errM, female: def.errF };
    if (def.errM <= sharedWithinFor(id) && def.errF <= sharedWithinFor(id))
      return { id, description: why, definition: { triangle: def.triangle, weights: def.weights }, offTarget, position: def.position };
    // no one place of the mesh is this landmark on both bodies: each gets its own
    return { id, description: why, definition: own(male, id), variants: { female: own(female, id) }, offTarget, position: male.derived.get(id)!.hit.position };
  });
}
