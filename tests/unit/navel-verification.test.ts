// How far navel acupuncture's records are confirmed. The course notes the atlas read for Kan, Gen
// and Zhen are an anonymous copy (no author, publisher or date): a secondary source, not a
// citable work, so no record may count as confirmed, even partly, on their word. What the Shuo
// Gua (a classical commentary of the Yijing) gives is citable: Kan the ears and the middle son,
// Gen the hands and the youngest son, Zhen the feet and the eldest son.
import { describe, expect, it } from 'vitest';
import { navelFileSchema, verificationLabels } from '../../src/systems/navel/domain/schema.ts';
import { exportSection } from '../../src/systems/navel/domain/export.ts';
import type { ExportInput } from '../../src/systems/types.ts';
import { atlasRecords } from '../../src/pipeline/atlasData.ts';
import { data } from '../support/atlas.ts';
import { fixture } from '../support/bodies.ts';
import { readRepoJson } from '../support/paths.ts';

const navel = navelFileSchema.parse(readRepoJson('data/navel/navel.json'));
const restsOnCourseNotes = navel.directions.filter((d) => /course notes/.test(d.verification.note));

describe('navel acupuncture verification', () => {
  it('marks the records that rest on the anonymous course notes as from a secondary source, never as confirmed', () => {
    expect(restsOnCourseNotes.map((d) => d.id).sort()).toEqual(['gen', 'kan', 'zhen']);
    for (const d of restsOnCourseNotes) expect(d.verification.status, d.id).toBe('secondary');
    expect(navel.directions.filter((d) => d.verification.status === 'confirmed' || d.verification.status === 'partly-confirmed')).toEqual([]);
    const notes = navel.method.sources.find((s) => /course notes/i.test(s.title));
    expect(notes?.note).toMatch(/anonymous.*secondary source/);
  });

  it('says in each such record what the Shuo Gua confirms and what nothing citable does', () => {
    const note = (id: string) => navel.directions.find((d) => d.id === id)?.verification.note ?? '';
    expect(note('kan')).toMatch(/Confirmed in the Shuo Gua: .*ears.*middle son.*north/);
    expect(note('gen')).toMatch(/Confirmed in the Shuo Gua: .*hands.*youngest son.*northeast/);
    expect(note('zhen')).toMatch(/Confirmed in the Shuo Gua: .*eldest son.*east/);
    for (const d of restsOnCourseNotes)
      expect(d.verification.note, d.id).toMatch(/^Secondary source only: .*no citable work|^Secondary source only: .*anonymous/);
  });

  it('names the status in words on the card and carries it with its note in the export', () => {
    expect(verificationLabels.secondary).toBe('From a secondary, unattributed source');
    const { zones } = exportSection({ records: atlasRecords(data), ctx: { landmarks: fixture('male').landmarks } } as unknown as ExportInput) as {
      zones: { id: string; verification: string; verificationNote: string }[];
    };
    const kan = zones.find((z) => z.id === 'kan');
    expect(kan?.verification).toBe('secondary');
    expect(kan?.verificationNote).toMatch(/Confirmed in the Shuo Gua/);
  });
});
