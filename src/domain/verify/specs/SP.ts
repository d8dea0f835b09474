// Spleen channel: what WHO 2008 says of each location, as measurements (our words). See LU.ts.
import {
  along,
  apart,
  distance,
  face,
  faceAtLeast,
  inLineFromFront,
  is,
  level,
  levelWith,
  midline,
  midlineOverSkin,
  near,
  part,
  type LocationSpec,
} from '../checks.ts';

const leg = 'leg_tibial_condyle_medial_malleolus';
const thigh = 'thigh_pubis_patella_base';
const chest = 'chest_nipples';
const lower = 'abdomen_umbilicus_pubis';
const upper = 'abdomen_xiphisternal_umbilicus';

export const SP: LocationSpec[] = [
  {
    code: 'SP1',
    text: 'Big toe, medial to the distal phalanx, 0.1 F-cun proximal to the medial corner of the toenail.',
    checks: [face('medial'), part('toes'), near('big_toe_nail_medial_corner', 0.6), apart('LR1', 1.2), is('medial', 'LR1', 0.8)],
  },
  {
    code: 'SP2',
    text: 'Big toe, in the hollow just distal to the first metatarsophalangeal joint, at the border of the red and white skin.',
    checks: [face('medial'), part('toes', 'foot'), is('anterior', 'mtp1', 0.3), near('mtp1', 2.5), is('posterior', 'SP1', 1)],
  },
  {
    code: 'SP3',
    text: 'Medial foot, in the hollow just proximal to the first metatarsophalangeal joint, at the border of the red and white skin.',
    checks: [face('medial'), part('foot'), is('posterior', 'mtp1', 0.3), near('mtp1', 3), is('anterior', 'SP4', 1)],
  },
  {
    code: 'SP4',
    text: 'Medial foot, in front of and below the base of the first metatarsal, at the border of the red and white skin.',
    checks: [face('medial'), part('foot'), is('anterior', 'metatarsal1_base', 0.2), is('below', 'metatarsal1_base', 0.2), near('metatarsal1_base', 2.5)],
  },
  {
    code: 'SP5',
    text: 'Medial foot, below and in front of the medial malleolus, in the hollow midway between the navicular tuberosity and the malleolus prominence.',
    checks: [
      face('medial'),
      part('ankle', 'foot'),
      along('medial_malleolus', 'navicular_tuberosity', 0.5),
      is('anterior', 'medial_malleolus', 0.5),
      is('below', 'medial_malleolus', 0.3),
    ],
  },
  {
    code: 'SP6',
    text: 'Tibial side of the leg, behind the medial border of the tibia, 3 B-cun above the prominence of the medial malleolus.',
    // behind the medial border, where the skin faces straight inward (not on the anteromedial surface of the tibia)
    checks: [faceAtLeast(0.9, 'medial'), part('leg'), level('medial_malleolus', 3, leg), is('anterior', 'KI7', 0.5), is('above', 'KI8', 1.5)],
  },
  {
    code: 'SP7',
    text: 'Tibial side of the leg, behind the medial border of the tibia, 6 B-cun above the prominence of the medial malleolus.',
    checks: [faceAtLeast(0.9, 'medial'), part('leg'), level('medial_malleolus', 6, leg), distance('SP6', 3, leg), is('anterior', 'KI9', 0.5)],
  },
  {
    code: 'SP8',
    text: 'Tibial side of the leg, behind the medial border of the tibia, 3 B-cun below SP9.',
    // behind the medial border, where the skin faces straight inward, in line with SP7 below and SP9 above along the border
    checks: [
      faceAtLeast(0.9, 'medial'),
      part('leg'),
      level('SP9', -3, leg),
      distance('SP9', 3, leg),
      is('above', 'SP7', 5),
      along('SP7', 'SP9', 4 / 7, 0.06, 1),
    ],
  },
  {
    code: 'SP9',
    text: 'Tibial side of the leg, in the hollow where the lower border of the medial tibial condyle meets the medial border of the tibia.',
    // the lower border of the medial condyle ends level with the tibial tuberosity (2 B-cun below the apex of the patella, as
    // the leg's 15 and 13 B-cun require); the hollow at the top of the medial border faces inward, not forward over the tibia
    checks: [
      faceAtLeast(0.9, 'medial'),
      part('leg', 'knee'),
      near('medial_tibial_condyle', 2),
      is('below', 'patella_apex', 2),
      is('posterior', 'tibial_tuberosity', 1),
      levelWith('tibial_tuberosity', 1.5),
    ],
  },
  {
    code: 'SP10',
    text: 'Anteromedial thigh, on the bulge of vastus medialis, 2 B-cun above the medial end of the base of the patella.',
    checks: [
      face('anterior', 'medial'),
      part('thigh', 'knee'),
      level('patella_base_medial_end', 2, thigh),
      ...inLineFromFront('patella_base_medial_end', 1),
      is('medial', 'patella_base', 1.5),
    ],
  },
  {
    code: 'SP11',
    text: 'Medial thigh, one third of the way from SP12 to the medial end of the base of the patella, between sartorius and adductor longus, over the femoral artery.',
    // (the line is drawn on the skin over the front of the thigh; the chord between its ends runs
    // inside the thigh, and the point on the medial aspect lies up to 4.5 cm from it)
    checks: [
      faceAtLeast(0.3, 'medial'),
      face('anterior'),
      part('thigh'),
      along('SP12', 'patella_base_medial_end', 1 / 3, 0.06, 4.5),
      is('medial', 'SP12', 2),
      is('medial', 'patella_base_medial_end', 1),
      is('below', 'SP12', 5),
    ],
  },
  {
    code: 'SP12',
    text: 'Groin, on the inguinal crease (medial to the ASIS), lateral to the femoral artery pulse; textbooks: 3.5 B-cun from the anterior midline, level with the upper border of the pubic symphysis.',
    checks: [face('anterior'), part('hip', 'abdomen', 'thigh'), midline(3.5, chest, 0.3), levelWith('pubic_symphysis_superior', 1.5), is('medial', 'asis', 1)],
  },
  {
    code: 'SP13',
    text: 'Lower abdomen, 4.3 B-cun below the centre of the umbilicus, 4 B-cun from the anterior midline.',
    checks: [face('anterior'), part('abdomen'), midline(4, chest, 0.3), level('umbilicus', -4.3, lower), is('above', 'SP12', 1)],
  },
  {
    code: 'SP14',
    text: 'Lower abdomen, 1.3 B-cun below the centre of the umbilicus, 4 B-cun from the anterior midline.',
    checks: [face('anterior'), part('abdomen'), midline(4, chest, 0.3), level('umbilicus', -1.3, lower), distance('SP13', 3, lower)],
  },
  {
    code: 'SP15',
    text: 'Abdomen, level with the centre of the umbilicus and 4 B-cun lateral to it (the nipple line).',
    checks: [
      face('anterior'),
      part('abdomen'),
      midline(4, chest, 0.3),
      levelWith('umbilicus', 1.5),
      is('lateral', 'ST25', 1),
      ...inLineFromFront('nipple', 2.5),
    ],
  },
  {
    code: 'SP16',
    text: 'Upper abdomen, 3 B-cun above the centre of the umbilicus, 4 B-cun from the anterior midline.',
    checks: [face('anterior'), part('abdomen'), midline(4, chest, 0.3), level('umbilicus', 3, upper), is('above', 'SP15', 4)],
  },
  {
    code: 'SP17',
    text: 'Anterior chest, in the fifth intercostal space, 6 B-cun from the anterior midline, lateral to the nipple line where the chest wall turns outward (never facing the midline).',
    checks: [
      face('anterior', 'lateral'),
      faceAtLeast(0, 'lateral'),
      part('chest', 'abdomen'),
      midlineOverSkin(6, chest, 4, 0.3),
      faceAtLeast(0.3, 'anterior'),
      levelWith('intercostal_space_5', 1.5),
      is('lateral', 'ST18', 2),
      ...inLineFromFront('SP18', 1.5),
    ],
  },
  {
    code: 'SP18',
    text: 'Anterior chest, in the fourth intercostal space, 6 B-cun from the anterior midline, 2 B-cun lateral to ST17 at the nipple; the skin faces forward or outward.',
    checks: [
      face('anterior', 'lateral'),
      faceAtLeast(0, 'lateral'),
      part('chest'),
      midlineOverSkin(6, chest, 4, 0.3),
      faceAtLeast(0.3, 'anterior'),
      levelWith('intercostal_space_4', 1.5),
      apart('ST17', 2),
      is('lateral', 'ST17', 1),
    ],
  },
  {
    code: 'SP19',
    text: 'Anterior chest, in the third intercostal space, 6 B-cun from the anterior midline, lateral to the nipple line; the skin faces forward or outward.',
    checks: [
      face('anterior', 'lateral'),
      faceAtLeast(0, 'lateral'),
      part('chest'),
      midlineOverSkin(6, chest, 4, 0.3),
      faceAtLeast(0.3, 'anterior'),
      levelWith('intercostal_space_3', 1.5),
      is('lateral', 'nipple', 1),
    ],
  },
  {
    code: 'SP20',
    text: 'Anterior chest, in the second intercostal space, 6 B-cun from the anterior midline, one space below LU1; the skin faces forward or outward.',
    checks: [
      face('anterior', 'lateral'),
      faceAtLeast(0, 'lateral'),
      part('chest'),
      midlineOverSkin(6, chest, 4, 0.3),
      faceAtLeast(0.3, 'anterior'),
      levelWith('intercostal_space_2', 1.5),
      is('below', 'LU1', 1),
      is('lateral', 'nipple', 1),
    ],
  },
  {
    code: 'SP21',
    text: 'Lateral chest wall, in the sixth intercostal space, on the midaxillary line (between the anterior and posterior axillary folds, where chest meets back).',
    checks: [
      face('lateral'),
      part('chest', 'abdomen', 'upper-back'),
      levelWith('intercostal_space_6', 1.5),
      is('posterior', 'anterior_axillary_fold', 1),
      is('anterior', 'posterior_axillary_fold', 1),
    ],
  },
];
