// The scalp system's part of the export (npm run atlas:export; format in the README).
import type { ExportSection } from '../../types.ts';
import { buildJiaoAreas, buildWhoLines } from '../../../domain/scalp/zones.ts';
import type { Vec3 } from '../../../domain/body/frame.ts';

const round = (v: Vec3): Vec3 => [+v[0].toFixed(5), +v[1].toFixed(5), +v[2].toFixed(5)];

export const exportSection: ExportSection = ({ records, ctx, resolver }) => ({
  zones: [...buildWhoLines(resolver, [...records.whoLines.values()]), ...buildJiaoAreas(ctx, [...records.jiaoAreas.values()])].flatMap((z) =>
    z.strokes.map((stroke, i) => ({
      id: z.strokes.length > 1 ? `${z.id}#${i + 1}` : z.id,
      system: z.system,
      side: z.side,
      polyline: stroke.map((p) => round(p)),
      ...(z.segments ? { segments: z.segments } : {}),
    })),
  ),
});
