// Governor vessel: what WHO 2008 says of each location, as measurements (our words). See LU.ts.
import { along, belowSpinous, distance, face, is, isByCun, level, levelWith, midline, near, part, type LocationSpec } from '../checks.ts';

const head = 'head_hairline_anterior_posterior';
/** on the posterior (or, on the head, the anterior) median line */
const onBack = midline(0, 'back_scapular_medial_borders', 0.1);
const onHead = midline(0, 'head_hairline_corners', 0.1);

export const GV: LocationSpec[] = [
  {
    code: 'GV1',
    text: 'Perineum, below the coccyx, midway between the tip of the coccyx and the anus (the anus lies about two thirds of the way from the coccyx tip to the perineal centre).',
    checks: [
      face('inferior', 'posterior'),
      part('perineum', 'sacrum', 'buttock'),
      onBack,
      is('below', 'coccyx_tip', 0.5),
      along('coccyx_tip', 'perineum', 1 / 3, 0.12),
    ],
  },
  {
    code: 'GV2',
    text: 'Sacral region, on the posterior median line, at the sacral hiatus.',
    checks: [face('posterior'), part('sacrum'), onBack, near('sacral_hiatus', 1), is('above', 'coccyx_tip', 1)],
  },
  {
    code: 'GV3',
    text: 'Lumbar region, on the posterior median line, in the hollow below the spinous process of L4 (about level with the tops of the iliac crests, well above the anterior superior iliac spines; the lumbar spinous processes evenly spaced, three quarters of the way from the hollow below L1 to the one below L5).',
    checks: [
      face('posterior'),
      part('lower-back'),
      onBack,
      ...belowSpinous('l4', 'l5'),
      levelWith('iliac_crest_highest', 2),
      is('above', 'asis', 3),
      along('GV5', 'EX-B8', 0.75, 0.05),
    ],
  },
  {
    code: 'GV4',
    text: 'Lumbar region, on the posterior median line, in the hollow below the spinous process of L2 (the lumbar spinous processes evenly spaced: a quarter of the way from the hollow below L1 to the one below L5).',
    checks: [face('posterior'), part('lower-back'), onBack, ...belowSpinous('l2', 'l3'), is('above', 'GV3', 3), along('GV5', 'EX-B8', 0.25, 0.05)],
  },
  {
    code: 'GV5',
    text: 'Lumbar region, on the posterior median line, in the hollow below the spinous process of L1.',
    checks: [face('posterior'), part('lower-back'), onBack, ...belowSpinous('l1', 'l2'), is('above', 'GV4', 1.5)],
  },
  {
    code: 'GV6',
    text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T11.',
    checks: [face('posterior'), part('upper-back', 'lower-back'), onBack, ...belowSpinous('t11', 't12'), is('above', 'GV5', 3)],
  },
  {
    code: 'GV7',
    text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T10.',
    checks: [face('posterior'), part('upper-back'), onBack, ...belowSpinous('t10', 't11'), is('above', 'GV6', 1.5)],
  },
  {
    code: 'GV8',
    text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T9.',
    checks: [face('posterior'), part('upper-back'), onBack, ...belowSpinous('t9', 't10'), is('above', 'GV7', 1.5)],
  },
  {
    code: 'GV9',
    text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T7 (about level with the inferior angles of the scapulae).',
    checks: [face('posterior'), part('upper-back'), onBack, ...belowSpinous('t7', 't8'), levelWith('scapula_inferior_angle', 2), is('above', 'GV8', 3)],
  },
  {
    code: 'GV10',
    text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T6.',
    checks: [face('posterior'), part('upper-back'), onBack, ...belowSpinous('t6', 't7'), is('above', 'GV9', 1.5)],
  },
  {
    code: 'GV11',
    text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T5.',
    checks: [face('posterior'), part('upper-back'), onBack, ...belowSpinous('t5', 't6'), is('above', 'GV10', 1.5)],
  },
  {
    code: 'GV12',
    text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T3 (about level with the medial ends of the scapular spines).',
    checks: [face('posterior'), part('upper-back'), onBack, ...belowSpinous('t3', 't4'), levelWith('scapula_spine_medial_end', 2), is('above', 'GV11', 3)],
  },
  {
    code: 'GV13',
    text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T1.',
    checks: [face('posterior'), part('upper-back', 'neck'), onBack, ...belowSpinous('t1', 't2'), is('above', 'GV12', 3)],
  },
  {
    code: 'GV14',
    text: 'Back of the neck, on the posterior median line, in the hollow below the spinous process of C7 (3 B-cun below the posterior hairline; C7 sits well above the acromion).',
    checks: [
      face('posterior', 'superior'),
      part('neck', 'upper-back'),
      onBack,
      ...belowSpinous('c7', 't1'),
      level('posterior_hairline_midpoint', -3, head),
      is('above', 'acromion', 5),
    ],
  },
  {
    code: 'GV15',
    text: 'Back of the neck, on the posterior median line, above the spinous process of C2 (0.5 B-cun above the posterior hairline, so within the hair: the region map calls that scalp).',
    checks: [
      face('posterior'),
      part('neck', 'scalp'),
      onBack,
      is('above', 'spinous_c2', 0.3),
      level('posterior_hairline_midpoint', 0.5, head),
      is('below', 'external_occipital_protuberance', 1.5),
    ],
  },
  {
    code: 'GV16',
    text: 'Back of the neck, straight below the external occipital protuberance, in the hollow between the trapezius muscles (1 B-cun above the posterior hairline).',
    checks: [
      face('posterior', 'inferior'),
      part('neck', 'scalp', 'head'),
      onBack,
      is('below', 'external_occipital_protuberance', 0.3),
      level('posterior_hairline_midpoint', 1, head),
      is('above', 'GV15', 0.5),
    ],
  },
  {
    code: 'GV17',
    text: 'Head, in the hollow just above the external occipital protuberance.',
    checks: [
      face('posterior'),
      part('scalp', 'head'),
      onHead,
      is('above', 'external_occipital_protuberance', 0.3),
      near('external_occipital_protuberance', 3),
      is('above', 'GV16', 1),
    ],
  },
  {
    code: 'GV18',
    text: 'Head, on the posterior median line, 4 B-cun above the posterior hairline (1.5 B-cun below GV19).',
    checks: [
      face('posterior'),
      part('scalp', 'head'),
      onHead,
      distance('posterior_hairline_midpoint', 4, head),
      distance('GV19', 1.5, head),
      is('above', 'GV17', 1),
    ],
  },
  {
    code: 'GV19',
    text: 'Head, on the posterior median line, 5.5 B-cun above the posterior hairline (1.5 B-cun behind GV20).',
    checks: [face('posterior', 'superior'), part('scalp'), onHead, distance('GV20', 1.5, head), is('posterior', 'GV20', 2), is('above', 'GV18', 1)],
  },
  // GV20. WHO 2008: 'On the head, 5 B-cun superior to the anterior hairline, on the
  // anterior median line'; Note 1: 'in the depression 1 B-cun anterior to the midpoint of the line from
  // the anterior hairline to the posterior hairline' (the same point: 7 B-cun from the posterior
  // hairline); Note 2: 'when the ears are folded, at the midpoint of the connecting line between the
  // auricular apices'. On both meshes the primary definition and Note 2 fall apart, and the landmarks
  // they are measured from are where anatomy puts them (measured November 2026, male / female):
  // - anterior hairline 5.6 / 5.4 cm above the glabella (adults 5-6 cm), but only 2.1 / 2.2 head cun
  //   along the skin, not the 3 B-cun of the table: the table's forehead is a convention, not anatomy;
  // - the glabella to the external occipital protuberance over the vertex measures 34.1 / 32.5 cm
  //   (adult nasion-inion arc about 35-37 cm) and the ear-apex line crosses it at 48 % / 45 %, close
  //   to where the 10-20 system puts Cz (50 % of nasion-inion, on the preauricular line);
  // - the ear apex is the top of the helix, 3.3 / 2.9 cm above the (re-derived) tragus; on the male
  //   the shortest path over the head between the two apices runs straight up (tilting it 10-40
  //   degrees lengthens it), crossing the midline at the vertex, level with the apices; the female's
  //   flat-topped head gives paths within 2 % of each other for any tilt from -40 to +40 degrees,
  //   so there the line is ill-defined and the vertical one is taken;
  // - the hairline-to-hairline arc (12 B-cun, measured over the vertex as WHO defines it) is 33.8 /
  //   31.3 cm; the ear-apex line crosses it 10.4 / 9.0 cm behind the anterior hairline, at 31 % / 29 %
  //   of it, where the primary definition puts GV20 at 5/12 = 42 %: 5 B-cun lands 3.7 / 3.9 cm behind
  //   the ear-apex line. On a typical real head (hairline about 6.5 cm above the nasion, posterior
  //   hairline about 3 cm below the inion, Cz on the ear line) the same sums give about 35 % against
  //   42 %, so the two statements disagree on real heads too, by 2-3 cm.
  // The posterior hairline lies 5.0 / 3.7 cm below the protuberance and 2.5 / 2.3 head cun above the
  // tip of C7, but the standard's 3 B-cun runs from GV14, the depression below C7, to the hairline
  // (GB/T 12346: 'from below the spinous process of C7 (GV14) to the middle of the posterior
  // hairline, 3 cun'), and that measures 3.07 / 2.87 head cun. Raising the hairline to 3 B-cun above
  // the tip of C7 (tried) puts GV14 3.6 B-cun below it and moves GV20 forward by only 0.5 cm (3.2 cm
  // behind the ear-apex line on the male), and on the female it would put GV16 (1 B-cun above the
  // hairline) above the protuberance.
  // Decided (November 2026): the primary definition governs, as the standard's notes are ways of
  // finding it: 5 B-cun behind the anterior hairline (± 0.6), behind GV21 and in front of GV19,
  // facing up on the vertex. Note 2 is asserted as what it can be on any head: GV20 is not in front
  // of the ear-apex line, and no more than 2 head B-cun behind it (real heads: about 1 B-cun by the
  // sums above; this model: 1.3 / 1.5; a wrong hairline or ear landmark would put it beyond 2). The
  // card says which statement decides.
  {
    code: 'GV20',
    text: 'Head, on the anterior median line, 5 B-cun behind the anterior hairline; near the line joining the apexes of the folded ears (Note 2), not in front of it.',
    checks: [
      face('superior'),
      part('scalp'),
      onHead,
      distance('anterior_hairline_midpoint', 5, head),
      is('posterior', 'ear_apex', 0),
      isByCun('anterior', 'ear_apex', -2, head),
      is('above', 'GV19', 1),
      is('posterior', 'GV21', 2),
    ],
  },
  {
    code: 'GV21',
    text: 'Head, on the anterior median line, 3.5 B-cun behind the anterior hairline (1.5 B-cun in front of GV20).',
    checks: [
      face('superior'),
      part('scalp'),
      onHead,
      distance('anterior_hairline_midpoint', 3.5, head),
      distance('GV20', 1.5, head),
      is('anterior', 'GV20', 2),
    ],
  },
  {
    code: 'GV22',
    text: 'Head, on the anterior median line, 2 B-cun behind the anterior hairline.',
    checks: [face('superior', 'anterior'), part('scalp'), onHead, distance('anterior_hairline_midpoint', 2, head), is('anterior', 'GV21', 2)],
  },
  {
    code: 'GV23',
    text: 'Head, on the anterior median line, 1 B-cun behind the anterior hairline.',
    checks: [face('superior', 'anterior'), part('scalp'), onHead, distance('anterior_hairline_midpoint', 1, head), is('anterior', 'GV22', 1)],
  },
  {
    code: 'GV24',
    text: 'Head, on the anterior median line, 0.5 B-cun behind the anterior hairline.',
    checks: [face('superior', 'anterior'), part('scalp', 'face'), onHead, distance('anterior_hairline_midpoint', 0.5, head), is('anterior', 'GV23', 0.5)],
  },
  { code: 'GV25', text: 'Face, at the tip of the nose.', checks: [face('anterior'), part('face'), onHead, near('nose_tip', 0.8)] },
  {
    code: 'GV26',
    text: 'Face, at the midpoint of the philtrum midline.',
    // the philtrum runs from the subnasale down to the vermilion border of the upper lip: halfway
    checks: [
      face('anterior'),
      part('face'),
      onHead,
      near('philtrum_midpoint', 0.6),
      is('below', 'GV25', 1),
      is('above', 'GV27', 0.3),
      along('subnasale', 'labrale_superius', 0.5, 0.12, 0.3),
    ],
  },
  {
    code: 'GV27',
    text: 'Face, at the midpoint of the tubercle of the upper lip (where the philtrum meets the red of the lip).',
    // on the red of the lip: below its vermilion border
    checks: [
      face('anterior', 'inferior'),
      part('face'),
      onHead,
      is('below', 'GV26', 0.3),
      is('above', 'mouth_corner', 0.1),
      is('above', 'CV24', 1),
      is('below', 'labrale_superius', 0.1),
    ],
  },
  {
    code: 'GV28',
    text: 'Inside the upper lip, at the junction of the upper labial frenulum with the upper gum.',
    checks: [face('posterior'), part('face'), onHead, is('posterior', 'GV26', 0.5), is('above', 'GV27', 0.3)],
  },
];
