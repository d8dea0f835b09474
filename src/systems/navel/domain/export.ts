// Navel acupuncture's part of the export (npm run atlas:export; format in the README): each
// direction's sector on this body as a closed outline around the umbilicus, with its trigram and
// how far its sources confirm it (the status, and the note saying what was and was not confirmed).
import type { ExportSection } from '../../types.ts';
import type { Vec3 } from '../../../domain/body/frame.ts';
import { navelFrameOf } from './frame.ts';
import { navelSectors } from './sectors.ts';

const round = (v: Vec3): Vec3 => [+v[0].toFixed(5), +v[1].toFixed(5), +v[2].toFixed(5)];

export const exportSection: ExportSection = ({ records, ctx }) => {
  const directions = records.navel?.directions ?? [];
  const frame = navelFrameOf(ctx.landmarks);
  if (!frame) return {};
  const sectors = new Map(navelSectors(frame, directions).map((s) => [s.id, s]));
  return {
    zones: directions.map((d) => ({
      id: d.id,
      system: 'navel',
      trigram: d.trigram.name,
      symbol: d.trigram.symbol,
      direction: d.direction,
      clock: d.clock,
      element: d.element,
      polyline: (sectors.get(d.id)?.outline ?? []).map(round),
      verification: d.verification.status,
      verificationNote: d.verification.note,
    })),
  };
};
