// The landmarks derived from anatomy (src/pipeline/deriveLandmarks.ts) are in the data exactly as
// derived: none is moved by hand, and a change to a derivation shows here until the data is
// written again (npx tsx scripts/derive-landmarks.ts --write).
import { describe, expect, it } from 'vitest';
import { deriveLandmarks } from '../../src/pipeline/deriveLandmarks.ts';
import { landmarkRecords } from '../support/bodies.ts';

describe('derived landmarks', () => {
  const derived = deriveLandmarks(landmarkRecords);

  it('cover the landmarks the audit found misplaced', () => {
    const ids = new Set(derived.map((d) => d.id));
    for (const id of [
      'clavicle_midpoint',
      'iliac_crest_highest',
      'asis',
      'sacral_foramen_1',
      'sacral_foramen_4',
      'spinous_l3',
      'spinous_l5',
      'spinous_s1',
      'spinous_c7',
      'intercostal_space_1',
      'axilla_apex',
      'scapula_spine_midpoint',
      'zygomatic_arch_midpoint',
      'finger_web_4_5',
      'little_nail_radial_corner',
      'big_toe_nail_medial_corner',
      'thumb_tip',
      'mastoid_process',
      'tragus',
      'supratragic_notch',
      'intertragic_notch',
      'ear_root_superior',
      'subnasale',
      'philtrum_midpoint',
      'philtrum_upper_third',
      'labrale_superius',
    ])
      expect(ids.has(id), id).toBe(true);
  });

  it('are in the data as derived, on each body where no shared place fits both', () => {
    const byId = new Map(landmarkRecords.map((l) => [l.id, l]));
    for (const d of derived) {
      const record = byId.get(d.id);
      expect(record, d.id).toBeDefined();
      expect(record!.definition, d.id).toEqual(d.definition);
      expect(record!.variants, d.id).toEqual(d.variants);
      expect(record!.description, d.id).toBe(d.description);
      // a shared definition lands within 8 mm of both bodies' targets
      if (!d.variants) expect(Math.max(d.offTarget.male, d.offTarget.female), d.id).toBeLessThanOrEqual(0.008);
    }
  });
});
