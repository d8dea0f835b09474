// Heart channel: what WHO 2008 says of each location, as measurements (our words). See LU.ts.
import { distance, face, faceAtLeast, is, level, levelWith, near, part, type LocationSpec } from '../checks.ts';

const arm = 'arm_axillary_fold_cubital';
const forearm = 'forearm_cubital_wrist';

export const HT: LocationSpec[] = [
  {
    code: 'HT1',
    text: 'Axilla, at the centre of the axillary fossa (between the anterior and posterior folds, above them), over the axillary artery; the fossa faces down, its walls inward and outward, never forward or back.',
    checks: [
      face('inferior', 'lateral', 'medial'),
      part('axilla'),
      is('posterior', 'anterior_axillary_fold', 2),
      is('anterior', 'posterior_axillary_fold', 2),
      is('above', 'anterior_axillary_fold', 0.5),
    ],
  },
  {
    code: 'HT2',
    text: 'Medial side of the upper arm, just medial to biceps brachii, 3 B-cun above the cubital crease.',
    checks: [
      faceAtLeast(0.8, 'medial'),
      part('upper-arm'),
      level('cubital_crease_midpoint', 3, arm),
      is('medial', 'cubital_crease_midpoint', 1),
      is('above', 'HT3', 5),
      is('posterior', 'PC2', 2),
      is('medial', 'PC2', 1.5),
    ],
  },
  {
    code: 'HT3',
    text: 'Anteromedial elbow, just in front of the medial epicondyle of the humerus, level with the cubital crease.',
    // on the anteromedial aspect: facing both forward and inward (an audit found it behind the inner end of the crease, facing
    // slightly backward, seen only from behind), clearly in front of the epicondyle, still within 3 cm of it
    checks: [
      faceAtLeast(0.4, 'anterior'),
      faceAtLeast(0.5, 'medial'),
      part('elbow'),
      levelWith('cubital_crease_midpoint', 1.5),
      is('anterior', 'medial_epicondyle', 1.5),
      near('medial_epicondyle', 3),
    ],
  },
  {
    code: 'HT4',
    text: 'Anteromedial forearm, radial to the flexor carpi ulnaris tendon, 1.5 B-cun above the palmar wrist crease.',
    checks: [face('anterior', 'medial'), part('forearm'), distance('HT7', 1.5, forearm), is('medial', 'wrist_crease_midpoint', 0.5), is('above', 'HT5', 0.5)],
  },
  {
    code: 'HT5',
    text: 'Anteromedial forearm, radial to the flexor carpi ulnaris tendon, 1 B-cun above the palmar wrist crease.',
    checks: [
      face('anterior', 'medial'),
      part('forearm', 'wrist'),
      distance('HT7', 1, forearm),
      is('medial', 'wrist_crease_midpoint', 0.5),
      is('above', 'HT6', 0.5),
    ],
  },
  {
    code: 'HT6',
    text: 'Anteromedial forearm, radial to the flexor carpi ulnaris tendon, 0.5 B-cun above the palmar wrist crease.',
    checks: [
      face('anterior', 'medial'),
      part('forearm', 'wrist'),
      distance('HT7', 0.5, forearm),
      is('medial', 'wrist_crease_midpoint', 0.5),
      is('above', 'HT7', 0.3),
    ],
  },
  {
    code: 'HT7',
    text: 'Anteromedial wrist, on the palmar wrist crease, radial to the flexor carpi ulnaris tendon, at the proximal border of the pisiform.',
    checks: [
      face('anterior', 'medial'),
      part('wrist', 'forearm', 'hand'),
      levelWith('wrist_crease_midpoint', 1.5),
      is('medial', 'wrist_crease_midpoint', 0.5),
      near('pisiform', 2),
    ],
  },
  {
    code: 'HT8',
    text: 'Palm, in the hollow between the fourth and fifth metacarpals, proximal to the fifth metacarpophalangeal joint.',
    checks: [face('anterior'), part('hand'), is('medial', 'mcp4', 0.4), is('lateral', 'mcp5', 0.4), is('above', 'mcp5', 0.5)],
  },
  {
    code: 'HT9',
    text: 'Little finger, radial to the distal phalanx, 0.1 F-cun proximal to the radial corner of the fingernail.',
    checks: [face('lateral'), part('fingers'), near('little_nail_radial_corner', 0.6), is('lateral', 'SI1', 0.5)],
  },
];
