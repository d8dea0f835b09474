// The ear system's part of the export (npm run atlas:export; format in the README).
import type { ExportSection } from '../../types.ts';

export const exportSection: ExportSection = ({ ear }) => ({
  zones: ear.zones.flatMap((z) =>
    z.rings.map((polygon, i) => ({ id: z.id, system: 'gbt13734-2008', part: z.part, face: z.face, ...(z.rings.length > 1 ? { piece: i + 1 } : {}), polygon })),
  ),
  earChart: { space: 'right ear, lateral view: u toward the face, v downward, 1 = ear height; left ear = mirror image', outline: ear.outline },
  earPoints: ear.points.map((p) => ({
    id: p.id,
    system: p.system,
    zone: p.zones[0],
    zones: p.zones,
    face: p.face,
    chart: p.uv,
    side: p.side,
    ...(p.concept ? { concept: p.concept } : {}),
  })),
});
