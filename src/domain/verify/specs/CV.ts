// Conception vessel: what WHO 2008 says of each location, as measurements (our words). See LU.ts.
import { along, face, is, level, levelWith, midline, near, part, type LocationSpec } from '../checks.ts';

const lower = 'abdomen_umbilicus_pubis';
const upper = 'abdomen_xiphisternal_umbilicus';
const chest = 'chest_sternal_notch_xiphisternal';
/** on the anterior median line */
const onMidline = midline(0, 'chest_nipples', 0.1);

export const CV: LocationSpec[] = [
  {
    code: 'CV1',
    text: 'Perineum, midway between the anus and the back of the scrotum (men) or the posterior commissure of the labia majora (women).',
    checks: [face('inferior'), part('perineum'), onMidline, near('perineum', 1.5), is('anterior', 'GV1', 1)],
  },
  {
    code: 'CV2',
    text: 'Lower abdomen, on the anterior median line, just above the pubic symphysis.',
    checks: [face('anterior'), part('abdomen'), onMidline, levelWith('pubic_symphysis_superior', 1), is('below', 'CV3', 1)],
  },
  {
    code: 'CV3',
    text: 'Lower abdomen, on the anterior median line, 4 B-cun below the centre of the umbilicus.',
    checks: [face('anterior'), part('abdomen'), onMidline, level('umbilicus', -4, lower), level('pubic_symphysis_superior', 1, lower)],
  },
  {
    code: 'CV4',
    text: 'Lower abdomen, on the anterior median line, 3 B-cun below the centre of the umbilicus.',
    checks: [face('anterior'), part('abdomen'), onMidline, level('umbilicus', -3, lower), is('above', 'CV3', 1)],
  },
  {
    code: 'CV5',
    text: 'Lower abdomen, on the anterior median line, 2 B-cun below the centre of the umbilicus.',
    checks: [face('anterior'), part('abdomen'), onMidline, level('umbilicus', -2, lower), is('above', 'CV4', 1)],
  },
  {
    code: 'CV6',
    text: 'Lower abdomen, on the anterior median line, 1.5 B-cun below the centre of the umbilicus.',
    checks: [face('anterior'), part('abdomen'), onMidline, level('umbilicus', -1.5, lower), is('above', 'CV5', 0.5)],
  },
  {
    code: 'CV7',
    text: 'Lower abdomen, on the anterior median line, 1 B-cun below the centre of the umbilicus.',
    checks: [face('anterior'), part('abdomen'), onMidline, level('umbilicus', -1, lower), is('above', 'CV6', 0.5)],
  },
  { code: 'CV8', text: 'Upper abdomen, in the centre of the umbilicus.', checks: [face('anterior'), part('abdomen'), onMidline, near('umbilicus', 1)] },
  {
    code: 'CV9',
    text: 'Upper abdomen, on the anterior median line, 1 B-cun above the centre of the umbilicus.',
    checks: [face('anterior'), part('abdomen'), onMidline, level('umbilicus', 1, upper), is('above', 'CV8', 1)],
  },
  {
    code: 'CV10',
    text: 'Upper abdomen, on the anterior median line, 2 B-cun above the centre of the umbilicus.',
    checks: [face('anterior'), part('abdomen'), onMidline, level('umbilicus', 2, upper), is('above', 'CV9', 1)],
  },
  {
    code: 'CV11',
    text: 'Upper abdomen, on the anterior median line, 3 B-cun above the centre of the umbilicus.',
    checks: [face('anterior'), part('abdomen'), onMidline, level('umbilicus', 3, upper), is('above', 'CV10', 1)],
  },
  {
    code: 'CV12',
    text: 'Upper abdomen, on the anterior median line, 4 B-cun above the centre of the umbilicus, midway between the xiphisternal junction and the umbilicus.',
    checks: [face('anterior'), part('abdomen'), onMidline, level('umbilicus', 4, upper), along('xiphisternal_junction', 'umbilicus', 0.5)],
  },
  {
    code: 'CV13',
    text: 'Upper abdomen, on the anterior median line, 5 B-cun above the centre of the umbilicus.',
    checks: [face('anterior'), part('abdomen'), onMidline, level('umbilicus', 5, upper), is('above', 'CV12', 1)],
  },
  {
    code: 'CV14',
    text: 'Upper abdomen, on the anterior median line, 6 B-cun above the centre of the umbilicus.',
    checks: [face('anterior'), part('abdomen'), onMidline, level('umbilicus', 6, upper), is('above', 'CV13', 1)],
  },
  {
    code: 'CV15',
    text: 'Upper abdomen, on the anterior median line, 1 B-cun below the xiphisternal junction (7 B-cun above the umbilicus).',
    checks: [face('anterior'), part('abdomen', 'chest'), onMidline, level('xiphisternal_junction', -1, upper), level('umbilicus', 7, upper)],
  },
  {
    code: 'CV16',
    text: 'Front of the chest, on the anterior median line, at the midpoint of the xiphisternal junction.',
    checks: [face('anterior'), part('chest', 'abdomen'), onMidline, near('xiphisternal_junction', 1), is('above', 'CV15', 1)],
  },
  {
    code: 'CV17',
    text: 'Front of the chest, on the anterior median line, level with the 4th intercostal space.',
    checks: [face('anterior'), part('chest'), onMidline, levelWith('intercostal_space_4', 1.5), is('above', 'CV16', 1)],
  },
  {
    code: 'CV18',
    text: 'Front of the chest, on the anterior median line, level with the 3rd intercostal space.',
    checks: [face('anterior'), part('chest'), onMidline, levelWith('intercostal_space_3', 1.5), is('above', 'CV17', 1)],
  },
  {
    code: 'CV19',
    text: 'Front of the chest, on the anterior median line, level with the 2nd intercostal space (below the sternal angle, where the 2nd rib joins).',
    checks: [face('anterior'), part('chest'), onMidline, levelWith('intercostal_space_2', 1.5), is('above', 'CV18', 1), is('below', 'sternal_angle', 0.5)],
  },
  {
    code: 'CV20',
    text: 'Front of the chest, on the anterior median line, level with the 1st intercostal space (above the sternal angle, below CV21).',
    checks: [
      face('anterior'),
      part('chest'),
      onMidline,
      levelWith('intercostal_space_1', 1.5),
      is('above', 'CV19', 1),
      is('above', 'sternal_angle', 0.5),
      is('below', 'CV21', 0.8),
    ],
  },
  {
    code: 'CV21',
    text: 'Front of the chest, on the anterior median line, 1 B-cun below the suprasternal fossa.',
    checks: [face('anterior'), part('chest'), onMidline, level('sternal_notch', -1, chest), is('below', 'CV22', 1)],
  },
  {
    code: 'CV22',
    text: 'Front of the neck, on the anterior median line, in the centre of the suprasternal fossa.',
    checks: [face('anterior'), part('neck', 'chest'), onMidline, near('sternal_notch', 1)],
  },
  {
    code: 'CV23',
    text: 'Front of the neck, on the anterior median line, above the thyroid cartilage, in the hollow above the hyoid bone (the hyoid lies about 2 cm above the laryngeal prominence, under the chin).',
    checks: [
      face('anterior', 'inferior'),
      part('neck'),
      onMidline,
      is('above', 'laryngeal_prominence', 1.5),
      is('below', 'mentolabial_groove', 2),
      is('posterior', 'mentolabial_groove', 3),
    ],
  },
  {
    code: 'CV24',
    text: 'Face, in the hollow at the centre of the mentolabial sulcus.',
    checks: [face('anterior'), part('face'), onMidline, near('mentolabial_groove', 1), is('above', 'chin', 0.5)],
  },
];
