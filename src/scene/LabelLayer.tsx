// Text labels for many anchors in ONE draw call: the texts are packed into a canvas atlas and drawn
// as instanced screen-aligned quads of constant pixel size. Labels behind the body are hidden by
// the depth test; a small bias keeps a label on the skin from sinking into it. When the camera
// moves, overlapping labels are thinned out (earlier labels win), so the names stay readable.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  CanvasTexture,
  Texture,
  type Object3D,
  Raycaster,
  InstancedBufferAttribute,
  InstancedBufferGeometry,
  LinearFilter,
  Matrix4,
  PlaneGeometry,
  ShaderMaterial,
  Vector2,
  Vector3,
} from 'three';
import { nth } from '../domain/checked.ts';
import type { Palette } from '../theme/tokens.ts';
import { usePalette } from '../state/theme.ts';

export interface LabelSpec {
  text: string;
  position: readonly [number, number, number];
  /** the skin normal at the anchor: labels of anchors facing away from the camera are hidden */
  normal?: readonly [number, number, number];
  color?: string;
}

const fontPx = 22;
const rowPx = 30;
const atlasWidth = 2048;
/** on-screen size relative to the atlas: about 14 px text */
const displayScale = 0.66;

const noLabels: readonly LabelSpec[] = [];

function buildAtlas(labels: readonly LabelSpec[], palette: Palette) {
  if (labels.length === 0) return { texture: new Texture(), boxes: [], height: rowPx };
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable for labels');
  ctx.font = `600 ${fontPx}px system-ui, sans-serif`;
  const boxes: { x: number; y: number; w: number }[] = [];
  let x = 0,
    y = 0;
  for (const l of labels) {
    const w = Math.ceil(ctx.measureText(l.text).width) + 14;
    if (x + w > atlasWidth) {
      x = 0;
      y += rowPx;
    }
    boxes.push({ x, y, w });
    x += w;
  }
  canvas.width = atlasWidth;
  canvas.height = Math.max(rowPx, 2 ** Math.ceil(Math.log2(y + rowPx)));
  ctx.font = `600 ${fontPx}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  labels.forEach((l, i) => {
    const b = boxes[i];
    if (!b) return;
    ctx.fillStyle = palette.labelHalo;
    ctx.beginPath();
    ctx.roundRect(b.x + 1, b.y + 2, b.w - 2, rowPx - 4, 6);
    ctx.fill();
    ctx.fillStyle = l.color ?? palette.label;
    ctx.fillText(l.text, b.x + 7, b.y + rowPx / 2 + 1);
  });
  const texture = new CanvasTexture(canvas);
  texture.minFilter = LinearFilter;
  texture.generateMipmaps = false;
  return { texture, boxes, height: canvas.height };
}

// Scratch objects for the declutter pass (one pass runs at a time): nothing is allocated per frame.
const scratch = { v: new Vector3(), m: new Matrix4(), cameraPosition: new Vector3(), toAnchor: new Vector3(), ray: new Raycaster() };
(scratch.ray as Raycaster & { firstHitOnly?: boolean }).firstHitOnly = true;

const vertexShader = /* glsl */ `
  attribute vec3 anchor;
  attribute vec4 uvRect;
  attribute vec2 sizePx;
  attribute float shown;
  uniform vec2 viewport;
  varying vec2 vUv;
  void main() {
    if (shown < 0.5) { gl_Position = vec4(2.0, 2.0, 2.0, 1.0); return; }
    vec4 clip = projectionMatrix * modelViewMatrix * vec4(anchor, 1.0);
    // quad corner in pixels, to the right of the anchor, vertically centred
    vec2 corner = (position.xy + vec2(0.5, 0.0)) * sizePx + vec2(8.0, 0.0);
    clip.xy += corner / viewport * 2.0 * clip.w;
    clip.z -= 0.004 * clip.w;
    gl_Position = clip;
    vUv = vec2(mix(uvRect.x, uvRect.z, position.x + 0.5), mix(uvRect.y, uvRect.w, position.y + 0.5));
  }`;
const fragmentShader = /* glsl */ `
  uniform sampler2D atlas;
  varying vec2 vUv;
  void main() {
    vec4 c = texture2D(atlas, vUv);
    if (c.a < 0.05) discard;
    gl_FragColor = c;
  }`;

/** `occluder`: the body; a label whose anchor it hides from the camera is not drawn. */
export function LabelLayer({ labels, visible = true, occluder }: { labels: readonly LabelSpec[]; visible?: boolean; occluder?: Object3D | null }) {
  const size = useThree((s) => s.size);
  const dpr = useThree((s) => s.viewport.dpr);
  const invalidate = useThree((s) => s.invalidate);
  // the text atlas is drawn only while the labels are shown: hidden labels (the default) cost
  // nothing at start-up, and nothing needs a 2D canvas until then
  const drawn = visible ? labels : noLabels;
  const palette = usePalette();
  const { geometry, material, anchors, sizes } = useMemo(() => {
    const labels = drawn;
    const { texture, boxes, height } = buildAtlas(labels, palette);
    const geometry = new InstancedBufferGeometry();
    const quad = new PlaneGeometry(1, 1);
    geometry.index = quad.index;
    geometry.setAttribute('position', quad.getAttribute('position'));
    const anchor = new Float32Array(labels.length * 3);
    const uvRect = new Float32Array(labels.length * 4);
    const sizePx = new Float32Array(labels.length * 2);
    labels.forEach((l, i) => {
      const b = boxes[i];
      if (!b) return;
      anchor.set(l.position, i * 3);
      // canvas y grows downwards, texture v upwards (flipY)
      uvRect.set([b.x / atlasWidth, 1 - (b.y + rowPx) / height, (b.x + b.w) / atlasWidth, 1 - b.y / height], i * 4);
      sizePx.set([b.w * displayScale, rowPx * displayScale], i * 2);
    });
    geometry.setAttribute('anchor', new InstancedBufferAttribute(anchor, 3));
    geometry.setAttribute('uvRect', new InstancedBufferAttribute(uvRect, 4));
    geometry.setAttribute('sizePx', new InstancedBufferAttribute(sizePx, 2));
    geometry.setAttribute('shown', new InstancedBufferAttribute(new Float32Array(labels.length).fill(1), 1));
    geometry.instanceCount = labels.length;
    const material = new ShaderMaterial({
      vertexShader,
      fragmentShader,
      transparent: true,
      uniforms: { atlas: { value: texture }, viewport: { value: new Vector2(1, 1) } },
    });
    return { geometry, material, anchors: anchor, sizes: sizePx };
  }, [drawn, palette]);

  // Declutter when the view changes: project each anchor, keep a label only if its box is free.
  const lastView = useRef(new Matrix4());
  const lastSize = useRef(new Vector2());
  const boxesRef = useRef(new Float32Array(0));
  const forced = useRef(true);
  useEffect(() => {
    forced.current = true;
  }, [geometry, visible]);
  useFrame(({ camera }) => {
    if (!visible) return;
    const viewProj = scratch.m.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
    if (!forced.current && viewProj.equals(lastView.current) && lastSize.current.x === size.width && lastSize.current.y === size.height) return;
    forced.current = false;
    lastView.current.copy(viewProj);
    lastSize.current.set(size.width, size.height);
    const shown = geometry.getAttribute('shown') as InstancedBufferAttribute;
    const flags = shown.array as Float32Array;
    if (boxesRef.current.length < drawn.length * 4) boxesRef.current = new Float32Array(drawn.length * 4);
    const boxes = boxesRef.current;
    const { cameraPosition, toAnchor, ray } = scratch;
    let kept = 0;
    let changed = false;
    camera.getWorldPosition(cameraPosition);
    for (let i = 0; i < drawn.length; i++) {
      const n = drawn[i]?.normal;
      const ax = nth(anchors, i * 3),
        ay = nth(anchors, i * 3 + 1),
        az = nth(anchors, i * 3 + 2);
      const facing = !n || n[0] * (cameraPosition.x - ax) + n[1] * (cameraPosition.y - ay) + n[2] * (cameraPosition.z - az) > 0;
      const v = scratch.v.set(nth(anchors, i * 3), nth(anchors, i * 3 + 1), nth(anchors, i * 3 + 2)).applyMatrix4(viewProj);
      const x = ((v.x + 1) / 2) * size.width + 8,
        y = ((1 - v.y) / 2) * size.height;
      const w = nth(sizes, i * 2),
        h = nth(sizes, i * 2 + 1);
      let free = facing && v.z < 1 && x < size.width && x + w > 0 && y > 0 && y < size.height;
      for (let k = 0; free && k < kept; k++) {
        const bx = nth(boxes, k * 4),
          by = nth(boxes, k * 4 + 1),
          bw = nth(boxes, k * 4 + 2),
          bh = nth(boxes, k * 4 + 3);
        if (x < bx + bw && x + w > bx && y - h / 2 < by + bh / 2 && y + h / 2 > by - bh / 2) free = false;
      }
      if (free && occluder) {
        // hidden if the body lies between the camera and the anchor (1 mm short of the skin)
        toAnchor.set(ax, ay, az).sub(cameraPosition);
        const distance = toAnchor.length();
        ray.set(cameraPosition, toAnchor.normalize());
        ray.far = distance - 0.002;
        if (ray.intersectObject(occluder, false).length > 0) free = false;
      }
      if (flags[i] !== (free ? 1 : 0)) changed = true;
      flags[i] = free ? 1 : 0;
      if (free) {
        boxes.set([x, y, w, h], kept * 4);
        kept++;
      }
    }
    if (changed) {
      shown.needsUpdate = true;
      invalidate();
    }
  });

  useEffect(() => {
    (material.uniforms.viewport?.value as Vector2).set(size.width, size.height);
    invalidate();
  }, [material, size, dpr, invalidate]);
  useEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
      (material.uniforms.atlas?.value as CanvasTexture).dispose();
    },
    [geometry, material],
  );

  return <mesh geometry={geometry} material={material} visible={visible && labels.length > 0} frustumCulled={false} renderOrder={10} />;
}
