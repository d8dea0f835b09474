// BL: what the standard says of each location, as measurements (our words). See LU.ts.
import {
  along,
  alongAsDrawn,
  apart,
  distance,
  face,
  faceAtLeast,
  inLineFromFront,
  is,
  isByCun,
  level,
  levelWith,
  midline,
  near,
  part,
  type BodyPart,
  type LocationSpec,
} from '../checks.ts';

const back = 'back_scapular_medial_borders';
const scalpLong = 'head_hairline_anterior_posterior';
const scalpWide = 'head_hairline_corners';
const thigh = 'thigh_gluteal_popliteal';
const leg = 'leg_popliteal_lateral_malleolus';

/**
 * Between the two heads (bellies) of gastrocnemius: on the posterior midline of the calf, the line
 * from the middle of the popliteal crease down to the calcaneal tendon (about 15-16 B-cun below).
 * Only the line matters here; the height is checked by its own level check.
 */
// the midline of the calf as drawn on its back, seen from behind (the straight chord runs inside the bulging calf)
const calfMidline = (cun: number) => alongAsDrawn('popliteal_crease_midpoint', 'calcaneal_tendon', cun / 15.5, 0.15, 1.5);

const spine = (v: string) => `spinous_${v.toLowerCase()}`;

/**
 * A point of the two back lines: level with the depression below the spinous process of `v` (so
 * below its tip and above the next one), `cun` B-cun lateral to the posterior median line.
 */
function backLine(code: string, v: string, next: string, cun: 1.5 | 3, parts: BodyPart[], more: LocationSpec['checks'] = []): LocationSpec {
  return {
    code,
    text: `Back, level with the lower border of the spinous process of ${v} (the depression below it), ${cun} B-cun lateral to the posterior median line.`,
    checks: [face('posterior'), part(...parts), midline(cun, back), is('below', spine(v)), is('above', spine(next)), ...more],
  };
}

/** An outer-line point: as its inner-line neighbour at the same level, 1.5 B-cun farther out. */
const outer = (code: string, v: string, next: string, inner: string, parts: BodyPart[]) =>
  backLine(code, v, next, 3, parts, [levelWith(inner, 1), is('lateral', inner, 2)]);

export const BL: LocationSpec[] = [
  {
    code: 'BL1',
    text: 'Face, in the hollow just superomedial to the inner canthus, against the medial wall of the orbit.',
    checks: [face('anterior', 'lateral'), part('face'), near('inner_canthus', 1), is('above', 'inner_canthus', 0.05), is('medial', 'inner_canthus', 0.05)],
  },
  {
    code: 'BL2',
    text: 'Head, in the hollow at the medial end of the eyebrow.',
    checks: [face('anterior'), part('face', 'scalp'), near('eyebrow_medial_end', 1), is('above', 'BL1', 0.8)],
  },
  {
    code: 'BL3',
    text: 'Head, straight above the frontal notch, 0.5 B-cun above the anterior hairline, between GV24 and BL4.',
    checks: [
      face('anterior', 'superior'),
      part('scalp', 'face'),
      levelWith('GV24', 1),
      is('lateral', 'GV24', 0.5),
      is('medial', 'BL4', 0.3),
      is('above', 'BL2', 4),
      // "superior to the frontal notch", which lies at the medial end of the eyebrow (BL2): straight above BL2
      ...inLineFromFront('BL2', 0.3),
    ],
  },
  {
    code: 'BL4',
    text: 'Head, 0.5 B-cun above the anterior hairline, 1.5 B-cun lateral to the anterior median line (1.5 B-cun lateral to GV24), a third of the way from GV24 to ST8.',
    checks: [face('anterior', 'superior'), part('scalp'), midline(1.5, scalpWide), levelWith('GV24', 1), distance('GV24', 1.5, scalpWide)],
  },
  {
    code: 'BL5',
    text: 'Head, 1 B-cun above the anterior hairline, 1.5 B-cun lateral to the anterior median line (0.5 B-cun behind BL4).',
    checks: [
      face('anterior', 'superior'),
      part('scalp'),
      midline(1.5, scalpWide, 0.15),
      levelWith('GV23', 1),
      distance('BL4', 0.5, scalpLong),
      is('posterior', 'BL4', 0.3),
    ],
  },
  {
    code: 'BL6',
    text: 'Head, 2.5 B-cun above the anterior hairline, 1.5 B-cun lateral to the anterior median line (1.5 B-cun behind BL5).',
    checks: [
      face('superior'),
      part('scalp'),
      midline(1.5, scalpWide, 0.15),
      distance('BL5', 1.5, scalpLong),
      is('posterior', 'BL5', 1),
      is('posterior', 'GV22', 0.3),
      is('anterior', 'GV21', 0.3),
    ],
  },
  {
    code: 'BL7',
    text: 'Head, 4 B-cun above the anterior hairline, 1.5 B-cun lateral to the anterior median line (1.5 B-cun behind BL6).',
    checks: [
      face('superior'),
      part('scalp'),
      midline(1.5, scalpWide, 0.15),
      distance('BL6', 1.5, scalpLong),
      is('posterior', 'BL6', 1),
      is('posterior', 'GV21', 0.3),
      is('anterior', 'GV20', 0.3),
    ],
  },
  {
    code: 'BL8',
    text: 'Head, 5.5 B-cun above the anterior hairline (just behind the level of GV20), 1.5 B-cun lateral to the median line.',
    checks: [
      face('superior'),
      part('scalp'),
      midline(1.5, scalpWide, 0.15),
      distance('BL7', 1.5, scalpLong),
      is('posterior', 'BL7', 1),
      is('posterior', 'GV20', 0.3),
    ],
  },
  {
    code: 'BL9',
    text: 'Back of the head, level with the upper border of the external occipital protuberance, 1.3 B-cun lateral to the posterior median line.',
    checks: [
      face('posterior'),
      part('scalp', 'head'),
      midline(1.3, 'head_mastoids'),
      is('above', 'external_occipital_protuberance', 0.2),
      levelWith('external_occipital_protuberance', 2.5),
      is('above', 'BL10', 3),
    ],
  },
  {
    code: 'BL10',
    text: 'Back of the neck, level with the upper border of the C2 spinous process (the level of GV15), in the hollow lateral to trapezius, 1.3 B-cun from the midline.',
    checks: [
      face('posterior'),
      part('neck', 'head', 'scalp'),
      midline(1.3, 'head_mastoids'),
      levelWith('GV15', 1),
      is('above', 'spinous_c2', 0.2),
      is('below', 'BL9', 3),
    ],
  },
  backLine('BL11', 'T1', 'T2', 1.5, ['upper-back']),
  backLine('BL12', 'T2', 'T3', 1.5, ['upper-back']),
  backLine('BL13', 'T3', 'T4', 1.5, ['upper-back']),
  backLine('BL14', 'T4', 'T5', 1.5, ['upper-back']),
  backLine('BL15', 'T5', 'T6', 1.5, ['upper-back']),
  backLine('BL16', 'T6', 'T7', 1.5, ['upper-back']),
  backLine('BL17', 'T7', 'T8', 1.5, ['upper-back']),
  backLine('BL18', 'T9', 'T10', 1.5, ['upper-back']),
  backLine('BL19', 'T10', 'T11', 1.5, ['upper-back']),
  backLine('BL20', 'T11', 'T12', 1.5, ['upper-back']),
  backLine('BL21', 'T12', 'L1', 1.5, ['upper-back', 'lower-back']),
  backLine('BL22', 'L1', 'L2', 1.5, ['lower-back', 'upper-back']),
  backLine('BL23', 'L2', 'L3', 1.5, ['lower-back'], [levelWith('GV4', 1)]),
  backLine('BL24', 'L3', 'L4', 1.5, ['lower-back'], [levelWith('EX-B5', 1)]),
  backLine('BL25', 'L4', 'L5', 1.5, ['lower-back'], [levelWith('GV3', 1)]),
  // L5 lies a vertebra and a half above the PSIS (level with S2)
  backLine('BL26', 'L5', 'S1', 1.5, ['lower-back', 'sacrum'], [levelWith('EX-B8', 1), is('above', 'psis', 2.5)]),
  {
    code: 'BL27',
    text: 'Sacral region, level with the 1st posterior sacral foramen (beside the 1st sacral tubercle, above the level of the posterior superior iliac spine), 1.5 B-cun lateral to the median sacral crest.',
    checks: [
      face('posterior'),
      part('sacrum', 'lower-back'),
      midline(1.5, back),
      levelWith('sacral_foramen_1', 1),
      levelWith('spinous_s1', 1.2),
      is('above', 'psis', 1),
      is('below', 'BL26', 0.5),
      apart('BL26', 0.8),
      is('lateral', 'BL31'),
    ],
  },
  {
    code: 'BL28',
    text: 'Sacral region, level with the 2nd posterior sacral foramen (level with the posterior superior iliac spine), 1.5 B-cun lateral to the median sacral crest.',
    checks: [
      face('posterior'),
      part('sacrum', 'buttock'),
      midline(1.5, back),
      levelWith('sacral_foramen_2', 1),
      levelWith('spinous_s2', 1.2),
      levelWith('psis', 1.2),
      is('below', 'BL27', 0.8),
      is('lateral', 'BL32'),
    ],
  },
  {
    code: 'BL29',
    text: 'Sacral region, level with the 3rd posterior sacral foramen, 1.5 B-cun lateral to the median sacral crest.',
    checks: [
      face('posterior'),
      part('sacrum', 'buttock'),
      midline(1.5, back),
      levelWith('sacral_foramen_3', 1),
      levelWith('spinous_s3', 1.2),
      is('below', 'BL28', 0.8),
      is('lateral', 'BL33'),
    ],
  },
  {
    code: 'BL30',
    text: 'Sacral region, level with the 4th posterior sacral foramen, 1.5 B-cun lateral to the median sacral crest.',
    checks: [
      face('posterior'),
      part('sacrum', 'buttock'),
      midline(1.5, back),
      levelWith('sacral_foramen_4', 1),
      levelWith('spinous_s4', 1.2),
      is('below', 'BL29', 0.8),
      apart('BL29', 0.8),
      is('lateral', 'BL34'),
    ],
  },
  // the posterior sacral foramina lie about 0.7-1 B-cun from the median sacral crest, converging
  // downward, well inside the line 1.5 B-cun out on which BL27-BL30 lie level with them
  {
    code: 'BL31',
    text: 'Sacral region, in the 1st posterior sacral foramen (above the level of the posterior superior iliac spine).',
    checks: [
      face('posterior'),
      part('sacrum', 'lower-back'),
      near('sacral_foramen_1', 1),
      midline(0.85, back, 0.15),
      levelWith('spinous_s1', 1.2),
      is('above', 'psis', 1),
      is('lateral', 'spinous_s1', 1),
      is('medial', 'psis', 1),
      isByCun('medial', 'BL27', 0.5, back),
    ],
  },
  {
    code: 'BL32',
    text: 'Sacral region, in the 2nd posterior sacral foramen (level with the posterior superior iliac spine).',
    checks: [
      face('posterior'),
      part('sacrum'),
      near('sacral_foramen_2', 1),
      midline(0.85, back, 0.15),
      levelWith('spinous_s2', 1.2),
      levelWith('psis', 1.2),
      is('below', 'BL31', 0.8),
      is('medial', 'psis', 1),
    ],
  },
  {
    code: 'BL33',
    text: 'Sacral region, in the 3rd posterior sacral foramen.',
    checks: [
      face('posterior'),
      part('sacrum'),
      near('sacral_foramen_3', 1),
      midline(0.85, back, 0.15),
      levelWith('spinous_s3', 1.2),
      is('below', 'BL32', 0.8),
      is('lateral', 'spinous_s3', 0.8),
    ],
  },
  {
    code: 'BL34',
    text: 'Sacral region, in the 4th posterior sacral foramen.',
    checks: [
      face('posterior'),
      part('sacrum'),
      near('sacral_foramen_4', 1),
      midline(0.85, back, 0.15),
      levelWith('spinous_s4', 1.2),
      is('below', 'BL33', 0.8),
      apart('BL33', 0.8),
      is('lateral', 'spinous_s4', 0.8),
    ],
  },
  {
    code: 'BL35',
    text: 'Buttock region, 0.5 B-cun lateral to the tip of the coccyx.',
    checks: [face('posterior'), part('buttock', 'sacrum'), midline(0.5, back), levelWith('coccyx_tip', 1), near('coccyx_tip', 3)],
  },
  {
    code: 'BL36',
    text: 'Buttock region, at the midpoint of the gluteal fold.',
    checks: [face('posterior', 'inferior'), part('buttock', 'thigh'), near('gluteal_fold_midpoint', 1.5)],
  },
  {
    code: 'BL37',
    text: 'Back of the thigh, between biceps femoris and semitendinosus, 6 B-cun below the gluteal fold (1 B-cun above the midpoint of BL36-BL40).',
    checks: [face('posterior'), part('thigh'), level('BL36', -6, thigh), along('BL36', 'BL40', 6 / 14)],
  },
  {
    code: 'BL38',
    text: 'Back of the knee, just medial to the biceps femoris tendon, 1 B-cun above the popliteal crease (above BL39, where the crease ends laterally).',
    checks: [face('posterior'), part('knee', 'thigh'), level('BL39', 1, thigh), is('above', 'popliteal_crease_midpoint', 1), is('lateral', 'BL40', 0.5)],
  },
  {
    code: 'BL39',
    text: 'Back of the knee, at the lateral end of the popliteal crease, medial to the biceps femoris tendon.',
    checks: [face('posterior'), part('knee'), levelWith('popliteal_crease_midpoint', 1.5), near('popliteal_crease_lateral_end', 2), is('lateral', 'BL40', 1)],
  },
  {
    code: 'BL40',
    text: 'Back of the knee, at the midpoint of the popliteal crease.',
    checks: [
      face('posterior'),
      part('knee'),
      near('popliteal_crease_midpoint', 1),
      is('medial', 'popliteal_crease_lateral_end', 1),
      is('lateral', 'popliteal_crease_medial_end', 1),
    ],
  },
  outer('BL41', 'T2', 'T3', 'BL12', ['upper-back']),
  outer('BL42', 'T3', 'T4', 'BL13', ['upper-back']),
  outer('BL43', 'T4', 'T5', 'BL14', ['upper-back']),
  outer('BL44', 'T5', 'T6', 'BL15', ['upper-back']),
  outer('BL45', 'T6', 'T7', 'BL16', ['upper-back']),
  outer('BL46', 'T7', 'T8', 'BL17', ['upper-back']),
  outer('BL47', 'T9', 'T10', 'BL18', ['upper-back']),
  outer('BL48', 'T10', 'T11', 'BL19', ['upper-back']),
  outer('BL49', 'T11', 'T12', 'BL20', ['upper-back']),
  outer('BL50', 'T12', 'L1', 'BL21', ['upper-back', 'lower-back']),
  outer('BL51', 'L1', 'L2', 'BL22', ['lower-back', 'upper-back']),
  outer('BL52', 'L2', 'L3', 'BL23', ['lower-back']),
  {
    code: 'BL53',
    text: 'Buttock region, level with the 2nd posterior sacral foramen, 3 B-cun lateral to the median sacral crest.',
    checks: [
      face('posterior'),
      part('buttock', 'sacrum'),
      midline(3, back),
      levelWith('sacral_foramen_2', 1),
      levelWith('spinous_s2', 1.2),
      levelWith('psis', 1.2),
      levelWith('BL28', 1),
      is('lateral', 'BL28', 2),
    ],
  },
  {
    code: 'BL54',
    text: 'Buttock region, level with the 4th posterior sacral foramen, 3 B-cun lateral to the median sacral crest.',
    checks: [
      face('posterior'),
      part('buttock', 'sacrum'),
      midline(3, back),
      levelWith('sacral_foramen_4', 1),
      levelWith('spinous_s4', 1.2),
      levelWith('BL30', 1),
      is('below', 'BL53', 1),
    ],
  },
  {
    code: 'BL55',
    text: 'Back of the leg, between the lateral and medial heads of gastrocnemius, 2 B-cun below the popliteal crease.',
    checks: [faceAtLeast(0.8, 'posterior'), part('leg', 'knee'), level('popliteal_crease_midpoint', -2, leg), calfMidline(2), is('below', 'BL40', 2)],
  },
  {
    code: 'BL56',
    text: 'Back of the leg, between the two bellies of gastrocnemius, 5 B-cun below the popliteal crease (midway between BL55 and BL57).',
    checks: [faceAtLeast(0.8, 'posterior'), part('leg'), level('popliteal_crease_midpoint', -5, leg), calfMidline(5), along('BL55', 'BL57', 0.5)],
  },
  {
    code: 'BL57',
    text: 'Back of the leg, where the calcaneal tendon meets the two bellies of gastrocnemius (8 B-cun below the popliteal crease).',
    checks: [faceAtLeast(0.8, 'posterior'), part('leg'), level('popliteal_crease_midpoint', -8, leg), calfMidline(8), is('below', 'BL56', 3)],
  },
  {
    code: 'BL58',
    text: 'Posterolateral leg, between the lower border of the lateral head of gastrocnemius and the calcaneal tendon, level with 7 B-cun above BL60.',
    checks: [
      face('posterior', 'lateral'),
      part('leg'),
      level('BL60', 7, leg),
      is('below', 'BL57', 0.5),
      is('lateral', 'BL57', 0.5),
      is('lateral', 'calcaneal_tendon', 0.5),
    ],
  },
  {
    code: 'BL59',
    text: 'Posterolateral leg, between the fibula and the calcaneal tendon, level with 3 B-cun above BL60.',
    checks: [face('posterior', 'lateral'), part('leg'), level('BL60', 3, leg), distance('BL60', 3, leg), is('lateral', 'calcaneal_tendon', 0.5)],
  },
  {
    code: 'BL60',
    text: 'Posterolateral ankle, in the hollow between the prominence of the lateral malleolus and the calcaneal tendon.',
    // level with the prominence of the lateral malleolus (not the 1.5 cm of a point merely near it)
    checks: [
      face('lateral', 'posterior'),
      part('ankle', 'leg', 'foot'),
      levelWith('lateral_malleolus', 0.8),
      along('lateral_malleolus', 'calcaneal_tendon', 0.5, 0.3, 1.5),
      is('posterior', 'lateral_malleolus', 0.5),
    ],
  },
  {
    code: 'BL61',
    text: 'Lateral foot, below BL60, lateral to the calcaneus, at the border of the red and white skin.',
    checks: [face('lateral'), part('foot', 'ankle'), is('below', 'BL60', 1.5), is('below', 'lateral_malleolus', 1.5), is('posterior', 'BL62', 0.3)],
  },
  {
    code: 'BL62',
    text: 'Lateral foot, straight below the prominence of the lateral malleolus, in the hollow between its lower border and the calcaneus.',
    checks: [face('lateral'), part('foot', 'ankle'), is('below', 'lateral_malleolus', 0.8), near('lateral_malleolus', 2.5)],
  },
  {
    code: 'BL63',
    text: 'Dorsum of the foot, distal to the front border of the lateral malleolus, behind the tuberosity of the 5th metatarsal, in the hollow below the cuboid.',
    // the cuboid lies just behind the tuberosity (the base of the 5th metatarsal articulates with it):
    // the hollow under it within 3 cm of the tuberosity, not back by the calcaneus
    checks: [
      face('lateral', 'superior'),
      part('foot'),
      is('anterior', 'lateral_malleolus', 1),
      is('posterior', 'metatarsal5_tuberosity', 0.5),
      near('metatarsal5_tuberosity', 3),
      is('below', 'lateral_malleolus', 1),
    ],
  },
  {
    code: 'BL64',
    text: 'Lateral foot, just distal to the tuberosity of the 5th metatarsal, at the border of the red and white skin.',
    checks: [face('lateral'), part('foot'), near('metatarsal5_tuberosity', 2), is('anterior', 'metatarsal5_tuberosity', 0.2)],
  },
  {
    code: 'BL65',
    text: 'Lateral foot, in the hollow just proximal to the 5th metatarsophalangeal joint, at the border of the red and white skin.',
    checks: [face('lateral'), part('foot'), near('mtp5', 2), is('posterior', 'mtp5', 0.2), is('anterior', 'BL64', 2)],
  },
  {
    code: 'BL66',
    text: 'Little toe, in the hollow just distal to the lateral side of the 5th metatarsophalangeal joint, at the border of the red and white skin.',
    checks: [face('lateral'), part('toes', 'foot'), near('mtp5', 2), is('anterior', 'mtp5', 0.2)],
  },
  {
    code: 'BL67',
    text: 'Little toe, lateral to the distal phalanx, 0.1 F-cun from the lateral corner of the toenail.',
    checks: [
      face('lateral', 'superior'),
      part('toes'),
      near('little_toe_nail_lateral_corner', 0.6),
      is('anterior', 'BL66'),
      is('lateral', 'little_toe_tip', 0.3),
      is('posterior', 'little_toe_tip', 0.5),
    ],
  },
];
