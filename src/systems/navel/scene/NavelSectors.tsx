// The eight directions of navel acupuncture drawn around the umbilicus of the body shown: filled
// sectors (one mesh), their outlines, and each trigram's sign and name as a label, in the theme's
// calm neutrals with its accent for the direction chosen (domain/colours.ts). A click on a sector
// selects its direction; hover (local, like a marker's) tints it. Opening the navel view brings the camera close, framed from the
// navel's cun so the sectors and labels fit the viewport on a phone as on a desk.
import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Color, DoubleSide, type BufferAttribute, type Group } from 'three';
import { selectedNavel, useAtlas } from '../../../state/store.ts';
import { selectLitCodes } from '../../../state/studySelectors.ts';
import { usePalette } from '../../../state/theme.ts';
import { keyOf } from '../../../scene/builds.ts';
import { LabelLayer, type LabelSpec } from '../../../scene/LabelLayer.tsx';
import { sectorColour, sectorLabelColour } from '../domain/colours.ts';
import { navelFrameOf } from '../domain/frame.ts';
import { navelCameraDistance, navelSectors } from '../domain/sectors.ts';

const steps = 6;
const colour = new Color();

export function NavelSectors() {
  const open = useAtlas((s) => s.navelOpen);
  const navel = useAtlas((s) => s.navel);
  const landmarks = useAtlas((s) => s.landmarks);
  const selected = useAtlas(selectedNavel);
  const found = useAtlas(selectLitCodes);
  const palette = usePalette();
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const colours = useRef<BufferAttribute>(null);
  const group = useRef<Group>(null);
  const [hovered, setHovered] = useState<string | null>(null);

  const frame = useMemo(() => navelFrameOf(landmarks), [landmarks]);
  const sectors = useMemo(() => (frame && navel ? navelSectors(frame, navel.directions, steps) : []), [frame, navel]);
  const geometry = useMemo(() => {
    const positions = new Float32Array(sectors.flatMap((s) => s.triangles.flat()));
    const outline: number[] = [];
    for (const s of sectors) for (let i = 0; i < s.outline.length - 1; i++) outline.push(...s.outline[i]!, ...s.outline[i + 1]!);
    return { positions, colors: new Float32Array(positions.length), outline: new Float32Array(outline) };
  }, [sectors]);

  const states = useMemo(
    () => sectors.map((s) => ({ selected: s.id === selected?.id, hovered: s.id === hovered, found: found?.has(`navel-${s.id}`) ?? false })),
    [sectors, selected?.id, hovered, found],
  );

  // colours written in place
  useLayoutEffect(() => {
    const attr = colours.current;
    if (!attr) return;
    const perSector = steps * 6;
    sectors.forEach((s, i) => {
      colour.set(sectorColour(i, states[i]!, palette));
      for (let v = i * perSector; v < (i + 1) * perSector; v++) attr.setXYZ(v, colour.r, colour.g, colour.b);
    });
    attr.needsUpdate = true;
    invalidate();
  }, [sectors, states, palette, invalidate]);

  // the close-up: when the view opens, the body changes or a direction is chosen
  const aspect = size.width / Math.max(1, size.height);
  const fov = 'fov' in camera ? (camera as { fov: number }).fov : 35;
  useEffect(() => {
    if (!open || !frame) return;
    const d = navelCameraDistance(frame.cunM, fov, aspect);
    const [x, y, z] = frame.centre;
    const [nx, ny, nz] = frame.normal;
    useAtlas.getState().frame(frame.centre, [x + nx * d, y + ny * d, z + nz * d]);
    // (the aspect is read when the view opens; resizing afterwards keeps the user's camera)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, frame, selected?.id]);

  useEffect(() => invalidate(), [open, geometry, invalidate]);

  // The sectors are drawn over the skin without the depth test (the mesh's navel is a dent whose
  // facets cut through any plane laid over it), so they are shown only while the camera is in
  // front of the navel, never through the body.
  useFrame(({ camera: c }) => {
    if (!group.current || !frame) return;
    const [x, y, z] = frame.centre;
    const [nx, ny, nz] = frame.normal;
    group.current.visible = (c.position.x - x) * nx + (c.position.y - y) * ny + (c.position.z - z) * nz > 0.02;
  });

  const body = useThree((s) => s.scene.getObjectByName('body') ?? null);
  const labels = useMemo<LabelSpec[]>(
    () =>
      sectors.map((s, i) => {
        const d = navel?.directions.find((x) => x.id === s.id);
        const color = sectorLabelColour(states[i]!, palette);
        return { text: `${d?.trigram.symbol ?? ''} ${d?.trigram.name ?? s.id}`, position: s.label, normal: frame?.normal ?? [0, 0, 1], color };
      }),
    [sectors, navel, frame, states, palette],
  );

  const sectorAt = (e: ThreeEvent<PointerEvent | MouseEvent>) =>
    e.faceIndex === undefined || e.faceIndex === null ? undefined : sectors[Math.floor(e.faceIndex / (steps * 2))];
  const hover = (e: ThreeEvent<PointerEvent>) => {
    const id = sectorAt(e)?.id ?? null;
    if (id !== hovered) setHovered(id);
  };
  const pick = (e: ThreeEvent<MouseEvent>) => {
    const s = sectorAt(e);
    if (!s) return;
    e.stopPropagation();
    const id = navel?.directions.find((d) => d.id === s.id)?.id;
    if (id) useAtlas.getState().select({ system: 'navel', id });
  };

  if (!open || sectors.length === 0) return null;
  return (
    <group name="navel-sectors" ref={group}>
      <mesh name="navel-sector-fill" onClick={pick} onPointerMove={hover} onPointerOut={() => setHovered(null)} renderOrder={4}>
        <bufferGeometry key={keyOf(geometry.positions)}>
          <bufferAttribute attach="attributes-position" args={[geometry.positions, 3]} />
          <bufferAttribute ref={colours} attach="attributes-color" args={[geometry.colors, 3]} />
        </bufferGeometry>
        <meshBasicMaterial vertexColors side={DoubleSide} toneMapped={false} depthTest={false} />
      </mesh>
      <lineSegments name="navel-sector-outline" renderOrder={5}>
        <bufferGeometry key={keyOf(geometry.outline)}>
          <bufferAttribute attach="attributes-position" args={[geometry.outline, 3]} />
        </bufferGeometry>
        <lineBasicMaterial color={palette.ink} depthTest={false} />
      </lineSegments>
      <LabelLayer labels={labels} occluder={body} rank={2} />
    </group>
  );
}
