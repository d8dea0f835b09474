import { describe, expect, it } from 'vitest';
import { closestPoint } from '../../src/domain/body/surface.ts';
import { measureSpan } from '../../src/domain/body/spans.ts';
import { bodyVariantIds, cunSpans, fixture, landmarkRecords } from '../support/bodies.ts';

const required = [
  'cubital_crease_midpoint',
  'wrist_crease_midpoint',
  'popliteal_crease_midpoint',
  'gluteal_fold_midpoint',
  'acromion',
  'medial_epicondyle',
  'lateral_epicondyle',
  'radial_styloid',
  'ulnar_head',
  'greater_trochanter',
  'patella_apex',
  'patella_base',
  'tibial_tuberosity',
  'medial_malleolus',
  'lateral_malleolus',
  'fibular_head',
  'asis',
  'iliac_crest_highest',
  'pubic_symphysis_superior',
  'clavicle_midpoint',
  'sternal_notch',
  'xiphisternal_junction',
  'scapula_spine_medial_end',
  'scapula_inferior_angle',
  'spinous_c7',
  'spinous_t1',
  'spinous_t12',
  'spinous_l1',
  'spinous_l5',
  'spinous_s2',
  'sacral_hiatus',
  'mastoid_process',
  'external_occipital_protuberance',
  'glabella',
  'umbilicus',
  'nipple',
  'anterior_hairline_midpoint',
  'posterior_hairline_midpoint',
  'ear_apex',
  'inner_canthus',
  'outer_canthus',
  'mouth_corner',
];

describe('landmark data', () => {
  it('names at least 60 landmarks, ids unique, every required one present', () => {
    expect(landmarkRecords.length).toBeGreaterThanOrEqual(60);
    const ids = landmarkRecords.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of required) expect(ids).toContain(id);
  });

  it('defines bilateral landmarks on the left side of the body', () => {
    const { at } = fixture('male');
    for (const lm of landmarkRecords.filter((l) => l.laterality === 'bilateral')) expect(at(`${lm.id}_left`).position[0], lm.id).toBeGreaterThan(0.001);
  });
});

describe.each(bodyVariantIds)('landmarks on the %s body', (variant) => {
  const { landmarks, at, index } = fixture(variant);
  const y = (k: string) => at(k).position[1];

  it('lie on the skin (within 2 mm)', () => {
    for (const lm of landmarks) expect(closestPoint(index, lm.position)?.distance ?? 1, lm.key).toBeLessThan(0.002);
  });

  it('mirror left and right within 5 mm; midline ones lie on the midline', () => {
    for (const lm of landmarks.filter((l) => l.side === 'left')) {
      const right = at(`${lm.id}_right`).position;
      expect(Math.hypot(lm.position[0] + right[0], lm.position[1] - right[1], lm.position[2] - right[2]), lm.id).toBeLessThan(0.005);
    }
    for (const lm of landmarks.filter((l) => l.side === 'midline')) expect(Math.abs(lm.position[0]), lm.id).toBeLessThan(0.005);
  });

  it('keep their anatomical order from head to foot', () => {
    const chain = [
      'vertex',
      'anterior_hairline_midpoint',
      'glabella',
      'nose_tip',
      'chin',
      'laryngeal_prominence',
      'sternal_notch',
      'sternal_angle',
      'nipple',
      'xiphisternal_junction',
      'umbilicus',
      'pubic_symphysis_superior',
      'perineum',
    ];
    for (let i = 1; i < chain.length; i++) expect(y(chain[i - 1]!), `${chain[i - 1]} above ${chain[i]}`).toBeGreaterThan(y(chain[i]!));
    const arm = ['acromion', 'anterior_axillary_fold', 'cubital_crease_midpoint', 'wrist_crease_midpoint', 'mcp3', 'middle_tip'];
    for (let i = 1; i < arm.length; i++) expect(y(arm[i - 1]!), `${arm[i - 1]} above ${arm[i]}`).toBeGreaterThan(y(arm[i]!));
    const leg = [
      'iliac_crest_highest',
      'asis',
      'greater_trochanter',
      'patella_base',
      'patella_apex',
      'tibial_tuberosity',
      'medial_malleolus',
      'sole_below_medial_malleolus',
    ];
    for (let i = 1; i < leg.length; i++) expect(y(leg[i - 1]!), `${leg[i - 1]} above ${leg[i]}`).toBeGreaterThan(y(leg[i]!));
    const spine = [
      'c1',
      'c2',
      'c3',
      'c4',
      'c5',
      'c6',
      'c7',
      't1',
      't2',
      't3',
      't4',
      't5',
      't6',
      't7',
      't8',
      't9',
      't10',
      't11',
      't12',
      'l1',
      'l2',
      'l3',
      'l4',
      'l5',
      's1',
      's2',
      's3',
      's4',
    ];
    for (let i = 1; i < spine.length; i++) expect(y(`spinous_${spine[i - 1]}`)).toBeGreaterThan(y(`spinous_${spine[i]}`));
    expect(y('spinous_s4')).toBeGreaterThan(y('sacral_hiatus'));
    expect(y('sacral_hiatus')).toBeGreaterThan(y('coccyx_tip'));
  });

  it('sit on the side of the body anatomy puts them', () => {
    const x = (k: string) => at(k).position[0],
      z = (k: string) => at(k).position[2];
    expect(x('lateral_epicondyle_left')).toBeGreaterThan(x('medial_epicondyle_left'));
    expect(x('lateral_malleolus_left')).toBeGreaterThan(x('medial_malleolus_left'));
    expect(x('radial_styloid_left')).toBeGreaterThan(x('ulnar_head_left'));
    expect(x('fibular_head_left')).toBeGreaterThan(x('medial_tibial_condyle_left'));
    expect(z('cubital_crease_midpoint_left')).toBeGreaterThan(z('olecranon_left'));
    expect(z('patella_apex_left')).toBeGreaterThan(z('popliteal_crease_midpoint_left'));
    expect(z('umbilicus')).toBeGreaterThan(z('spinous_l3'));
    expect(z('glabella')).toBeGreaterThan(z('external_occipital_protuberance'));
    expect(z('heel_left')).toBeLessThan(z('big_toe_tip_left'));
    // levels the WHO standard ties together
    expect(Math.abs(y('scapula_inferior_angle') - y('spinous_t7'))).toBeLessThan(0.03);
    expect(Math.abs(y('scapula_spine_medial_end') - y('spinous_t3'))).toBeLessThan(0.03);
    // the crest line meets the spine at L4 or the L4-L5 space; on the female body the waist sits higher
    expect(Math.abs(y('iliac_crest_highest') - y('spinous_l4'))).toBeLessThan(variant === 'male' ? 0.03 : 0.06);
    expect(Math.abs(y('psis') - y('spinous_s2'))).toBeLessThan(0.02);
    expect(Math.abs(y('nipple') - y('intercostal_space_4'))).toBeLessThan(0.01);
  });

  it('measure every cun span to a plausible length', () => {
    const cunPerHeight = (variant === 'male' ? 1.75 : 1.62) / 75;
    for (const span of cunSpans) {
      const m = measureSpan(span, landmarks, index);
      // a B-cun is about 1/75 of the height; allow the spread real proportions have (the forehead's
      // 9 cun between the hairline corners, straight across, is 11-13 cm in adults: about 0.55 of it)
      expect(m.cunM / cunPerHeight, `${span.id}: ${(m.cunM * 100).toFixed(2)} cm per cun`).toBeGreaterThan(span.id === 'head_hairline_corners' ? 0.5 : 0.6);
      expect(m.cunM / cunPerHeight, `${span.id}: ${(m.cunM * 100).toFixed(2)} cm per cun`).toBeLessThan(1.5);
    }
    const forearm = measureSpan(
      cunSpans.find((s) => s.id === 'forearm_cubital_wrist')!,
      landmarks,
      index,
    );
    if (variant === 'male') {
      expect(forearm.lengthM).toBeGreaterThan(0.22);
      expect(forearm.lengthM).toBeLessThan(0.3);
    }
  });
});
