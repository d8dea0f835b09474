// The point data against the reference facts: all 361 WHO points and 48 extra points, their codes,
// pinyin and hanzi, and the fields every record must carry.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channelCodes } from '../../src/domain/schema/points.ts';
import { data } from '../support/atlas.ts';
import { readReferenceJson, referencePath } from '../support/paths.ts';

function csvRows(file: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = (head ?? '').split(',');
  return lines.map((line) => {
    const cells: string[] = [];
    let cur = '',
      quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === ',' && !quoted) {
        cells.push(cur);
        cur = '';
      } else cur += ch;
    }
    cells.push(cur);
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}
const stripTones = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ü/g, 'u')
    .replace(/['’]/g, '');

describe('point records', () => {
  it('are all 361 WHO points and the 48 extra points, and nothing else', () => {
    const who = [...data.points.values()].filter((p) => p.channel !== null);
    const extra = [...data.points.values()].filter((p) => p.channel === null);
    expect(who).toHaveLength(361);
    expect(extra).toHaveLength(48);
    const expectedCounts: Record<string, number> = {
      LU: 11,
      LI: 20,
      ST: 45,
      SP: 21,
      HT: 9,
      SI: 19,
      BL: 67,
      KI: 27,
      PC: 9,
      TE: 23,
      GB: 44,
      LR: 14,
      CV: 24,
      GV: 28,
    };
    for (const ch of channelCodes) {
      const nums = who
        .filter((p) => p.channel === ch)
        .map((p) => p.number)
        .sort((a, b) => a - b);
      expect(nums, ch).toEqual(Array.from({ length: expectedCounts[ch]! }, (_, i) => i + 1));
    }
    const groups: Record<string, number> = { HN: 15, CA: 1, B: 9, UE: 11, LE: 12 };
    for (const [g, n] of Object.entries(groups)) for (let i = 1; i <= n; i++) expect(data.points.has(`EX-${g}${i}`), `EX-${g}${i}`).toBe(true);
  });

  it('agree with the WHO 2008 reference on code, pinyin and hanzi', () => {
    const file = referencePath('who2008-361-point-names.csv');
    expect(existsSync(file), `${file} (tests/fixtures/reference)`).toBe(true);
    const rows = csvRows(file);
    expect(rows).toHaveLength(361);
    for (const row of rows) {
      const p = data.points.get(row.code!);
      expect(p, row.code).toBeDefined();
      expect(p!.pinyinPlain, row.code).toBe(row.pinyin);
      expect(p!.hanzi.traditional, row.code).toBe(row.hanzi);
      expect(stripTones(p!.pinyin).toLowerCase(), row.code).toBe(row.pinyin!.replace(/'/g, '').toLowerCase());
    }
  });

  it('agree with the WHO 1991 reference for the extra points, groups having several locations', () => {
    const ref = readReferenceJson('who1991-extra-points.json') as { points: { code: string; pinyin: string }[] };
    expect(ref.points).toHaveLength(48);
    for (const r of ref.points)
      expect(data.points.get(r.code)?.pinyinPlain.replace(/ /g, '').toLowerCase(), r.code).toBe(r.pinyin.replace(/ /g, '').toLowerCase());
    const members = (code: string) => data.points.get(code)?.members?.length ?? 0;
    expect(members('EX-HN1')).toBe(4); // Sishencong
    expect(members('EX-B2')).toBe(17); // Jiaji T1-L5
    expect(members('EX-UE9')).toBe(4); // Baxie
    expect(members('EX-LE10')).toBe(4); // Bafeng
    expect(members('EX-UE11')).toBe(5); // Shixuan
    expect(members('EX-UE10')).toBe(4); // Sifeng
    expect(members('EX-LE12')).toBe(5); // Qiduan
    expect(data.points.get('EX-HN3')?.aliases).toContain('GV29');
  });

  it('mark the six locations WHO left unresolved with an alternative', () => {
    for (const code of ['LI19', 'LI20', 'PC8', 'PC9', 'GB30', 'GV26']) expect(data.points.get(code)?.alternative, code).toBeDefined();
  });

  it('carry the special categories of the reference, five-shu with their phase', () => {
    const ref = readReferenceJson('special-point-categories.json') as { five_shu: Record<string, Record<string, { point: string; element: string }>> };
    for (const roles of Object.values(ref.five_shu)) {
      for (const [role, { point, element }] of Object.entries(roles)) {
        const cat = data.points.get(point)?.categories.find((c) => c.kind === 'five-shu');
        expect(cat, `${point} five-shu`).toMatchObject({ role: role.replace('_', '-'), phase: element });
      }
    }
  });

  it('grade the traditional pregnancy cautions on LI4 and SP6 and keep needling off the umbilicus', () => {
    for (const code of ['LI4', 'SP6'])
      expect(
        data.points.get(code)?.cautions.some((c) => c.kind === 'pregnancy'),
        code,
      ).toBe(true);
    const cv8 = data.points.get('CV8');
    expect(cv8?.needling).toBeNull();
    expect(cv8?.cautions.some((c) => c.grade === 'contraindicated' && c.modality === 'needle')).toBe(true);
  });

  it('pass every data check, references included', () => {
    expect(data.problems.map((p) => `${p.file}: ${p.record}: ${p.field}: ${p.message}`)).toEqual([]);
  });
});

describe('prose that names a point by name and code', () => {
  it('names each point as its record does (e.g. not "Tongtian (BL6)": BL6 is Chengguang)', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { repoRoot } = await import('../support/paths.ts');
    const { data } = await import('../support/atlas.ts');
    const plain = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z]/g, '');
    const files = [
      'data/scalp/who-lines.json',
      'data/scalp/jiao-areas.json',
      'data/conditions.json',
      ...readdirSync(join(repoRoot, 'data/points')).map((f) => `data/points/${f}`),
      ...readdirSync(join(repoRoot, 'data/ear')).map((f) => `data/ear/${f}`),
    ];
    const wrong: string[] = [];
    let seen = 0;
    for (const file of files) {
      const text = readFileSync(join(repoRoot, file), 'utf8');
      for (const m of text.matchAll(/\b([A-Z][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+(?:\s?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)?) \(([A-Z]{2}\d{1,2})\)/g)) {
        const record = data.points.get(m[2]!);
        if (!record) continue;
        seen++;
        if (plain(m[1]!) !== plain(record.pinyinPlain)) wrong.push(`${file}: "${m[0]}" but ${m[2]} is ${record.pinyinPlain}`);
      }
    }
    expect(seen).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });
});
