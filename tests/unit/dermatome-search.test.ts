// The search finds a dermatome by its id in any phrasing, and the points in it by their segment
// ("L5" lists the points in L5, never LU5): the index as the build writes it, with each point's areas.
import { describe, expect, it } from 'vitest';
import { locationDermatome } from '../../src/pipeline/dermatomes.ts';
import { atlasRecords } from '../../src/pipeline/atlasData.ts';
import { buildSearch } from '../../src/systems/search.ts';
import type { SkinAreaId } from '../../src/domain/neuro/segments.ts';
import { atlasFixture, data } from '../support/atlas.ts';
import { fixture } from '../support/bodies.ts';

const atlas = atlasFixture('male');
const body = fixture('male').body;
const pointAreas = new Map<string, SkinAreaId[]>();
for (const l of atlas.atlas.locations) {
  const a = locationDermatome(body, atlas.ctx.landmarks, l)!;
  pointAreas.set(l.code, [...new Set([...(pointAreas.get(l.code) ?? []), a])]);
}
const search = await buildSearch(atlasRecords(data, pointAreas), data.regions);
describe('searching the dermatomes', () => {
  it.each(['C6', 'C6 dermatome', 'dermatome C6', 'c6'])('finds the C6 dermatome first for "%s"', (q) => {
    expect(search.search(q)[0]).toMatchObject({ owner: 'dermatomes', kind: 'dermatome', code: 'C6' });
  });

  it.each(['L5', 'dermatome L5', 'points in L5'])('lists the L5 dermatome and the points in L5 for "%s", not LU5', (q) => {
    const hits = search.search(q);
    expect(hits[0]).toMatchObject({ kind: 'dermatome', code: 'L5' });
    const points = hits.filter((h) => h.kind === 'point').map((h) => h.code);
    expect(points).toEqual(expect.arrayContaining(['ST36', 'GB34']));
    expect(points).not.toContain('LU5');
    for (const code of points.slice(0, 20)) expect(pointAreas.get(code), code).toContain('L5');
  });

  it('still reads point codes as before', () => {
    expect(search.search('LU5')[0]?.code).toBe('LU5');
    expect(search.search('ST36')[0]?.code).toBe('ST36');
  });
});
