// Triple Energizer channel: what WHO 2008 says of each location, as measurements (our words). See LU.ts.
import {
  along,
  distance,
  face,
  faceAtLeast,
  inLineFromFront,
  inLineFromSide,
  is,
  isByCun,
  level,
  levelWith,
  near,
  part,
  type LocationSpec,
} from '../checks.ts';

const arm = 'arm_axillary_fold_cubital';
const forearm = 'forearm_cubital_wrist';
// the back of the forearm, from the dorsal wrist crease to the olecranon, is 12 cun (TE9: 5 below the olecranon, 7 above the crease)
const dorsal = (cun: number) => along('dorsal_wrist_crease_midpoint', 'olecranon', cun / 12);

export const TE: LocationSpec[] = [
  {
    code: 'TE1',
    text: 'Ring finger, ulnar to the distal phalanx, 0.1 F-cun from the ulnar corner of the nail.',
    checks: [part('fingers'), near('ring_nail_ulnar_corner', 0.6), face('medial', 'posterior'), is('medial', 'ring_tip', 0.2)],
  },
  {
    code: 'TE2',
    text: 'Back of the hand, just proximal to the web between the ring and little fingers, at the border of the red and white skin.',
    // proximal to the web margin, on the back of the hand: not on the margin itself, whose skin turns to face the fingertips
    checks: [
      faceAtLeast(0.6, 'posterior'),
      part('hand', 'fingers'),
      near('finger_web_4_5', 1.5),
      is('above', 'finger_web_4_5', 0.4),
      is('medial', 'mcp4', 0.3),
      is('lateral', 'mcp5', 0.3),
      is('below', 'mcp4', 0.3),
    ],
  },
  {
    code: 'TE3',
    text: 'Back of the hand, between the fourth and fifth metacarpals, in the hollow proximal to the fourth knuckle.',
    checks: [face('posterior'), part('hand'), is('above', 'mcp4', 0.3), near('mcp4', 3), is('medial', 'mcp4', 0.2), is('lateral', 'mcp5', 0.2)],
  },
  {
    code: 'TE4',
    text: 'Back of the wrist, on the dorsal wrist crease, in the hollow ulnar to the extensor digitorum tendons.',
    checks: [
      face('posterior'),
      part('wrist', 'forearm', 'hand'),
      levelWith('dorsal_wrist_crease_midpoint', 1),
      near('dorsal_wrist_crease_midpoint', 2),
      is('medial', 'dorsal_wrist_crease_midpoint', 0.3),
    ],
  },
  {
    code: 'TE5',
    text: 'Back of the forearm, midway between radius and ulna, 2 cun above the dorsal wrist crease.',
    checks: [face('posterior'), part('forearm'), distance('dorsal_wrist_crease_midpoint', 2, forearm), dorsal(2)],
  },
  {
    code: 'TE6',
    text: 'Back of the forearm, midway between radius and ulna, 3 cun above the dorsal wrist crease.',
    checks: [face('posterior'), part('forearm'), distance('dorsal_wrist_crease_midpoint', 3, forearm), dorsal(3), is('above', 'TE5', 1)],
  },
  {
    code: 'TE7',
    text: 'Back of the forearm, 3 cun above the dorsal wrist crease, against the radial side of the ulna (ulnar to TE6).',
    checks: [face('posterior'), part('forearm'), distance('dorsal_wrist_crease_midpoint', 3, forearm, 0.4), levelWith('TE6', 1), is('medial', 'TE6', 0.5)],
  },
  {
    code: 'TE8',
    text: 'Back of the forearm, midway between radius and ulna, 4 cun above the dorsal wrist crease.',
    checks: [face('posterior'), part('forearm'), distance('dorsal_wrist_crease_midpoint', 4, forearm), dorsal(4), is('above', 'TE6', 1)],
  },
  {
    code: 'TE9',
    text: 'Back of the forearm, midway between radius and ulna, 5 cun below the tip of the olecranon.',
    checks: [face('posterior'), part('forearm'), distance('olecranon', 5, forearm), dorsal(7)],
  },
  {
    code: 'TE10',
    text: 'Back of the elbow, in the hollow 1 cun above the olecranon.',
    checks: [face('posterior'), part('elbow', 'upper-arm'), distance('olecranon', 1, arm), is('above', 'olecranon', 1)],
  },
  {
    code: 'TE11',
    text: 'Back of the arm, on the line from the olecranon to the acromial angle, 2 cun above the olecranon.',
    checks: [
      face('posterior'),
      part('upper-arm', 'elbow'),
      distance('olecranon', 2, arm),
      along('olecranon', 'acromion_posterior_angle', 0.5, 0.5),
      is('above', 'TE10', 1),
    ],
  },
  {
    code: 'TE12',
    text: 'Back of the arm, on the line from the olecranon to the acromial angle, 5 cun above the olecranon.',
    checks: [
      face('posterior'),
      part('upper-arm'),
      distance('olecranon', 5, arm),
      along('olecranon', 'acromion_posterior_angle', 0.5, 0.5),
      is('above', 'TE11', 3),
    ],
  },
  // WHO: 'On the posterior aspect of the arm, 3 B-cun inferior to the acromial angle, on the
  // posteroinferior border of the deltoid muscle': the measure is from the acromial angle down the
  // arm (the TE line to the olecranon), 3 ± 0.5 of the arm's B-cun. SI9 lies 'posteroinferior to
  // the shoulder joint, 1 B-cun superior to the posterior end of the axillary fold': the joint lies
  // under the acromion, so SI9 stands about 3 B-cun below it too, and WHO puts the two about level:
  // TE13 never lower than SI9 by more than half a cun (it was held level with the axillary fold,
  // 1 cun below SI9 and 5.5-6 cun below the angle on these bodies, whose acromion stands higher
  // above the fold than WHO's proportions assume)
  {
    code: 'TE13',
    text: 'Back of the arm, on the line from the acromial angle to the olecranon, 3 cun below the acromial angle, at the posterior-inferior border of the deltoid; about level with SI9.',
    checks: [
      face('posterior', 'lateral'),
      part('upper-arm', 'shoulder'),
      level('acromion_posterior_angle', -3, arm, 0.5),
      isByCun('above', 'SI9', -0.5, arm),
      is('below', 'TE14', 1),
      is('above', 'TE12', 3),
      ...inLineFromFront('acromion_posterior_angle', 2.5),
    ],
  },
  {
    code: 'TE14',
    text: 'Shoulder, in the hollow between the acromial angle and the greater tubercle of the humerus; the posterior of the two hollows below the acromion (LI15 the anterior).',
    checks: [
      face('lateral', 'posterior'),
      part('shoulder', 'upper-arm'),
      near('acromion_posterior_angle', 3.5),
      is('below', 'acromion_posterior_angle', 0.3),
      is('posterior', 'LI15', 1),
      levelWith('LI15', 2),
    ],
  },
  {
    code: 'TE15',
    text: 'Upper back over the scapula, in the hollow above its superior angle, midway between GB21 and SI13.',
    checks: [face('posterior', 'superior'), part('upper-back', 'shoulder', 'neck'), along('GB21', 'SI13', 0.5)],
  },
  {
    code: 'TE16',
    text: 'Side of the neck, level with the angle of the mandible, at the posterior border of the sternocleidomastoid (SI17 is in front of the muscle: its width lies between them).',
    checks: [
      face('lateral'),
      part('neck'),
      levelWith('mandible_angle', 1.5),
      is('posterior', 'mandible_angle', 1.5),
      is('posterior', 'SI17', 1.5),
      is('below', 'TE17', 2),
    ],
  },
  {
    code: 'TE17',
    text: 'Behind the earlobe, in the hollow in front of the lower tip of the mastoid process.',
    checks: [
      face('lateral', 'posterior'),
      part('neck', 'head', 'ear', 'scalp'),
      is('posterior', 'earlobe'),
      is('anterior', 'mastoid_process', 0),
      near('mastoid_process', 2.5),
      levelWith('earlobe', 1.5),
    ],
  },
  {
    code: 'TE18',
    text: 'Behind the ear, at the centre of the mastoid process, one third of the way up the curve along the ear root from TE17 to TE20 (behind the auricle, not on it).',
    checks: [
      face('lateral', 'posterior'),
      part('head', 'ear', 'scalp'),
      along('TE17', 'TE20', 1 / 3, 0.1),
      is('above', 'TE17', 0.5),
      is('posterior', 'ear_root_posterior', -0.5),
    ],
  },
  {
    code: 'TE19',
    text: 'Behind the ear, two thirds of the way up the curve along the ear root from TE17 to TE20 (behind the auricle, not on it).',
    checks: [
      face('lateral', 'posterior'),
      part('head', 'ear', 'scalp'),
      along('TE17', 'TE20', 2 / 3, 0.1),
      is('above', 'TE18', 0.5),
      is('posterior', 'ear_root_posterior', -0.5),
    ],
  },
  {
    code: 'TE20',
    text: 'Side of the head, just above the apex of the ear.',
    checks: [face('lateral', 'superior'), part('scalp', 'head'), near('ear_apex', 1.5), is('above', 'ear_apex', 0), ...inLineFromSide('ear_apex', 1)],
  },
  {
    code: 'TE21',
    text: 'Face, in the hollow between the supratragic notch and the condylar process of the mandible.',
    checks: [
      face('lateral', 'anterior'),
      part('face', 'ear', 'head'),
      near('supratragic_notch', 1.5),
      is('anterior', 'supratragic_notch', 0.3),
      levelWith('supratragic_notch', 1),
    ],
  },
  {
    code: 'TE22',
    text: 'Side of the head, at the posterior border of the temple hairline, in front of the upper root of the auricle, behind the superficial temporal artery.',
    checks: [
      face('lateral'),
      part('head', 'scalp', 'face'),
      levelWith('ear_root_superior', 1),
      is('anterior', 'ear_root_superior', 0.3),
      near('ear_root_superior', 2),
      is('above', 'TE21', 0.3),
    ],
  },
  {
    code: 'TE23',
    text: 'Head, in the hollow at the lateral end of the eyebrow.',
    checks: [face('lateral', 'anterior'), part('face', 'head'), near('eyebrow_lateral_end', 1), is('lateral', 'eyebrow_midpoint', 1)],
  },
];
