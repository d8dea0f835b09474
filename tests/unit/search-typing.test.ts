// The search as people type it, asked of the index the build writes (generated/search.json's
// documents and serialised index, loaded as the browser loads them).
import { describe, expect, it } from 'vitest';
import { AtlasSearch, canonicalCodes } from '../../src/domain/search/searchIndex.ts';
import { searchFileSchema } from '../../src/domain/search/searchFile.ts';
import { groupResults } from '../../src/systems/catalogue.ts';
import { buildSearch } from '../../src/systems/search.ts';
import { atlasRecords } from '../../src/pipeline/atlasData.ts';
import { data } from '../support/atlas.ts';

const built = await buildSearch(atlasRecords(data), data.regions);
const file = searchFileSchema.parse(JSON.parse(JSON.stringify({ format: 'atlas-search', version: 1, ...built.toJSON() })));
const search = new AtlasSearch({ documents: file.documents, index: file.index, conditions: data.conditions, regions: data.regions });
const first = (q: string) => search.search(q)[0]?.id;
const ids = (q: string, limit = 2000) => search.search(q, {}, limit).map((h) => h.id);

describe('pinyin split into syllables, with or without tones', () => {
  it.each([
    ['zu san li', 'point:ST36'],
    ['he gu', 'point:LI4'],
    ['nei guan', 'point:PC6'],
    ['zusanli', 'point:ST36'],
    ['Zúsānlǐ', 'point:ST36'],
    ['Zú sān lǐ', 'point:ST36'],
    ['tai chong', 'point:LR3'],
    ['zhong lv shu', 'point:BL29'],
    ['zhonglvshu', 'point:BL29'],
  ])('%s finds %s first', (q, id) => expect(first(q)).toBe(id));

  it('reads syllables as the name they spell, not every name with one of them; else searches them one by one', () => {
    expect(ids('zu san li')).toEqual(['point:ST36']);
    expect(ids('nei guan, tai chong').slice(0, 2).sort()).toEqual(['point:LR3', 'point:PC6']);
    expect(ids('shen men')).toEqual(expect.arrayContaining(['point:HT7', 'ear:TF4', 'ear:nogier-shen-men']));
    // no name is spelt "sanli": the two names with san and li (Zusanli, Shousanli) come first
    expect(ids('san li').slice(0, 2).sort()).toEqual(['point:LI10', 'point:ST36']);
  });

  it('finds the name while it is still being typed', () => {
    expect(first('zu san')).toBe('point:ST36');
    expect(first('san yin j')).toBe('point:SP6');
  });
});

describe('channel names with numbers', () => {
  it.each([
    ['Stomach 36', 'point:ST36'],
    ['Heart 7', 'point:HT7'],
    ['Liver 3', 'point:LR3'],
    ['Large Intestine 4', 'point:LI4'],
    ['St 36', 'point:ST36'],
    ['UB 23', 'point:BL23'],
    ['Gall Bladder 20', 'point:GB20'],
    ['gallbladder-20', 'point:GB20'],
    ['Urinary Bladder 40', 'point:BL40'],
    ['Triple Burner 5', 'point:TE5'],
    ['San Jiao 5', 'point:TE5'],
    ['Governing Vessel 20', 'point:GV20'],
    ['Conception Vessel 12', 'point:CV12'],
  ])('%s is %s, and only that', (q, id) => expect(ids(q)).toEqual([id]));

  it('reads the longest channel name: Gall Bladder 20 is not Bladder 20', () => {
    expect(canonicalCodes('Gall Bladder 20')).toEqual(['GB20']);
    expect(canonicalCodes('small intestine 3 and large intestine 4')).toEqual(['SI3', 'LI4']);
  });
});

describe('conditions in Chinese', () => {
  it('every condition has a Chinese name, simplified and (where it differs) traditional', () => {
    expect(data.conditions.length).toBeGreaterThan(200);
    for (const c of data.conditions) {
      expect(c.hanzi.simplified, c.id).toMatch(/^\p{Script=Han}{2,}$/u);
      if (c.hanzi.traditional !== undefined) expect(c.hanzi.traditional, c.id).not.toBe(c.hanzi.simplified);
    }
    const byName = (name: string) => data.conditions.find((c) => c.hanzi.simplified === name)?.id;
    expect(byName('失眠')).toBe('insomnia');
    expect(byName('头痛')).toBe('headache');
    expect(data.conditions.find((c) => c.id === 'headache')?.hanzi.traditional).toBe('頭痛');
  });

  it('finds each condition by its Chinese names, simplified and traditional', () => {
    for (const c of data.conditions) {
      for (const name of [c.hanzi.simplified, c.hanzi.traditional ?? c.hanzi.simplified]) {
        expect(search.conditionsIn(name), `${c.id} ${name}`).toContain(c.sameAs ?? c.id);
      }
    }
  });

  it('answers 失眠 and 头痛 with the points used for them, as their English names do', () => {
    expect(search.conditionsIn('失眠')).toEqual(['insomnia']);
    expect(search.conditionsIn('頭痛')).toEqual(['headache']);
    expect(ids('失眠')).toEqual(ids('insomnia'));
    expect(ids('头痛')).toEqual(ids('headache'));
    expect(ids('失眠', 50)).toContain('point:HT7');
  });

  it('reads the longest name in Chinese text (偏头痛 is migraine, not headache too), several at once, and names being typed', () => {
    expect(search.conditionsIn('偏头痛')).toEqual(['migraine']);
    expect(search.conditionsIn('失眠头痛').sort()).toEqual(['headache', 'insomnia']);
    expect(search.conditionsIn('中风')).toEqual(['stroke-hemiplegia']);
  });
});

describe('results under headings', () => {
  it('opens a condition query with the body points ("low back pain" used to open with ear points)', () => {
    const hits = search.search('low back pain', {}, 2000);
    const groups = groupResults(hits);
    expect(groups.map((g) => g.label)).toEqual(['Body points', 'Scalp lines and areas', 'Ear points', 'Protocols', 'Conditions']);
    expect(groups[0]?.hits.slice(0, 5).map((h) => h.code)).toContain('BL23');
  });

  it('puts every hit under exactly one heading, so the counts add up to the total', () => {
    for (const q of ['pain', '失眠', 'shen men', 'zu san li', 'insomnia', 'ear']) {
      const hits = search.search(q, {}, 2000);
      const groups = groupResults(hits);
      expect(
        groups.reduce((n, g) => n + g.hits.length, 0),
        q,
      ).toBe(hits.length);
      expect(new Set(groups.flatMap((g) => g.hits.map((h) => h.id))).size, q).toBe(hits.length);
      for (const g of groups) {
        expect(g.hits.length, `${q} ${g.id}`).toBeGreaterThan(0);
        const kinds = new Set(g.hits.map((h) => h.kind));
        if (g.id === 'points') expect([...kinds]).toEqual(['point']);
        if (g.id === 'ear') expect([...kinds].every((k) => k === 'ear-point')).toBe(true);
        if (g.id === 'protocols') expect([...kinds]).toEqual(['protocol']);
        if (g.id === 'conditions') expect([...kinds]).toEqual(['condition']);
      }
    }
  });
});

describe('a table of queries as people type them, and the hit they expect first', () => {
  it.each([
    ['bai hui', 'point:GV20'],
    ['feng chi', 'point:GB20'],
    ['yin tang', 'point:EX-HN3'],
    ['tai yang', 'point:EX-HN5'],
    ['lie que', 'point:LU7'],
    ['shou san li', 'point:LI10'],
    ['zu lin qi', 'point:GB41'],
    ['nei ting', 'point:ST44'],
    ['tai xi', 'point:KI3'],
    ['yong quan', 'point:KI1'],
    ['qu chi', 'point:LI11'],
    ['guan yuan', 'point:CV4'],
    ['qi hai', 'point:CV6'],
    ['zhong wan', 'point:CV12'],
    ['shen shu', 'point:BL23'],
    ['wei zhong', 'point:BL40'],
    ['kun lun', 'point:BL60'],
    ['yang ling quan', 'point:GB34'],
    ['yin ling quan', 'point:SP9'],
    ['huan tiao', 'point:GB30'],
    ['da zhui', 'point:GV14'],
    ['tian shu', 'point:ST25'],
    ['xue hai', 'point:SP10'],
    ['hou xi', 'point:SI3'],
    ['wai guan', 'point:TE5'],
    ['ding nie qian xie xian', 'scalp:MS6'],
    ['Spleen 6', 'point:SP6'],
    ['Kidney 1', 'point:KI1'],
    ['Pericardium 6', 'point:PC6'],
    ['Lung 7', 'point:LU7'],
    ['Small Intestine 3', 'point:SI3'],
    ['LV3', 'point:LR3'],
    ['合谷', 'point:LI4'],
    ['神门', 'ear:TF4'],
  ])('%s → %s', (q, id) => expect(first(q)).toBe(id));
});
