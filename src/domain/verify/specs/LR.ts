// Liver channel: what WHO 2008 says of each location, as measurements (our words). See LU.ts.
import { along, apart, distance, face, faceAtLeast, is, isByCun, level, levelWith, midline, near, part, type LocationSpec } from '../checks.ts';

const leg = 'leg_patella_apex_medial_malleolus';
const thigh = 'thigh_pubis_patella_base';

export const LR: LocationSpec[] = [
  {
    code: 'LR1',
    text: 'Big toe, lateral to the distal phalanx, 0.1 F-cun proximal and lateral to the lateral corner of the toenail.',
    checks: [
      face('superior', 'lateral', 'anterior'),
      part('toes'),
      near('big_toe_nail_lateral_corner', 0.6),
      apart('SP1', 1.2),
      is('lateral', 'SP1', 0.8),
      is('anterior', 'LR2', 0.8),
    ],
  },
  {
    code: 'LR2',
    text: 'Dorsum of the foot, between the first and second toes, proximal to the web margin (about 0.5 cun, as ST44), at the red and white skin.',
    checks: [faceAtLeast(0.8, 'superior'), part('toes', 'foot'), is('posterior', 'toe_web_1_2', 0.4), near('toe_web_1_2', 2), is('lateral', 'mtp1', 0.5)],
  },
  {
    code: 'LR3',
    text: 'Dorsum of the foot, between the first and second metatarsals, in the hollow distal to the junction of their bases, over the dorsalis pedis artery.',
    checks: [
      face('superior', 'anterior'),
      part('foot'),
      is('posterior', 'LR2', 2.5),
      is('posterior', 'mtp1', 1),
      is('anterior', 'metatarsal1_base', 0.3),
      is('lateral', 'metatarsal1_base', 0.5),
    ],
  },
  {
    code: 'LR4',
    text: 'Anteromedial ankle, in front of the medial malleolus, in the hollow medial to the tibialis anterior tendon; midway between SP5 and ST41.',
    checks: [
      face('medial', 'anterior'),
      part('ankle', 'foot'),
      is('anterior', 'medial_malleolus', 1),
      along('SP5', 'ST41', 0.5),
      is('medial', 'tibialis_anterior_tendon', 0.5),
    ],
  },
  {
    code: 'LR5',
    text: 'Anteromedial leg, in the middle of the medial surface of the tibia, 5 B-cun above the prominence of the medial malleolus.',
    // the middle of the medial surface faces anteromedially (within about 15 degrees of half forward,
    // half inward), clearly in front of the spleen points behind the medial border (SP6 below it, SP7 above)
    checks: [
      faceAtLeast(0.5, 'medial'),
      faceAtLeast(0.5, 'anterior'),
      part('leg'),
      level('medial_malleolus', 5, leg),
      is('above', 'LR4', 5),
      is('anterior', 'medial_malleolus', 0),
      isByCun('anterior', 'SP6', 0.5, leg),
      isByCun('anterior', 'SP7', 0.5, leg),
    ],
  },
  {
    code: 'LR6',
    text: 'Anteromedial leg, in the middle of the medial surface of the tibia, 7 B-cun above the prominence of the medial malleolus.',
    checks: [
      faceAtLeast(0.5, 'medial'),
      faceAtLeast(0.5, 'anterior'),
      part('leg'),
      level('medial_malleolus', 7, leg),
      distance('LR5', 2, leg),
      is('anterior', 'medial_malleolus', 0),
      isByCun('anterior', 'SP7', 0.5, leg),
    ],
  },
  {
    code: 'LR7',
    text: 'Tibial side of the leg, below the medial condyle of the tibia, 1 B-cun posterior to SP9.',
    // below the condyle means at the level of its lower border, where SP9 lies (1 B-cun behind SP9 is level with it): not
    // strictly below the landmark for that border, which a point level with it meets or misses by a millimetre of skin
    checks: [
      face('medial'),
      part('leg', 'knee'),
      levelWith('SP9', 1.5),
      is('posterior', 'SP9', 1),
      distance('SP9', 1, 'leg_tibial_condyle_medial_malleolus'),
      levelWith('medial_tibial_condyle', 0.5),
    ],
  },
  {
    code: 'LR8',
    text: 'Medial knee, at the medial end of the popliteal crease, in the hollow medial to the semitendinosus and semimembranosus tendons.',
    checks: [face('medial'), part('knee'), near('popliteal_crease_medial_end', 1.5), levelWith('popliteal_crease_midpoint', 1.5), is('above', 'LR7', 1)],
  },
  {
    code: 'LR9',
    text: 'Medial thigh, between gracilis and sartorius (behind the vastus medialis bulge of SP10), 4 B-cun proximal to the base of the patella.',
    checks: [face('medial'), part('thigh'), level('patella_base', 4, thigh), is('posterior', 'SP10', 1), is('medial', 'SP10', 0.5), is('above', 'LR8', 3)],
  },
  {
    code: 'LR10',
    text: 'Medial thigh, 3 B-cun distal to ST30, over the artery.',
    checks: [face('medial', 'anterior'), part('thigh'), level('ST30', -3, thigh), level('pubic_symphysis_superior', -3, thigh), is('below', 'LR11', 1)],
  },
  {
    code: 'LR11',
    text: 'Medial thigh, 2 B-cun distal to ST30.',
    checks: [face('medial', 'anterior'), part('thigh', 'hip'), level('ST30', -2, thigh), level('pubic_symphysis_superior', -2, thigh), is('below', 'LR12', 1)],
  },
  {
    code: 'LR12',
    text: 'Groin, level with the upper border of the pubic symphysis, 2.5 B-cun lateral to the anterior median line.',
    checks: [face('anterior'), part('hip', 'abdomen', 'thigh'), midline(2.5, 'chest_nipples', 0.3), levelWith('pubic_symphysis_superior', 1.5)],
  },
  {
    code: 'LR13',
    text: 'Lateral abdomen (side of the waist, at the border with the back), just below the free end of the 11th rib.',
    checks: [face('lateral'), part('abdomen', 'lower-back'), near('rib11_free_end', 2), is('below', 'LR14', 3), is('lateral', 'LR14', 1)],
  },
  {
    code: 'LR14',
    text: 'Front of the chest (lower chest, at the costal margin), in the 6th intercostal space, 4 B-cun lateral to the anterior median line.',
    checks: [
      face('anterior'),
      part('chest', 'abdomen'),
      midline(4, 'chest_nipples', 0.3),
      levelWith('intercostal_space_6', 1.5),
      is('below', 'intercostal_space_4', 2),
    ],
  },
];
