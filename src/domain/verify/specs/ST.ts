// Stomach channel: what WHO 2008 says of each location, as measurements (our words). See LU.ts.
import {
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
  type LocationSpec,
} from '../checks.ts';

const chest = 'chest_nipples';
const upperAbdomen = 'abdomen_xiphisternal_umbilicus';
const lowerAbdomen = 'abdomen_umbilicus_pubis';
const thigh = 'thigh_pubis_patella_base';
const leg = 'leg_popliteal_lateral_malleolus';
// ST35 (knee) to ST41 (ankle) spans the 16 cun of the leg; the line is drawn on the front of the leg
// (a straight chord runs up to 2.5 cm in front of the shin, across the hollow above the instep)
const shinLine = (cunBelowST35: number) => alongAsDrawn('ST35', 'ST41', cunBelowST35 / 16, 0.06, 1);
// the front of the thigh lateral to rectus femoris faces forward and out (normal · lateral ≥ 0.2),
// and lies lateral to the middle of the base of the patella (the thigh's most forward line above
// the knee) by at least 1.5 cm
const anterolateralThigh = [faceAtLeast(0.2, 'lateral'), is('lateral', 'patella_base', 1.5)];
// the front of the leg one finger-breadth (middle finger) lateral to the anterior crest of the tibia,
// over tibialis anterior (WHO's note to ST36): the skin there faces forward or forward and out, not
// turned inward by more than about 6 degrees (normal · lateral ≥ -0.1: where tibialis anterior stands
// in front of the crest, as on the female, the top of the muscle a finger-breadth out faces straight
// forward, within a degree or two either way; points turned 9-10 degrees inward lie on its slope
// down toward the crest), and lies lateral to the crest by at least two thirds of a finger-breadth:
// the middle finger is about 0.75 B-cun wide (four fingers make 3 B-cun), so at least 0.5 B-cun of
// the leg. The crest runs down from the tibial tuberosity: ST36, a cun or two below it, is measured
// from the tuberosity, the points lower down from the crest at the middle of the leg.
const besideTheCrest = (crest: 'tibial_tuberosity' | 'tibia_anterior_crest' = 'tibia_anterior_crest') => [
  faceAtLeast(-0.1, 'lateral'),
  isByCun('lateral', crest, 0.5, leg),
];
const upper = (code: string, cun: number, below: string): LocationSpec => ({
  code,
  text: `Upper abdomen, ${cun} cun above the centre of the umbilicus, 2 cun lateral to the anterior midline.`,
  checks: [face('anterior'), part('abdomen'), midline(2, chest), level('umbilicus', cun, upperAbdomen), is('above', below, 1)],
});
const lower = (code: string, cun: number, above: string): LocationSpec => ({
  code,
  text: `Lower abdomen, ${cun} cun below the centre of the umbilicus, 2 cun lateral to the anterior midline.`,
  checks: [face('anterior'), part('abdomen'), midline(2, chest), level('umbilicus', -cun, lowerAbdomen), is('below', above, 1)],
});
const intercostal = (code: string, space: number, above: string): LocationSpec => ({
  code,
  text: `Front of the chest, in the ${['first', 'second', 'third'][space - 1]} intercostal space, 4 cun lateral to the anterior midline.`,
  checks: [face('anterior'), part('chest'), midline(4, chest, 0.3), levelWith(`intercostal_space_${space}`, 1.5), is('below', above, 0.5)],
});

export const ST: LocationSpec[] = [
  {
    code: 'ST1',
    text: 'Face, directly below the pupil, between the eyeball and the infraorbital margin.',
    checks: [face('anterior'), part('face'), is('below', 'pupil', 0.5), near('pupil', 2), ...inLineFromFront('pupil', 0.8)],
  },
  {
    code: 'ST2',
    text: 'Face, in the infraorbital foramen, below ST1 on the line straight down from the pupil.',
    checks: [
      face('anterior'),
      part('face'),
      is('below', 'ST1', 0.5),
      is('below', 'pupil', 1.5),
      near('pupil', 3.5),
      ...inLineFromFront('pupil', 0.8),
      is('above', 'ST3', 1),
    ],
  },
  {
    code: 'ST3',
    text: 'Face, directly below the pupil, level with the lower border of the ala of the nose.',
    // LI20 is level with the middle of the ala's outer border, ST3 with its lower end: half the
    // border (an adult ala is 1.5-2 cm tall) below LI20
    checks: [
      face('anterior'),
      part('face'),
      levelWith('nasal_ala_lower_border', 0.5),
      is('below', 'nasal_ala', 0.3),
      ...inLineFromFront('pupil', 0.8),
      is('lateral', 'nasal_ala', 0.5),
      is('below', 'LI20', 0.5),
    ],
  },
  {
    code: 'ST4',
    text: 'Face, 0.4 F-cun lateral to the corner of the mouth.',
    checks: [face('anterior', 'lateral'), part('face'), levelWith('mouth_corner', 0.7), is('lateral', 'mouth_corner', 0.5), near('mouth_corner', 1.5)],
  },
  {
    code: 'ST5',
    text: 'Face, in front of the angle of the mandible, in the hollow in front of the masseter insertion, over the facial artery.',
    checks: [
      face('lateral'),
      part('face', 'head', 'neck'),
      is('anterior', 'mandible_angle', 1.5),
      near('mandible_angle', 4),
      is('anterior', 'ST6', 0.5),
      is('below', 'ST6', 0.3),
    ],
  },
  {
    code: 'ST6',
    text: 'Face, one finger-breadth (middle finger) forward and upward from the angle of the mandible.',
    checks: [face('lateral'), part('face', 'head'), is('anterior', 'mandible_angle', 0.5), is('above', 'mandible_angle', 0.5), near('mandible_angle', 3.5)],
  },
  {
    code: 'ST7',
    text: 'Face, in the hollow between the midpoint of the lower border of the zygomatic arch and the mandibular notch, in front of the ear.',
    // the arch runs at the level of the ear canal: the hollow under it is about level with the lower end of the tragus
    checks: [
      face('lateral'),
      part('face'),
      is('below', 'zygomatic_arch_midpoint', 0.2),
      near('zygomatic_arch_midpoint', 1.5),
      is('anterior', 'tragus', 1.5),
      levelWith('intertragic_notch', 1.5),
    ],
  },
  {
    code: 'ST8',
    text: 'Side of the head, 0.5 cun straight above the hairline at the corner of the forehead, 4.5 cun lateral to the anterior midline.',
    checks: [
      face('anterior', 'lateral', 'superior'),
      part('scalp', 'face', 'head'),
      is('above', 'hairline_corner', 0.3),
      distance('hairline_corner', 0.5, 'head_hairline_anterior_posterior'),
    ],
  },
  {
    code: 'ST9',
    text: 'Front of the neck, level with the upper border of the thyroid cartilage, in front of the sternocleidomastoid, over the common carotid artery.',
    checks: [face('anterior', 'lateral'), part('neck'), levelWith('laryngeal_prominence', 1.5), is('anterior', 'LI18', 0.5), is('medial', 'LI18', 0.5)],
  },
  {
    code: 'ST10',
    text: 'Front of the neck, level with the cricoid cartilage, in front of the sternocleidomastoid.',
    checks: [face('anterior', 'lateral'), part('neck'), is('below', 'ST9', 1), is('above', 'ST11', 1), levelWith('LI17', 1)],
  },
  {
    code: 'ST11',
    text: 'Root of the neck, in the lesser supraclavicular fossa above the sternal end of the clavicle, between the sternal and clavicular heads of the sternocleidomastoid.',
    checks: [
      face('anterior', 'superior'),
      part('neck', 'chest'),
      is('above', 'sternoclavicular_joint', 0.3),
      near('sternoclavicular_joint', 2.5),
      is('lateral', 'sternal_notch', 1),
    ],
  },
  {
    code: 'ST12',
    text: 'In the greater supraclavicular fossa, in the hollow above the clavicle, 4 cun lateral to the anterior midline.',
    checks: [
      face('anterior', 'superior'),
      part('neck', 'shoulder', 'chest'),
      midline(4, chest, 0.3),
      is('above', 'clavicle_midpoint', 0.5),
      near('clavicle_midpoint', 3),
    ],
  },
  {
    code: 'ST13',
    text: 'Front of the chest, just below the clavicle, 4 cun lateral to the anterior midline.',
    checks: [
      face('anterior'),
      part('chest', 'shoulder'),
      midline(4, chest, 0.3),
      is('below', 'clavicle_midpoint', 0.2),
      levelWith('clavicle_midpoint', 2.5),
      is('below', 'ST12', 0.5),
    ],
  },
  intercostal('ST14', 1, 'ST13'),
  intercostal('ST15', 2, 'ST14'),
  intercostal('ST16', 3, 'ST15'),
  {
    code: 'ST17',
    text: 'Front of the chest, at the centre of the nipple.',
    checks: [face('anterior'), part('chest'), near('nipple', 1), is('below', 'ST16', 2), is('above', 'ST18', 2)],
  },
  {
    code: 'ST18',
    text: 'Front of the chest, in the fifth intercostal space, 4 cun lateral to the anterior midline (in women at the middle of the fold under the breast).',
    checks: [face('anterior'), part('chest', 'abdomen'), midline(4, chest, 0.3), levelWith('intercostal_space_5', 1.5), is('below', 'nipple', 2)],
  },
  upper('ST19', 6, 'ST20'),
  upper('ST20', 5, 'ST21'),
  upper('ST21', 4, 'ST22'),
  upper('ST22', 3, 'ST23'),
  upper('ST23', 2, 'ST24'),
  upper('ST24', 1, 'ST25'),
  {
    code: 'ST25',
    text: 'Abdomen, level with the centre of the umbilicus, 2 cun lateral to it.',
    checks: [face('anterior'), part('abdomen'), midline(2, chest), levelWith('umbilicus', 1), distance('umbilicus', 2, chest)],
  },
  lower('ST26', 1, 'ST25'),
  lower('ST27', 2, 'ST26'),
  lower('ST28', 3, 'ST27'),
  lower('ST29', 4, 'ST28'),
  {
    code: 'ST30',
    text: 'Groin, level with the upper border of the pubic symphysis, 2 cun lateral to the anterior midline, over the femoral artery.',
    checks: [face('anterior'), part('abdomen', 'hip'), midline(2, chest), levelWith('pubic_symphysis_superior', 1.5), is('below', 'ST29', 1)],
  },
  {
    code: 'ST31',
    text: 'Front of the thigh, in the hollow between rectus femoris, sartorius and tensor fasciae latae: straight below the ASIS (on its line to the lateral end of the patella base), level with the lower border of the pubic symphysis.',
    checks: [
      face('anterior'),
      part('thigh', 'hip'),
      is('below', 'pubic_symphysis_superior', 1.5),
      is('above', 'perineum', 2),
      ...inLineFromFront('asis', 2.5),
      is('below', 'ST30', 1.5),
    ],
  },
  {
    code: 'ST32',
    text: 'Front-lateral thigh, on the line from the lateral end of the patella base to the ASIS, 6 cun above the patella base.',
    checks: [face('anterior', 'lateral'), part('thigh'), level('patella_base', 6, thigh), ...anterolateralThigh, is('below', 'ST31', 5)],
  },
  {
    code: 'ST33',
    text: 'Front-lateral thigh, lateral to the rectus femoris tendon, 3 cun above the patella base.',
    checks: [face('anterior', 'lateral'), part('thigh'), level('patella_base', 3, thigh), ...anterolateralThigh, is('below', 'ST32', 3)],
  },
  {
    code: 'ST34',
    text: 'Front-lateral thigh, between vastus lateralis and the lateral border of the rectus femoris tendon, 2 cun above the patella base.',
    // lateral to the lateral border of the rectus femoris tendon: the tendon, about 2.5 cm wide, runs
    // down to the middle of the patella's base, in line with its apex, so its lateral border lies at
    // least 1.2 cm lateral to the patella's middle line (not over the tendon's middle)
    checks: [
      face('anterior', 'lateral'),
      part('thigh', 'knee'),
      level('patella_base', 2, thigh),
      ...anterolateralThigh,
      is('lateral', 'patella_apex', 1.2),
      is('below', 'ST33', 1),
    ],
  },
  {
    code: 'ST35',
    text: 'Front of the knee, in the hollow lateral to the patellar ligament.',
    // lateral to the ligament's lateral border (where the skin of the knee faces forward and out)
    checks: [
      face('anterior'),
      faceAtLeast(0.2, 'lateral'),
      part('knee'),
      is('lateral', 'patellar_ligament_lateral_border', 0.3),
      is('lateral', 'patella_apex', 0.5),
      is('below', 'patella_apex', 0.3),
      is('above', 'tibial_tuberosity', 1),
      near('patella_apex', 3.5),
    ],
  },
  {
    code: 'ST36',
    text: 'Front of the leg, on the line from ST35 to ST41, 3 cun below ST35, one finger-breadth lateral to the anterior crest of the tibia.',
    checks: [face('anterior'), part('leg'), shinLine(3), distance('ST35', 3, leg), ...besideTheCrest('tibial_tuberosity')],
  },
  {
    code: 'ST37',
    text: 'Front of the leg, on the line from ST35 to ST41, 6 cun below ST35, one finger-breadth lateral to the anterior crest of the tibia.',
    checks: [face('anterior'), part('leg'), shinLine(6), distance('ST35', 6, leg), ...besideTheCrest(), is('below', 'ST36', 5)],
  },
  {
    code: 'ST38',
    text: 'Front of the leg, on the line from ST35 to ST41, 8 cun below ST35, one finger-breadth lateral to the anterior crest of the tibia.',
    checks: [face('anterior'), part('leg'), shinLine(8), distance('ST35', 8, leg), ...besideTheCrest(), is('below', 'ST37', 3)],
  },
  {
    code: 'ST39',
    text: 'Front of the leg, on the line from ST35 to ST41, 9 cun below ST35, one finger-breadth lateral to the anterior crest of the tibia.',
    checks: [face('anterior'), part('leg'), shinLine(9), distance('ST35', 9, leg), ...besideTheCrest(), is('below', 'ST38', 1.5)],
  },
  {
    code: 'ST40',
    text: 'Front-lateral leg, at the lateral border of tibialis anterior, 8 cun above the prominence of the lateral malleolus; one finger-breadth lateral to ST38.',
    checks: [
      face('anterior', 'lateral'),
      part('leg'),
      level('lateral_malleolus', 8, leg),
      levelWith('ST38', 1.5),
      is('lateral', 'ST38', 1),
      near('ST38', 4),
      faceAtLeast(0.2, 'lateral'),
      is('lateral', 'tibia_anterior_crest', 1.5),
    ],
  },
  {
    code: 'ST41',
    text: 'Front of the ankle, in the central hollow of the ankle joint between the extensor hallucis longus and extensor digitorum longus tendons, midway between the prominences of the two malleoli.',
    // midway between the malleoli seen from the front (the lateral malleolus lies behind the medial
    // one, so in depth the line slants and a point on the skin 5 cm in front of it reads a third of
    // the way along), on the skin in front of the joint, at most 3 cm above or below the line; and
    // (WHO's note) at the level of the prominence of the lateral malleolus, in the leg's own B-cun
    checks: [
      face('anterior'),
      part('ankle'),
      alongAsDrawn('medial_malleolus', 'lateral_malleolus', 0.5, 0.12, 3),
      is('anterior', 'medial_malleolus', 1.5),
      is('anterior', 'lateral_malleolus', 1.5),
      level('lateral_malleolus', 0, leg, 0.25),
    ],
  },
  {
    code: 'ST42',
    text: 'Top of the foot, over the joint of the base of the second metatarsal with the intermediate cuneiform, over the dorsalis pedis pulse.',
    // on the line of the 2nd metatarsal (between the webs on either side of the 2nd toe), at its base:
    // the navicular and the intermediate cuneiform lie between it and the talus (at least 2.5 cm in
    // front of the navicular tuberosity), the shaft of the bone between it and ST43 (at least 4 cm);
    // distal to ST41, the dorsum falling from the ankle to it
    checks: [
      face('superior', 'anterior'),
      part('foot'),
      is('anterior', 'ST41', 1.5),
      apart('ST41', 2),
      is('anterior', 'navicular_tuberosity', 2.5),
      is('posterior', 'ST43', 4),
      is('lateral', 'toe_web_1_2', 0.2),
      is('medial', 'toe_web_2_3', 0.2),
      is('lateral', 'metatarsal1_base', 1),
      is('medial', 'metatarsal5_tuberosity', 2),
    ],
  },
  {
    code: 'ST43',
    text: 'Top of the foot, between the second and third metatarsals, in the hollow proximal to the second metatarsophalangeal joint.',
    // just behind the joint (the web margin lies about level with the joints on this mesh): within 3 cm of the web, in the gap between the two bones
    checks: [
      face('superior', 'anterior'),
      part('foot'),
      is('posterior', 'mtp1', 0.3),
      is('posterior', 'toe_web_2_3', 1.5),
      near('toe_web_2_3', 3),
      ...inLineFromFront('toe_web_2_3', 0.6),
      is('anterior', 'ST42', 2),
    ],
  },
  {
    code: 'ST44',
    text: 'Top of the foot, between the second and third toes, just behind the web margin, at the border of the red and white skin.',
    // behind the web margin, on the dorsum: not on the margin itself, whose skin turns to face the toes
    checks: [
      faceAtLeast(0.8, 'superior'),
      part('foot', 'toes'),
      near('toe_web_2_3', 1.5),
      is('posterior', 'toe_web_2_3', 0.4),
      ...inLineFromFront('toe_web_2_3', 1),
    ],
  },
  {
    code: 'ST45',
    text: 'Second toe, lateral to the distal phalanx, 0.1 F-cun proximal and lateral to the lateral corner of the nail.',
    // lateral to the distal phalanx, at the base of the nail: beside the toe's axis, well behind its tip
    checks: [
      part('toes'),
      near('second_toe_nail_lateral_corner', 0.6),
      face('lateral', 'superior', 'anterior'),
      is('lateral', 'second_toe_tip', 0.3),
      is('posterior', 'second_toe_tip', 0.5),
    ],
  },
];
