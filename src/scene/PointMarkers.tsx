// Every point location on the body in ONE draw call: an instanced sphere per location, coloured by
// channel, lifted a little off the skin along its normal so it is never hidden inside the body.
// Hover names the point (the one HTML label in the scene); a click selects it.
import { Html } from '@react-three/drei';
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, InstancedMesh, Matrix4, MeshBasicMaterial, SphereGeometry } from 'three';
import type { BodySurface } from '../domain/body/frame.ts';
import { channelInfo, channelOfCode } from '../domain/points/channels.ts';
import { locationOnSurface } from '../domain/points/placement.ts';
import { passesFilters } from '../state/filters.ts';
import { useAtlas } from '../state/store.ts';
import { LabelLayer, type LabelSpec } from './LabelLayer.tsx';

// A low-poly ball (48 triangles, an octagon in outline; the material is unlit, so facets do not
// show): 834 of them are drawn every frame, and in software WebGL their triangles dominated the
// frame time (10 x 8 segments: 200 ms per orbit frame; 8 x 4: about half of that).
const sphere = new SphereGeometry(1, 8, 4);
const material = new MeshBasicMaterial({ toneMapped: false });
const radius = 0.0042;
const selectedColor = new Color('#ffffff');

export function PointMarkers({ surface }: { surface: BodySurface }) {
  const visible = useAtlas((s) => s.showPoints);
  const showLabels = useAtlas((s) => s.showPointLabels);
  const channel = useAtlas((s) => s.channel);
  const category = useAtlas((s) => s.category);
  const region = useAtlas((s) => s.region);
  const showExtra = useAtlas((s) => s.showExtra);
  const locations = useAtlas((s) => s.locations);
  const selected = useAtlas((s) => s.selected);
  const hovered = useAtlas((s) => s.hovered);
  const records = useAtlas((s) => s.records);
  const results = useAtlas((s) => s.resultCodes);
  const mesh = useRef<InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);

  const placed = useMemo(() => locations.map((loc) => locationOnSurface(surface, loc)), [locations, surface]);
  const shown = useMemo(
    () => locations.map((loc) => passesFilters(loc.code, records?.get(loc.code), { channel, category, region, showExtra }) && (results === null || results.has(loc.code))),
    [locations, records, channel, category, region, showExtra, results],
  );
  const selectedIndex = useMemo(
    () => (selected ? locations.findIndex((l) => l.code === selected.code && l.side === selected.side && l.index === selected.index) : -1),
    [locations, selected],
  );

  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m || locations.length === 0) return;
    const matrix = new Matrix4();
    const color = new Color();
    locations.forEach((loc, i) => {
      const { position, normal } = placed[i] ?? { position: [0, 0, 0], normal: [0, 0, 1] };
      const r = !shown[i] && i !== selectedIndex ? 0 : i === selectedIndex ? radius * 1.9 : i === hovered || results !== null ? radius * 1.5 : radius;
      matrix.makeScale(r, r, r).setPosition(position[0] + normal[0] * r * 0.5, position[1] + normal[1] * r * 0.5, position[2] + normal[2] * r * 0.5);
      m.setMatrixAt(i, matrix);
      m.setColorAt(i, i === selectedIndex ? selectedColor : color.set(channelInfo[channelOfCode(loc.code)].color));
    });
    m.count = locations.length;
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    m.computeBoundingSphere();
    invalidate();
  }, [locations, placed, shown, selectedIndex, hovered, results, invalidate]);

  // Frame the results of a search: the camera backs off to see all of them.
  useEffect(() => {
    if (!results || results.size === 0 || selectedIndex >= 0) return;
    const found = placed.filter((_, i) => results.has(locations[i]?.code ?? ''));
    if (found.length === 0) return;
    const min = [Infinity, Infinity, Infinity], max = [-Infinity, -Infinity, -Infinity];
    for (const p of found) for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k] ?? 0, p.position[k] ?? 0);
      max[k] = Math.max(max[k] ?? 0, p.position[k] ?? 0);
    }
    const centre: [number, number, number] = [((min[0] ?? 0) + (max[0] ?? 0)) / 2, ((min[1] ?? 0) + (max[1] ?? 0)) / 2, ((min[2] ?? 0) + (max[2] ?? 0)) / 2];
    const size = Math.max((max[0] ?? 0) - (min[0] ?? 0), (max[1] ?? 0) - (min[1] ?? 0), 0.25);
    const facing = found.filter((p) => p.normal[2] < 0).length > found.length / 2 ? -1 : 1;
    useAtlas.getState().frame(centre, [centre[0], centre[1] + size * 0.1, centre[2] + facing * (size * 1.9 + 0.3)]);
  }, [results, placed, locations, selectedIndex]);

  // Frame the selection: the camera looks at the point from outside the skin.
  useEffect(() => {
    const p = placed[selectedIndex];
    if (!p) return;
    const d = 0.55;
    useAtlas.getState().frame(p.position, [p.position[0] + p.normal[0] * d, p.position[1] + p.normal[1] * d + 0.05, p.position[2] + p.normal[2] * d]);
  }, [placed, selectedIndex]);

  useEffect(() => invalidate(), [visible, invalidate]);

  const body = useThree((s) => s.scene.getObjectByName('body') ?? null);
  const labels = useMemo<LabelSpec[]>(
    () =>
      locations.flatMap((loc, i) => {
        if (!shown[i]) return [];
        const p = placed[i];
        if (!p) return [];
        return [{ text: loc.index > 1 || loc.code.startsWith('EX-') ? `${loc.code}.${loc.index}` : loc.code, position: p.position, normal: p.normal, color: '#111827' }];
      }),
    [locations, placed, shown],
  );

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    const loc = e.instanceId === undefined ? undefined : locations[e.instanceId];
    if (!loc || !shown[e.instanceId ?? -1]) return;
    e.stopPropagation();
    useAtlas.getState().selectPoint({ code: loc.code, side: loc.side, index: loc.index });
  };
  const onMove = (e: ThreeEvent<PointerEvent>) => {
    if (e.instanceId === undefined || !shown[e.instanceId]) return;
    e.stopPropagation();
    useAtlas.getState().setHovered(e.instanceId);
  };
  const hoveredLoc = hovered === null ? undefined : locations[hovered];
  const hoveredAt = hovered === null ? undefined : placed[hovered];

  return (
    <>
      <instancedMesh
        ref={mesh}
        name="point-markers"
        args={[sphere, material, Math.max(1, locations.length)]}
        visible={visible && locations.length > 0}
        onClick={visible ? onClick : undefined}
        onPointerMove={visible ? onMove : undefined}
        onPointerOut={() => useAtlas.getState().setHovered(null)}
      />
      <LabelLayer labels={labels} visible={visible && showLabels} occluder={body} />
      {hoveredLoc && hoveredAt && visible && (
        <Html position={hoveredAt.position} className="hover-label" center={false} zIndexRange={[20, 0]} pointerEvents="none">
          <strong>{hoveredLoc.code}</strong> {records?.get(hoveredLoc.code)?.pinyin ?? ''}
        </Html>
      )}
    </>
  );
}
