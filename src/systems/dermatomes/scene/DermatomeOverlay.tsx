// The dermatome map on the body: the skin coloured by area (one mesh over the body's own surface,
// a little above it, ignored by the pointer so clicks still reach the body and the points), the
// name of each area in the middle of each patch of it, and the key sensory points as marked dots, named when their
// area is selected. Loaded with the 3D view only once the overlay is first shown.
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, Color, DataTexture, InstancedMesh, Matrix4 } from 'three';
import type { BodySurface, Vec3 } from '../../../domain/body/frame.ts';
import { nth } from '../../../domain/checked.ts';
import { useAtlas } from '../../../state/store.ts';
import { LabelLayer, type LabelSpec } from '../../../scene/LabelLayer.tsx';
import { dermatomeColours } from '../../../theme/tokens.ts';
import type { SkinAreaId } from '../../../domain/neuro/segments.ts';
import { meshColours } from '../domain/colours.ts';
import { areaMesh } from '../domain/areaMesh.ts';
import { meshEdges } from '../domain/edges.ts';
import { labelAnchors } from '../domain/labelAnchors.ts';
import { selectDermatomeEmphasis, selectDermatomesShown, selectedDermatome } from '../state/selectors.ts';

const lift = 0.0008;
const sphereArgs: [number, number, number] = [1, 10, 6];
const at = (s: BodySurface, v: number): Vec3 => [nth(s.positions, v * 3), nth(s.positions, v * 3 + 1), nth(s.positions, v * 3 + 2)];
const normalAt = (s: BodySurface, v: number): Vec3 => [nth(s.normals, v * 3), nth(s.normals, v * 3 + 1), nth(s.normals, v * 3 + 2)];

// The overlay's light: the same from every side (a matcap turns with the camera), so the back
// reads as well as the front; the colour is the token's in the middle of what faces the viewer,
// darkening a little toward the outline so the body keeps its shape. The scene's lights left the
// back dim and, with tone mapping, greyed the colours.
let matcap: DataTexture | null = null;
function overlayMatcap(): DataTexture {
  if (matcap) return matcap;
  const size = 64;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const u = ((x + 0.5) / size) * 2 - 1,
        v = ((y + 0.5) / size) * 2 - 1;
      const facing = Math.sqrt(Math.max(0, 1 - u * u - v * v));
      const light = Math.round(255 * (0.68 + 0.32 * facing));
      data.set([light, light, light, 255], (y * size + x) * 4);
    }
  matcap = new DataTexture(data, size, size);
  matcap.needsUpdate = true;
  return matcap;
}

export function DermatomeOverlay({ surface }: { surface: BodySurface }) {
  const show = useAtlas(selectDermatomesShown);
  const map = useAtlas((s) => s.dermatomeMap);
  const selected = useAtlas(selectedDermatome);
  const levelEmphasis = useAtlas(selectDermatomeEmphasis);
  const invalidate = useThree((s) => s.invalidate);
  const body = useThree((s) => s.scene.getObjectByName('body') ?? null);
  const dots = useRef<InstancedMesh>(null);
  const usable = map !== null && map.vertexArea.length * 3 === surface.positions.length;

  // each triangle drawn on its own, cut where it straddles a border (areaMesh.ts): crisp bands
  // (split into four at the middles of the edges when the map labels them: twice as fine)
  const edges = useMemo(() => meshEdges(surface.indices), [surface]);
  const split = useMemo(() => {
    if (!usable || !map) return null;
    const middles = map.edgeArea.length === edges.count ? { edges, edgeArea: map.edgeArea } : undefined;
    return areaMesh(surface.positions, surface.normals, surface.indices, map.vertexArea, middles);
  }, [surface, map, usable, edges]);
  const geometry = useMemo(() => {
    if (!split) return null;
    const g = new BufferGeometry();
    const p = new Float32Array(split.positions.length);
    for (let i = 0; i < p.length; i++) p[i] = nth(split.positions, i) + nth(split.normals, i) * lift;
    g.setAttribute('position', new BufferAttribute(p, 3));
    g.setAttribute('normal', new BufferAttribute(split.normals, 3));
    g.setAttribute('color', new BufferAttribute(new Float32Array(p.length), 3));
    return g;
  }, [split]);
  useEffect(() => () => geometry?.dispose(), [geometry]);

  // the selected area stands out, else the injury level's areas (the seam of selectDermatomeEmphasis)
  const emphasis = useMemo<ReadonlySet<SkinAreaId> | null>(() => (selected ? new Set([selected]) : levelEmphasis), [selected, levelEmphasis]);
  useLayoutEffect(() => {
    if (!geometry || !map || !split) return;
    const colour = geometry.getAttribute('color') as BufferAttribute;
    (colour.array as Float32Array).set(meshColours(map.areas, split.area, split.border, emphasis));
    colour.needsUpdate = true;
    invalidate();
  }, [geometry, map, split, emphasis, invalidate]);

  const keyPoints = useMemo(
    () =>
      (map?.keyPoints ?? []).map((k) => {
        const p: Vec3 = [0, 0, 0];
        const n: Vec3 = [0, 0, 0];
        k.vertices.forEach((v, i) => {
          const w = nth(k.weights, i);
          const q = at(surface, v),
            m = normalAt(surface, v);
          for (let j = 0; j < 3; j++) {
            p[j] = nth(p, j) + nth(q, j) * w;
            n[j] = nth(n, j) + nth(m, j) * w;
          }
        });
        return { area: k.area, side: k.side, position: p, normal: n };
      }),
    [map, surface],
  );
  useLayoutEffect(() => {
    const m = dots.current;
    if (!m) return;
    const matrix = new Matrix4();
    const colour = new Color(dermatomeColours.keyPoint);
    keyPoints.forEach((k, i) => {
      const r = k.area === selected ? 0.007 : 0.004;
      matrix.makeScale(r, r, r).setPosition(...k.position);
      m.setMatrixAt(i, matrix);
      m.setColorAt(i, colour);
    });
    m.count = keyPoints.length;
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    m.computeBoundingSphere();
    invalidate();
  }, [keyPoints, selected, invalidate]);

  // each area's name in the middle of each patch of its skin, per side and per face (labelAnchors.ts),
  // in the theme's label colour: a fixed dark text vanished into the dark theme's dark halo
  const anchors = useMemo(
    () => (usable && map ? labelAnchors(surface.positions, surface.normals, surface.indices, map.vertexArea) : []),
    [surface, map, usable],
  );
  const labels = useMemo<LabelSpec[]>(() => {
    if (!map) return [];
    const out: LabelSpec[] = [];
    for (const a of anchors) {
      const area = map.areas[a.area];
      if (area) out.push({ text: area, position: at(surface, a.vertex), normal: normalAt(surface, a.vertex) });
    }
    // the selected area's key points are named first (they win where labels overlap)
    const named = keyPoints.filter((k) => k.area === selected).map((k) => ({ text: `${k.area} key sensory point`, position: k.position, normal: k.normal }));
    return [...named, ...out];
  }, [map, anchors, surface, keyPoints, selected]);

  useEffect(() => invalidate(), [show, invalidate]);
  if (!geometry) return null;
  return (
    <group visible={show} name="dermatome-overlay">
      <mesh geometry={geometry} raycast={() => null} renderOrder={1}>
        <meshMatcapMaterial matcap={overlayMatcap()} vertexColors toneMapped={false} polygonOffset polygonOffsetFactor={-1} polygonOffsetUnits={-1} />
      </mesh>
      <instancedMesh ref={dots} args={[undefined, undefined, Math.max(1, keyPoints.length)]} raycast={() => null}>
        <sphereGeometry args={sphereArgs} />
        <meshBasicMaterial toneMapped={false} />
      </instancedMesh>
      <LabelLayer labels={labels} visible={show} occluder={body} rank={2} />
    </group>
  );
}
