// The how-to-find guide of the selected point: its starting landmark, the measured steps as a
// ruler with a tick at every cun, and the last stretch to the point on the skin, in one line draw
// call plus a start and an end marker that are never hidden by the body. Geometries and materials
// are JSX, owned (and disposed) by R3F.
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import type { BodySurface, Vec3 } from '../../../domain/body/frame.ts';
import { locationOnSurface } from '../../../domain/points/placement.ts';
import { selectedPoint, useAtlas } from '../../../state/store.ts';
import { usePalette } from '../../../state/theme.ts';
import { FatSegments } from '../../../scene/FatSegments.tsx';

export function Guide({ surface }: { surface: BodySurface }) {
  const palette = usePalette();
  const selected = useAtlas(selectedPoint);
  const locations = useAtlas((s) => s.locations);
  const invalidate = useThree((s) => s.invalidate);
  const location = useMemo(
    () => (selected ? (locations.find((l) => l.code === selected.id && l.side === selected.side && l.index === selected.index) ?? null) : null),
    [selected, locations],
  );
  const guide = location?.guide ?? null;
  // where the point itself sits on this body: the guide ends there, whatever the last step left
  const end = useMemo(() => (location ? locationOnSurface(surface, location).position : null), [location, surface]);

  const ruler = useMemo(() => {
    if (!guide) return null;
    const verts: number[] = [];
    const push = (a: Vec3, b: Vec3) => verts.push(...a, ...b);
    for (const step of guide.steps) {
      push(step.from, step.to);
      if (step.unit === 'fraction' || step.amount <= 0) continue;
      // a tick across the step at every whole unit
      const d: Vec3 = [step.to[0] - step.from[0], step.to[1] - step.from[1], step.to[2] - step.from[2]];
      const len = Math.hypot(...d) || 1;
      const u: Vec3 = [d[0] / len, d[1] / len, d[2] / len];
      // perpendicular in the view-independent sense: cross with the up or forward axis
      const ref: Vec3 = Math.abs(u[1]) > 0.8 ? [1, 0, 0] : [0, 1, 0];
      const c: Vec3 = [u[1] * ref[2] - u[2] * ref[1], u[2] * ref[0] - u[0] * ref[2], u[0] * ref[1] - u[1] * ref[0]];
      const cl = Math.hypot(...c) || 1;
      const tick = 0.006;
      for (let k = 1; k <= Math.floor(step.amount + 1e-6); k++) {
        const t = k / step.amount;
        const p: Vec3 = [step.from[0] + d[0] * t, step.from[1] + d[1] * t, step.from[2] + d[2] * t];
        push(
          [p[0] - (c[0] / cl) * tick, p[1] - (c[1] / cl) * tick, p[2] - (c[2] / cl) * tick],
          [p[0] + (c[0] / cl) * tick, p[1] + (c[1] / cl) * tick, p[2] + (c[2] / cl) * tick],
        );
      }
    }
    // the last stretch, from the end of the steps onto the point on the skin
    const last = guide.steps.at(-1)?.to ?? guide.start;
    if (end) push(last, end);
    return new Float32Array(verts);
  }, [guide, end]);

  useEffect(() => invalidate(), [ruler, palette, invalidate]);

  if (!guide || !ruler) return null;
  return (
    <group name="guide" renderOrder={20}>
      <FatSegments positions={ruler} color={palette.guide} width={2.5} depthTest={false} opacity={0.9} renderOrder={20} />
      <mesh position={guide.start} renderOrder={21}>
        <sphereGeometry args={[0.005, 12, 8]} />
        <meshBasicMaterial color={palette.guideStart} depthTest={false} />
      </mesh>
      {end && (
        <mesh position={end} renderOrder={22}>
          <sphereGeometry args={[0.0035, 12, 8]} />
          <meshBasicMaterial color={palette.guide} depthTest={false} />
        </mesh>
      )}
    </group>
  );
}
