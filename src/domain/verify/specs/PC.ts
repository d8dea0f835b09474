// Pericardium channel: what WHO 2008 says of each location, as measurements (our words). See LU.ts.
import { along, distance, face, faceAtLeast, is, level, levelWith, near, part, type LocationSpec } from '../checks.ts';

const arm = 'arm_axillary_fold_cubital';
const forearm = 'forearm_cubital_wrist';

export const PC: LocationSpec[] = [
  // WHO: 1 B-cun lateral to the nipple, 5 B-cun lateral to the anterior median line. The second
  // restates the first where the nipples are 8 B-cun apart (men); the chest's B-cun is measured
  // between the midclavicular lines (as for women), and the female nipple lies 4.85 of them out,
  // so the 5 B-cun line runs through it: asserted from the nipple (1 B-cun from it over the skin,
  // which on the breast runs down its outer slope), never on it.
  {
    code: 'PC1',
    text: 'Front of the chest, in the fourth intercostal space, 1 B-cun lateral to the nipple (5 cun from the anterior midline where the nipple lies 4 cun out, as in men).',
    checks: [face('anterior'), part('chest'), is('lateral', 'nipple', 0.5), distance('nipple', 1, 'chest_nipples', 0.2), levelWith('intercostal_space_4', 1.5)],
  },
  {
    code: 'PC2',
    text: 'Front of the upper arm (facing forward, over the middle of biceps: the anterior axillary fold ends on the medial edge of the arm), between the two heads of biceps, 2 cun below the anterior axillary fold.',
    checks: [
      faceAtLeast(0.85, 'anterior'),
      part('upper-arm'),
      is('anterior', 'HT2', 2),
      is('medial', 'LU3', 1.5),
      level('anterior_axillary_fold', -2, arm),
      along('anterior_axillary_fold', 'cubital_crease_midpoint', 2 / 9, 0.07, 3.5),
    ],
  },
  {
    code: 'PC3',
    text: 'Front of the elbow, on the cubital crease, in the hollow medial to the biceps tendon.',
    checks: [
      face('anterior'),
      part('elbow', 'forearm', 'upper-arm'),
      levelWith('cubital_crease_midpoint', 1.5),
      is('medial', 'biceps_tendon_at_crease', 0.3),
      is('medial', 'LU5', 1),
    ],
  },
  {
    code: 'PC4',
    text: 'Front of the forearm, between the palmaris longus and flexor carpi radialis tendons, 5 cun above the palmar wrist crease (1 cun distal to the midpoint of PC3-PC7).',
    checks: [face('anterior'), part('forearm'), distance('PC7', 5, forearm), along('PC3', 'PC7', 7 / 12), is('above', 'PC5', 1)],
  },
  {
    code: 'PC5',
    text: 'Front of the forearm, between the palmaris longus and flexor carpi radialis tendons, 3 cun above the palmar wrist crease.',
    checks: [face('anterior'), part('forearm'), distance('PC7', 3, forearm), along('PC3', 'PC7', 9 / 12), is('above', 'PC6', 0.5)],
  },
  {
    code: 'PC6',
    text: 'Front of the forearm, between the palmaris longus and flexor carpi radialis tendons, 2 cun above the palmar wrist crease.',
    checks: [face('anterior'), part('forearm'), distance('PC7', 2, forearm), along('PC3', 'PC7', 10 / 12)],
  },
  {
    code: 'PC7',
    text: 'Front of the wrist, on the palmar wrist crease between the palmaris longus and flexor carpi radialis tendons.',
    checks: [
      face('anterior'),
      part('wrist', 'forearm', 'hand'),
      near('wrist_crease_midpoint', 1.5),
      levelWith('wrist_crease_midpoint', 1),
      is('medial', 'LU9', 1),
    ],
  },
  {
    code: 'PC8',
    text: 'Palm, in the hollow between the second and third metacarpals, proximal to the knuckles.',
    checks: [face('anterior'), part('hand'), is('above', 'mcp3', 0.5), is('lateral', 'mcp3', 0.5), is('medial', 'mcp2', 0.5), is('below', 'PC7', 3)],
  },
  { code: 'PC9', text: 'Middle finger, at the centre of its tip.', checks: [part('fingers'), near('middle_tip', 0.6), face('inferior')] },
];
