// Kidney channel: what WHO 2008 says of each location, as measurements (our words). See LU.ts.
import { along, distance, face, inLineFromSide, is, level, levelWith, midline, near, part, type LocationSpec } from '../checks.ts';

const leg = 'leg_tibial_condyle_medial_malleolus';
const foot = 'foot_medial_malleolus_sole';
const chest = 'chest_nipples';
const lower = 'abdomen_umbilicus_pubis';
const upper = 'abdomen_xiphisternal_umbilicus';

export const KI: LocationSpec[] = [
  {
    code: 'KI1',
    text: 'Sole, in the deepest hollow when the toes are curled; about one third of the way from the web of the second and third toes to the heel.',
    checks: [face('inferior'), part('foot'), along('toe_web_2_3', 'heel', 1 / 3, 0.06, 3.5), is('posterior', 'sole_second_toe_base', 2)],
  },
  {
    code: 'KI2',
    text: 'Medial border of the foot, below the tuberosity of the navicular bone, at the border of the red and white skin.',
    checks: [face('medial'), part('foot'), is('below', 'navicular_tuberosity', 0.3), near('navicular_tuberosity', 2.5)],
  },
  {
    code: 'KI3',
    text: 'Posteromedial ankle, in the hollow between the prominence of the medial malleolus and the calcaneal tendon.',
    checks: [face('medial', 'posterior'), part('ankle'), levelWith('medial_malleolus', 1.5), along('medial_malleolus', 'calcaneal_tendon', 0.5, 0.15, 1.5)],
  },
  {
    code: 'KI4',
    text: 'Medial foot, behind and below the medial malleolus, above the calcaneus, in the hollow in front of the medial attachment of the calcaneal tendon.',
    checks: [
      face('medial', 'posterior'),
      part('ankle', 'foot'),
      is('below', 'medial_malleolus', 0.5),
      is('posterior', 'medial_malleolus', 1),
      is('anterior', 'calcaneal_tendon', 0.2),
      is('below', 'KI3', 0.3),
    ],
  },
  {
    code: 'KI5',
    text: 'Medial foot, 1 B-cun directly below KI3, in the hollow in front of the calcaneal tuberosity.',
    // (the foot's 3 B-cun from the malleolus to the sole and the leg's 13 are one unit: 1 B-cun of
    // either, not 0.8 of the leg's)
    checks: [
      face('medial'),
      part('foot', 'ankle'),
      level('KI3', -1, foot),
      level('KI3', -1, leg, 0.15),
      ...inLineFromSide('KI3', 1),
      is('posterior', 'KI6', 0.5),
    ],
  },
  {
    code: 'KI6',
    text: 'Medial foot, 1 B-cun below the prominence of the medial malleolus, in the hollow beneath it.',
    checks: [
      face('medial'),
      part('ankle', 'foot'),
      level('medial_malleolus', -1, foot),
      level('medial_malleolus', -1, leg, 0.15),
      ...inLineFromSide('medial_malleolus', 1),
    ],
  },
  {
    code: 'KI7',
    text: 'Posteromedial leg, in front of the calcaneal tendon, 2 B-cun above the prominence of the medial malleolus.',
    checks: [
      face('medial', 'posterior'),
      part('leg', 'ankle'),
      level('medial_malleolus', 2, leg),
      is('anterior', 'calcaneal_tendon', 0.2),
      is('posterior', 'KI8', 0.5),
    ],
  },
  {
    code: 'KI8',
    text: 'Medial leg, in the hollow behind the medial border of the tibia, 2 B-cun above the prominence of the medial malleolus, 0.5 B-cun in front of KI7.',
    checks: [
      face('medial'),
      part('leg', 'ankle'),
      level('medial_malleolus', 2, leg),
      distance('KI7', 0.5, leg),
      is('anterior', 'KI7', 0.5),
      is('below', 'SP6', 1.5),
    ],
  },
  {
    code: 'KI9',
    text: 'Posteromedial leg, between soleus and the calcaneal tendon, 5 B-cun above the prominence of the medial malleolus.',
    checks: [face('medial', 'posterior'), part('leg'), level('medial_malleolus', 5, leg), is('above', 'KI7', 5), is('posterior', 'SP7', 0.5)],
  },
  {
    code: 'KI10',
    text: 'Posteromedial knee, on the popliteal crease, just lateral to the semitendinosus tendon.',
    checks: [
      face('posterior', 'medial'),
      part('knee'),
      levelWith('popliteal_crease_midpoint', 1.5),
      is('medial', 'popliteal_crease_midpoint', 1.5),
      is('lateral', 'popliteal_crease_medial_end', 0.3),
    ],
  },
  {
    code: 'KI11',
    text: 'Lower abdomen, 5 B-cun below the centre of the umbilicus (the upper border of the pubic symphysis), 0.5 B-cun from the anterior midline.',
    checks: [face('anterior'), part('abdomen'), midline(0.5, chest), level('umbilicus', -5, lower), levelWith('pubic_symphysis_superior', 1.5)],
  },
  {
    code: 'KI12',
    text: 'Lower abdomen, 4 B-cun below the centre of the umbilicus, 0.5 B-cun from the anterior midline.',
    checks: [face('anterior'), part('abdomen'), midline(0.5, chest), level('umbilicus', -4, lower), distance('KI11', 1, lower)],
  },
  {
    code: 'KI13',
    text: 'Lower abdomen, 3 B-cun below the centre of the umbilicus, 0.5 B-cun from the anterior midline.',
    checks: [face('anterior'), part('abdomen'), midline(0.5, chest), level('umbilicus', -3, lower), distance('KI12', 1, lower)],
  },
  {
    code: 'KI14',
    text: 'Lower abdomen, 2 B-cun below the centre of the umbilicus, 0.5 B-cun from the anterior midline.',
    checks: [face('anterior'), part('abdomen'), midline(0.5, chest), level('umbilicus', -2, lower), distance('KI13', 1, lower)],
  },
  {
    code: 'KI15',
    text: 'Lower abdomen, 1 B-cun below the centre of the umbilicus, 0.5 B-cun from the anterior midline.',
    checks: [face('anterior'), part('abdomen'), midline(0.5, chest), level('umbilicus', -1, lower), distance('KI14', 1, lower)],
  },
  {
    code: 'KI16',
    text: 'Central abdomen, 0.5 B-cun lateral to the centre of the umbilicus.',
    checks: [face('anterior'), part('abdomen'), midline(0.5, chest), levelWith('umbilicus', 1.5), is('medial', 'ST25', 1)],
  },
  {
    code: 'KI17',
    text: 'Upper abdomen, 2 B-cun above the centre of the umbilicus, 0.5 B-cun from the anterior midline.',
    checks: [face('anterior'), part('abdomen'), midline(0.5, chest), level('umbilicus', 2, upper), is('above', 'KI16', 2)],
  },
  {
    code: 'KI18',
    text: 'Upper abdomen, 3 B-cun above the centre of the umbilicus, 0.5 B-cun from the anterior midline.',
    checks: [face('anterior'), part('abdomen'), midline(0.5, chest), level('umbilicus', 3, upper), distance('KI17', 1, upper)],
  },
  {
    code: 'KI19',
    text: 'Upper abdomen, 4 B-cun above the centre of the umbilicus, 0.5 B-cun from the anterior midline.',
    checks: [face('anterior'), part('abdomen'), midline(0.5, chest), level('umbilicus', 4, upper), distance('KI18', 1, upper)],
  },
  {
    code: 'KI20',
    text: 'Upper abdomen, 5 B-cun above the centre of the umbilicus, 0.5 B-cun from the anterior midline.',
    checks: [face('anterior'), part('abdomen'), midline(0.5, chest), level('umbilicus', 5, upper), distance('KI19', 1, upper)],
  },
  {
    code: 'KI21',
    text: 'Upper abdomen, 6 B-cun above the centre of the umbilicus (2 B-cun below the xiphisternal junction), 0.5 B-cun from the anterior midline.',
    checks: [face('anterior'), part('abdomen'), midline(0.5, chest), level('umbilicus', 6, upper), level('xiphisternal_junction', -2, upper)],
  },
  {
    code: 'KI22',
    text: 'Front of the chest, in the fifth intercostal space, 2 B-cun from the anterior midline.',
    checks: [face('anterior'), part('chest', 'abdomen'), midline(2, chest), levelWith('intercostal_space_5', 1.5), is('above', 'KI21', 1)],
  },
  {
    code: 'KI23',
    text: 'Front of the chest, in the fourth intercostal space, 2 B-cun from the anterior midline.',
    checks: [face('anterior'), part('chest'), midline(2, chest), levelWith('intercostal_space_4', 1.5), is('above', 'KI22', 1)],
  },
  {
    code: 'KI24',
    text: 'Front of the chest, in the third intercostal space, 2 B-cun from the anterior midline.',
    checks: [face('anterior'), part('chest'), midline(2, chest), levelWith('intercostal_space_3', 1.5), is('above', 'KI23', 1)],
  },
  {
    code: 'KI25',
    text: 'Front of the chest, in the second intercostal space, 2 B-cun from the anterior midline.',
    checks: [face('anterior'), part('chest'), midline(2, chest), levelWith('intercostal_space_2', 1.5), is('above', 'KI24', 1)],
  },
  {
    code: 'KI26',
    text: 'Front of the chest, in the first intercostal space, 2 B-cun from the anterior midline.',
    checks: [face('anterior'), part('chest'), midline(2, chest), levelWith('intercostal_space_1', 1.5), is('above', 'KI25', 1)],
  },
  {
    code: 'KI27',
    text: 'Front of the chest, just below the lower border of the clavicle, 2 B-cun from the anterior midline.',
    checks: [
      face('anterior'),
      part('chest'),
      midline(2, chest),
      is('below', 'sternal_notch', 0.5),
      is('above', 'intercostal_space_1', 0.5),
      is('above', 'KI26', 1),
    ],
  },
];
