// The points system's part of the export (npm run atlas:export; format in the README).
import type { ExportSection } from '../../types.ts';

export const exportSection: ExportSection = ({ records, locations, locationArea }) => {
  const round = (v: readonly number[], digits: number) => v.map((x) => +x.toFixed(digits));
  return {
    points: locations.map((l) => {
      const record = records.points.get(l.code);
      return {
        code: l.code,
        channel: record?.channel ?? 'EX',
        side: l.side,
        index: l.index,
        position: round(l.position, 5),
        normal: round(l.normal, 4),
        region: record?.region ?? '',
        // the skin area (dermatome or trigeminal division) of the skin under it on this body
        dermatome: locationArea(l) ?? '',
      };
    }),
  };
};
