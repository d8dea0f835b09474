// A pair's needles in words, with a group member's label ("EX-B2 L4").
import type { AtlasPointRecord } from '../../../domain/schema/points.ts';
import type { Electrode, ElectroPair } from '../domain/schema.ts';

export function needleWords(e: Electrode, records: ReadonlyMap<string, AtlasPointRecord> | null): string {
  const label = e.member ? records?.get(e.code)?.members?.[e.member - 1]?.label : undefined;
  return label ? `${e.code} ${label}` : e.code;
}

export const pairTitle = (p: ElectroPair, records: ReadonlyMap<string, AtlasPointRecord> | null): string =>
  `${needleWords(p.a, records)} – ${needleWords(p.b, records)}`;
