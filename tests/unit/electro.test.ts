// Electro-acupuncture: the pairs are valid, every needle a point of the atlas, and the current's
// path is checked on both bodies from the resolved places: a made-up pair across the chest (or the
// spine) is rejected, a pair on one side accepted, and the cautions belong to the technique.
import { describe, expect, it } from 'vitest';
import { bodyVariantIds } from '../../src/domain/body/frame.ts';
import { crossingProblem, type PlacedNeedle } from '../../src/systems/electro/domain/crossing.ts';
import { electroFileSchema, type ElectroPair } from '../../src/systems/electro/domain/schema.ts';
import { electroSystem } from '../../src/systems/electro/domain/system.ts';
import { electroCrossingProblems, electroReferenceProblems, placePair } from '../../src/systems/electro/domain/validate.ts';
import { atlasRecords } from '../../src/pipeline/atlasData.ts';
import { atlasFixture, data } from '../support/atlas.ts';
import { readRepoJson } from '../support/paths.ts';

const electro = electroFileSchema.parse(readRepoJson('data/electro/pairs.json'));
const made = (id: string, a: string, b: string, across?: true): ElectroPair => ({
  id,
  a: { code: a },
  b: { code: b },
  ...(across ? { across } : {}),
  purpose: 'a made-up pair for the test',
  conditions: ['test'],
  source: 'test',
  verification: { status: 'unconfirmed', note: 'made up for the test' },
});

describe('electro-acupuncture pairs', () => {
  it('are valid, and every needle is a point of the atlas (a group names its member)', () => {
    expect(electro.pairs.length).toBeGreaterThanOrEqual(6);
    expect(electroReferenceProblems(electro.pairs, data.points)).toEqual([]);
    const bad = electroReferenceProblems([made('x', 'ST36', 'XX99'), { ...made('y', 'EX-B2', 'ST36'), a: { code: 'EX-B2', member: 40 } }], data.points);
    expect(bad.map((p) => `${p.record} ${p.field}`)).toEqual(['x b.code', 'y a.member']);
  });

  it('carry the cautions of the current: pacemaker, chest, spinal cord, carotid sinus, pregnancy, broken and insensate skin, epilepsy', () => {
    const kinds = electro.cautions.map((c) => (c.kind === 'organ' ? c.structure : c.kind));
    for (const k of ['implanted-device', 'heart', 'spinal-canal', 'carotid-sinus', 'pregnancy', 'infection']) expect(kinds).toContain(k);
    expect(electro.cautions.find((c) => c.kind === 'implanted-device')?.grade).toBe('contraindicated');
    expect(electro.cautions.map((c) => c.note).join(' ')).toMatch(/epilepsy/);
    expect(electro.cautions.map((c) => c.note).join(' ')).toMatch(/feels little or nothing/);
    expect(electro.cautions.every((c) => c.modality === 'electro')).toBe(true);
  });

  it('carry what matters after a spinal cord injury: autonomic dysreflexia, the implants beyond a pacemaker, spinal surgery, and a charge-balanced output', () => {
    const notes = electro.cautions.map((c) => c.note).join(' ');
    expect(notes).toMatch(/autonomic dysreflexia/);
    expect(notes).toMatch(/baclofen pump/);
    expect(notes).toMatch(/laminectomy/);
    expect(notes).toMatch(/charge-balanced/);
    expect(electro.cautions.filter((c) => c.kind === 'implanted-device').every((c) => c.grade === 'contraindicated')).toBe(true);
  });

  for (const variant of bodyVariantIds)
    it(`keep the current off the chest and the spinal cord on the ${variant} body; a made-up crossing pair is rejected`, () => {
      const f = atlasFixture(variant);
      const umbilicusY = f.ctx.landmarks.get('umbilicus')!.position[1];
      expect(electroCrossingProblems(electro, f.atlas.locations, data.points, umbilicusY, variant)).toEqual([]);
      const check = (pair: ElectroPair) => electroCrossingProblems({ ...electro, pairs: [pair] }, f.atlas.locations, data.points, umbilicusY, variant);
      // PC6 left to PC6 right: arm to arm, through the trunk
      expect(check(made('pc6-pc6', 'PC6', 'PC6', true))[0]?.message).toMatch(/cross the median line/);
      // KI25 left to KI25 right: across the chest, above the umbilicus
      expect(check(made('ki25-ki25', 'KI25', 'KI25', true))[0]?.message).toMatch(/above the umbilicus.*heart/);
      // BL23 left to BL23 right: over the spine
      expect(check(made('bl23-bl23', 'BL23', 'BL23', true))[0]?.message).toMatch(/spinal cord/);
      // LI4 to LI11 on one arm, and a CV point with a point beside it: accepted
      expect(check(made('li4-li11', 'LI4', 'LI11'))).toEqual([]);
      expect(check(made('cv12-st21', 'CV12', 'ST21'))).toEqual([]);
      // across the lower abdomen, below the umbilicus, both needles on its front: accepted
      expect(check(made('st28-st28', 'ST28', 'ST28', true))).toEqual([]);
      const placed = placePair(made('li4-li11', 'LI4', 'LI11'), 'right', f.atlas.locations, data.points)!;
      expect(placed.map((n) => n.side)).toEqual(['right', 'right']);
    });

  it('names the place where the current would cross, computed from the positions', () => {
    const needle = (x: number, y: number, nz: number, region = 'chest'): PlacedNeedle => ({
      name: `n${x}`,
      position: [x, y, 0.1],
      normal: [0, 0, nz],
      side: 'left',
      region,
    });
    expect(crossingProblem({ ...needle(0.1, 1.3, 1) }, { ...needle(-0.1, 1.3, 1), side: 'right' }, 1.05)).toMatch(/1\.30 m/);
    expect(crossingProblem(needle(0.1, 1.3, 1), needle(0.05, 1.2, 1), 1.05)).toBeNull();
  });

  it('are found by "electro", "electroacupuncture", "EA" and a point code', async () => {
    const docs = (await electroSystem.loadSearchDocuments())(atlasRecords(data), {
      conditions: () => '',
      region: () => '',
      pinyin: () => '',
      pinyinRuns: () => '',
    });
    expect(docs).toHaveLength(electro.pairs.length);
    for (const d of docs) expect(d.names).toMatch(/electroacupuncture.*\bEA\b/);
    expect(docs.find((d) => d.code === 'li4-li11')?.names).toMatch(/LI4.*LI11/);
    expect(docs.find((d) => d.code === 'jiaji-l4-l5')?.title).toMatch(/EX-B2 L4 – EX-B2 L5/);
  });
});
