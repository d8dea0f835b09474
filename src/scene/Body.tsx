import { useGLTF } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Color, MeshStandardMaterial } from 'three';
import landmarkData from '../../data/body/landmarks.json';
import type { BodyVariantId } from '../domain/body/frame.ts';
import { landmarkFileSchema, placeLandmarks } from '../domain/body/landmarks.ts';
import { mirrorMap } from '../domain/body/mirror.ts';
import { useAtlas } from '../state/store.ts';
import { acceleratedRaycast, bodyUrl, prepareBody } from './bodyAsset.ts';
import { PointMarkers } from './PointMarkers.tsx';
import { Guide } from './Guide.tsx';
import { ChannelPaths } from './ChannelPaths.tsx';
import { ScalpZones } from './ScalpZones.tsx';

const landmarks = landmarkFileSchema.parse(landmarkData).landmarks;

// A warm mid-tone skin with a soft sheen: reads on a bright projector without washing out, and
// leaves room for saturated point and zone colours on top.
const skin = new MeshStandardMaterial({ color: new Color('#d9a688'), roughness: 0.62, metalness: 0 });

export function Body({ variant }: { variant: BodyVariantId }) {
  const gltf = useGLTF(bodyUrl(variant), false, true);
  const body = useMemo(() => prepareBody(gltf.scene), [gltf.scene]);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const state = useAtlas.getState();
    state.setLandmarks(placeLandmarks(body.surface, landmarks, mirrorMap(body.surface)));
    invalidate();
    // Signal readiness after the frame with the body has been drawn.
    let frames = 0;
    let handle = requestAnimationFrame(function tick() {
      if (++frames < 3) {
        invalidate();
        handle = requestAnimationFrame(tick);
      } else useAtlas.getState().setSceneReady(true);
    });
    return () => cancelAnimationFrame(handle);
  }, [body, invalidate]);

  return (
    <>
      <mesh name="body" geometry={body.geometry} material={skin} raycast={acceleratedRaycast} />
      <PointMarkers surface={body.surface} />
      <ChannelPaths />
      <Guide />
      <ScalpZones />
    </>
  );
}

useGLTF.preload(bodyUrl('male'), false, true);
