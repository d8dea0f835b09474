// Large Intestine channel: what WHO 2008 says of each location, as measurements (our words). See LU.ts.
import { along, apart, distance, face, faceAtLeast, is, level, levelWith, near, part, type LocationSpec } from '../checks.ts';

const arm = 'arm_axillary_fold_cubital';
const forearm = 'forearm_cubital_wrist';
// LI5 (dorsal wrist crease) to LI11 (cubital crease) is the 12 cun of the forearm
const radialLine = (cunAboveWrist: number) => along('LI5', 'LI11', cunAboveWrist / 12);
// WHO puts LI6-LI10 'on the posterolateral aspect of the forearm': the skin faces outward and not forward
// (n_z <= 0), behind the radial border where the Lung line runs on the front (an audit found LI8-LI10
// facing 25 degrees forward, within 2 cm of LU6, where the straight line LI11-LI5 met the nearest skin)
const posterolateral = [faceAtLeast(0.5, 'lateral'), faceAtLeast(0, 'posterior')];

export const LI: LocationSpec[] = [
  {
    code: 'LI1',
    text: 'Index finger, radial to the distal phalanx, 0.1 F-cun proximal and lateral to the radial corner of the nail.',
    checks: [part('fingers'), near('index_nail_radial_corner', 0.6), face('lateral', 'posterior')],
  },
  {
    code: 'LI2',
    text: 'Index finger, in the hollow distal to the radial side of the second metacarpophalangeal joint, at the border of the red and white skin.',
    // the red-white border of the radial side of the index finger faces radial (lateral), not back
    checks: [
      faceAtLeast(0.85, 'lateral'),
      part('fingers', 'hand'),
      is('below', 'mcp2', 0.3),
      is('lateral', 'mcp2', 0.2),
      near('mcp2', 2.5),
      is('below', 'LI3', 1),
    ],
  },
  {
    code: 'LI3',
    text: 'Back of the hand, in the hollow radial and proximal to the second metacarpophalangeal joint.',
    checks: [face('posterior', 'lateral'), part('hand', 'fingers'), is('above', 'mcp2', 0.3), is('lateral', 'mcp2', 0.2), near('mcp2', 2.5)],
  },
  {
    code: 'LI4',
    text: 'Back of the hand, radial to the midpoint of the second metacarpal (between the first and second metacarpals).',
    // radial to the bone: on the channel's line along the radial side of the second metacarpal, from LI3 (radial to its head)
    // to LI5 (in the snuffbox); a point on the bone's own axis lies about 1.5 cm ulnar to that line
    checks: [face('posterior'), part('hand'), along('metacarpal2_base', 'mcp2', 0.5, 0.12), along('LI3', 'LI5', 0.3, 0.15, 1)],
  },
  {
    code: 'LI5',
    text: 'Back-radial side of the wrist, at the radial end of the dorsal wrist crease, distal to the radial styloid, in the anatomical snuffbox.',
    checks: [
      face('posterior', 'lateral'),
      part('wrist', 'hand'),
      near('anatomical_snuffbox', 1.5),
      is('below', 'radial_styloid', 0.3),
      levelWith('dorsal_wrist_crease_midpoint', 1.5),
      is('lateral', 'dorsal_wrist_crease_midpoint', 1),
    ],
  },
  {
    code: 'LI6',
    text: 'Back-radial side of the forearm, on the line from LI5 to LI11, 3 cun above the dorsal wrist crease.',
    checks: [...posterolateral, part('forearm'), radialLine(3), distance('LI5', 3, forearm)],
  },
  {
    code: 'LI7',
    text: 'Back-radial side of the forearm, on the line from LI5 to LI11, 5 cun above the dorsal wrist crease.',
    checks: [...posterolateral, part('forearm'), radialLine(5), distance('LI5', 5, forearm), is('above', 'LI6', 2)],
  },
  {
    code: 'LI8',
    text: 'Back-radial side of the forearm, on the line from LI5 to LI11, 4 cun below the cubital crease.',
    checks: [...posterolateral, apart('LU6', 3), part('forearm'), radialLine(8), distance('LI11', 4, forearm), is('above', 'LI7', 1.5)],
  },
  {
    code: 'LI9',
    text: 'Back-radial side of the forearm, on the line from LI5 to LI11, 3 cun below the cubital crease.',
    checks: [...posterolateral, part('forearm'), radialLine(9), distance('LI11', 3, forearm), is('above', 'LI8', 1)],
  },
  {
    code: 'LI10',
    text: 'Back-radial side of the forearm, on the line from LI5 to LI11, 2 cun below the cubital crease.',
    checks: [
      ...posterolateral,
      part('forearm', 'elbow'),
      along('LI5', 'LI11', 10 / 12, 0.06, 3),
      // on the line as seen on the posterolateral skin: the straight chord LI5-LI11 runs under the skin of the brachioradialis
      // (at this level 1 cm inside the outermost skin, facing forward), so a point on the back-and-outer face lies up to 3 cm from it;
      // 2 B-cun inferior to the cubital crease: its level, not the straight distance to LI11 (the line turns 2-3 cm round the radius)
      level('cubital_crease_midpoint', -2, forearm),
      is('above', 'LI9', 1),
    ],
  },
  {
    code: 'LI11',
    text: 'Lateral side of the elbow, at the midpoint of the line from LU5 to the lateral epicondyle of the humerus.',
    checks: [face('lateral'), part('elbow', 'forearm', 'upper-arm'), along('LU5', 'lateral_epicondyle', 0.5), levelWith('cubital_crease_midpoint', 1.5)],
  },
  {
    code: 'LI12',
    text: 'Back-lateral side of the elbow, just above the lateral epicondyle of the humerus, in front of the lateral supracondylar ridge.',
    checks: [
      face('lateral', 'posterior'),
      part('elbow', 'upper-arm'),
      is('above', 'lateral_epicondyle', 0.5),
      near('lateral_epicondyle', 3.5),
      is('posterior', 'LI11', 0.5),
    ],
  },
  {
    code: 'LI13',
    text: 'Lateral side of the arm, on the line from LI11 to LI15, 3 cun above the cubital crease.',
    // on the line: LI15 lies about 14 B-cun above LI11 (the arm's 9 and the shoulder above the fold), so 3 cun is 3/14 of the way
    checks: [face('lateral'), part('upper-arm'), level('cubital_crease_midpoint', 3, arm), distance('LI11', 3, arm), along('LI11', 'LI15', 3 / 14, 0.05, 0.5)],
  },
  {
    code: 'LI14',
    text: 'Lateral side of the arm, just in front of the border of the deltoid (near its insertion), 7 cun above LI11, on the line from LI11 to LI15.',
    // the lateral aspect, not the front: the skin faces outward (within about 35 degrees), well behind the Lung line
    // on the lateral border of the biceps (an audit found it 30 degrees round the arm from the front, straight above
    // LU3 and LU4, where a step straight up the arm from LI11 at the front end of the elbow crease kept its forward
    // place); halfway up the line LI11-LI15 (about 14 B-cun long), at the lower end of the deltoid
    checks: [
      faceAtLeast(0.8, 'lateral'),
      part('upper-arm'),
      distance('LI11', 7, arm),
      along('LI11', 'LI15', 7 / 14, 0.05, 1),
      is('posterior', 'LU3', 1.5),
      near('deltoid_insertion', 3),
      is('anterior', 'deltoid_insertion', 0.5),
    ],
  },
  {
    code: 'LI15',
    text: 'Shoulder, in the hollow between the front end of the lateral border of the acromion and the greater tubercle; the front of the two hollows below the acromion.',
    checks: [
      face('lateral', 'superior'),
      part('shoulder'),
      is('below', 'acromion', 0.5),
      near('acromion', 3.5),
      is('anterior', 'acromion_posterior_angle', 2),
      is('anterior', 'TE14', 1.5),
    ],
  },
  {
    code: 'LI16',
    text: 'Top of the shoulder, in the hollow between the acromial end of the clavicle and the spine of the scapula.',
    checks: [
      face('superior'),
      part('shoulder'),
      is('medial', 'acromion', 1.5),
      is('lateral', 'scapula_spine_midpoint'),
      is('posterior', 'clavicle_midpoint', 1),
      is('anterior', 'scapula_spine_midpoint', 1),
      // at the acromial end of the clavicle, just medial to the acromioclavicular joint: lateral to the coracoid process
      // (under the outer third of the clavicle) and well lateral to LU2 medial to it (an audit found it 5 cm medial
      // to the acromion, medial to the coracoid and straight above LU2, placed 2 F-cun in from the acromion's tip)
      is('lateral', 'coracoid_process', 0.2),
      is('lateral', 'LU2', 1),
    ],
  },
  {
    code: 'LI17',
    text: 'Front of the neck, level with the cricoid cartilage, just behind the posterior border of the sternocleidomastoid.',
    checks: [
      face('lateral', 'anterior'),
      part('neck'),
      is('below', 'LI18', 1),
      is('posterior', 'LI18', 0.3),
      levelWith('ST10', 1),
      is('above', 'sternal_notch', 2),
    ],
  },
  {
    code: 'LI18',
    text: 'Front of the neck, level with the upper border of the thyroid cartilage, between the anterior and posterior borders of the sternocleidomastoid.',
    checks: [
      face('lateral', 'anterior'),
      part('neck'),
      levelWith('laryngeal_prominence', 1.5),
      is('lateral', 'ST9', 0.5),
      is('posterior', 'ST9', 0.5),
      // between the borders: midway from ST9 (in front of the muscle) to SI16 (behind it), on the same level
      along('ST9', 'SI16', 0.5, 0.15, 1),
    ],
  },
  {
    code: 'LI19',
    text: 'Upper lip, level with the junction of the upper third and lower two thirds of the philtrum, directly below the lateral margin of the nostril.',
    // the junction of the upper third lies a sixth of the philtrum (2-3 mm) above its midpoint: above it, and close to its level;
    // its level a third of the way down the philtrum, from the subnasale to the vermilion border of the upper lip
    checks: [
      face('anterior'),
      part('face'),
      is('above', 'philtrum_midpoint', 0),
      levelWith('philtrum_midpoint', 0.6),
      is('below', 'nasal_ala', 0.3),
      is('medial', 'nasal_ala', 0.2),
      is('lateral', 'philtrum_midpoint', 0.5),
      along('subnasale', 'labrale_superius', 1 / 3, 0.12, 1.6),
    ],
  },
  {
    code: 'LI20',
    text: 'Face, in the nasolabial groove, level with the midpoint of the outer border of the ala of the nose.',
    checks: [face('anterior', 'lateral'), part('face'), levelWith('nasal_ala', 0.8), is('lateral', 'nasal_ala', 0.2), near('nasal_ala', 1.5)],
  },
];
