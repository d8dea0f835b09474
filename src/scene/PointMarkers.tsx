// Every point location on the body in ONE draw call: an instanced sphere per location, coloured by
// channel, lifted a little off the skin along its normal so it is never hidden inside the body.
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Color, InstancedMesh, Matrix4, MeshBasicMaterial, SphereGeometry } from 'three';
import type { BodySurface, BodyVariantId } from '../domain/body/frame.ts';
import { channelInfo, channelOfCode } from '../domain/points/channels.ts';
import { atlasFileSchema, locationOnSurface, type PlacedLocation } from '../domain/points/placement.ts';
import { useAtlas } from '../state/store.ts';
import { LabelLayer, type LabelSpec } from './LabelLayer.tsx';

const sphere = new SphereGeometry(1, 10, 8);
const material = new MeshBasicMaterial({ toneMapped: false });
const radius = 0.0042;

export function atlasUrl(variant: BodyVariantId): string {
  return `${import.meta.env.BASE_URL}generated/atlas-${variant}.json`;
}

export function PointMarkers({ variant, surface }: { variant: BodyVariantId; surface: BodySurface }) {
  const visible = useAtlas((s) => s.showPoints);
  const showLabels = useAtlas((s) => s.showPointLabels);
  const channel = useAtlas((s) => s.channel);
  const [locations, setLocations] = useState<PlacedLocation[]>([]);
  const mesh = useRef<InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    let live = true;
    fetch(atlasUrl(variant))
      .then((r) => {
        if (!r.ok) throw new Error(`atlas-${variant}.json: HTTP ${r.status}`);
        return r.json();
      })
      .then((json: unknown) => {
        const parsed = atlasFileSchema.safeParse(json);
        if (!parsed.success) throw new Error(`atlas-${variant}.json: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
        if (live) setLocations(parsed.data.locations);
      })
      .catch((e: unknown) => console.error('Point atlas failed to load:', e));
    return () => {
      live = false;
    };
  }, [variant]);

  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m || locations.length === 0) return;
    const matrix = new Matrix4();
    const color = new Color();
    locations.forEach((loc, i) => {
      const { position, normal } = locationOnSurface(surface, loc);
      const r = channel === null || channelOfCode(loc.code) === channel ? radius : 0;
      matrix.makeScale(r, r, r).setPosition(position[0] + normal[0] * radius * 0.5, position[1] + normal[1] * radius * 0.5, position[2] + normal[2] * radius * 0.5);
      m.setMatrixAt(i, matrix);
      m.setColorAt(i, color.set(channelInfo[channelOfCode(loc.code)].color));
    });
    m.count = locations.length;
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    m.computeBoundingSphere();
    invalidate();
  }, [locations, surface, channel, invalidate]);

  const body = useThree((s) => s.scene.getObjectByName('body') ?? null);
  const labels = useMemo<LabelSpec[]>(
    () =>
      locations
        .filter((loc) => channel === null || channelOfCode(loc.code) === channel)
        .map((loc) => {
          const { position, normal } = locationOnSurface(surface, loc);
          return { text: loc.index > 1 || loc.code.startsWith('EX-') ? `${loc.code}.${loc.index}` : loc.code, position, normal, color: '#111827' };
        }),
    [locations, surface, channel],
  );

  useEffect(() => invalidate(), [visible, invalidate]);

  return (
    <>
      <instancedMesh ref={mesh} name="point-markers" args={[sphere, material, Math.max(1, locations.length)]} visible={visible && locations.length > 0} />
      <LabelLayer labels={labels} visible={visible && showLabels} occluder={body} />
    </>
  );
}
