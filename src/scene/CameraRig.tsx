import { CameraControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import type { PerspectiveCamera } from 'three';
import { bodyVariants } from '../domain/body/frame.ts';
import { useAtlas } from '../state/store.ts';
import { presetFrame } from '../state/viewFraming.ts';
import { presetPose } from './views.ts';

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Orbit, zoom and pan by mouse and touch (one finger orbits, two pan and pinch; the wheel and the
 * pinch zoom toward the pointer); preset views and keyboard nudges arrive through the store.
 */
export function CameraRig() {
  const controls = useRef<CameraControls>(null);
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;

  useEffect(() => {
    // the preset's pose framed for this body's part boxes and the view's current shape; until the
    // body's region map has been measured, an approximate pose scaled to its height
    const move = (animate: boolean) => {
      const { camera: request, body, partBoxes } = useAtlas.getState();
      const pose =
        partBoxes?.body === body
          ? presetFrame(request.preset, partBoxes.boxes, camera.fov, camera.aspect)
          : presetPose(request.preset, bodyVariants[body].heightM);
      void controls.current?.setLookAt(...pose.position, ...pose.target, animate && !prefersReducedMotion());
      invalidate();
    };
    move(false);
    const offCamera = useAtlas.subscribe(
      (s) => s.camera,
      () => move(true),
    );
    const offBody = useAtlas.subscribe(
      (s) => s.body,
      () => move(false),
    );
    // the measured boxes arrive after the body: reframe, unless the view has already moved on
    const offBoxes = useAtlas.subscribe(
      (s) => s.partBoxes,
      () => {
        if (!useAtlas.getState().offPreset) move(false);
      },
    );
    const offNudge = useAtlas.subscribe(
      (s) => s.nudge,
      (nudge) => {
        const c = controls.current;
        if (!c || !nudge) return;
        const animate = !prefersReducedMotion();
        if (nudge.orbit) void c.rotate(nudge.orbit[0], nudge.orbit[1], animate);
        if (nudge.zoom) void c.dolly(nudge.zoom * c.distance, animate);
        if (nudge.pan) void c.truck(nudge.pan[0], nudge.pan[1], animate);
        invalidate();
      },
    );
    const offFocus = useAtlas.subscribe(
      (s) => s.focus,
      (focus) => {
        if (!focus) return;
        void controls.current?.setLookAt(...focus.from, ...focus.target, !prefersReducedMotion());
        invalidate();
      },
    );
    // the user's own orbit, pan or zoom leaves the preset (its button is no longer pressed)
    const c = controls.current;
    const leave = () => useAtlas.getState().leavePreset();
    c?.addEventListener('control', leave);
    return () => {
      c?.removeEventListener('control', leave);
      offFocus();
      offCamera();
      offBody();
      offBoxes();
      offNudge();
    };
  }, [invalidate, camera]);

  return <CameraControls ref={controls} makeDefault minDistance={0.15} maxDistance={8} dollyToCursor smoothTime={0.35} />;
}
