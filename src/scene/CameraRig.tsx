import { CameraControls } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3, type PerspectiveCamera } from 'three';
import { bodyVariants } from '../domain/body/frame.ts';
import { orbitOf, orbitPosition } from '../domain/link/camera.ts';
import { useAtlas } from '../state/store.ts';
import { presetFrame } from '../state/viewFraming.ts';
import { presetPose } from './views.ts';

function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Orbit, zoom and pan by mouse and touch (one finger orbits, two pan and pinch; the wheel and the
 * pinch zoom toward the pointer); preset views, kept orbits and keyboard nudges arrive through the
 * store. Where the user's own move settles is reported to the store once (the link keeps it), never
 * per frame, and the move leaves the preset (its button is no longer pressed).
 */
export function CameraRig() {
  const controls = useRef<CameraControls>(null);
  const invalidate = useThree((s) => s.invalidate);
  const perspective = useThree((s) => s.camera) as PerspectiveCamera;

  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    // a move the user made (drag, wheel, pinch, keys) and not yet reported as settled
    let userMoved = false;
    const position = new Vector3(),
      target = new Vector3();

    const move = (animate: boolean) => {
      userMoved = false;
      // a kept orbit; else the preset framed for this body's part boxes and the view's shape (until
      // the body's region map has been measured, an approximate pose scaled to its height)
      const { camera, body, partBoxes, stageInsetTop } = useAtlas.getState();
      const pose = camera.orbit
        ? { position: orbitPosition(camera.orbit), target: camera.orbit.target }
        : partBoxes?.body === body
          ? presetFrame(camera.preset, partBoxes.boxes, perspective.fov, perspective.aspect, stageInsetTop)
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
    // the measured boxes arrive after the body: reframe, unless the view has already moved on
    const offBoxes = useAtlas.subscribe(
      (s) => s.partBoxes,
      () => {
        const { offPreset, camera } = useAtlas.getState();
        if (!offPreset && !camera.orbit) move(false);
      },
    );
    // a bar over the top of the view came or went (the quiz's question): the preset is framed below it
    const offInset = useAtlas.subscribe(
      (s) => s.stageInsetTop,
      () => {
        const { offPreset, camera } = useAtlas.getState();
        if (!offPreset && !camera.orbit) move(true);
      },
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
      useAtlas.getState().leavePreset();
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
      offBoxes();
      offInset();
      offNudge();
    };
  }, [invalidate, perspective]);

  return <CameraControls ref={controls} makeDefault minDistance={0.15} maxDistance={8} dollyToCursor smoothTime={0.35} />;
}
