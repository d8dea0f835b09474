import { CameraControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3 } from 'three';
import { bodyVariants } from '../domain/body/frame.ts';
import { orbitOf, orbitPosition } from '../domain/link/camera.ts';
import { useAtlas } from '../state/store.ts';
import { presetPose } from './views.ts';

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Orbit, zoom and pan by mouse and touch; preset views, kept orbits and keyboard nudges arrive
 * through the store. Where the user's own move settles is reported to the store once (the link
 * keeps it), never per frame.
 */
export function CameraRig() {
  const controls = useRef<CameraControls>(null);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    // a move the user made (drag, wheel, pinch, keys) and not yet reported as settled
    let userMoved = false;
    const position = new Vector3(),
      target = new Vector3();

    const move = (animate: boolean) => {
      userMoved = false;
      const { camera, body } = useAtlas.getState();
      const pose = camera.orbit
        ? { position: orbitPosition(camera.orbit), target: camera.orbit.target }
        : presetPose(camera.preset, bodyVariants[body].heightM);
      void c.setLookAt(...pose.position, ...pose.target, animate && !prefersReducedMotion());
      invalidate();
    };
    move(false);
    const offCamera = useAtlas.subscribe(
      (s) => s.camera.nonce,
      () => move(true),
    );
    const offBody = useAtlas.subscribe(
      (s) => s.body,
      () => move(false),
    );
    const offNudge = useAtlas.subscribe(
      (s) => s.nudge,
      (nudge) => {
        if (!nudge) return;
        userMoved = true;
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
        userMoved = false;
        void c.setLookAt(...focus.from, ...focus.target, !prefersReducedMotion());
        invalidate();
      },
    );

    // 'control' comes with every drag step and wheel tick of the user's, 'rest' once the camera
    // has come to rest; its end values are where the move settles
    const onControl = () => {
      userMoved = true;
    };
    const onRest = () => {
      if (!userMoved) return;
      userMoved = false;
      c.getPosition(position, true);
      c.getTarget(target, true);
      useAtlas.getState().settleCamera(orbitOf(position.toArray(), target.toArray()));
    };
    c.addEventListener('control', onControl);
    c.addEventListener('rest', onRest);
    return () => {
      c.removeEventListener('control', onControl);
      c.removeEventListener('rest', onRest);
      offFocus();
      offCamera();
      offBody();
      offNudge();
    };
  }, [invalidate]);

  return <CameraControls ref={controls} makeDefault minDistance={0.15} maxDistance={6} dollyToCursor smoothTime={0.35} />;
}
