// Lung channel: what WHO 2008 says of each location, as measurements (our words).
import { along, distance, face, faceAtLeast, is, level, levelWith, midline, near, part, type LocationSpec } from '../checks.ts';

const arm = 'arm_axillary_fold_cubital';
const forearm = 'forearm_cubital_wrist';

export const LU: LocationSpec[] = [
  {
    code: 'LU1',
    text: 'Front of the chest, at the same level as the first intercostal space (its level at the sternum, where CV20, KI26 and ST14 lie), 6 cun from the anterior midline; 1 B-cun below LU2.',
    checks: [
      face('anterior'),
      part('chest'),
      midline(6, 'chest_nipples', 0.3),
      level('intercostal_space_1', 0, 'chest_sternal_notch_xiphisternal', 0.3),
      level('CV20', 0, 'chest_sternal_notch_xiphisternal', 0.3),
      is('below', 'LU2', 1),
      level('LU2', -1, 'chest_sternal_notch_xiphisternal', 0.25),
    ],
  },
  {
    code: 'LU2',
    text: 'Front of the chest, in the infraclavicular fossa medial to the coracoid process, 6 cun from the anterior midline.',
    checks: [
      face('anterior'),
      part('chest', 'shoulder'),
      midline(6, 'chest_nipples', 0.3),
      is('medial', 'coracoid_process', 0),
      near('coracoid_process', 3.5),
      is('below', 'clavicle_midpoint'),
      is('below', 'clavicle_inferior_border', 0),
    ],
  },
  {
    code: 'LU3',
    text: 'Anterolateral upper arm (facing forward and out), just lateral to the border of biceps (lateral to PC2 over its middle), 3 cun below the anterior axillary fold.',
    checks: [
      faceAtLeast(0.45, 'anterior'),
      faceAtLeast(0.45, 'lateral'),
      part('upper-arm'),
      is('lateral', 'PC2', 1.5),
      level('anterior_axillary_fold', -3, arm, 0.6),
    ],
  },
  {
    code: 'LU4',
    text: 'Anterolateral upper arm (facing forward and out), just lateral to the border of biceps, 4 cun below the anterior axillary fold (1 cun below LU3).',
    checks: [
      faceAtLeast(0.45, 'anterior'),
      faceAtLeast(0.45, 'lateral'),
      part('upper-arm'),
      is('lateral', 'PC2', 1.5),
      level('anterior_axillary_fold', -4, arm, 0.6),
      distance('LU3', 1, arm, 0.3),
    ],
  },
  {
    code: 'LU5',
    text: 'Front of the elbow, on the cubital crease, in the hollow lateral to the biceps tendon.',
    checks: [face('anterior'), part('elbow', 'forearm', 'upper-arm'), levelWith('cubital_crease_midpoint', 1.5), is('lateral', 'biceps_tendon_at_crease', 0.3)],
  },
  {
    code: 'LU6',
    text: 'Anterolateral forearm on the line from LU5 to LU9, 7 cun above the palmar wrist crease.',
    checks: [face('anterior', 'lateral'), part('forearm'), along('LU5', 'LU9', 5 / 12), distance('LU9', 7, forearm)],
  },
  {
    code: 'LU7',
    text: 'Radial side of the forearm, above the radial styloid, between the tendons of abductor pollicis longus and extensor pollicis brevis, 1.5 cun above the palmar wrist crease.',
    checks: [face('lateral'), part('forearm', 'wrist'), distance('LU9', 1.5, forearm, 0.4), is('lateral', 'LU8', 0.3)],
  },
  {
    code: 'LU8',
    text: 'Anterolateral forearm, between the radial styloid and the radial artery, 1 cun above the palmar wrist crease.',
    checks: [face('anterior'), part('forearm', 'wrist'), along('LU5', 'LU9', 11 / 12, 0.04), distance('LU9', 1, forearm, 0.3)],
  },
  {
    code: 'LU9',
    text: 'Anterolateral wrist, on the palmar crease between the radial styloid and the scaphoid, in the hollow lateral to the radial artery.',
    checks: [face('anterior'), part('wrist', 'forearm', 'hand'), near('wrist_crease_radial_end', 1.5), levelWith('wrist_crease_midpoint', 1.5)],
  },
  {
    code: 'LU10',
    text: 'Thenar eminence, radial to the midpoint of the first metacarpal, at the junction of the red and white skin: on the radial border of the bone (with the thumb held forward and out, its radial border faces out and up), on the thenar side of the junction, not on the back of the metacarpal.',
    checks: [face('lateral', 'superior'), faceAtLeast(0, 'anterior'), part('hand'), along('metacarpal1_base', 'mcp1', 0.5, 0.15, 2.5)],
  },
  {
    code: 'LU11',
    text: 'Thumb, radial to the distal phalanx, 0.1 F-cun from the radial corner of the nail.',
    checks: [part('fingers'), near('thumb_nail_radial_corner', 0.6), face('lateral', 'anterior', 'posterior')],
  },
];
