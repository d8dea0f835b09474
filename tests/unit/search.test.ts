import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AtlasSearch, canonicalCodes, normalizeTerm } from '../../src/domain/search/searchIndex.ts';
import { searchFileSchema } from '../../src/domain/search/searchFile.ts';
import { data } from '../support/atlas.ts';
import { buildSearch } from '../../src/systems/search.ts';
import { atlasRecords } from '../../src/pipeline/atlasData.ts';

const search = await buildSearch(atlasRecords(data), data.regions);
const top = (q: string, n = 1, f = {}) =>
  search
    .search(q, f)
    .slice(0, n)
    .map((h) => h.id);

describe('search', () => {
  it('indexes every point, scalp line and area, ear point of both maps, ear protocol, condition, dermatome, navel direction and electro-acupuncture pair', () => {
    expect(search.size).toBe(
      data.points.size +
        14 +
        data.jiaoAreas.length +
        93 +
        data.ear.nogier.length +
        data.ear.protocols.length +
        data.conditions.length +
        data.dermatomes.length +
        8 +
        data.electro!.pairs.length,
    );
  });

  it('finds the navel directions and the electro-acupuncture pairs', () => {
    expect(top('Li trigram')).toEqual(['navel:li']);
    expect(top('kan', 3)).toContain('navel:kan');
    expect(top('坎', 3)).toContain('navel:kan');
    expect(search.search('navel').filter((h) => h.owner === 'navel')).toHaveLength(8);
    expect(search.search('umbilicus').some((h) => h.owner === 'navel')).toBe(true);
    for (const q of ['electro', 'electroacupuncture', 'EA'])
      expect(search.search(q).filter((h) => h.owner === 'electro').length, q).toBe(data.electro!.pairs.length);
    expect(search.search('electro sciatica').some((h) => h.id === 'electro:gb30-gb34')).toBe(true);
  });

  it('finds codes with their aliases and spacing variants', () => {
    for (const q of ['UB23', 'bl 23', 'BL-23', 'bl23']) expect(top(q), q).toEqual(['point:BL23']);
    for (const q of ['TH5', 'SJ5', 'te 5']) expect(top(q), q).toEqual(['point:TE5']);
    expect(top('LV3')).toEqual(['point:LR3']);
    expect(top('KID3')).toEqual(['point:KI3']);
    expect(top('Ren12')).toEqual(['point:CV12']);
    expect(top('Du20')).toEqual(['point:GV20']);
    expect(top('GV29')).toEqual(['point:EX-HN3']);
    expect(top('ex-hn3')).toEqual(['point:EX-HN3']);
    expect(canonicalCodes('pc-6 and lu 7')).toEqual(['PC6', 'LU7']);
  });

  it('finds pinyin with or without tones, hanzi, English names, with typos and prefixes', () => {
    expect(top('Hégǔ')).toEqual(['point:LI4']);
    expect(top('hegu')).toEqual(['point:LI4']);
    expect(top('合谷')).toEqual(['point:LI4']);
    expect(top('足三里')).toEqual(['point:ST36']);
    expect(top('Zusanli')).toEqual(['point:ST36']);
    expect(top('zusanly')).toEqual(['point:ST36']); // typo
    expect(top('Joining Valley')).toEqual(['point:LI4']);
    expect(top('sanyinj', 3)).toContain('point:SP6'); // prefix while typing
    expect(normalizeTerm('Nǚ')).toBe('nu');
  });

  it('answers conditions through synonyms and lay words', () => {
    expect(search.conditionsIn('lumbago')).toContain('low-back-pain');
    expect(search.conditionsIn("I can't sleep")).toContain('insomnia');
    const back = search
      .search('lumbago', { kind: 'point' })
      .slice(0, 15)
      .map((h) => h.code);
    expect(back).toContain('BL23');
    expect(back.some((c) => ['BL40', 'BL25', 'GV4'].includes(c))).toBe(true);
    const sleep = search
      .search("can't sleep", { kind: 'point' })
      .slice(0, 15)
      .map((h) => h.code);
    expect(sleep.some((c) => ['HT7', 'SP6', 'EX-HN3', 'PC6'].includes(c))).toBe(true);
  });

  it('ranks points by how many of several conditions they serve', () => {
    const hits = search.search('headache insomnia nausea', { kind: 'point' });
    const served = hits.map((h) => h.conditionsServed);
    expect(served[0]).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < served.length; i++) expect(served[i]!).toBeLessThanOrEqual(served[i - 1]!);
    // every point on top serves as many conditions as any point in the atlas can
    const best = Math.max(...[...data.points.values()].map((p) => ['headache', 'insomnia', 'nausea-vomiting'].filter((c) => p.indications.includes(c)).length));
    expect(served[0]).toBe(best);
  });

  it('lists the points of a region named in the query, and filters', () => {
    const forearm = search.search('points on the forearm', { kind: 'point' }, 200);
    expect(forearm.length).toBeGreaterThan(10);
    for (const h of forearm) expect(data.points.get(h.code)?.region).toBe('forearm');
    const noPregnancy = search.search('labour', { kind: 'point', hidePregnancyCaution: true }, 200);
    for (const h of noPregnancy) expect(data.points.get(h.code)?.cautions.some((c) => c.kind === 'pregnancy')).toBe(false);
    for (const h of search.search('pain', { channel: 'ST' }, 200)) expect(h.code.startsWith('ST')).toBe(true);
    for (const h of search.search('pain', { category: 'back-shu' }, 200))
      expect(data.points.get(h.code)?.categories.some((c) => c.kind === 'back-shu')).toBe(true);
  });

  it('finds scalp lines and areas', () => {
    expect(top('MS7')).toEqual(['scalp:MS7']);
    expect(search.search('motor area', { kind: 'scalp-area' })[0]?.id).toBe('scalp:motor');
  });

  it('finds ear points by code (with spacing and case variants), name, hanzi and alias, and ear protocols', () => {
    expect(top('TF4')).toEqual(['ear:TF4']);
    expect(top('tf 4')).toEqual(['ear:TF4']);
    expect(top('HX6,7i')).toEqual(['ear:HX6,7i']);
    expect(top('ah6a')).toEqual(['ear:AH6a']);
    expect(top('TG21')).toEqual(['ear:TG2l']);
    expect(top('shenmen', 3)).toContain('ear:TF4');
    expect(top('神门', 3)).toContain('ear:TF4');
    expect(top('ear apex', 3)).toContain('ear:HX6,7i');
    expect(top('nada', 3)).toContain('protocol:nada');
    expect(top('battlefield', 3)).toContain('protocol:battlefield-acupuncture');
    // CO10 is the ear's Kidney and also an old code for LI10: both are offered
    expect(top('CO10', 2).sort()).toEqual(['ear:CO10', 'point:LI10']);
  });

  it('answers conditions with ear points and protocols too, and filters by system', () => {
    const smoking = search.search('smoking cessation').map((h) => h.id);
    expect(smoking).toContain('ear:CO14');
    expect(smoking).toContain('protocol:smoking-cessation');
    const insomniaEar = search.search('insomnia', { system: 'gbt13734-2008' });
    expect(insomniaEar.length).toBeGreaterThan(2);
    expect(insomniaEar.every((h) => h.id.startsWith('ear:') || h.id.startsWith('protocol:'))).toBe(true);
    expect(insomniaEar.map((h) => h.id)).toContain('ear:TF4');
    const european = search.search('knee pain', { system: 'nogier' }).map((h) => h.id);
    expect(european).toContain('ear:nogier-knee');
    expect(search.search('points on the forearm', { system: 'who-2008' }).every((h) => h.id.startsWith('point:'))).toBe(true);
  });

  it('answers any input without an error (regex characters, long pastes, emoji, right-to-left text)', () => {
    for (const q of ['.*+?^${}()|[]\\', 'a'.repeat(10_240), '💉🧘‍♀️ acupuncture 🔥', 'ألم الظهر', 'כאב ראש', '\u0000\uFFFF', '   ']) {
      expect(() => search.search(q)).not.toThrow();
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 200 }), (a, b) => {
        const hits = search.search(a + b);
        return Array.isArray(hits) && hits.length <= 50;
      }),
      { numRuns: 300 },
    );
  });
});

describe('the condition vocabulary', () => {
  const required = [
    'spinal-cord-injury',
    'chronic-pain',
    'low-back-pain',
    'sciatica',
    'neck-pain',
    'shoulder-pain',
    'arthritis',
    'knee-pain',
    'tension-headache',
    'migraine',
    'sports-injury',
    'muscle-pain',
    'tendinitis',
    'sprain',
    'stress',
    'anxiety',
    'depression',
    'insomnia',
    'fatigue',
    'chronic-fatigue-syndrome',
    'fibromyalgia',
    'irritable-bowel-syndrome',
    'neuropathy',
    'numbness-tingling',
    'infertility',
    'stroke-hemiplegia',
    'aphasia',
    'multiple-sclerosis',
    'parkinsons-disease',
    'cerebral-palsy',
    'urinary-incontinence',
    'urinary-retention',
    'constipation',
    'sexual-dysfunction',
    'addiction-withdrawal',
    'smoking-cessation',
    'nausea-vomiting',
    'dizziness-vertigo',
    'tinnitus',
    'toothache',
    'facial-paralysis',
    'menstrual-pain',
    'hypertension',
    'post-operative-recovery',
  ];
  it('has at least 150 conditions, grouped by body system, with synonyms, including every one users ask about', () => {
    expect(data.conditions.length).toBeGreaterThanOrEqual(150);
    const ids = new Set(data.conditions.map((c) => c.id));
    for (const id of required) expect(ids.has(id), id).toBe(true);
    for (const c of data.conditions) expect(c.synonyms.length + (c.sameAs ? 1 : 0), c.id).toBeGreaterThan(0);
  });
  it('links each listed condition to the points and zones the texts use, main ones first', () => {
    for (const id of required) {
      const c = data.conditions.find((x) => x.id === id)!;
      expect(c.links.filter((l) => l.role === 'main').length, id).toBeGreaterThanOrEqual(1);
    }
    const sci = data.conditions.find((c) => c.id === 'spinal-cord-injury')!;
    expect(sci.links.map((l) => l.ref)).toContain('EX-B2');
    expect(
      search
        .search('SCI', { kind: 'point' })
        .slice(0, 8)
        .map((h) => h.code),
    ).toContain('EX-B2');
  });
});

describe('the search the build serialises (generated/search.json)', () => {
  const file = JSON.parse(JSON.stringify({ format: 'atlas-search', version: 1, ...search.toJSON() })) as unknown;
  const parsed = searchFileSchema.parse(file);
  const loaded = new AtlasSearch({ documents: parsed.documents, index: parsed.index, conditions: data.conditions, regions: data.regions });

  // the same hits in the same order; scores equal to the last bits (the sums run in another order)
  const same = (hits: ReturnType<typeof search.search>) => hits.map((h) => ({ ...h, score: h.score.toFixed(9) }));

  it('answers every kind of query exactly as the index it was built from', () => {
    expect(loaded.size).toBe(search.size);
    for (const q of [
      'LI4',
      'ub 23, sj5',
      'hegu',
      '合谷',
      'migraine',
      'low back pain and insomnia',
      'points on the forearm',
      'TF4',
      'shen men',
      'nada',
      'MS6',
      'motor area',
      'headach',
      'xyzzy',
    ]) {
      expect(same(loaded.search(q)), q).toEqual(same(search.search(q)));
    }
    expect(same(loaded.search('insomnia', { system: 'nogier' }))).toEqual(same(search.search('insomnia', { system: 'nogier' })));
  });

  it('is checked for its shape, naming the field that is wrong', () => {
    const bad = { ...(file as object), index: { documentCount: 'many' } };
    const r = searchFileSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['index']);
    const noKeys = searchFileSchema.safeParse({ ...(file as object), documents: [{ ...parsed.documents[0], keys: undefined }] });
    expect(noKeys.error?.issues[0]?.path).toEqual(['documents', 0, 'keys']);
  });
});
