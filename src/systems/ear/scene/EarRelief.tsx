// The 3D ear: the relief built from the chart geometry, its zones coloured (the borders follow
// the ridges because both come from the same polygons), the chosen map's points as one instanced
// mesh. Its own small canvas, rendered on demand; clicking near a marker opens its card.
import { OrbitControls } from '@react-three/drei';
import { Canvas, type ThreeEvent } from '@react-three/fiber';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { Color, type BufferGeometry, type InstancedMesh, Object3D } from 'three';
import { buildRelief } from '../../../domain/ear/relief.ts';
import type { EarAtlas } from '../../../domain/schema/ear.ts';
import { protocolRefs, visibleEarPoints } from '../../../state/earSelectors.ts';
import { selectedEarPoint, useAtlas } from '../../../state/store.ts';
import { earPartColours } from '../../../theme/tokens.ts';
import { usePalette } from '../../../state/theme.ts';
import { keyOf } from '../../../scene/builds.ts';

const partColour = earPartColours.relief;

function ReliefMesh({ ear }: { ear: EarAtlas }) {
  const relief = useMemo(() => buildRelief(ear), [ear]);
  // the zone colours per vertex; the geometry itself is JSX (R3F owns and disposes it)
  const colours = useMemo(() => {
    const painted = new Float32Array(relief.zoneOfVertex.length * 3);
    const c = new Color();
    relief.zoneOfVertex.forEach((zi, k) => {
      const zone = zi >= 0 ? ear.zones[zi] : undefined;
      c.set(zone ? (partColour[zone.part] ?? earPartColours.other) : earPartColours.skin);
      // alternate zones of a part a little lighter so neighbours are told apart
      if (zone && zi % 2) c.offsetHSL(0, -0.05, 0.06);
      painted.set([c.r, c.g, c.b], k * 3);
    });
    return painted;
  }, [relief, ear]);
  const geometry = useRef<BufferGeometry>(null);
  // normals from the faces, once the geometry holds the relief's positions and indices
  useLayoutEffect(() => {
    geometry.current?.computeVertexNormals();
    geometry.current?.computeBoundingSphere();
  }, [relief, colours]);
  const map = useAtlas((s) => s.earMap);
  const selected = useAtlas((s) => selectedEarPoint(s)?.id ?? null);
  const protocol = useAtlas((s) => s.protocol);
  // the relief is the right ear: its lateral and medial faces, without left-ear-only points
  const points = useMemo(() => visibleEarPoints(ear, map).filter((p) => (p.face === 'lateral' || p.face === 'medial') && p.side !== 'left'), [ear, map]);
  const lit = useMemo(() => protocolRefs(ear, protocol), [ear, protocol]);
  const markers = useRef<InstancedMesh>(null);
  const palette = usePalette();
  useLayoutEffect(() => {
    const mesh = markers.current;
    if (!mesh) return;
    const o = new Object3D();
    const c = new Color();
    points.forEach((p, i) => {
      const big = p.id === selected || lit.has(p.id);
      o.position.set(p.uv[0], -p.uv[1], relief.heightAt(p.uv) + 0.012);
      o.scale.setScalar(big ? 1.7 : 1);
      o.updateMatrix();
      mesh.setMatrixAt(i, o.matrix);
      mesh.setColorAt(
        i,
        c.set(p.id === selected ? palette.markerSelected : lit.has(p.id) ? palette.markerLit : p.system === 'nogier' ? palette.markerEuropean : palette.marker),
      );
    });
    mesh.count = points.length;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
  }, [points, selected, lit, relief, palette]);
  const pick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    const u = e.point.x,
      v = -e.point.y;
    let best: string | null = null,
      bestD = 0.035;
    for (const p of points) {
      const d = Math.hypot(p.uv[0] - u, p.uv[1] - v);
      if (d < bestD) [best, bestD] = [p.id, d];
    }
    if (best) useAtlas.getState().select({ system: 'ear', id: best });
  };
  return (
    <group position={[-0.5, 0.5, 0]}>
      <mesh onClick={pick}>
        <bufferGeometry ref={geometry} key={keyOf(relief.positions)}>
          <bufferAttribute attach="attributes-position" args={[relief.positions, 3]} />
          <bufferAttribute attach="attributes-color" args={[colours, 3]} />
          <bufferAttribute attach="index" args={[relief.indices, 1]} />
        </bufferGeometry>
        <meshStandardMaterial vertexColors roughness={0.75} />
      </mesh>
      <instancedMesh
        ref={markers}
        args={[undefined, undefined, Math.max(points.length, 1)]}
        onClick={(e) => {
          e.stopPropagation();
          const p = e.instanceId !== undefined ? points[e.instanceId] : undefined;
          if (p) useAtlas.getState().select({ system: 'ear', id: p.id });
        }}
      >
        <sphereGeometry args={[0.009, 12, 8]} />
        <meshStandardMaterial />
      </instancedMesh>
    </group>
  );
}

export function EarReliefCanvas() {
  const ear = useAtlas((s) => s.ear);
  const palette = usePalette();
  if (!ear) return null;
  return (
    <Canvas frameloop="demand" camera={{ fov: 30, position: [0.25, -0.05, 2.1] }} role="img" aria-label="3D relief of the right ear" data-ear-relief="true">
      <color attach="background" args={[palette.stage]} />
      <hemisphereLight args={[palette.skySide, palette.groundSide, 1.0]} />
      <directionalLight position={[1.2, 1.5, 2]} intensity={1.8} />
      <ReliefMesh ear={ear} />
      <OrbitControls makeDefault enablePan={false} minDistance={0.8} maxDistance={3.5} />
    </Canvas>
  );
}
