// The caution consistency rules (src/domain/cautions/consistency.ts) run over the whole atlas:
// body points, scalp zones, ear points, conditions and protocols. npm run check:data reports them.
import {
  bandSharesPregnancyGrade,
  bloodlettingNeedsBleedingCaution,
  electroNeedsElectroCautions,
  linksAgreeWithIndications,
  noDeveloperWording,
  pregnancyCautionsShareOneCaveat,
  type CautionedRecord,
} from '../domain/cautions/consistency.ts';
import type { DataProblem } from '../domain/data/validate.ts';
import type { AtlasData } from './atlasData.ts';

const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

/**
 * The pregnancy bands: the regions traditional lists avoid (tests/fixtures/reference/cautions.json)
 * with the lateral neighbours at the same levels (SP13-15, GB26-28, LR12 beside the lower abdomen;
 * BL51-54 beside the lumbosacral points), so a point never differs from the one beside it.
 */
export const pregnancyBands: Record<string, string[]> = {
  'lower-abdominal': [...range('CV', 2, 7), ...range('KI', 11, 16), ...range('ST', 25, 30), ...range('SP', 13, 15), ...range('GB', 26, 28), 'LR12'],
  'upper-abdominal': [...range('CV', 9, 15), ...range('KI', 17, 21), ...range('ST', 19, 24)],
  lumbosacral: [...range('BL', 22, 35), ...range('GV', 2, 5), ...range('BL', 51, 54)],
};

/** Every record of every system as the rules see it, keyed by its code or id. */
export function cautionedRecords(data: AtlasData): Map<string, CautionedRecord> {
  const out = new Map<string, CautionedRecord>();
  for (const p of data.points.values()) {
    const n = p.needling;
    out.set(p.code, {
      file: data.pointFiles.get(p.code) ?? 'data/points',
      id: p.code,
      technique: n ? [n.direction, n.notes ?? ''].join(' ') : '',
      pricked: n?.angle === 'prick',
      jingWell: p.categories.some((c) => c.kind === 'five-shu' && c.role === 'jing-well'),
      cautions: p.cautions,
      indications: p.indications,
    });
  }
  for (const l of data.whoLines)
    out.set(l.code, {
      file: 'data/scalp/who-lines.json',
      id: l.code,
      technique: [l.needling.direction, l.needling.notes ?? ''].join(' '),
      cautions: l.cautions,
      indications: l.indications,
    });
  for (const a of data.jiaoAreas)
    out.set(a.id, {
      file: 'data/scalp/jiao-areas.json',
      id: a.id,
      technique: [a.needling.direction, a.needling.notes ?? ''].join(' '),
      cautions: a.cautions,
      indications: a.indications,
    });
  for (const e of data.ear.gb)
    out.set(e.code, { file: 'data/ear/gbt13734-2008.json', id: e.code, technique: e.note ?? '', cautions: e.cautions, indications: e.indications });
  for (const e of data.ear.nogier)
    out.set(e.id, { file: 'data/ear/nogier.json', id: e.id, technique: e.note ?? '', cautions: e.cautions, indications: e.indications });
  for (const pr of data.ear.protocols)
    out.set(pr.id, { file: 'data/protocols.json', id: pr.id, technique: pr.note ?? '', cautions: pr.cautions, indications: pr.conditions });
  return out;
}

export function cautionProblems(data: AtlasData): DataProblem[] {
  const records = cautionedRecords(data);
  const all = [...records.values()];
  const problems = [
    ...bloodlettingNeedsBleedingCaution(all),
    ...electroNeedsElectroCautions(all),
    ...pregnancyCautionsShareOneCaveat(all),
    ...linksAgreeWithIndications('data/conditions.json', data.conditions, records),
  ];
  for (const [band, codes] of Object.entries(pregnancyBands))
    problems.push(
      ...bandSharesPregnancyGrade(
        band,
        codes.flatMap((c) => records.get(c) ?? []),
      ),
    );
  for (const p of data.points.values()) problems.push(...noDeveloperWording(data.pointFiles.get(p.code) ?? 'data/points', p.code, p));
  for (const l of data.whoLines) problems.push(...noDeveloperWording('data/scalp/who-lines.json', l.code, l));
  for (const a of data.jiaoAreas) problems.push(...noDeveloperWording('data/scalp/jiao-areas.json', a.id, a));
  for (const e of data.ear.gb) problems.push(...noDeveloperWording('data/ear/gbt13734-2008.json', e.code, e));
  for (const e of data.ear.nogier) problems.push(...noDeveloperWording('data/ear/nogier.json', e.id, e));
  for (const c of data.conditions) problems.push(...noDeveloperWording('data/conditions.json', c.id, c));
  for (const pr of data.ear.protocols) problems.push(...noDeveloperWording('data/protocols.json', pr.id, pr));
  return problems;
}
