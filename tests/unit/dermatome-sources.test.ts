// The dermatome records' sources name citable works: an author or issuing body, a title and a
// year, so a reader can find them. The face (V1-V3) follows the trigeminal nerve's cutaneous
// branches as Gray's Anatomy describes them (Standring S, ed., 42nd edition, Elsevier, 2020).
import { describe, expect, it } from 'vitest';
import { dermatomesFileSchema } from '../../src/systems/dermatomes/domain/schema.ts';
import { readRepoJson } from '../support/paths.ts';

const file = dermatomesFileSchema.parse(readRepoJson('data/dermatomes/dermatomes.json'));
const citation = (id: string) => file.sources.find((s) => s.id === id)?.citation ?? '';

describe('the dermatome sources', () => {
  it('each names a dated work', () => {
    for (const s of file.sources) expect(s.citation, s.id).toMatch(/\b(19|20)\d\d\b/);
  });

  it('gives the face (V1-V3) a named reference: Gray\u2019s Anatomy, 42nd edition, 2020', () => {
    for (const id of ['V1', 'V2', 'V3']) {
      const c = citation(file.areas.find((a) => a.id === id)?.source ?? '');
      expect(c, id).toMatch(/Standring S/);
      expect(c, id).toMatch(/Gray's Anatomy/);
      expect(c, id).toMatch(/42nd ed/);
      expect(c, id).toMatch(/Elsevier.*2020/);
      expect(c, id).toMatch(/trigeminal/);
    }
  });

  it('names the published 2019 revision of the International Standards for the key sensory points', () => {
    expect(citation('isncsci2019')).toMatch(/Rupp R.*2021;27\(2\):1-22/);
  });
});
