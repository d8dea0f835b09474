// The injury level: the segments at and below it, how the dermatome overlay marks them, the points
// in them (given a point -> dermatome map), the Jiaji beside the level, the SCI zones for a level
// (data/neuro/sci-zones.json, checked against the scalp and ear data), and its link keys.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segmentOrder, type SkinAreaId } from '../../src/domain/neuro/segments.ts';
import { affectedSegments, injuryEmphasis, jiajiFor, pointsInSegments, zonesForLevel } from '../../src/systems/injury/domain/injury.ts';
import { sciZoneProblems, sciZonesFileSchema } from '../../src/systems/injury/domain/sciZones.ts';
import { injurySystem } from '../../src/systems/injury/domain/system.ts';
import { injuryState } from '../../src/systems/injury/state/system.ts';
import { selectInjuryEmphasis } from '../../src/systems/injury/state/selectors.ts';
import { applySystemLink } from '../../src/state/link.ts';
import { useAtlas } from '../../src/state/store.ts';
import { repoRoot } from '../support/paths.ts';
import { data } from '../support/atlas.ts';

const jiajiLabels = data.points.get('EX-B2')?.members?.map((m) => m.label) ?? [];

describe('the injury level', () => {
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

  it('lists the points in the affected dermatomes from the map it is given, nothing while there is none', () => {
    const map = new Map<string, SkinAreaId>([
      ['ST36', 'L5'],
      ['BL40', 'S1'],
      ['LI4', 'C6'],
      ['KI1', 'S1'],
      ['GV20', 'V1'],
    ]);
    expect(pointsInSegments(null, affectedSegments('T6'))).toBeNull();
    const listed = pointsInSegments(map, affectedSegments('L4'));
    expect(listed?.find((p) => p.segment === 'L5')?.points).toEqual(['ST36']);
    expect(listed?.find((p) => p.segment === 'S1')?.points).toEqual(['BL40', 'KI1']);
    expect(listed?.flatMap((p) => p.points)).not.toContain('LI4');
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
