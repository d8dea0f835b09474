import { useProgress } from '@react-three/drei';
import { Canvas, useThree } from '@react-three/fiber';
import type { WebGLRenderer } from 'three';
import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import type { BodySurface } from '../domain/body/frame.ts';
import { useAtlas } from '../state/store.ts';
import { Body } from './Body.tsx';
import { CameraRig } from './CameraRig.tsx';
import { usePalette } from '../state/theme.ts';

/** Mirrors the loaders' progress into the store for the DOM's progress indicator. */
function LoadingBridge() {
  const { active, progress } = useProgress();
  useEffect(() => useAtlas.getState().setLoading(active, progress), [active, progress]);
  return null;
}

/**
 * After each frame, writes its draw calls (data-draw-calls, for the budget checks) and the camera's
 * position and viewing direction (data-camera, six numbers, for the browser tests of orbit, pan and
 * zoom) onto the canvas element. Frames are drawn on demand, so this is a few writes per change.
 */
function exposeFrame(gl: WebGLRenderer): void {
  const render = gl.render.bind(gl);
  gl.render = (scene, camera) => {
    render(scene, camera);
    gl.domElement.dataset.drawCalls = String(gl.info.render.calls);
    const m = camera.matrixWorld.elements;
    // the camera looks down its -z axis: the third column, negated
    gl.domElement.dataset.camera = [m[12], m[13], m[14], -m[8], -m[9], -m[10]].map((v) => v.toFixed(4)).join(' ');
  };
}

/** The stage's colour and the lights' tints follow the theme. */
function Lights() {
  const palette = usePalette();
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    gl.setClearColor(palette.stage);
    invalidate();
  }, [gl, palette, invalidate]);
  return (
    <>
      <hemisphereLight args={[palette.skySide, palette.groundSide, 1.1]} />
      <directionalLight position={[1.5, 3, 2.5]} intensity={1.6} />
      <directionalLight position={[-2, 1.5, -2]} intensity={0.7} />
    </>
  );
}

// the landmarks are for teaching and checking: their code loads when they are first shown
const LandmarkMarkers = lazy(() => import('./LandmarkMarkers.tsx').then((m) => ({ default: m.LandmarkMarkers })));

// the quiz's answer marks load with the first quiz round (their fat line is not in the first view)
const QuizMarks = lazy(() => import('./QuizMarks.tsx').then((m) => ({ default: m.QuizMarks })));

/** What each system draws on the body (the registry's layers, src/app/systems.tsx). */
export type BodyLayer = ComponentType<{ surface: BodySurface }>;

export function AtlasCanvas({ layers }: { layers: readonly BodyLayer[] }) {
  const body = useAtlas((s) => s.body);
  const landmarksShown = useAtlas((s) => s.showLandmarks);
  const quizOn = useAtlas((s) => s.quiz !== null);
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 35, near: 0.02, far: 30, position: [0, 1, 3.2] }}
      gl={{ antialias: true }}
      raycaster={{ params: { Line: { threshold: 0.004 }, Points: { threshold: 0.004 }, Mesh: {}, LOD: {}, Sprite: {} } }}
      // no label here: the viewport around the canvas (role="application") names the 3D view
      onCreated={({ gl }) => {
        exposeFrame(gl);
        useAtlas.getState().setWebgl('available');
      }}
    >
      <LoadingBridge />
      <Lights />
      <CameraRig />
      <Suspense fallback={null}>
        <Body key={body} variant={body} layers={layers} />
      </Suspense>
      {quizOn && (
        <Suspense fallback={null}>
          <QuizMarks />
        </Suspense>
      )}
      {landmarksShown && (
        <Suspense fallback={null}>
          <LandmarkMarkers />
        </Suspense>
      )}
    </Canvas>
  );
}
