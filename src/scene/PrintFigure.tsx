// A small rendered image of the body region around an item for the print sheet: the body of the
// atlas in light grey on white, seen from outside the skin at the item, with a point marked as a
// black ball in a white ring, or a scalp line or area drawn in black. Drawn once in its own small
// canvas, then kept as an image (a WebGL canvas does not always print, and a long set would run
// out of WebGL contexts): the canvas goes away as soon as its picture is taken.
import { Line, useGLTF } from '@react-three/drei';
import { Canvas, useThree } from '@react-three/fiber';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { CircleGeometry, MeshBasicMaterial, MeshLambertMaterial, Quaternion, Vector3 } from 'three';
import type { BodyVariantId, Vec3 } from '../domain/body/frame.ts';
import { nth } from '../domain/checked.ts';
import { locationOnSurface } from '../domain/points/placement.ts';
import type { PrintItem } from '../domain/link/print.ts';
import { useAtlas } from '../state/store.ts';
import { printColours } from '../theme/tokens.ts';
import { bodyUrl, prepareBody } from './bodyAsset.ts';

const skin = new MeshLambertMaterial({ color: printColours.body });
// the mark: a black dot in a white ring in a black ring, flat on the skin and drawn over it (the
// point faces the camera, so nothing should hide it)
const ink = new MeshBasicMaterial({ color: printColours.ink, depthTest: false });
const halo = new MeshBasicMaterial({ color: printColours.paper, depthTest: false });
const disc = new CircleGeometry(1, 32);
const facingZ = new Vector3(0, 0, 1);
/** How far the camera stands off the skin (m): a hand's breadth of the region on each side. */
const standOff = 0.7;
const sizePx = 300;

/** Where the figure looks from and at, and what it marks. */
interface Framing {
  target: Vec3;
  normal: Vec3;
  strokes: Vec3[][] | null;
}

function useFraming(item: PrintItem, variant: BodyVariantId): Framing | null {
  const gltf = useGLTF(bodyUrl(variant), false, true);
  const body = useMemo(() => prepareBody(gltf.scene), [gltf.scene]);
  const location = useAtlas((s) =>
    item.system === 'points' ? s.locations.find((l) => l.code === item.id && (l.side === 'left' || l.side === 'midline')) : undefined,
  );
  const zone = useAtlas((s) => (item.system === 'scalp' ? s.scalp?.zones.find((z) => z.id === item.id && z.side !== 'right') : undefined));
  return useMemo(() => {
    if (location) {
      const at = locationOnSurface(body.surface, location);
      return { target: at.position, normal: at.normal, strokes: null };
    }
    if (zone) {
      // the zone's middle, seen from outside the head (from the head's centre through it)
      const all = zone.strokes.flat();
      const mid: Vec3 = [0, 0, 0];
      for (const p of all) for (let k = 0; k < 3; k++) mid[k] = nth(mid, k) + nth(p, k) / all.length;
      const head: Vec3 = [0, mid[1] - 0.06, 0];
      const out: Vec3 = [mid[0] - head[0], mid[1] - head[1], mid[2] - head[2]];
      const len = Math.hypot(...out) || 1;
      return { target: mid, normal: [out[0] / len, out[1] / len, out[2] / len], strokes: zone.strokes };
    }
    return null;
  }, [location, zone, body]);
}

function FigureScene({ item, variant, onPicture }: { item: PrintItem; variant: BodyVariantId; onPicture: (url: string) => void }) {
  const gltf = useGLTF(bodyUrl(variant), false, true);
  const body = useMemo(() => prepareBody(gltf.scene), [gltf.scene]);
  const framing = useFraming(item, variant);
  const { camera, gl, invalidate } = useThree();
  useEffect(() => {
    if (!framing) return;
    const { target: t, normal: n } = framing;
    camera.position.set(t[0] + n[0] * standOff, t[1] + n[1] * standOff + 0.04, t[2] + n[2] * standOff);
    camera.lookAt(t[0], t[1], t[2]);
    camera.updateMatrixWorld();
    invalidate();
    // two frames: the one with the body, then the picture
    let handle = requestAnimationFrame(() => {
      invalidate();
      handle = requestAnimationFrame(() => onPicture(gl.domElement.toDataURL('image/png')));
    });
    return () => cancelAnimationFrame(handle);
  }, [framing, camera, gl, invalidate, onPicture]);
  if (!framing) return null;
  const [x, y, z] = framing.target;
  const lift = 0.006;
  const at: Vec3 = [x + framing.normal[0] * lift, y + framing.normal[1] * lift, z + framing.normal[2] * lift];
  return (
    <>
      <ambientLight intensity={1.4} />
      <directionalLight position={[at[0] + framing.normal[0], at[1] + framing.normal[1] + 0.5, at[2] + framing.normal[2]]} intensity={1.6} />
      {/* the body's geometry is shared with the atlas's view: not disposed with this figure */}
      <mesh geometry={body.geometry} material={skin} dispose={null} />
      {framing.strokes ? (
        framing.strokes.map((s, i) => <Line key={i} points={s} color={printColours.ink} lineWidth={4} />)
      ) : (
        <group position={at} quaternion={new Quaternion().setFromUnitVectors(facingZ, new Vector3(...framing.normal))}>
          <mesh geometry={disc} material={ink} scale={0.02} renderOrder={1} dispose={null} />
          <mesh geometry={disc} material={halo} scale={0.015} renderOrder={2} dispose={null} />
          <mesh geometry={disc} material={ink} scale={0.009} renderOrder={3} dispose={null} />
        </group>
      )}
    </>
  );
}

/** The figure of a body point or a scalp zone: a canvas while it draws, then its picture. */
export function PrintFigure({ item, label }: { item: PrintItem; label: string }) {
  const variant = useAtlas((s) => s.body);
  const ready = useAtlas((s) => (item.system === 'points' ? s.locations.length > 0 : s.scalp !== null));
  const [picture, setPicture] = useState<{ key: string; url: string } | null>(null);
  const key = `${variant}:${item.system}:${item.id}`;
  const alt = `${label} marked on the ${variant} body`;
  return (
    <figure className="print-body" data-print-figure={item.system} data-print-ready={picture?.key === key ? 'true' : 'false'}>
      {picture?.key === key ? (
        <img src={picture.url} width={sizePx} height={sizePx} alt={alt} />
      ) : (
        ready && (
          <div style={{ width: sizePx, height: sizePx }}>
            <Canvas
              frameloop="demand"
              dpr={2}
              gl={{ preserveDrawingBuffer: true, antialias: true }}
              camera={{ fov: 40, near: 0.02, far: 5 }}
              style={{ width: sizePx, height: sizePx, background: printColours.paper }}
              aria-label={alt}
            >
              <color attach="background" args={[printColours.paper]} />
              <Suspense fallback={null}>
                <FigureScene item={item} variant={variant} onPicture={(url) => setPicture({ key, url })} />
              </Suspense>
            </Canvas>
          </div>
        )
      )}
      <figcaption>{alt}</figcaption>
    </figure>
  );
}
