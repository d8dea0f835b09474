// The data checks of the pairs (npm run check:data): every needle is a point of the atlas (and a
// member of its group where it names one), and on each body the current of every pair stays off
// the chest and the spinal cord, computed from the resolved places (crossing.ts).
import type { Side, Vec3 } from '../../../domain/body/frame.ts';
import type { DataProblem } from '../../../domain/data/validate.ts';
import { crossingProblem, type PlacedNeedle } from './crossing.ts';
import type { Electrode, ElectroFile, ElectroPair } from './schema.ts';

const file = 'data/electro/pairs.json';

/** What the checks need of a point record. */
export interface PointFacts {
  laterality: string;
  region: string;
  members?: readonly unknown[] | undefined;
}

export function electroReferenceProblems(pairs: readonly ElectroPair[], points: ReadonlyMap<string, PointFacts>): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const pair of pairs)
    for (const end of ['a', 'b'] as const) {
      const e = pair[end];
      const record = points.get(e.code);
      if (!record) problems.push({ file, record: pair.id, field: `${end}.code`, message: `there is no point "${e.code}" in the atlas` });
      else if (e.member !== undefined && (record.members?.length ?? 0) < e.member)
        problems.push({ file, record: pair.id, field: `${end}.member`, message: `${e.code} has no member ${e.member}` });
      else if (e.member === undefined && record.members)
        problems.push({ file, record: pair.id, field: `${end}.member`, message: `${e.code} is a group: name its member` });
    }
  return problems;
}

/** A resolved location as the check reads it. */
export interface NeedlePlace {
  code: string;
  side: Side;
  index: number;
  position: Vec3;
  normal: Vec3;
}

const other = (s: Side): Side => (s === 'left' ? 'right' : s === 'right' ? 'left' : 'midline');

/** Where each needle of a pair stands when the pair is used on `side` (a midline point stays on the midline). */
export function placePair(
  pair: Pick<ElectroPair, 'a' | 'b' | 'across'>,
  side: 'left' | 'right',
  locations: readonly NeedlePlace[],
  points: ReadonlyMap<string, PointFacts>,
): [PlacedNeedle, PlacedNeedle] | null {
  const place = (e: Electrode, s: Side): PlacedNeedle | null => {
    const record = points.get(e.code);
    if (!record) return null;
    const onSide = record.laterality === 'midline' ? 'midline' : s;
    const l = locations.find((x) => x.code === e.code && x.side === onSide && x.index === (e.member ?? 1));
    return l
      ? { name: `${e.code}${e.member ? ` member ${e.member}` : ''} (${onSide})`, position: l.position, normal: l.normal, side: onSide, region: record.region }
      : null;
  };
  const a = place(pair.a, side),
    b = place(pair.b, pair.across ? other(side) : side);
  return a && b ? [a, b] : null;
}

/** On one body: each pair, on each side, placed and its current's path checked. */
export function electroCrossingProblems(
  data: ElectroFile,
  locations: readonly NeedlePlace[],
  points: ReadonlyMap<string, PointFacts>,
  umbilicusY: number,
  body: string,
): DataProblem[] {
  const problems: DataProblem[] = [];
  for (const pair of data.pairs)
    for (const side of ['left', 'right'] as const) {
      const placed = placePair(pair, side, locations, points);
      if (!placed) {
        problems.push({ file, record: pair.id, field: 'a', message: `could not place the pair on the ${side} side of the ${body} body` });
        continue;
      }
      const why = crossingProblem(placed[0], placed[1], umbilicusY);
      if (why) problems.push({ file, record: pair.id, field: pair.across ? 'across' : 'b', message: `${why} (on the ${body} body)` });
    }
  return problems;
}
