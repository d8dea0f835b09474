// Governor vessel: what WHO 2008 says of each location, as measurements (our words). See LU.ts.
import { along, distance, face, is, level, levelWith, midline, near, part, type LocationSpec } from '../checks.ts';

const head = 'head_hairline_anterior_posterior';
/** on the posterior (or, on the head, the anterior) median line */
const onBack = midline(0, 'back_scapular_medial_borders', 0.1);
const onHead = midline(0, 'head_hairline_corners', 0.1);
/** in the hollow just below the spinous process of one vertebra (above the next one's tip) */
const below = (upper: string, next: string) => [is('below', `spinous_${upper}`, 0.3), is('above', `spinous_${next}`, 0.3)];
/** in the coronal plane of a reference: neither in front of it nor behind it by more than cm */
const coronalWith = (ref: string, cm: number) => [is('anterior', ref, -cm), is('posterior', ref, -cm)];

export const GV: LocationSpec[] = [
  { code: 'GV1', text: 'Perineum, below the coccyx, midway between the tip of the coccyx and the anus (the anus lies about two thirds of the way from the coccyx tip to the perineal centre).',
    checks: [face('inferior', 'posterior'), part('perineum', 'sacrum', 'buttock'), onBack, is('below', 'coccyx_tip', 0.5), along('coccyx_tip', 'perineum', 1 / 3, 0.12)] },
  { code: 'GV2', text: 'Sacral region, on the posterior median line, at the sacral hiatus.',
    checks: [face('posterior'), part('sacrum'), onBack, near('sacral_hiatus', 1), is('above', 'coccyx_tip', 1)] },
  { code: 'GV3', text: 'Lumbar region, on the posterior median line, in the hollow below the spinous process of L4 (about level with the tops of the iliac crests).',
    checks: [face('posterior'), part('lower-back'), onBack, ...below('l4', 'l5'), levelWith('iliac_crest_highest', 2)] },
  { code: 'GV4', text: 'Lumbar region, on the posterior median line, in the hollow below the spinous process of L2.',
    checks: [face('posterior'), part('lower-back'), onBack, ...below('l2', 'l3'), is('above', 'GV3', 3)] },
  { code: 'GV5', text: 'Lumbar region, on the posterior median line, in the hollow below the spinous process of L1.',
    checks: [face('posterior'), part('lower-back'), onBack, ...below('l1', 'l2'), is('above', 'GV4', 1.5)] },
  { code: 'GV6', text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T11.',
    checks: [face('posterior'), part('upper-back', 'lower-back'), onBack, ...below('t11', 't12'), is('above', 'GV5', 3)] },
  { code: 'GV7', text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T10.',
    checks: [face('posterior'), part('upper-back'), onBack, ...below('t10', 't11'), is('above', 'GV6', 1.5)] },
  { code: 'GV8', text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T9.',
    checks: [face('posterior'), part('upper-back'), onBack, ...below('t9', 't10'), is('above', 'GV7', 1.5)] },
  { code: 'GV9', text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T7 (about level with the inferior angles of the scapulae).',
    checks: [face('posterior'), part('upper-back'), onBack, ...below('t7', 't8'), levelWith('scapula_inferior_angle', 2), is('above', 'GV8', 3)] },
  { code: 'GV10', text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T6.',
    checks: [face('posterior'), part('upper-back'), onBack, ...below('t6', 't7'), is('above', 'GV9', 1.5)] },
  { code: 'GV11', text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T5.',
    checks: [face('posterior'), part('upper-back'), onBack, ...below('t5', 't6'), is('above', 'GV10', 1.5)] },
  { code: 'GV12', text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T3 (about level with the medial ends of the scapular spines).',
    checks: [face('posterior'), part('upper-back'), onBack, ...below('t3', 't4'), levelWith('scapula_spine_medial_end', 2), is('above', 'GV11', 3)] },
  { code: 'GV13', text: 'Upper back, on the posterior median line, in the hollow below the spinous process of T1.',
    checks: [face('posterior'), part('upper-back', 'neck'), onBack, ...below('t1', 't2'), is('above', 'GV12', 3)] },
  { code: 'GV14', text: 'Back of the neck, on the posterior median line, in the hollow below the spinous process of C7 (3 B-cun below the posterior hairline; C7 sits well above the acromion).',
    checks: [face('posterior', 'superior'), part('neck', 'upper-back'), onBack, ...below('c7', 't1'), level('posterior_hairline_midpoint', -3, head), is('above', 'acromion', 5)] },
  { code: 'GV15', text: 'Back of the neck, on the posterior median line, above the spinous process of C2 (0.5 B-cun above the posterior hairline).',
    checks: [face('posterior'), part('neck'), onBack, is('above', 'spinous_c2', 0.3), level('posterior_hairline_midpoint', 0.5, head), is('below', 'external_occipital_protuberance', 1.5)] },
  { code: 'GV16', text: 'Back of the neck, straight below the external occipital protuberance, in the hollow between the trapezius muscles (1 B-cun above the posterior hairline).',
    checks: [face('posterior', 'inferior'), part('neck', 'scalp', 'head'), onBack, is('below', 'external_occipital_protuberance', 0.3), level('posterior_hairline_midpoint', 1, head), is('above', 'GV15', 0.5)] },
  { code: 'GV17', text: 'Head, in the hollow just above the external occipital protuberance.',
    checks: [face('posterior'), part('scalp', 'head'), onHead, is('above', 'external_occipital_protuberance', 0.3), near('external_occipital_protuberance', 3), is('above', 'GV16', 1)] },
  { code: 'GV18', text: 'Head, on the posterior median line, 4 B-cun above the posterior hairline (1.5 B-cun below GV19).',
    checks: [face('posterior'), part('scalp', 'head'), onHead, distance('posterior_hairline_midpoint', 4, head), distance('GV19', 1.5, head), is('above', 'GV17', 1)] },
  { code: 'GV19', text: 'Head, on the posterior median line, 5.5 B-cun above the posterior hairline (1.5 B-cun behind GV20).',
    checks: [face('posterior', 'superior'), part('scalp'), onHead, distance('GV20', 1.5, head), is('posterior', 'GV20', 2), is('above', 'GV18', 1)] },
  { code: 'GV20', text: 'Head, on the anterior median line, 5 B-cun behind the anterior hairline; on the line joining the apexes of the folded ears.',
    checks: [face('superior'), part('scalp'), onHead, distance('anterior_hairline_midpoint', 5, head), ...coronalWith('ear_apex', 1.5), is('above', 'GV19', 1)] },
  { code: 'GV21', text: 'Head, on the anterior median line, 3.5 B-cun behind the anterior hairline (1.5 B-cun in front of GV20).',
    checks: [face('superior'), part('scalp'), onHead, distance('anterior_hairline_midpoint', 3.5, head), distance('GV20', 1.5, head), is('anterior', 'GV20', 2)] },
  { code: 'GV22', text: 'Head, on the anterior median line, 2 B-cun behind the anterior hairline.',
    checks: [face('superior', 'anterior'), part('scalp'), onHead, distance('anterior_hairline_midpoint', 2, head), is('anterior', 'GV21', 2)] },
  { code: 'GV23', text: 'Head, on the anterior median line, 1 B-cun behind the anterior hairline.',
    checks: [face('superior', 'anterior'), part('scalp'), onHead, distance('anterior_hairline_midpoint', 1, head), is('anterior', 'GV22', 1)] },
  { code: 'GV24', text: 'Head, on the anterior median line, 0.5 B-cun behind the anterior hairline.',
    checks: [face('superior', 'anterior'), part('scalp', 'face'), onHead, distance('anterior_hairline_midpoint', 0.5, head), is('anterior', 'GV23', 0.5)] },
  { code: 'GV25', text: 'Face, at the tip of the nose.',
    checks: [face('anterior'), part('face'), onHead, near('nose_tip', 0.8)] },
  { code: 'GV26', text: 'Face, at the midpoint of the philtrum midline.',
    checks: [face('anterior'), part('face'), onHead, near('philtrum_midpoint', 0.6), is('below', 'GV25', 1), is('above', 'GV27', 0.3)] },
  { code: 'GV27', text: 'Face, at the midpoint of the tubercle of the upper lip (where the philtrum meets the red of the lip).',
    checks: [face('anterior', 'inferior'), part('face'), onHead, is('below', 'GV26', 0.3), is('above', 'mouth_corner', 0.1), is('above', 'CV24', 1)] },
  { code: 'GV28', text: 'Inside the upper lip, at the junction of the upper labial frenulum with the upper gum.',
    checks: [face('posterior'), part('face'), onHead, is('posterior', 'GV26', 0.5), is('above', 'GV27', 0.3)] },
];
