// The dermatome map on the body: the skin coloured by area (one mesh over the body's own surface,
// a little above it, ignored by the pointer so clicks still reach the body and the points), the
// name of each area at its middle, and the key sensory points as marked dots, named when their
// area is selected. Loaded with the 3D view only once the overlay is first shown.
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { BufferAttribute, BufferGeometry, Color, InstancedMesh, Matrix4 } from 'three';
import type { BodySurface, Vec3 } from '../../../domain/body/frame.ts';
import { nth } from '../../../domain/checked.ts';
import { useAtlas } from '../../../state/store.ts';
import { LabelLayer, type LabelSpec } from '../../../scene/LabelLayer.tsx';
import { dermatomeColours } from '../../../theme/tokens.ts';
import type { SkinAreaId } from '../../../domain/neuro/segments.ts';
import { vertexColours } from '../domain/colours.ts';
import { selectDermatomeEmphasis, selectDermatomesShown, selectedDermatome } from '../state/selectors.ts';

const lift = 0.0008;
const sphereArgs: [number, number, number] = [1, 10, 6];
const at = (s: BodySurface, v: number): Vec3 => [nth(s.positions, v * 3), nth(s.positions, v * 3 + 1), nth(s.positions, v * 3 + 2)];
const normalAt = (s: BodySurface, v: number): Vec3 => [nth(s.normals, v * 3), nth(s.normals, v * 3 + 1), nth(s.normals, v * 3 + 2)];

export function DermatomeOverlay({ surface }: { surface: BodySurface }) {
  const show = useAtlas(selectDermatomesShown);
  const map = useAtlas((s) => s.dermatomeMap);
  const selected = useAtlas(selectedDermatome);
  const levelEmphasis = useAtlas(selectDermatomeEmphasis);
  const invalidate = useThree((s) => s.invalidate);
  const body = useThree((s) => s.scene.getObjectByName('body') ?? null);
  const dots = useRef<InstancedMesh>(null);
  const usable = map !== null && map.vertexArea.length * 3 === surface.positions.length;

  const geometry = useMemo(() => {
    if (!usable) return null;
    const g = new BufferGeometry();
    const p = new Float32Array(surface.positions.length);
    for (let i = 0; i < p.length; i++) p[i] = nth(surface.positions, i) + nth(surface.normals, i) * lift;
    g.setAttribute('position', new BufferAttribute(p, 3));
    g.setAttribute('normal', new BufferAttribute(surface.normals, 3));
    g.setAttribute('color', new BufferAttribute(new Float32Array(p.length), 3));
    g.setIndex(new BufferAttribute(surface.indices, 1));
    return g;
  }, [surface, usable]);
  useEffect(() => () => geometry?.dispose(), [geometry]);

  // the selected area stands out, else the injury level's areas (the seam of selectDermatomeEmphasis)
  const emphasis = useMemo<ReadonlySet<SkinAreaId> | null>(() => (selected ? new Set([selected]) : levelEmphasis), [selected, levelEmphasis]);
  useLayoutEffect(() => {
    if (!geometry || !map) return;
    const colour = geometry.getAttribute('color') as BufferAttribute;
    (colour.array as Float32Array).set(vertexColours(map.areas, map.vertexArea, surface.indices, emphasis));
    colour.needsUpdate = true;
    invalidate();
  }, [geometry, map, surface, emphasis, invalidate]);

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

  // each area's name at the middle of its skin on each side (the vertex nearest its centroid)
  const labels = useMemo<LabelSpec[]>(() => {
    if (!map || !usable) return [];
    const sums = new Map<string, { p: Vec3; n: number; verts: number[] }>();
    map.vertexArea.forEach((ai, v) => {
      const x = nth(surface.positions, v * 3);
      const key = `${ai}|${x >= 0 ? 'l' : 'r'}`;
      const e = sums.get(key) ?? { p: [0, 0, 0], n: 0, verts: [] };
      const q = at(surface, v);
      e.p = [e.p[0] + q[0], e.p[1] + q[1], e.p[2] + q[2]];
      e.n += 1;
      e.verts.push(v);
      sums.set(key, e);
    });
    const out: LabelSpec[] = [];
    for (const [key, e] of sums) {
      const c: Vec3 = [e.p[0] / e.n, e.p[1] / e.n, e.p[2] / e.n];
      let best = nth(e.verts, 0),
        bestD = Infinity;
      for (const v of e.verts) {
        const q = at(surface, v);
        const d = (q[0] - c[0]) ** 2 + (q[1] - c[1]) ** 2 + (q[2] - c[2]) ** 2;
        if (d < bestD) [best, bestD] = [v, d];
      }
      const area = map.areas[Number(key.split('|')[0])];
      if (area) out.push({ text: area, position: at(surface, best), normal: normalAt(surface, best), color: dermatomeColours.keyPoint });
    }
    // the selected area's key points are named first (they win where labels overlap)
    const named = keyPoints.filter((k) => k.area === selected).map((k) => ({ text: `${k.area} key sensory point`, position: k.position, normal: k.normal }));
    return [...named, ...out];
  }, [map, usable, surface, keyPoints, selected]);

  useEffect(() => invalidate(), [show, invalidate]);
  if (!geometry) return null;
  return (
    <group visible={show} name="dermatome-overlay">
      <mesh geometry={geometry} raycast={() => null} renderOrder={1}>
        <meshLambertMaterial vertexColors polygonOffset polygonOffsetFactor={-1} polygonOffsetUnits={-1} />
      </mesh>
      <instancedMesh ref={dots} args={[undefined, undefined, Math.max(1, keyPoints.length)]} raycast={() => null}>
        <sphereGeometry args={sphereArgs} />
        <meshBasicMaterial toneMapped={false} />
      </instancedMesh>
      <LabelLayer labels={labels} visible={show} occluder={body} rank={2} />
    </group>
  );
}
