// Each point's nerve supply (anatomy.nerves) read into one vocabulary and searchable: a query that
// names a nerve lists the points whose supply names it or a branch of it, and no other nerve's.
// The expected nerves come from the anatomy texts (the median under PC6, the superficial radial
// over LI4, the ulnar beside HT7, the tibial in the popliteal fossa at BL40, the common fibular
// behind the fibular head at GB34, the radial beside the biceps tendon at LU5, the posterior
// femoral cutaneous over the sciatic at BL36 and BL37), not from the data.
import { describe, expect, it } from 'vitest';
import { nerveLineage, nervesInQuery, nervesNamed, normaliseNerveText } from '../../src/domain/neuro/nerves.ts';
import { atlasRecords } from '../../src/pipeline/atlasData.ts';
import { buildSearch } from '../../src/systems/search.ts';
import { data } from '../support/atlas.ts';

const search = await buildSearch(atlasRecords(data), data.regions);
const codes = (q: string) => search.search(q, { kind: 'point' }, 500).map((h) => h.code);
const nervesOf = (code: string) => nervesNamed(data.points.get(code)?.anatomy.nerves ?? []);

describe('the nerve vocabulary', () => {
  it('reads every nerve entry of every point as at least one nerve', () => {
    const unread = [...data.points.values()].flatMap((p) => p.anatomy.nerves.filter((e) => nervesNamed([e]).length === 0).map((e) => `${p.code}: ${e}`));
    expect(unread).toEqual([]);
  });

  it('names each nerve of a shared phrase whole, and reads peroneal as fibular', () => {
    expect(normaliseNerveText('dorsal digital nerves of the radial and ulnar nerves')).toContain('radial nerve , ulnar nerve');
    expect(nervesNamed(['dorsal digital nerves of the radial and ulnar nerves'])).toEqual(expect.arrayContaining(['radial', 'ulnar']));
    expect(nervesNamed(['superficial branch of the radial nerve'])).toEqual(['radial']);
    expect(nervesNamed(['lower lateral brachial cutaneous nerve'])).toEqual(['lower-lateral-brachial-cutaneous']);
    expect(nervesInQuery('common peroneal nerve').ids).toEqual(['common-fibular']);
    expect(nervesInQuery('peroneal').ids).toEqual(['common-fibular']);
    expect(nervesInQuery('sciatic').ids).toEqual(['sciatic']);
    expect(nerveLineage('superficial-fibular')).toEqual(['superficial-fibular', 'common-fibular', 'sciatic', 'sacral-plexus']);
  });

  it('gives the points their nerves as the anatomy texts do', () => {
    expect(nervesOf('PC6')).toContain('median');
    expect(nervesOf('LI4')).toContain('radial');
    expect(nervesOf('HT7')).toContain('ulnar');
    expect(nervesOf('BL40')).toContain('tibial');
    expect(nervesOf('GB34')).toContain('common-fibular');
    expect(nervesOf('LU5')).toContain('radial');
    for (const code of ['BL36', 'BL37']) expect(nervesOf(code)).toEqual(expect.arrayContaining(['posterior-femoral-cutaneous', 'sciatic']));
  });
});

describe('searching by nerve', () => {
  it('lists the points a nerve supplies, and not another nerve\u2019s', () => {
    const median = codes('median nerve');
    expect(median).toContain('PC6');
    expect(median).not.toContain('HT7');
    const radial = codes('radial nerve');
    expect(radial).toEqual(expect.arrayContaining(['LI4', 'LU5']));
    expect(radial).not.toContain('HT7');
    for (const code of radial)
      expect(
        nervesOf(code).some((n) => nerveLineage(n).includes('radial')),
        code,
      ).toBe(true);
    const ulnar = codes('ulnar nerve');
    expect(ulnar).toContain('HT7');
    expect(ulnar).not.toContain('PC6');
    expect(codes('tibial nerve')).toContain('BL40');
    expect(codes('tibial nerve')).not.toContain('GB34');
    expect(codes('sciatic')).toEqual(expect.arrayContaining(['BL36', 'BL37', 'BL40', 'GB34']));
    expect(codes('posterior femoral cutaneous nerve')).toEqual(expect.arrayContaining(['BL36', 'BL37']));
  });

  it('finds the fibular nerve by either name, the points that name it before its branches', () => {
    const peroneal = codes('common peroneal nerve');
    expect(peroneal).toEqual(codes('common fibular nerve'));
    const named = peroneal.filter((c) => nervesOf(c).includes('common-fibular'));
    expect(named).toContain('GB34');
    expect(peroneal.slice(0, named.length)).toEqual(named);
    expect(peroneal).toContain('ST36'); // the deep fibular, a branch, lies under ST36
    expect(peroneal).not.toContain('BL40');
  });

  it('ranks a point that names the nerve before one that names only a branch of it', () => {
    const hits = search.search('radial nerve', { kind: 'point' }, 500);
    const direct = hits.findIndex((h) => h.code === 'LI4');
    const branchOnly = hits.findIndex((h) => !nervesOf(h.code).includes('radial'));
    expect(direct).toBeGreaterThanOrEqual(0);
    if (branchOnly >= 0) expect(direct).toBeLessThan(branchOnly);
  });
});
