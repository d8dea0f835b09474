import { useGLTF } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BodyLayer } from './AtlasCanvas.tsx';
import type { Mesh, MeshStandardMaterial } from 'three';
import type { BodyVariantId } from '../domain/body/frame.ts';
import { useAtlas } from '../state/store.ts';
import { useLoad } from '../state/useLoad.ts';
import { accelerate, bodyUrl, prepareBody } from './bodyAsset.ts';
import { fetchRegionMap, regionAt, type RegionMap } from './regionPick.ts';
import type { ThreeEvent } from '@react-three/fiber';
import { usePalette } from '../state/theme.ts';
import { selectSkinClick } from '../state/skinClick.ts';

export function Body({ variant, layers }: { variant: BodyVariantId; layers: readonly BodyLayer[] }) {
  const gltf = useGLTF(bodyUrl(variant), false, true);
  const body = useMemo(() => prepareBody(gltf.scene), [gltf.scene]);
  const invalidate = useThree((s) => s.invalidate);
  const mesh = useRef<Mesh>(null);
  const palette = usePalette();
  useLayoutEffect(() => {
    // the brows' texture is coverage only (white with the hairs' alpha): the theme gives the colour
    (body.face.brows?.material as MeshStandardMaterial | undefined)?.color.set(palette.brow);
    invalidate();
  }, [palette, invalidate, body]);
  const [regionMap, setRegionMap] = useState<RegionMap | null>(null);
  useLoad(
    {
      key: 'regions',
      what: 'the region map of this body (for clicks on the skin)',
      file: `generated/regions-${variant}.json`,
      load: () => fetchRegionMap(variant),
      done: setRegionMap,
    },
    [variant],
  );
  // the preset views frame the parts of this body they name: boxes the build measured, in the region
  // map (of the body it names, which the camera compares with the body shown)
  useEffect(() => {
    if (regionMap) useAtlas.getState().setPartBoxes(regionMap.variant, regionMap.partBoxes);
  }, [regionMap]);
  // A click on the skin (not on a marker) lists the points of the region clicked, or opens the ear
  // map; while a locate question is open it is the answer instead (where it hit the skin); in the
  // navel's close-up nothing, and it does not stop the click: the sectors lie in the navel's dent,
  // partly behind the skin, and take it next.
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    const does = selectSkinClick(useAtlas.getState());
    if (does === 'ignore') return;
    if (does === 'quiz-answer') {
      e.stopPropagation();
      // (the quiz's actions load with its panel: this import is already there when a question is open)
      const click: [number, number, number] = [e.point.x, e.point.y, e.point.z];
      return void import('../state/quizActions.ts').then((m) => m.answerQuizClick(click, body.surface));
    }
    if (!regionMap || !e.face) return;
    const region = regionAt(regionMap, e.face, e.barycoord ?? undefined);
    if (!region) return;
    e.stopPropagation();
    const state = useAtlas.getState();
    // the ear is a map of its own: clicking it opens the ear view
    if (region === 'ear') return state.openEar(true);
    state.setRegion(state.region === region ? null : region);
  };
  useEffect(() => {
    invalidate();
    // Signal readiness after the frame with the body has been drawn; then, off the first frame's
    // path, build the picking BVH (needed on the first pointer move, not to see the body). The
    // landmarks come placed from the build (generated/landmarks-<body>.json).
    let frames = 0;
    let later = 0;
    let handle = requestAnimationFrame(function tick() {
      if (++frames < 3) {
        invalidate();
        handle = requestAnimationFrame(tick);
        return;
      }
      useAtlas.getState().setSceneReady(true);
      later = window.setTimeout(() => {
        if (mesh.current) void accelerate(mesh.current);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(handle);
      clearTimeout(later);
    };
  }, [body, invalidate, variant]);

  return (
    <>
      <mesh ref={mesh} name="body" geometry={body.geometry} onClick={onClick}>
        {/* A warm mid-tone skin, soft rather than glossy: a broad dull highlight (rough, weak
            specular) and a sheen that lightens the skin where it turns away from the view, as skin's
            fine hair and scattering do; reads on a bright projector without washing out, and leaves
            room for the saturated point and zone colours on top. Colours from the theme
            (src/theme/tokens.ts), set in place; a JSX child, so R3F disposes it with the body. */}
        <meshPhysicalMaterial
          name="skin"
          roughness={0.72}
          metalness={0}
          specularIntensity={0.35}
          sheen={1}
          sheenRoughness={0.55}
          color={palette.skin}
          sheenColor={palette.skinSheen}
        />
      </mesh>
      {/* the eyes and brows are drawn, never picked (their raycast finds nothing) */}
      {body.face.eyes && <primitive object={body.face.eyes} />}
      {body.face.brows && <primitive object={body.face.brows} />}
      {layers.map((Layer, i) => (
        // each layer loads on its own: the body is drawn meanwhile
        <Suspense key={i} fallback={null}>
          <Layer surface={body.surface} />
        </Suspense>
      ))}
    </>
  );
}

useGLTF.preload(bodyUrl('male'), false, true);
