// The landmarks, for teaching and for checking them: one instanced draw call for the markers, one
// for their names. Clicking a marker selects the landmark (the DOM list follows through the store).
import type { ThreeEvent } from '@react-three/fiber';
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, InstancedMesh, Matrix4 } from 'three';
import { useAtlas } from '../state/store.ts';
import { LabelLayer } from './LabelLayer.tsx';
import { usePalette } from '../state/theme.ts';

// the ball and its material are the instanced mesh's JSX children: R3F disposes them with it
const sphereArgs: [number, number, number] = [1, 12, 8];

export function LandmarkMarkers() {
  const visible = useAtlas((s) => s.showLandmarks);
  const landmarks = useAtlas((s) => s.landmarks);
  const selected = useAtlas((s) => s.selectedLandmark);
  const mesh = useRef<InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const body = useThree((s) => s.scene.getObjectByName('body') ?? null);

  const palette = usePalette();
  useLayoutEffect(() => {
    const m = mesh.current;
    if (!m) return;
    const normalColor = new Color(palette.landmark);
    const selectedColor = new Color(palette.landmarkSelected);
    const matrix = new Matrix4();
    landmarks.forEach((lm, i) => {
      const r = lm.key === selected ? 0.006 : 0.0035;
      matrix.makeScale(r, r, r).setPosition(...lm.position);
      m.setMatrixAt(i, matrix);
      m.setColorAt(i, lm.key === selected ? selectedColor : normalColor);
    });
    m.count = landmarks.length;
    m.instanceMatrix.needsUpdate = true;
    if (m.instanceColor) m.instanceColor.needsUpdate = true;
    m.computeBoundingSphere();
    invalidate();
  }, [landmarks, selected, invalidate, palette]);

  useEffect(() => invalidate(), [visible, invalidate]);

  // the selected landmark's name first: it wins when labels overlap
  const labels = useMemo(() => {
    const ordered = [...landmarks].sort((a, b) => Number(b.key === selected) - Number(a.key === selected));
    return ordered.map((lm) => ({ text: lm.name, position: lm.position, normal: lm.normal, color: lm.key === selected ? palette.focus : palette.label }));
  }, [landmarks, selected, palette]);

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (e.instanceId === undefined) return;
    e.stopPropagation();
    const lm = landmarks[e.instanceId];
    if (lm) useAtlas.getState().selectLandmark(lm.key);
  };

  return (
    <group visible={visible}>
      <instancedMesh ref={mesh} name="landmark-markers" args={[undefined, undefined, Math.max(1, landmarks.length)]} onClick={visible ? onClick : undefined}>
        <sphereGeometry args={sphereArgs} />
        <meshBasicMaterial toneMapped={false} />
      </instancedMesh>
      <LabelLayer labels={labels} visible={visible} occluder={body} rank={1} />
    </group>
  );
}
