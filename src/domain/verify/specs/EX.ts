// Extra points: what WHO 1991 (A Proposed Standard International Acupuncture Nomenclature) and the
// standard textbooks say of each location, as measurements (our words). See LU.ts.
import {
  along,
  alongAsDrawn,
  apart,
  belowSpinous,
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

const headAP = 'head_hairline_anterior_posterior';
const headLR = 'head_hairline_corners';
const back = 'back_scapular_medial_borders';
const thigh = 'thigh_pubis_patella_base';
const legLateral = 'leg_popliteal_lateral_malleolus';
const forearm = 'forearm_cubital_wrist';
/** on the median line (face and head, back) */
const onHeadMidline = midline(0, headLR, 0.1);
const onBackMidline = midline(0, back, 0.1);

export const EX: LocationSpec[] = [
  // Head and neck
  // Sishencong: four points 1 cun in front of, behind and to either side of GV20, a square: all four in the same unit, the
  // head's B-cun over the skin from front to back (the straight 9 cun between the hairline corners is half as long, and made
  // the side members 1.3 cm from GV20 against 2.7 cm for the front and back ones), each within 15 % of 1 cun
  {
    code: 'EX-HN1',
    member: 1,
    text: 'Sishencong, front point: on the vertex, 1 cun anterior to GV20.',
    checks: [face('superior'), part('scalp'), onHeadMidline, distance('GV20', 1, headAP, 0.15), is('anterior', 'GV20', 1.5)],
  },
  {
    code: 'EX-HN1',
    member: 2,
    text: 'Sishencong, back point: on the vertex, 1 cun posterior to GV20.',
    checks: [face('superior', 'posterior'), part('scalp'), onHeadMidline, distance('GV20', 1, headAP, 0.15), is('posterior', 'GV20', 1.5)],
  },
  {
    code: 'EX-HN1',
    member: 3,
    text: 'Sishencong, left point: on the vertex, 1 cun to the left of GV20 (a transverse cun of the head, as the Bladder line 1.5 cun out is measured), so well inside the Bladder line (BL7, BL8 at 1.5 cun).',
    checks: [
      face('superior'),
      part('scalp'),
      midline(1, headLR, 0.15),
      distance('GV20', 1, headLR, 0.15),
      levelWith('GV20', 1.5),
      distance('EX-HN1#4', 2, headLR, 0.3),
    ],
  },
  {
    code: 'EX-HN1',
    member: 4,
    text: 'Sishencong, right point: on the vertex, 1 cun to the right of GV20 (a transverse cun of the head, as the Bladder line 1.5 cun out is measured), so well inside the Bladder line (BL7, BL8 at 1.5 cun).',
    checks: [
      face('superior'),
      part('scalp'),
      midline(1, headLR, 0.15),
      distance('GV20', 1, headLR, 0.15),
      levelWith('GV20', 1.5),
      distance('EX-HN1#3', 2, headLR, 0.3),
    ],
  },
  {
    code: 'EX-HN2',
    text: 'Dangyang: head, directly above the pupil, 1 cun within the anterior hairline (level with GV23, 1 cun within it on the midline).',
    checks: [
      face('superior', 'anterior'),
      part('scalp'),
      ...inLineFromFront('pupil', 0.8),
      levelWith('GV23', 1),
      is('posterior', 'anterior_hairline_midpoint', 1.5),
    ],
  },
  {
    code: 'EX-HN3',
    text: 'Yintang: forehead, on the midline, midway between the medial ends of the eyebrows.',
    checks: [face('anterior'), part('face'), onHeadMidline, near('glabella', 1), along('eyebrow_medial_end_left', 'eyebrow_medial_end_right', 0.5, 0.06, 1.5)],
  },
  {
    code: 'EX-HN4',
    text: 'Yuyao: forehead, directly above the pupil, in the middle of the eyebrow.',
    checks: [
      face('anterior'),
      part('face'),
      ...inLineFromFront('pupil', 0.4),
      near('eyebrow_midpoint', 1),
      alongAsDrawn('eyebrow_medial_end', 'eyebrow_lateral_end', 0.5, 0.12, 1),
    ],
  },
  // (the middle of the brow as seen on the face: its outer part turns back toward the temple, so a
  // fraction of the 3D chord reads a point above the pupil as a third of the way along)
  {
    code: 'EX-HN5',
    text: 'Taiyang: temple, in the hollow about one finger-breadth behind the midpoint between the lateral end of the eyebrow and the outer canthus.',
    checks: [
      face('lateral', 'anterior'),
      part('face', 'head'),
      is('posterior', 'outer_canthus', 0.8),
      is('posterior', 'eyebrow_lateral_end', 0.8),
      levelWith('outer_canthus', 1.5),
      near('outer_canthus', 3.5),
    ],
  },
  {
    code: 'EX-HN6',
    text: 'Erjian: ear, at the apex of the auricle with the ear folded forward.',
    // the top of the ear, not its middle: above the top of the tragus and a whole auricle's length above the lobe
    checks: [face('superior', 'lateral'), part('ear'), near('ear_apex', 1), is('above', 'supratragic_notch', 0.4), is('above', 'earlobe', 4.5)],
  },
  {
    code: 'EX-HN7',
    text: 'Qiuhou: face, on the infraorbital margin where its lateral quarter meets its medial three quarters.',
    checks: [
      face('anterior', 'superior'),
      part('face'),
      along('inner_canthus', 'outer_canthus', 0.75, 0.1, 2),
      levelWith('infraorbital_margin', 1),
      is('lateral', 'infraorbital_margin', 0.4),
    ],
  },
  {
    code: 'EX-HN8',
    text: 'Shangyingxiang: face, at the upper end of the nasolabial groove, where the alar cartilage meets the nasal bone.',
    checks: [face('anterior', 'lateral'), part('face'), is('above', 'nasal_ala', 0.5), is('below', 'inner_canthus', 1), near('nasal_ala', 2.5)],
  },
  {
    code: 'EX-HN9',
    text: 'Neiyingxiang: inside the nostril, on the mucosa where the alar cartilage meets the nasal concha, on the inner side of EX-HN8.',
    checks: [face('medial'), part('face'), is('medial', 'nasal_ala', 0.2), near('nasal_ala', 1.5)],
  },
  // (the bodies have no tongue: the dorsum of the tongue lies inside the mouth, on its floor behind the lower lip, where the
  // figures cannot show it; an audit found it on the front of the lower lip, where a student would learn it)
  {
    code: 'EX-HN10',
    text: 'Juquan: on the dorsum of the tongue, on its midline, at the midpoint of its central groove (inside the mouth, between the lips).',
    checks: [
      faceAtLeast(0.5, 'superior'),
      face('posterior'),
      part('face'),
      onHeadMidline,
      is('below', 'GV28', 1),
      is('above', 'EX-HN11', 0.3),
      apart('EX-HN11', 1),
      is('above', 'CV24', 0.2),
    ],
  },
  {
    code: 'EX-HN11',
    text: 'Haiquan: inside the mouth, under the raised tongue, at the midpoint of the lingual frenulum.',
    checks: [face('anterior', 'superior'), part('face'), onHeadMidline, is('posterior', 'mouth_corner', 0.5), is('below', 'mouth_corner', 0.3)],
  },
  {
    code: 'EX-HN12',
    text: 'Jinjin: inside the mouth, under the raised tongue, on the left sublingual vein beside the frenulum (about half a centimetre left of it).',
    checks: [
      face('anterior', 'superior'),
      part('face'),
      is('posterior', 'mouth_corner', 0.5),
      near('EX-HN11', 1.5),
      along('mouth_corner_right', 'mouth_corner_left', 0.6, 0.08, 5),
    ],
  },
  {
    code: 'EX-HN13',
    text: 'Yuye: inside the mouth, under the raised tongue, on the right sublingual vein beside the frenulum (about half a centimetre right of it).',
    checks: [
      face('anterior', 'superior'),
      part('face'),
      is('posterior', 'mouth_corner', 0.5),
      near('EX-HN11', 1.5),
      along('mouth_corner_left', 'mouth_corner_right', 0.6, 0.08, 5),
    ],
  },
  {
    code: 'EX-HN14',
    text: 'Yiming: nape, 1 cun posterior to TE17, at the lower border of the mastoid process.',
    checks: [
      face('posterior', 'lateral', 'inferior'),
      part('neck', 'head', 'scalp'),
      distance('TE17', 1, 'head_mastoids'),
      is('posterior', 'TE17', 1),
      levelWith('TE17', 1.5),
      near('mastoid_process', 2),
    ],
  },
  {
    code: 'EX-HN15',
    text: 'Jingbailao: nape, 2 cun above GV14 (the hollow below C7), 1 cun lateral to the posterior median line.',
    checks: [face('posterior'), part('neck'), midline(1, back), level('GV14', 2, headAP), is('below', 'posterior_hairline_midpoint', 0.5)],
  },
  // Chest and abdomen
  {
    code: 'EX-CA1',
    text: 'Zigong: lower abdomen, 4 cun below the centre of the umbilicus (level with CV3), 3 cun lateral to the anterior median line.',
    checks: [face('anterior'), part('abdomen'), midline(3, 'chest_nipples', 0.3), level('umbilicus', -4, 'abdomen_umbilicus_pubis'), levelWith('CV3', 1.5)],
  },
  // Back
  {
    code: 'EX-B1',
    text: 'Dingchuan: upper back, level with the hollow below the spinous process of C7 (GV14), 0.5 cun lateral to the posterior median line.',
    checks: [face('posterior'), part('upper-back', 'neck'), midline(0.5, back), ...belowSpinous('c7', 't1'), levelWith('GV14', 1)],
  },
  {
    code: 'EX-B2',
    member: 1,
    text: 'Jiaji at T1: 0.5 cun lateral to the lower border of the spinous process of T1.',
    checks: [face('posterior'), part('upper-back', 'neck'), midline(0.5, back), ...belowSpinous('t1', 't2')],
  },
  {
    code: 'EX-B2',
    member: 2,
    text: 'Jiaji at T2: 0.5 cun lateral to the lower border of the spinous process of T2.',
    checks: [face('posterior'), part('upper-back'), midline(0.5, back), ...belowSpinous('t2', 't3')],
  },
  {
    code: 'EX-B2',
    member: 3,
    text: 'Jiaji at T3: 0.5 cun lateral to the lower border of the spinous process of T3.',
    checks: [face('posterior'), part('upper-back'), midline(0.5, back), ...belowSpinous('t3', 't4')],
  },
  {
    code: 'EX-B2',
    member: 4,
    text: 'Jiaji at T4: 0.5 cun lateral to the lower border of the spinous process of T4.',
    checks: [face('posterior'), part('upper-back'), midline(0.5, back), ...belowSpinous('t4', 't5')],
  },
  {
    code: 'EX-B2',
    member: 5,
    text: 'Jiaji at T5: 0.5 cun lateral to the lower border of the spinous process of T5.',
    checks: [face('posterior'), part('upper-back'), midline(0.5, back), ...belowSpinous('t5', 't6')],
  },
  {
    code: 'EX-B2',
    member: 6,
    text: 'Jiaji at T6: 0.5 cun lateral to the lower border of the spinous process of T6.',
    checks: [face('posterior'), part('upper-back'), midline(0.5, back), ...belowSpinous('t6', 't7')],
  },
  {
    code: 'EX-B2',
    member: 7,
    text: 'Jiaji at T7: 0.5 cun lateral to the lower border of the spinous process of T7.',
    checks: [face('posterior'), part('upper-back'), midline(0.5, back), ...belowSpinous('t7', 't8')],
  },
  {
    code: 'EX-B2',
    member: 8,
    text: 'Jiaji at T8: 0.5 cun lateral to the lower border of the spinous process of T8.',
    checks: [face('posterior'), part('upper-back'), midline(0.5, back), ...belowSpinous('t8', 't9')],
  },
  {
    code: 'EX-B2',
    member: 9,
    text: 'Jiaji at T9: 0.5 cun lateral to the lower border of the spinous process of T9.',
    checks: [face('posterior'), part('upper-back'), midline(0.5, back), ...belowSpinous('t9', 't10')],
  },
  {
    code: 'EX-B2',
    member: 10,
    text: 'Jiaji at T10: 0.5 cun lateral to the lower border of the spinous process of T10.',
    checks: [face('posterior'), part('upper-back'), midline(0.5, back), ...belowSpinous('t10', 't11')],
  },
  {
    code: 'EX-B2',
    member: 11,
    text: 'Jiaji at T11: 0.5 cun lateral to the lower border of the spinous process of T11.',
    checks: [face('posterior'), part('upper-back', 'lower-back'), midline(0.5, back), ...belowSpinous('t11', 't12')],
  },
  {
    code: 'EX-B2',
    member: 12,
    text: 'Jiaji at T12: 0.5 cun lateral to the lower border of the spinous process of T12.',
    checks: [face('posterior'), part('upper-back', 'lower-back'), midline(0.5, back), ...belowSpinous('t12', 'l1')],
  },
  {
    code: 'EX-B2',
    member: 13,
    text: 'Jiaji at L1: 0.5 cun lateral to the lower border of the spinous process of L1.',
    checks: [face('posterior'), part('lower-back'), midline(0.5, back), ...belowSpinous('l1', 'l2')],
  },
  {
    code: 'EX-B2',
    member: 14,
    text: 'Jiaji at L2: 0.5 cun lateral to the lower border of the spinous process of L2.',
    checks: [face('posterior'), part('lower-back'), midline(0.5, back), ...belowSpinous('l2', 'l3')],
  },
  {
    code: 'EX-B2',
    member: 15,
    text: 'Jiaji at L3: 0.5 cun lateral to the lower border of the spinous process of L3.',
    checks: [face('posterior'), part('lower-back'), midline(0.5, back), ...belowSpinous('l3', 'l4')],
  },
  {
    code: 'EX-B2',
    member: 16,
    text: 'Jiaji at L4: 0.5 cun lateral to the lower border of the spinous process of L4.',
    checks: [face('posterior'), part('lower-back'), midline(0.5, back), ...belowSpinous('l4', 'l5')],
  },
  {
    code: 'EX-B2',
    member: 17,
    text: 'Jiaji at L5: 0.5 cun lateral to the lower border of the spinous process of L5.',
    checks: [face('posterior'), part('lower-back', 'sacrum'), midline(0.5, back), ...belowSpinous('l5', 's1')],
  },
  {
    code: 'EX-B3',
    text: 'Weiwanxiashu: upper back, level with the lower border of the spinous process of T8, 1.5 cun lateral to the posterior median line.',
    checks: [face('posterior'), part('upper-back'), midline(1.5, back), ...belowSpinous('t8', 't9')],
  },
  {
    code: 'EX-B4',
    text: 'Pigen: lower back, level with the lower border of the spinous process of L1, 3.5 cun lateral to the posterior median line.',
    checks: [face('posterior'), part('lower-back'), midline(3.5, back), ...belowSpinous('l1', 'l2'), levelWith('GV5', 1)],
  },
  {
    code: 'EX-B5',
    text: 'Xiajishu: lower back, on the posterior median line, in the hollow below the spinous process of L3 (about level with the umbilicus; the lumbar spinous processes evenly spaced, halfway from the hollow below L1 to the one below L5).',
    checks: [face('posterior'), part('lower-back'), onBackMidline, ...belowSpinous('l3', 'l4'), levelWith('umbilicus', 2), along('GV5', 'EX-B8', 0.5, 0.05)],
  },
  {
    code: 'EX-B6',
    text: 'Yaoyi: lower back, level with the lower border of the spinous process of L4, 3 cun lateral to the posterior median line.',
    checks: [face('posterior'), part('lower-back'), midline(3, back), ...belowSpinous('l4', 'l5'), levelWith('GV3', 1)],
  },
  {
    code: 'EX-B7',
    text: 'Yaoyan: lower back, in the hollow 3.5 cun lateral to the posterior median line, level with the lower border of the spinous process of L4.',
    checks: [face('posterior'), part('lower-back'), midline(3.5, back), ...belowSpinous('l4', 'l5'), levelWith('GV3', 1)],
  },
  {
    code: 'EX-B8',
    text: 'Shiqizhui: lower back, on the posterior median line, in the hollow below the spinous process of L5 (a vertebra and a half above the level of the posterior superior iliac spines, which lie level with S2).',
    checks: [face('posterior'), part('lower-back', 'sacrum'), onBackMidline, ...belowSpinous('l5', 's1'), is('above', 'psis', 2.5)],
  },
  {
    code: 'EX-B9',
    text: 'Yaoqi: sacrum, on the posterior median line 2 cun directly above the tip of the coccyx, in the hollow between the sacral cornua.',
    checks: [face('posterior'), part('sacrum'), onBackMidline, near('sacral_hiatus', 2.5), is('above', 'coccyx_tip', 2)],
  },
  // Upper extremity
  {
    code: 'EX-UE1',
    text: 'Zhoujian: back of the elbow, at the tip of the olecranon (elbow flexed).',
    checks: [face('posterior'), part('elbow'), near('olecranon', 1.5)],
  },
  {
    code: 'EX-UE2',
    member: 1,
    text: 'Erbai, ulnar point: palmar forearm, 4 cun above the palmar wrist crease, on the ulnar side of the flexor carpi radialis tendon.',
    checks: [face('anterior'), part('forearm'), along('wrist_crease_midpoint', 'cubital_crease_midpoint', 4 / 12, 0.05), is('medial', 'EX-UE2#2', 0.5)],
  },
  {
    code: 'EX-UE2',
    member: 2,
    text: 'Erbai, radial point: palmar forearm, 4 cun above the palmar wrist crease, on the radial side of the flexor carpi radialis tendon.',
    checks: [
      face('anterior'),
      part('forearm'),
      along('wrist_crease_midpoint', 'cubital_crease_midpoint', 4 / 12, 0.05),
      levelWith('EX-UE2#1', 1),
      distance('wrist_crease_midpoint', 4, forearm),
    ],
  },
  {
    code: 'EX-UE3',
    text: 'Zhongquan: back of the wrist, on the dorsal crease, in the hollow on the radial side of the extensor digitorum tendons, midway between LI5 and TE4.',
    checks: [face('posterior'), part('wrist'), along('LI5', 'TE4', 0.5, 0.1, 1.5), levelWith('dorsal_wrist_crease_midpoint', 1.5), is('lateral', 'TE4', 0.5)],
  },
  {
    code: 'EX-UE4',
    text: 'Zhongkui: back of the middle finger, at the centre of the proximal interphalangeal joint.',
    checks: [face('posterior'), part('fingers'), levelWith('pip3', 0.8), is('posterior', 'pip3', 0.8), near('pip3', 2.5)],
  },
  {
    code: 'EX-UE5',
    text: 'Dagukong: back of the thumb, at the centre of the interphalangeal joint.',
    checks: [face('posterior', 'lateral'), part('fingers'), near('thumb_ip_crease', 2)],
  },
  {
    code: 'EX-UE6',
    text: 'Xiaogukong: back of the little finger, at the centre of the proximal interphalangeal joint.',
    checks: [face('posterior'), part('fingers'), levelWith('pip5', 0.8), is('posterior', 'pip5', 0.8), near('pip5', 2.5)],
  },
  {
    code: 'EX-UE7',
    member: 1,
    text: 'Yaotongdian, radial point: back of the hand, between the 2nd and 3rd metacarpals, midway between the dorsal wrist crease and the metacarpophalangeal joints.',
    checks: [
      face('posterior'),
      part('hand'),
      along('dorsal_wrist_crease_midpoint', 'finger_web_2_3', 0.45, 0.1, 1.5),
      is('below', 'dorsal_wrist_crease_midpoint', 2),
      is('above', 'mcp3', 2),
      is('lateral', 'EX-UE7#2', 2.2),
    ],
  },
  // (two intermetacarpal spaces apart at mid-hand, 1.1-1.8 cm each on an adult hand: the radial point
  // once sat over the 3rd metacarpal, one space from the ulnar point)
  {
    code: 'EX-UE7',
    member: 2,
    text: 'Yaotongdian, ulnar point: back of the hand, between the 4th and 5th metacarpals, midway between the dorsal wrist crease and the metacarpophalangeal joints.',
    checks: [
      face('posterior'),
      part('hand'),
      along('dorsal_wrist_crease_midpoint', 'finger_web_4_5', 0.45, 0.1, 1.5),
      is('below', 'dorsal_wrist_crease_midpoint', 2),
      is('above', 'mcp4', 2),
    ],
  },
  {
    code: 'EX-UE8',
    text: 'Wailaogong: back of the hand, between the 2nd and 3rd metacarpals, 0.5 cun proximal to the metacarpophalangeal joints.',
    checks: [
      face('posterior'),
      part('hand'),
      is('above', 'mcp3', 0.5),
      is('above', 'finger_web_2_3', 1.5),
      level('mcp3', 0.5, 'forearm_cubital_wrist', 0.3),
      is('lateral', 'mcp3', 0.3),
      is('medial', 'mcp2', 0.3),
      is('below', 'EX-UE7#1', 1),
    ],
  },
  {
    code: 'EX-UE9',
    member: 1,
    text: 'Baxie, thumb and index finger: back of the hand (facing back and out beside the thumb), at the red-white skin border proximal to the web margin.',
    checks: [face('posterior', 'lateral'), part('hand', 'fingers'), near('finger_web_1_2', 1), is('posterior', 'finger_web_1_2', 0.2)],
  },
  {
    code: 'EX-UE9',
    member: 2,
    text: 'Baxie, index and middle fingers: back of the hand, at the red-white skin border proximal to the web margin.',
    checks: [faceAtLeast(0.6, 'posterior'), part('hand', 'fingers'), near('finger_web_2_3', 1.5), is('above', 'finger_web_2_3', 0.4)],
  },
  {
    code: 'EX-UE9',
    member: 3,
    text: 'Baxie, middle and ring fingers: back of the hand, at the red-white skin border proximal to the web margin.',
    checks: [faceAtLeast(0.6, 'posterior'), part('hand', 'fingers'), near('finger_web_3_4', 1.5), is('above', 'finger_web_3_4', 0.4)],
  },
  {
    code: 'EX-UE9',
    member: 4,
    text: 'Baxie, ring and little fingers: back of the hand, at the red-white skin border proximal to the web margin.',
    checks: [faceAtLeast(0.6, 'posterior'), part('hand', 'fingers'), near('finger_web_4_5', 1.5), is('above', 'finger_web_4_5', 0.4)],
  },
  {
    code: 'EX-UE10',
    member: 1,
    text: 'Sifeng, index finger: palmar side, at the centre of the proximal interphalangeal crease.',
    checks: [face('anterior'), part('fingers'), near('pip2', 0.8)],
  },
  {
    code: 'EX-UE10',
    member: 2,
    text: 'Sifeng, middle finger: palmar side, at the centre of the proximal interphalangeal crease.',
    checks: [face('anterior'), part('fingers'), near('pip3', 0.8)],
  },
  {
    code: 'EX-UE10',
    member: 3,
    text: 'Sifeng, ring finger: palmar side, at the centre of the proximal interphalangeal crease.',
    checks: [face('anterior'), part('fingers'), near('pip4', 0.8)],
  },
  {
    code: 'EX-UE10',
    member: 4,
    text: 'Sifeng, little finger: palmar side, at the centre of the proximal interphalangeal crease.',
    checks: [face('anterior'), part('fingers'), near('pip5', 0.8)],
  },
  {
    code: 'EX-UE11',
    member: 1,
    text: 'Shixuan, thumb: at the tip of the thumb, about 0.1 cun from the free edge of the nail.',
    checks: [face('inferior', 'anterior'), part('fingers'), near('thumb_tip', 0.8)],
  },
  {
    code: 'EX-UE11',
    member: 2,
    text: 'Shixuan, index finger: at the fingertip (beyond the distal crease), about 0.1 cun from the free edge of the nail.',
    checks: [face('inferior', 'anterior'), part('fingers'), near('index_tip', 0.8), apart('dip2', 1.2)],
  },
  {
    code: 'EX-UE11',
    member: 3,
    text: 'Shixuan, middle finger: at the fingertip (beyond the distal crease), about 0.1 cun from the free edge of the nail.',
    checks: [face('inferior', 'anterior'), part('fingers'), near('middle_tip', 0.8), apart('dip3', 1.2)],
  },
  {
    code: 'EX-UE11',
    member: 4,
    text: 'Shixuan, ring finger: at the fingertip (beyond the distal crease), about 0.1 cun from the free edge of the nail.',
    checks: [face('inferior', 'anterior'), part('fingers'), near('ring_tip', 0.8), apart('dip4', 1.2)],
  },
  {
    code: 'EX-UE11',
    member: 5,
    text: 'Shixuan, little finger: at the fingertip (beyond the distal crease), about 0.1 cun from the free edge of the nail.',
    checks: [face('inferior', 'anterior'), part('fingers'), near('little_tip', 0.8), apart('dip5', 1.2)],
  },
  // Lower extremity
  {
    code: 'EX-LE1',
    member: 1,
    text: 'Kuangu, lateral point: front of the thigh, 1.5 cun lateral to ST34.',
    checks: [face('anterior', 'lateral'), part('thigh', 'knee'), distance('ST34', 1.5, thigh), is('lateral', 'ST34', 1.5), levelWith('ST34', 1.5)],
  },
  {
    code: 'EX-LE1',
    member: 2,
    text: 'Kuangu, medial point: front of the thigh, 1.5 cun medial to ST34.',
    checks: [face('anterior', 'medial'), part('thigh', 'knee'), distance('ST34', 1.5, thigh), is('medial', 'ST34', 1.5), levelWith('ST34', 1.5)],
  },
  {
    code: 'EX-LE2',
    text: 'Heding: above the knee, in the hollow at the midpoint of the upper border of the patella.',
    // the midpoint of the upper border lies on the patella's middle line, seen from in front straight
    // above its apex (the patella stands upright in the straight knee) and between the knee eyes
    checks: [
      face('anterior', 'superior'),
      part('knee', 'thigh'),
      near('patella_base', 1.2),
      ...inLineFromFront('patella_apex', 0.5),
      is('lateral', 'EX-LE4', 1),
      is('medial', 'ST35', 1),
    ],
  },
  {
    code: 'EX-LE3',
    text: 'Baichongwo: medial thigh, 3 cun above the medial upper corner of the patella, 1 cun above SP10.',
    checks: [face('medial', 'anterior'), part('thigh'), level('patella_base', 3, thigh), distance('SP10', 1, thigh), is('above', 'SP10', 1)],
  },
  {
    code: 'EX-LE4',
    text: 'Neixiyan: front of the knee (flexed), in the hollow medial to the patellar ligament.',
    // medial to the ligament's medial border, on the front of the knee (the skin facing forward
    // more than inward: normal · anterior ≥ 0.6)
    checks: [
      faceAtLeast(0.6, 'anterior'),
      face('medial'),
      part('knee'),
      is('medial', 'patellar_ligament_medial_border', 0.3),
      is('medial', 'patella_apex', 0.5),
      is('below', 'patella_apex', 0.3),
      is('above', 'tibial_tuberosity', 1),
      is('medial', 'ST35', 2),
    ],
  },
  {
    code: 'EX-LE5',
    member: 1,
    text: 'Xiyan, medial eye: front of the knee (flexed), in the hollow medial to the patellar ligament (EX-LE4).',
    checks: [face('anterior', 'medial'), part('knee'), near('EX-LE4', 0.5), is('medial', 'patella_apex', 0.5), is('below', 'patella_apex', 0.3)],
  },
  {
    code: 'EX-LE5',
    member: 2,
    text: 'Xiyan, lateral eye: front of the knee (flexed), in the hollow lateral to the patellar ligament (ST35).',
    checks: [face('anterior', 'lateral'), part('knee'), near('ST35', 1), is('lateral', 'patella_apex', 0.5), is('below', 'patella_apex', 0.3)],
  },
  {
    code: 'EX-LE6',
    text: 'Dannang: upper lateral leg, 2 cun directly below GB34 (the hollow anterior and inferior to the head of the fibula).',
    checks: [face('lateral'), part('leg'), level('GB34', -2, legLateral), distance('GB34', 2, legLateral), is('below', 'fibular_head', 3)],
  },
  {
    code: 'EX-LE7',
    text: 'Lanwei: front of the leg, 5 cun below ST35 (2 cun below ST36), one finger-breadth lateral to the anterior crest of the tibia.',
    checks: [
      face('anterior', 'lateral'),
      part('leg'),
      level('ST35', -5, legLateral),
      distance('ST36', 2, legLateral),
      along('ST35', 'ST41', 5 / 16),
      // one finger-breadth (about 0.75 B-cun) lateral to the crest, on skin facing forward or out (see ST36)
      faceAtLeast(-0.1, 'lateral'),
      isByCun('lateral', 'tibia_anterior_crest', 0.5, legLateral),
      is('lateral', 'SP8', 3),
    ],
  },
  {
    code: 'EX-LE8',
    text: 'Neihuaijian: medial ankle, on the most prominent point of the medial malleolus.',
    checks: [face('medial'), part('ankle', 'leg'), near('medial_malleolus', 1)],
  },
  {
    code: 'EX-LE9',
    text: 'Waihuaijian: lateral ankle, on the most prominent point of the lateral malleolus.',
    checks: [face('lateral'), part('ankle', 'leg'), near('lateral_malleolus', 1)],
  },
  {
    code: 'EX-LE10',
    member: 1,
    text: 'Bafeng, 1st and 2nd toes: dorsum of the foot, at the red-white skin border proximal to the web margin (LR2).',
    checks: [faceAtLeast(0.8, 'superior'), part('toes', 'foot'), near('toe_web_1_2', 2), is('posterior', 'toe_web_1_2', 0.4), near('LR2', 0.5)],
  },
  {
    code: 'EX-LE10',
    member: 2,
    text: 'Bafeng, 2nd and 3rd toes: dorsum of the foot, at the red-white skin border proximal to the web margin (ST44).',
    checks: [faceAtLeast(0.8, 'superior'), part('toes', 'foot'), near('toe_web_2_3', 2), is('posterior', 'toe_web_2_3', 0.4), near('ST44', 0.5)],
  },
  {
    code: 'EX-LE10',
    member: 3,
    text: 'Bafeng, 3rd and 4th toes: dorsum of the foot, at the red-white skin border proximal to the web margin.',
    checks: [faceAtLeast(0.8, 'superior'), part('toes', 'foot'), near('toe_web_3_4', 2), is('posterior', 'toe_web_3_4', 0.4)],
  },
  {
    code: 'EX-LE10',
    member: 4,
    text: 'Bafeng, 4th and 5th toes: dorsum of the foot, at the red-white skin border proximal to the web margin (GB43).',
    checks: [faceAtLeast(0.8, 'superior'), part('toes', 'foot'), near('toe_web_4_5', 2), is('posterior', 'toe_web_4_5', 0.4), near('GB43', 0.5)],
  },
  {
    code: 'EX-LE11',
    text: 'Duyin: sole side of the second toe, at the centre of the distal interphalangeal crease.',
    checks: [face('inferior'), part('toes'), is('posterior', 'second_toe_tip', 0.5), is('anterior', 'sole_second_toe_base', 1.5), near('second_toe_tip', 2.5)],
  },
  {
    code: 'EX-LE12',
    member: 1,
    text: 'Qiduan, big toe: at the tip of the toe, about 0.1 cun from the free edge of the nail.',
    checks: [face('anterior', 'inferior'), part('toes'), near('big_toe_tip', 0.8), is('anterior', 'big_toe_nail_medial_corner', 0.5)],
  },
  {
    code: 'EX-LE12',
    member: 2,
    text: 'Qiduan, second toe: at the tip of the toe, about 0.1 cun from the free edge of the nail.',
    checks: [face('anterior', 'inferior'), part('toes'), near('second_toe_tip', 0.8), is('anterior', 'second_toe_nail_lateral_corner', 0.5)],
  },
  {
    code: 'EX-LE12',
    member: 3,
    text: 'Qiduan, third toe: at the tip of the toe, about 0.1 cun from the free edge of the nail.',
    checks: [face('anterior', 'inferior'), part('toes'), is('anterior', 'toe_web_3_4', 1.5), is('lateral', 'EX-LE12#2', 0.8), is('medial', 'EX-LE12#4', 0.8)],
  },
  {
    code: 'EX-LE12',
    member: 4,
    text: 'Qiduan, fourth toe: at the tip of the toe, about 0.1 cun from the free edge of the nail.',
    checks: [
      face('anterior', 'inferior'),
      part('toes'),
      is('anterior', 'fourth_toe_nail_lateral_corner', 0.3),
      near('fourth_toe_nail_lateral_corner', 1.5),
      is('medial', 'EX-LE12#5', 0.8),
    ],
  },
  {
    code: 'EX-LE12',
    member: 5,
    text: 'Qiduan, little toe: at the tip of the toe, about 0.1 cun from the free edge of the nail.',
    checks: [
      face('anterior', 'inferior'),
      part('toes'),
      is('anterior', 'little_toe_nail_lateral_corner', 0.3),
      near('little_toe_nail_lateral_corner', 1.5),
      is('lateral', 'EX-LE12#4', 0.8),
    ],
  },
];
