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

// Issue 17's review: a pair of nerves sharing their last words, and nerves the vocabulary lacked.
// Anatomy: the coccygeal nerve is a nerve of its own, not a sacral one; the medial and lateral
// plantar nerves are the tibial's two end branches; the phrenic (C3-C5, cervical plexus) runs down
// the front of the anterior scalene, just behind the sternocleidomastoid's posterior border at the
// cricoid level (LI17); the thoracodorsal (posterior cord, C6-C8) supplies latissimus dorsi.
describe('pairs of nerves and the nerves of the diaphragm and the latissimus', () => {
  it('reads both nerves of "A and B ... nerves", also when A is a nerve by itself', () => {
    expect(nervesNamed(['the medial and lateral plantar nerves']).sort()).toEqual(['lateral-plantar', 'medial-plantar']);
    expect(nervesNamed(['anterior and posterior interosseous nerves']).sort()).toEqual(['anterior-interosseous', 'posterior-interosseous']);
    expect(nervesNamed(['posterior branches of the coccygeal and 5th sacral nerves'])).toContain('coccygeal');
    expect(nervesOf('GV2')).toContain('coccygeal');
    // words saying whose branches both are stay with both
    expect(nervesNamed(['marginal mandibular and buccal branches of the facial nerve'])).toEqual(['facial']);
    expect(codes('coccygeal nerve')).toContain('GV2');
  });

  it('knows the phrenic and thoracodorsal nerves under their plexuses', () => {
    expect(nerveLineage('phrenic')).toEqual(['phrenic', 'cervical-plexus']);
    expect(nerveLineage('thoracodorsal')).toEqual(['thoracodorsal', 'brachial-plexus']);
    expect(nervesInQuery('phrenic nerve').ids).toEqual(['phrenic']);
    expect(nervesInQuery('thoracodorsal nerve').ids).toEqual(['thoracodorsal']);
  });

  it('answers "phrenic nerve", "thoracodorsal nerve" and "medial plantar nerve" with exactly the points whose anatomy names them', () => {
    const naming = (id: string) => [...data.points.values()].filter((p) => nervesNamed(p.anatomy.nerves).includes(id)).map((p) => p.code);
    expect(naming('phrenic')).toContain('LI17');
    for (const [query, id] of [
      ['phrenic nerve', 'phrenic'],
      ['thoracodorsal nerve', 'thoracodorsal'],
      ['medial plantar nerve', 'medial-plantar'],
    ] as const)
      expect(codes(query).sort(), query).toEqual(naming(id).sort());
    // the thoracodorsal artery at GB22 and SP21 is not the nerve
    expect(codes('thoracodorsal nerve')).not.toContain('GB22');
    expect(
      search
        .search('phrenic nerve', {}, 500)
        .filter((h) => h.kind === 'point')
        .map((h) => h.code),
    ).toEqual(['LI17']);
  });
});
