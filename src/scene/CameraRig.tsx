import { CameraControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { bodyVariants } from '../domain/body/frame.ts';
import { useAtlas } from '../state/store.ts';
import { presetPose } from './views.ts';

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Orbit, zoom and pan by mouse and touch; preset views and keyboard nudges arrive through the store. */
export function CameraRig() {
  const controls = useRef<CameraControls>(null);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const move = (animate: boolean) => {
      const { camera, body } = useAtlas.getState();
      const pose = presetPose(camera.preset, bodyVariants[body].heightM);
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
    return () => {
      offFocus();
      offCamera();
      offBody();
      offNudge();
    };
  }, [invalidate]);

  return <CameraControls ref={controls} makeDefault minDistance={0.15} maxDistance={6} dollyToCursor smoothTime={0.35} />;
}
