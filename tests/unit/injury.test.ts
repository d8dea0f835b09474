// The injury level: the segments at and below it, how the dermatome overlay marks them, the points
// in them (given a point -> dermatome map), the Jiaji beside the level, the SCI zones for a level
// (data/neuro/sci-zones.json, checked against the scalp and ear data), and its link keys.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentOrder } from '../../src/domain/neuro/segments.ts';
import { dermatomeMapFile } from '../../src/pipeline/dermatomes.ts';
import {
  affectedSegments,
  aisMeaning,
  injuryEmphasis,
  jiajiFor,
  listedPointName,
  pointsInSegments,
  zonesForLevel,
  type PointArea,
} from '../../src/systems/injury/domain/injury.ts';
import { sciZoneProblems, sciZonesFileSchema } from '../../src/systems/injury/domain/sciZones.ts';
import { injurySystem } from '../../src/systems/injury/domain/system.ts';
import { injuryState } from '../../src/systems/injury/state/system.ts';
import { selectInjuryEmphasis, selectPointAreas } from '../../src/systems/injury/state/selectors.ts';
import { applySystemLink } from '../../src/state/link.ts';
import { useAtlas, type AtlasState } from '../../src/state/store.ts';
import { repoRoot } from '../support/paths.ts';
import { atlasFixture, data } from '../support/atlas.ts';
import { fixture } from '../support/bodies.ts';

const jiajiLabels = data.points.get('EX-B2')?.members?.map((m) => m.label) ?? [];

describe('the injury level', () => {
  // The grades as the 2019 revision of ISNCSCI defines them (Rupp et al. 2021): B gained the
  // condition that no motor function is kept more than three levels below the motor level on either
  // side; C and D split on whether at least half of the key muscle functions below the single
  // neurological level of injury have a muscle grade of 3 or more; E needs earlier deficits.
  it('says each ASIA grade as the 2019 standard defines it', () => {
    expect(Object.fromEntries(Object.entries(aisMeaning).map(([g, m]) => [g, m.split(':')[0]]))).toEqual({
      A: 'complete',
      B: 'sensory incomplete',
      C: 'motor incomplete',
      D: 'motor incomplete',
      E: 'normal',
    });
    expect(aisMeaning.A).toMatch(/neither feeling nor movement.*S4-5/);
    expect(aisMeaning.B).toMatch(/feeling but no movement.*S4-5/);
    expect(aisMeaning.B).toMatch(/neither side.*movement kept more than three levels below .*motor level/);
    expect(aisMeaning.C).toMatch(/voluntary anal contraction/);
    expect(aisMeaning.C).toMatch(/more than three levels below the motor level/);
    expect(aisMeaning.C).toMatch(/fewer than half of the key muscles below the single neurological level reach grade 3/);
    expect(aisMeaning.D).toMatch(/at least half of the key muscles below the single neurological level reach grade 3 or more/);
    expect(aisMeaning.E).toMatch(/normal in every segment.*deficits .*before/);
  });

  it('lists the segments at and below the level, the level first', () => {
    expect(affectedSegments('T6')).toEqual(['T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2', 'S3', 'S4-5']);
    expect(affectedSegments('S4-5')).toEqual(['S4-5']);
    expect(affectedSegments('C2')).toHaveLength(28);
  });

  it('marks the level and the areas below it, never the face or the areas above; grade E marks none affected', () => {
    const mark = injuryEmphasis('T6', 'A');
    expect((['T5', 'T6', 'T7', 'S4-5', 'V2', 'C4'] as const).map((a) => mark(a))).toEqual([null, 'level', 'affected', 'affected', null, null]);
    const recovered = injuryEmphasis('T6', 'E');
    expect((['T6', 'T7'] as const).map((a) => recovered(a))).toEqual(['level', null]);
  });

  it('offers the overlay one marking function per level and grade, none without a level', () => {
    useAtlas.setState({ injuryLevel: null, injuryGrade: null });
    expect(selectInjuryEmphasis(useAtlas.getState())).toBeNull();
    useAtlas.setState({ injuryLevel: 'L1', injuryGrade: 'B' });
    const first = selectInjuryEmphasis(useAtlas.getState());
    expect(first).toBe(selectInjuryEmphasis(useAtlas.getState()));
    expect(first?.('L2')).toBe('affected');
    useAtlas.setState({ injuryLevel: null, injuryGrade: null });
  });

  it('lists the points in the affected dermatomes from the areas it is given, nothing while there are none', () => {
    const placed: PointArea[] = [
      { code: 'ST36', index: 1, area: 'L5' },
      { code: 'BL40', index: 1, area: 'S1' },
      { code: 'LI4', index: 1, area: 'C6' },
      { code: 'KI1', index: 1, area: 'S1' },
      { code: 'GV20', index: 1, area: 'V1' },
    ];
    expect(pointsInSegments(null, affectedSegments('T6'))).toBeNull();
    const listed = pointsInSegments(placed, affectedSegments('L4'));
    expect(listed?.find((p) => p.segment === 'L5')?.points).toEqual([{ code: 'ST36' }]);
    expect(listed?.find((p) => p.segment === 'S1')?.points).toEqual([{ code: 'BL40' }, { code: 'KI1' }]);
    expect(listed?.flatMap((p) => p.points.map((x) => x.code))).not.toContain('LI4');
  });

  // The fingertips' segments as the dermatome charts give them (Lee, McPhee & Stringer 2008; the
  // ISNCSCI key sensory points): the thumb C6, the middle finger C7, the little finger C8. The
  // first toe web lies on the dorsum of the foot, L5 (the deep fibular nerve's patch).
  describe.each(['male', 'female'] as const)('points with members on the %s body', (variant) => {
    const { atlas, ctx } = atlasFixture(variant);
    // the map as the build writes it for this body
    const { file } = dermatomeMapFile(variant, fixture(variant).body, ctx, data, atlas.locations);
    const state = { locations: atlas.locations, dermatomeMap: file } as unknown as AtlasState;
    const placed = selectPointAreas(state);
    const listed = pointsInSegments(placed, affectedSegments('C2')) ?? [];
    const under = (segment: string) => listed.find((p) => p.segment === segment)?.points.map(listedPointName) ?? [];
    const segmentsOf = (code: string) => listed.filter((p) => p.points.some((x) => x.code === code)).map((p) => p.segment);

    it('lists Shixuan per fingertip under the segment each lies in: the thumb under C6, the little finger under C8', () => {
      expect(under('C6')).toContain('EX-UE11 thumb');
      expect(under('C7')).toContain('EX-UE11 middle finger');
      expect(under('C8')).toContain('EX-UE11 little finger');
      expect(segmentsOf('EX-UE11').length).toBeGreaterThanOrEqual(3);
      // each fingertip once, and never as the bare code
      expect(listed.flatMap((p) => p.points).filter((x) => x.code === 'EX-UE11')).toHaveLength(5);
      expect(listed.flatMap((p) => p.points).some((x) => x.code === 'EX-UE11' && !x.member)).toBe(false);
    });

    it('lists Bafeng per toe web and the Jiaji per vertebra, a single point once', () => {
      expect(under('L5')).toContain('EX-LE10 between the 1st and 2nd toes');
      // the other webs on the dorsum of the foot are L5, the one beside the little toe L5 or S1 (a border)
      expect(segmentsOf('EX-LE10').every((s) => s === 'L5' || s === 'S1')).toBe(true);
      expect(listed.flatMap((p) => p.points).filter((x) => x.code === 'EX-B2')).toHaveLength(17);
      // T1 to L5 down the back: the Jiaji span many segments, not the first member's one
      expect(segmentsOf('EX-B2').length).toBeGreaterThanOrEqual(10);
      // each member beside a thoracic or lumbar vertebra below T1 lies in that vertebra's segment
      // (but L4 and L5, whose dorsal rami have no skin branch)
      for (const label of jiajiLabels.filter((l) => !['T1', 'L4', 'L5'].includes(l))) expect(under(label)).toContain(`EX-B2 ${label}`);
      expect(listed.flatMap((p) => p.points).filter((x) => x.code === 'ST36')).toEqual([{ code: 'ST36' }]);
    });

    it('memoises the areas on the locations and the map', () => {
      const again = selectPointAreas(state);
      expect(again).toEqual(placed);
      expect(selectPointAreas(state)).toBe(again);
      expect(selectPointAreas({ ...state, dermatomeMap: null })).toBeNull();
    });
  });

  it('chooses the Jiaji beside the level and one above and below, or the nearest outside T1-L5', () => {
    expect(jiajiLabels).toHaveLength(17);
    expect(jiajiFor('T6', jiajiLabels)).toEqual({ members: ['T5', 'T6', 'T7'], nearest: false });
    expect(jiajiFor('T1', jiajiLabels)).toEqual({ members: ['T1', 'T2'], nearest: false });
    expect(jiajiFor('C8', jiajiLabels)).toEqual({ members: ['T1'], nearest: false });
    expect(jiajiFor('S1', jiajiLabels)).toEqual({ members: ['L5'], nearest: false });
    expect(jiajiFor('C4', jiajiLabels)).toEqual({ members: ['T1'], nearest: true });
    expect(jiajiFor('S4-5', jiajiLabels)).toEqual({ members: ['L5'], nearest: true });
  });
});

describe('the zones used in spinal cord injury', () => {
  const file = sciZonesFileSchema.parse(JSON.parse(readFileSync(join(repoRoot, 'data/neuro/sci-zones.json'), 'utf8')));
  const known = {
    scalp: new Map([...data.whoLines.map((l) => [l.code, l.english] as const), ...data.jiaoAreas.map((a) => [a.id, a.english] as const)]),
    ear: new Map(data.ear.gb.map((p) => [p.code, p.english])),
  };

  it('names zones the scalp and ear data hold, each with a role, a source and its check', () => {
    expect(data.sciZones).toEqual(file.zones);
    expect(sciZoneProblems('f', file.zones, known, segmentOrder)).toEqual([]);
    for (const id of ['motor', 'sensory', 'MS5', 'MS6', 'MS7', 'AH13', 'AH11', 'AH9', 'TF4', 'AH6a', 'CO10', 'AT4'])
      expect(file.zones.map((z) => z.id)).toContain(id);
  });

  it('reports an unknown id, another name and an upside-down range by file, record and field', () => {
    const bad = [
      { ...file.zones[0]!, id: 'MS99' },
      { ...file.zones[7]!, levels: { from: 'T8' as const, to: 'T2' as const } },
      { ...file.zones[10]!, name: 'Shen Men' },
    ];
    expect(sciZoneProblems('data/neuro/sci-zones.json', bad, known, segmentOrder)).toEqual([
      { file: 'data/neuro/sci-zones.json', record: 'zones[0] scalp:MS99', field: 'id', message: 'no scalp zone "MS99"' },
      { file: 'data/neuro/sci-zones.json', record: 'zones[1] ear:AH13', field: 'levels', message: '"T8" is below "T2"' },
      { file: 'data/neuro/sci-zones.json', record: 'zones[2] ear:TF4', field: 'name', message: 'the ear data names it "Shenmen", not "Shen Men"' },
    ]);
  });

  it('gives a level the ear vertebrae zone of its own region', () => {
    const ids = (level: Parameters<typeof zonesForLevel>[1]) => zonesForLevel(file.zones, level).map((z) => z.id);
    expect(ids('C5')).toContain('AH13');
    expect(ids('C5')).not.toContain('AH11');
    expect(ids('T6')).toContain('AH11');
    expect(ids('L3')).toContain('AH9');
    expect(ids('T6')).toContain('TF4');
  });
});

describe('the injury link', () => {
  it('reads ?sci=T6&ais=A, ignores and reports a bad value', () => {
    expect(z.safeParse(injurySystem.linkKeys.sci.schema, 'T13').success).toBe(false);
    expect(z.safeParse(injurySystem.linkKeys.ais.schema, 'F').success).toBe(false);
    const good = applySystemLink(injuryState, '?sci=T6&ais=A', useAtlas);
    good.stop?.();
    expect(good.ignored).toEqual([]);
    expect([useAtlas.getState().injuryLevel, useAtlas.getState().injuryGrade]).toEqual(['T6', 'A']);
    expect(injuryState.readLink(useAtlas.getState())).toEqual({ sci: 'T6', ais: 'A' });
    const bad = applySystemLink(injuryState, '?sci=T99&ais=Q', useAtlas);
    bad.stop?.();
    expect(bad.ignored).toEqual(['sci', 'ais']);
    expect(useAtlas.getState().injuryLevel).toBeNull();
  });
});
