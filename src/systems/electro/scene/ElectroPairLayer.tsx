// The chosen electro-acupuncture pair on the body: both needles marked and the current's path drawn
// as a line between them over the skin, and the camera framing both.
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { BodySurface, Vec3 } from '../../../domain/body/frame.ts';
import { locationOnSurface } from '../../../domain/points/placement.ts';
import { selectedPair, useAtlas } from '../../../state/store.ts';
import { usePalette } from '../../../state/theme.ts';
import { FatSegments } from '../../../scene/FatSegments.tsx';

/** Off the skin, so the line and the needles' marks are not swallowed by it (metres). */
const lift = 0.006;

export function ElectroPairLayer({ surface }: { surface: BodySurface }) {
  const selected = useAtlas(selectedPair);
  const electro = useAtlas((s) => s.electro);
  const records = useAtlas((s) => s.records);
  const locations = useAtlas((s) => s.locations);
  const palette = usePalette();
  const invalidate = useThree((s) => s.invalidate);

  const needles = useMemo(() => {
    const pair = electro?.pairs.find((p) => p.id === selected?.id);
    if (!pair || !selected) return null;
    const place = (code: string, member: number | undefined, side: 'left' | 'right') => {
      const onSide = records?.get(code)?.laterality === 'midline' ? 'midline' : side;
      const loc = locations.find((l) => l.code === code && l.side === onSide && l.index === (member ?? 1));
      if (!loc) return null;
      const { position, normal } = locationOnSurface(surface, loc);
      return { position: [position[0] + normal[0] * lift, position[1] + normal[1] * lift, position[2] + normal[2] * lift] as Vec3, normal };
    };
    const other = selected.side === 'left' ? 'right' : 'left';
    const a = place(pair.a.code, pair.a.member, selected.side);
    const b = place(pair.b.code, pair.b.member, pair.across ? other : selected.side);
    return a && b ? [a, b] : null;
  }, [electro, selected, records, locations, surface]);

  // frame both needles from outside the skin, far enough to show the whole path
  useEffect(() => {
    if (!needles) return;
    const [a, b] = needles as [{ position: Vec3; normal: Vec3 }, { position: Vec3; normal: Vec3 }];
    const mid: Vec3 = [(a.position[0] + b.position[0]) / 2, (a.position[1] + b.position[1]) / 2, (a.position[2] + b.position[2]) / 2];
    const n: Vec3 = [a.normal[0] + b.normal[0], a.normal[1] + b.normal[1], a.normal[2] + b.normal[2]];
    const len = Math.hypot(...n) || 1;
    const d = Math.max(0.45, 1.9 * Math.hypot(a.position[0] - b.position[0], a.position[1] - b.position[1], a.position[2] - b.position[2]));
    useAtlas.getState().frame(mid, [mid[0] + (n[0] / len) * d, mid[1] + (n[1] / len) * d, mid[2] + (n[2] / len) * d]);
  }, [needles]);

  const path = useMemo(() => (needles ? new Float32Array([...needles[0]!.position, ...needles[1]!.position]) : null), [needles]);
  useEffect(() => invalidate(), [path, invalidate]);
  if (!needles || !path) return null;
  return (
    <group name="electro-pair">
      <FatSegments name="electro-path" positions={path} color={palette.guide} width={5} depthTest={false} renderOrder={5} />
      {needles.map((n, i) => (
        <mesh key={i} name="electro-needle" position={n.position} renderOrder={6}>
          <sphereGeometry args={[0.007, 16, 12]} />
          <meshBasicMaterial color={palette.guideStart} depthTest={false} toneMapped={false} />
        </mesh>
      ))}
    </group>
  );
}
