import { describe, expect, it } from 'vitest';
import { joinPinyinRuns, pinyinForms, pinyinSyllables } from '../../src/domain/search/pinyin.ts';
import { data } from '../support/atlas.ts';

describe('pinyin as people type it', () => {
  it('splits a name into its syllables, with or without tones, ü typed as v', () => {
    expect(pinyinSyllables('Zúsānlǐ')).toEqual(['zu', 'san', 'li']);
    expect(pinyinSyllables('zusanli')).toEqual(['zu', 'san', 'li']);
    expect(pinyinSyllables('Hégǔ')).toEqual(['he', 'gu']);
    expect(pinyinSyllables('Zhōnglǚshù')).toEqual(['zhong', 'lv', 'shu']);
    expect(pinyinSyllables('zhonglvshu')).toEqual(['zhong', 'lv', 'shu']);
    // pinyin's own rules choose: no syllable after the first begins with a, o or e (an apostrophe
    // would come first), and one tone mark per syllable
    expect(pinyinSyllables('Xiàngǔ')).toEqual(['xian', 'gu']);
    expect(pinyinSyllables('Yīnggǔ')).toEqual(['ying', 'gu']);
    expect(pinyinSyllables('Yángǔ')).toEqual(['yan', 'gu']);
    expect(pinyinSyllables('fangan')).toEqual(['fan', 'gan']);
  });

  it('knows a word that is not pinyin', () => {
    for (const w of ['pain', 'headache', 'Stomach', 'x', '', '36', 'LI4', '合谷', 'ear']) expect(pinyinSyllables(w), w).toBeNull();
  });

  it('reads every name in the atlas into as many syllables as its Chinese name has characters', () => {
    const names = [
      ...[...data.points.values()].map((p) => [p.pinyin, p.hanzi.simplified]),
      ...[...data.whoLines.values()].map((l) => [l.pinyin, l.hanzi.simplified]),
      ...data.jiaoAreas.map((a) => [a.pinyin, a.hanzi.simplified]),
      ...data.ear.gb.map((p) => [p.pinyin, p.hanzi.simplified]),
    ] as [string, string][];
    expect(names.length).toBeGreaterThan(500);
    for (const [pinyin, hanzi] of names) {
      // a numeral is a character but not spelt out the same way ("轮1" is Lúnyī): those names are skipped
      if (/\d/.test(hanzi)) continue;
      const words = pinyin.split(/[\s'’-]+/).filter((w) => !/^[IVX]+$/.test(w));
      const syllables = words.map((w) => pinyinSyllables(w));
      expect(syllables, pinyin).not.toContain(null);
      expect(syllables.flat().length, `${pinyin} ${hanzi}`).toBe([...hanzi].filter((c) => /\p{Script=Han}/u.test(c)).length);
    }
  });

  it('gives the forms a name is indexed under: its syllables and the name run together', () => {
    expect(pinyinForms('Zúsānlǐ')).toBe('zu san li zusanli');
    expect(pinyinForms("Fù'āi")).toBe('fu ai fuai');
    expect(pinyinForms('Dǐngniè Qiánxiéxiàn')).toBe('ding nie qian xie xian dingnieqianxiexian');
    expect(pinyinForms('Épángxiàn II')).toBe('e pang xian epangxian');
    expect(pinyinForms('Zhōnglǚshù')).toBe('zhong lu shu zhonglushu');
  });

  it('joins runs of pinyin typed apart into the name they spell, and leaves other words alone', () => {
    expect(joinPinyinRuns('zu san li')).toBe('zusanli');
    expect(joinPinyinRuns('Zú sān lǐ')).toBe('zusanli');
    expect(joinPinyinRuns('he gu for headache')).toBe('hegu for headache');
    expect(joinPinyinRuns('nei guan, tai chong')).toBe('neiguan taichong');
    expect(joinPinyinRuns('zhong lv shu')).toBe('zhonglushu');
    expect(joinPinyinRuns('san yin j')).toBe('sanyin j');
    expect(joinPinyinRuns('zusanli')).toBeNull();
    expect(joinPinyinRuns('low back pain')).toBeNull();
    expect(joinPinyinRuns('Stomach 36')).toBeNull();
  });
});
