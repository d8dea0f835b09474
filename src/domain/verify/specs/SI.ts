// Small intestine channel: what WHO 2008 says of each location, as measurements (our words). See LU.ts.
import { along, distance, face, faceAtLeast, inLineFromFront, is, level, levelWith, midline, near, part, type LocationSpec } from '../checks.ts';

const arm = 'arm_axillary_fold_cubital';
const forearm = 'forearm_cubital_wrist';
const back = 'back_scapular_medial_borders';

export const SI: LocationSpec[] = [
  {
    code: 'SI1',
    text: 'Little finger, ulnar to the distal phalanx, 0.1 F-cun proximal to the ulnar corner of the fingernail.',
    checks: [face('medial'), part('fingers'), near('little_nail_ulnar_corner', 0.6), is('medial', 'HT9', 0.5)],
  },
  {
    code: 'SI2',
    text: 'Little finger, in the hollow distal to the ulnar side of the fifth metacarpophalangeal joint, at the border of the red and white skin.',
    // the red-white border of the ulnar side of the little finger faces ulnar (medial), not back
    checks: [
      faceAtLeast(0.85, 'medial'),
      part('fingers', 'hand'),
      is('below', 'mcp5', 0.3),
      is('medial', 'mcp5', 0.3),
      near('mcp5', 2.5),
      is('below', 'mcp5_ulnar_border', 0.5),
      is('below', 'SI3', 1),
      is('above', 'SI1', 1),
    ],
  },
  {
    code: 'SI3',
    text: 'Dorsum of the hand, in the hollow proximal to the ulnar side of the fifth metacarpophalangeal joint, at the border of the red and white skin.',
    // the red-white border of the ulnar edge of the hand faces ulnar (medial), not back
    checks: [faceAtLeast(0.85, 'medial'), part('hand'), is('above', 'mcp5', 0.3), is('medial', 'mcp5', 0.3), near('mcp5', 3)],
  },
  {
    code: 'SI4',
    text: 'Posteromedial wrist, in the hollow between the base of the fifth metacarpal and the triquetrum, at the border of the red and white skin.',
    checks: [
      faceAtLeast(0.85, 'medial'),
      part('hand', 'wrist'),
      is('above', 'metacarpal5_base', 0.2),
      near('metacarpal5_base', 2),
      is('below', 'SI5', 1),
      // only the triquetrum (about 2 cm long) lies between SI4 and SI5
      near('SI5', 2.8),
    ],
  },
  {
    code: 'SI5',
    text: 'Posteromedial wrist, in the hollow between the triquetrum and the styloid process of the ulna (the ulnar end of the dorsal wrist crease).',
    checks: [face('medial', 'posterior'), part('wrist'), is('below', 'ulnar_head', 0.5), near('ulnar_head', 3), levelWith('dorsal_wrist_crease_midpoint', 1.5)],
  },
  {
    code: 'SI6',
    text: 'Posteromedial forearm, in the hollow on the radial side of the head of the ulna, 1 B-cun above the dorsal wrist crease.',
    checks: [
      face('posterior', 'medial'),
      part('forearm', 'wrist'),
      level('dorsal_wrist_crease_midpoint', 1, forearm),
      is('lateral', 'ulnar_head', 0.3),
      near('ulnar_head', 2),
    ],
  },
  {
    code: 'SI7',
    text: 'Posteromedial forearm, between the medial border of the ulna and flexor carpi ulnaris, 5 B-cun above the dorsal wrist crease, on the line from SI5 to SI8.',
    checks: [face('medial', 'posterior'), part('forearm'), distance('SI5', 5, forearm), along('SI5', 'SI8', 5 / 12)],
  },
  {
    code: 'SI8',
    text: 'Posteromedial elbow, in the hollow between the olecranon and the medial epicondyle of the humerus.',
    checks: [face('posterior', 'medial'), part('elbow'), along('olecranon', 'medial_epicondyle', 0.5, 0.25, 1.5), is('posterior', 'medial_epicondyle', 0.5)],
  },
  {
    code: 'SI9',
    text: 'Shoulder girdle, below and behind the shoulder joint, 1 B-cun above the end of the posterior axillary fold (arm at the side).',
    checks: [
      face('posterior'),
      part('shoulder', 'upper-back', 'upper-arm', 'axilla'),
      level('posterior_axillary_fold', 1, arm),
      ...inLineFromFront('posterior_axillary_fold', 1.5),
    ],
  },
  {
    code: 'SI10',
    text: 'Shoulder girdle, directly above the posterior axillary fold, in the hollow below the spine of the scapula.',
    checks: [
      face('posterior'),
      part('shoulder', 'upper-back'),
      is('above', 'SI9', 2),
      is('below', 'acromion_posterior_angle', 0.5),
      ...inLineFromFront('posterior_axillary_fold', 1.5),
    ],
  },
  {
    code: 'SI11',
    text: 'Scapula, in the hollow one third of the way from the midpoint of the scapular spine to the inferior angle (infraspinous fossa, about level with T4 in textbooks).',
    checks: [
      face('posterior'),
      part('upper-back'),
      along('scapula_spine_midpoint', 'scapula_inferior_angle', 1 / 3),
      is('below', 'scapula_spine_medial_end', 0.5),
      levelWith('spinous_t4', 1.5),
      is('lateral', 'scapula_medial_border', 2),
    ],
  },
  {
    code: 'SI12',
    text: 'Scapula, in the supraspinous fossa, directly above the midpoint of the scapular spine.',
    checks: [
      face('posterior'),
      part('upper-back', 'shoulder'),
      is('above', 'scapula_spine_midpoint', 0.5),
      is('above', 'SI11', 3),
      ...inLineFromFront('scapula_spine_midpoint', 1.5),
    ],
  },
  {
    code: 'SI13',
    text: 'Scapula, in the hollow just above the medial end of the scapular spine.',
    checks: [face('posterior'), part('upper-back'), is('above', 'scapula_spine_medial_end', 0.3), near('scapula_spine_medial_end', 3), is('medial', 'SI12', 3)],
  },
  {
    code: 'SI14',
    text: 'Upper back, level with the lower border of the spinous process of T1, 3 B-cun from the posterior midline.',
    checks: [face('posterior'), part('upper-back'), midline(3, back), is('below', 'spinous_t1', 0.2), is('above', 'spinous_t2', 0.2)],
  },
  {
    code: 'SI15',
    text: 'Upper back, level with the lower border of the spinous process of C7, 2 B-cun from the posterior midline.',
    checks: [face('posterior'), part('upper-back', 'neck'), midline(2, back), is('below', 'spinous_c7', 0.2), is('above', 'spinous_t1', 0.2)],
  },
  {
    code: 'SI16',
    text: 'Side of the neck, level with the upper border of the thyroid cartilage, behind the sternocleidomastoid (behind LI18).',
    checks: [face('lateral'), part('neck'), levelWith('laryngeal_prominence', 0.7), is('posterior', 'LI18', 1)],
  },
  {
    code: 'SI17',
    text: 'Upper neck, behind the angle of the mandible, in the hollow in front of the sternocleidomastoid.',
    checks: [face('lateral'), part('neck', 'face'), is('posterior', 'mandible_angle', 0.2), near('mandible_angle', 2.5), is('above', 'SI16', 1.5)],
  },
  {
    code: 'SI18',
    text: 'Face, directly below the outer canthus, in the hollow below the lower border of the zygomatic bone.',
    checks: [
      face('anterior', 'lateral'),
      part('face'),
      is('below', 'outer_canthus', 2),
      is('above', 'mouth_corner', 1),
      ...inLineFromFront('outer_canthus', 1),
    ],
  },
  {
    code: 'SI19',
    text: 'Face, in the hollow between the front of the middle of the tragus and the back of the condylar process of the mandible.',
    checks: [face('lateral'), part('face', 'ear'), is('anterior', 'tragus', 0.2), near('tragus', 1.5), levelWith('tragus', 1), is('posterior', 'ST7', 1)],
  },
];
