// Gallbladder channel: what WHO 2008 says of each location, as measurements (our words). See LU.ts.
import {
  along,
  alongAsDrawn,
  apart,
  distance,
  face,
  faceAtLeast,
  inLineFromFront,
  inLineFromSide,
  is,
  level,
  levelWith,
  midline,
  near,
  part,
  type LocationSpec,
} from '../checks.ts';

const scalp = 'head_hairline_anterior_posterior';
const across = 'head_hairline_corners';
const forehead = 'head_glabella_hairline';
const chest = 'chest_nipples';
const thigh = 'thigh_trochanter_popliteal';
const leg = 'leg_popliteal_lateral_malleolus';

export const GB: LocationSpec[] = [
  {
    code: 'GB1',
    text: 'Head, in the hollow 0.5 cun lateral to the outer canthus.',
    checks: [
      face('lateral', 'anterior'),
      part('face', 'head'),
      distance('outer_canthus', 0.5, across, 0.15),
      is('lateral', 'outer_canthus', 0.4),
      levelWith('outer_canthus', 1),
    ],
  },
  {
    code: 'GB2',
    text: 'Face, in the hollow between the intertragic notch and the condylar process of the mandible.',
    checks: [
      face('lateral', 'anterior'),
      part('face', 'ear', 'head'),
      near('intertragic_notch', 1.5),
      is('anterior', 'intertragic_notch', 0.3),
      levelWith('intertragic_notch', 1),
      is('below', 'TE21', 0.5),
    ],
  },
  {
    code: 'GB3',
    text: 'Head, in the hollow above the midpoint of the zygomatic arch, directly above ST7 (the upper border of the arch runs about level with the top of the tragus).',
    checks: [
      face('lateral'),
      part('face', 'head'),
      is('above', 'ST7', 1),
      ...inLineFromSide('ST7', 1),
      levelWith('supratragic_notch', 1.5),
      is('anterior', 'TE21', 0.5),
    ],
  },
  {
    code: 'GB4',
    text: 'Head, a quarter of the way along the curve from ST8 to GB7.',
    checks: [face('lateral', 'anterior'), part('scalp', 'head', 'face'), along('ST8', 'GB7', 1 / 4), is('below', 'ST8', 0.3)],
  },
  {
    code: 'GB5',
    text: 'Head, halfway along the curve from ST8 to GB7.',
    checks: [face('lateral', 'anterior'), part('scalp', 'head', 'face'), along('ST8', 'GB7', 1 / 2), is('below', 'GB4', 0.3)],
  },
  {
    code: 'GB6',
    text: 'Head, three quarters of the way along the curve from ST8 to GB7.',
    checks: [face('lateral', 'anterior'), part('scalp', 'head', 'face'), along('ST8', 'GB7', 3 / 4), is('below', 'GB5', 0.3)],
  },
  {
    code: 'GB7',
    text: 'Head, where the vertical line of the posterior border of the temple hairline (through TE22) meets the horizontal line through the ear apex.',
    checks: [
      face('lateral'),
      part('scalp', 'head', 'face'),
      levelWith('ear_apex', 1),
      ...inLineFromSide('TE22', 1),
      is('anterior', 'TE20', 1),
      apart('ear_apex', 1.5),
    ],
  },
  {
    code: 'GB8',
    text: 'Head, directly above the ear apex, 1.5 cun above the temporal hairline (which runs at the apex of the folded ear).',
    checks: [face('lateral', 'superior'), part('scalp', 'head'), distance('ear_apex', 1.5, scalp), ...inLineFromSide('ear_apex', 1), is('above', 'TE20', 2)],
  },
  {
    code: 'GB9',
    text: 'Head, directly above the posterior border of the ear root, 2 cun above the hairline, 0.5 cun behind GB8.',
    checks: [
      face('lateral', 'superior'),
      part('scalp', 'head'),
      is('posterior', 'GB8', 0.6),
      level('GB8', 0.5, scalp),
      ...inLineFromSide('ear_root_posterior', 1.5),
      apart('GB8', 0.8),
    ],
  },
  {
    code: 'GB10',
    text: 'Head, behind the ear, above and behind the mastoid process, one third of the way along the curve from GB9 to GB12 (it arches behind the auricle, as the helix does).',
    checks: [
      face('lateral', 'posterior'),
      part('scalp', 'head'),
      along('GB9', 'GB12', 1 / 3, 0.1),
      is('above', 'mastoid_process', 1),
      is('posterior', 'mastoid_process'),
      is('posterior', 'ear_root_posterior', 0.8),
    ],
  },
  {
    code: 'GB11',
    text: 'Head, behind the ear, above and behind the mastoid process, two thirds of the way along the curve from GB9 to GB12 (it arches behind the auricle, as the helix does).',
    checks: [
      face('lateral', 'posterior'),
      part('scalp', 'head'),
      along('GB9', 'GB12', 2 / 3, 0.1),
      is('above', 'mastoid_process', 0.3),
      is('posterior', 'mastoid_process'),
      is('posterior', 'ear_root_posterior', 0.8),
    ],
  },
  {
    code: 'GB12',
    text: 'Neck, in the hollow behind and below the mastoid process.',
    checks: [
      face('posterior', 'lateral'),
      part('neck', 'head', 'scalp'),
      near('mastoid_process', 2.5),
      is('below', 'mastoid_process', 0.2),
      is('posterior', 'mastoid_process', 0.2),
    ],
  },
  {
    code: 'GB13',
    text: 'Head, 0.5 cun within the anterior hairline, 3 cun from the midline: two thirds of the way from GV24 to ST8.',
    checks: [
      face('anterior', 'superior', 'lateral'),
      part('scalp', 'face', 'head'),
      midline(3, across),
      levelWith('GV24', 1),
      is('medial', 'ST8', 0.3),
      is('lateral', 'GB15', 1),
    ],
  },
  {
    code: 'GB14',
    text: 'Forehead, 1 cun above the eyebrow, directly above the centre of the pupil.',
    checks: [face('anterior'), part('face', 'head'), level('eyebrow_midpoint', 1, forehead), ...inLineFromFront('pupil', 0.4)],
  },
  {
    code: 'GB15',
    text: 'Head, 0.5 cun within the anterior hairline, directly above the pupil, midway between GV24 and ST8.',
    checks: [face('anterior', 'superior'), part('scalp', 'face', 'head'), midline(2.25, across, 0.15), ...inLineFromFront('pupil', 1), is('above', 'GB14', 1)],
  },
  {
    code: 'GB16',
    text: 'Head, 1.5 cun within the anterior hairline, directly above the pupil (1 cun behind GB15).',
    checks: [
      face('superior', 'anterior'),
      part('scalp', 'head'),
      distance('GB15', 1, scalp),
      midline(2.25, across, 0.15),
      ...inLineFromFront('pupil', 1),
      is('posterior', 'GB15', 0.5),
    ],
  },
  {
    code: 'GB17',
    text: 'Head, 2.5 cun within the anterior hairline, directly above the pupil (1 cun behind GB16).',
    checks: [
      face('superior', 'anterior'),
      part('scalp', 'head'),
      distance('GB16', 1, scalp),
      midline(2.25, across, 0.15),
      ...inLineFromFront('pupil', 1),
      is('posterior', 'GB16', 0.5),
    ],
  },
  {
    code: 'GB18',
    text: 'Head, 4 cun within the anterior hairline, directly above the pupil (1.5 cun behind GB17).',
    checks: [
      face('superior'),
      part('scalp', 'head'),
      distance('GB17', 1.5, scalp),
      midline(2.25, across, 0.15),
      ...inLineFromFront('pupil', 1),
      is('posterior', 'GB17', 1),
    ],
  },
  {
    code: 'GB19',
    text: 'Head, level with the upper border of the external occipital protuberance (as GV17 is), directly above GB20.',
    checks: [
      face('posterior'),
      part('scalp', 'head'),
      levelWith('GV17', 1),
      is('above', 'external_occipital_protuberance', 0),
      ...inLineFromFront('GB20', 1),
      is('above', 'GB20', 1),
    ],
  },
  {
    code: 'GB20',
    text: 'Neck, below the occipital bone, in the hollow between the origins of sternocleidomastoid and trapezius, level with GV16.',
    checks: [
      face('posterior'),
      part('neck', 'head', 'scalp'),
      // WHO's note: "GB20 is level with GV16" (the same level, not a region around it)
      levelWith('GV16', 0.3),
      is('below', 'external_occipital_protuberance'),
      is('medial', 'GB12', 0.5),
      is('posterior', 'GB12', 0.5),
    ],
  },
  {
    code: 'GB21',
    text: 'Back of the neck and shoulder, midway between the spinous process of C7 and the lateral end of the acromion.',
    checks: [face('superior', 'posterior'), part('shoulder', 'neck', 'upper-back'), along('spinous_c7', 'acromion', 1 / 2)],
  },
  {
    code: 'GB22',
    text: 'Side of the chest, in the fourth intercostal space on the mid-axillary line (the space dips as it runs round from the sternum).',
    checks: [
      face('lateral'),
      part('chest', 'axilla', 'upper-back'),
      levelWith('intercostal_space_4', 2.5),
      ...inLineFromSide('axilla_apex', 2),
      is('below', 'axilla_apex', 3),
    ],
  },
  {
    code: 'GB23',
    text: 'Side of the chest, in the fourth intercostal space, 1 cun in front of the mid-axillary line (GB22).',
    checks: [face('lateral', 'anterior'), part('chest', 'upper-back', 'axilla'), levelWith('GB22', 1.5), distance('GB22', 1, chest), is('anterior', 'GB22', 1)],
  },
  {
    code: 'GB24',
    text: 'Front of the chest, in the seventh intercostal space, 4 cun from the anterior midline.',
    checks: [face('anterior'), part('chest', 'abdomen'), midline(4, chest, 0.3), levelWith('intercostal_space_7', 1.5), is('below', 'LR14', 1)],
  },
  {
    code: 'GB25',
    text: 'Side of the abdomen, just below the free end of the twelfth rib.',
    checks: [face('lateral'), part('abdomen', 'lower-back', 'chest'), near('rib12_free_end', 3), is('below', 'rib12_free_end', 0.2)],
  },
  {
    code: 'GB26',
    text: 'Side of the abdomen, level with the centre of the umbilicus, directly below the free end of the eleventh rib.',
    checks: [
      face('lateral'),
      part('abdomen'),
      levelWith('umbilicus', 1.5),
      ...inLineFromSide('rib11_free_end', 2),
      ...inLineFromFront('rib11_free_end', 2),
      is('below', 'rib11_free_end', 1),
    ],
  },
  // WHO places GB27 by the ASIS alone ('medial to the anterior superior iliac spine', level with
  // CV4): it lies just inside the spine, which stands outside the 4 B-cun line of SP13; on a body
  // whose ASIS is only 0.4 B-cun (1 cm) outside that line (the male), 'just medial' reaches the
  // line itself, so GB27 is held to the spine (within 1.5 cm) and only not medial of SP13's line
  {
    code: 'GB27',
    text: 'Lower abdomen, 3 cun below the umbilicus, just medial to the anterior superior iliac spine (so not medial to the SP line at SP13).',
    checks: [
      face('anterior', 'lateral'),
      part('abdomen', 'hip'),
      level('umbilicus', -3, 'abdomen_umbilicus_pubis'),
      is('medial', 'asis', 0.3),
      near('asis', 1.5),
      is('lateral', 'SP13', -0.3),
    ],
  },
  {
    code: 'GB28',
    text: 'Lower abdomen, 0.5 cun medial and inferior to GB27.',
    checks: [
      face('anterior', 'lateral'),
      part('abdomen', 'hip'),
      distance('GB27', 0.5, 'abdomen_umbilicus_pubis'),
      is('below', 'GB27', 0.3),
      is('medial', 'GB27', 0.3),
    ],
  },
  {
    code: 'GB29',
    text: 'Hip, midway between the anterior superior iliac spine and the prominence of the greater trochanter.',
    checks: [face('lateral', 'anterior'), part('hip', 'buttock', 'thigh'), along('asis', 'greater_trochanter', 1 / 2)],
  },
  // the line from the trochanter to the hiatus is drawn on the buttock as seen from behind (the
  // straight chord runs some 5 cm under the convex buttock, from the trochanter on the side of the hip)
  {
    code: 'GB30',
    text: 'Buttock, one third of the way from the prominence of the greater trochanter to the sacral hiatus.',
    checks: [face('posterior', 'lateral'), part('buttock', 'hip'), alongAsDrawn('greater_trochanter', 'sacral_hiatus', 1 / 3, 0.06, 1.5)],
  },
  {
    code: 'GB31',
    text: 'Lateral thigh, behind the iliotibial band, where the middle fingertip rests with the arms hanging alongside the thigh (2 cun above GB32, 9 above the popliteal crease).',
    checks: [face('lateral'), part('thigh'), level('popliteal_crease_midpoint', 9, thigh), distance('GB32', 2, thigh), is('above', 'GB32', 2)],
  },
  {
    code: 'GB32',
    text: 'Lateral thigh, behind the iliotibial band, 7 cun above the popliteal crease.',
    checks: [face('lateral'), part('thigh'), level('popliteal_crease_midpoint', 7, thigh)],
  },
  {
    code: 'GB33',
    text: 'Lateral knee, in the hollow between the biceps femoris tendon and the iliotibial band, above and behind the lateral femoral epicondyle.',
    // in front of the biceps tendon (BL38 lies behind it, on the back of the knee), above and behind the epicondyle
    checks: [
      face('lateral'),
      part('knee', 'thigh'),
      is('above', 'popliteal_crease_lateral_end', 1),
      near('popliteal_crease_lateral_end', 6),
      is('above', 'GB34', 3),
      is('below', 'GB32', 5),
      is('above', 'femur_lateral_epicondyle', 0.5),
      is('posterior', 'femur_lateral_epicondyle', 0.3),
      is('anterior', 'BL38', 1.5),
      apart('BL38', 2),
    ],
  },
  {
    code: 'GB34',
    text: 'Fibular side of the leg, in the hollow in front of and below the head of the fibula.',
    checks: [face('lateral', 'anterior'), part('leg', 'knee'), is('below', 'fibular_head', 0.3), is('anterior', 'fibular_head', 0.3), near('fibular_head', 3)],
  },
  {
    code: 'GB35',
    text: 'Fibular side of the leg, behind the fibula, 7 cun above the prominence of the lateral malleolus.',
    checks: [face('lateral', 'posterior'), part('leg'), level('lateral_malleolus', 7, leg), levelWith('GB36', 1), is('posterior', 'GB36', 0.5)],
  },
  {
    code: 'GB36',
    text: 'Fibular side of the leg, in front of the fibula, 7 cun above the prominence of the lateral malleolus.',
    checks: [face('lateral', 'anterior'), part('leg'), level('lateral_malleolus', 7, leg)],
  },
  {
    code: 'GB37',
    text: 'Fibular side of the leg, in front of the fibula, 5 cun above the prominence of the lateral malleolus.',
    checks: [face('lateral', 'anterior'), part('leg'), level('lateral_malleolus', 5, leg), is('below', 'GB36', 2)],
  },
  {
    code: 'GB38',
    text: 'Fibular side of the leg, in front of the fibula, 4 cun above the prominence of the lateral malleolus.',
    checks: [face('lateral', 'anterior'), part('leg'), level('lateral_malleolus', 4, leg), is('below', 'GB37', 1)],
  },
  {
    code: 'GB39',
    text: 'Fibular side of the leg, in front of the fibula, 3 cun above the prominence of the lateral malleolus.',
    checks: [face('lateral', 'anterior'), part('leg'), level('lateral_malleolus', 3, leg), is('below', 'GB38', 1)],
  },
  {
    code: 'GB40',
    text: 'Front-outer ankle, in the hollow lateral to the extensor digitorum longus tendon, in front of and below the lateral malleolus.',
    checks: [
      face('lateral', 'anterior'),
      part('ankle', 'foot'),
      is('anterior', 'lateral_malleolus', 0.5),
      is('below', 'lateral_malleolus', 0.3),
      near('lateral_malleolus', 3.5),
    ],
  },
  {
    code: 'GB41',
    text: 'Dorsum of the foot, just distal to the junction of the bases of the fourth and fifth metatarsals, lateral to the extensor tendon of the little toe.',
    checks: [
      face('superior', 'anterior'),
      part('foot'),
      is('anterior', 'metatarsal5_tuberosity', 0.5),
      is('medial', 'metatarsal5_tuberosity', 0.3),
      near('metatarsal5_tuberosity', 4),
      is('anterior', 'GB40', 2),
    ],
  },
  {
    code: 'GB42',
    text: 'Dorsum of the foot, between the fourth and fifth metatarsals, in the hollow proximal to the fourth metatarsophalangeal joint.',
    checks: [
      face('superior', 'anterior'),
      part('foot'),
      is('posterior', 'toe_web_4_5', 1),
      near('toe_web_4_5', 4),
      is('posterior', 'GB43', 0.5),
      is('anterior', 'GB41', 1),
    ],
  },
  {
    code: 'GB43',
    text: 'Dorsum of the foot, between the fourth and fifth toes, just proximal to the web margin, at the border of the red and white skin.',
    // proximal to the web margin, on the dorsum: not on the margin itself, whose skin turns to face the toes
    checks: [faceAtLeast(0.8, 'superior'), part('foot', 'toes'), near('toe_web_4_5', 1.5), is('posterior', 'toe_web_4_5', 0.4), is('lateral', 'ST44', 1)],
  },
  {
    code: 'GB44',
    text: 'Fourth toe, lateral to the distal phalanx, 0.1 F-cun from the lateral corner of the nail.',
    checks: [
      part('toes'),
      near('fourth_toe_nail_lateral_corner', 0.6),
      face('lateral', 'superior'),
      is('lateral', 'fourth_toe_tip', 0.3),
      is('posterior', 'fourth_toe_tip', 0.5),
    ],
  },
];
