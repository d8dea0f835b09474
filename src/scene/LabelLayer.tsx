// Text labels for many anchors in ONE draw call: the texts are packed into a canvas atlas and drawn
// as instanced screen-aligned quads of constant pixel size. Labels behind the body are hidden by
// the depth test; a small bias keeps a label on the skin from sinking into it. When the camera
// moves, overlapping labels are thinned out (earlier labels win), so the names stay readable; a
// label that would run off the view goes to the other side of its point, or is left out.
// Crisp at any device pixel ratio (labelLayout.ts): the atlas is drawn at the device's scale and
// each quad is snapped to whole device pixels, one texel to one pixel. Measured against troika
// text (drei <Text>): one mesh and draw call per label, and 43 kB gz (minified, with its SDF and
// bidi packages) for the same sharpness, where this costs one draw call and no dependency.
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
import { boxTaken, claimChanged, joinLabelSpace, newClaim } from './labelSpace.ts';
import { atlasBoxWidth, atlasRow, atlasScale, labelCss, labelLeft } from './labelLayout.ts';

export interface LabelSpec {
  text: string;
  position: readonly [number, number, number];
  /** the skin normal at the anchor: labels of anchors facing away from the camera are hidden */
  normal?: readonly [number, number, number];
  color?: string;
}

const atlasWidth = 2048;

const noLabels: readonly LabelSpec[] = [];

/** The texts drawn into one canvas at `scale` atlas pixels per CSS pixel; each box in atlas pixels. */
function buildAtlas(labels: readonly LabelSpec[], palette: Palette, scale: number) {
  const rowPx = atlasRow(scale);
  if (labels.length === 0) return { texture: new Texture(), boxes: [], height: rowPx, rowPx };
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas unavailable for labels');
  const font = `600 ${labelCss.font * scale}px system-ui, sans-serif`;
  ctx.font = font;
  const boxes: { x: number; y: number; w: number }[] = [];
  let x = 0,
    y = 0;
  for (const l of labels) {
    const w = atlasBoxWidth(ctx.measureText(l.text).width, scale);
    if (x + w > atlasWidth) {
      x = 0;
      y += rowPx;
    }
    boxes.push({ x, y, w });
    x += w;
  }
  canvas.width = atlasWidth;
  canvas.height = Math.max(rowPx, 2 ** Math.ceil(Math.log2(y + rowPx)));
  ctx.font = font;
  ctx.textBaseline = 'middle';
  labels.forEach((l, i) => {
    const b = boxes[i];
    if (!b) return;
    ctx.fillStyle = palette.labelHalo;
    ctx.beginPath();
    ctx.roundRect(b.x + scale, b.y + scale, b.w - 2 * scale, rowPx - 2 * scale, 5 * scale);
    ctx.fill();
    ctx.fillStyle = l.color ?? palette.label;
    ctx.fillText(l.text, b.x + labelCss.pad * scale, b.y + rowPx / 2 + scale);
  });
  const texture = new CanvasTexture(canvas);
  texture.minFilter = LinearFilter;
  texture.generateMipmaps = false;
  return { texture, boxes, height: canvas.height, rowPx };
}

// Scratch objects for the declutter pass (one pass runs at a time): nothing is allocated per frame.
const scratch = { v: new Vector3(), m: new Matrix4(), cameraPosition: new Vector3(), toAnchor: new Vector3(), ray: new Raycaster() };
(scratch.ray as Raycaster & { firstHitOnly?: boolean }).firstHitOnly = true;

const vertexShader = /* glsl */ `
  attribute vec3 anchor;
  attribute vec4 uvRect;
  attribute vec2 sizePx;
  // 0: hidden; 1: to the right of the anchor; -1: to its left
  attribute float place;
  // the view's CSS size and its device pixel ratio
  uniform vec3 viewport;
  uniform float gap;
  varying vec2 vUv;
  void main() {
    if (place == 0.0) { gl_Position = vec4(2.0, 2.0, 2.0, 1.0); return; }
    vec4 clip = projectionMatrix * modelViewMatrix * vec4(anchor, 1.0);
    float dpr = viewport.z;
    vec2 device = viewport.xy * dpr;
    // the anchor's device pixel, and the box in whole device pixels: texels fall on pixels
    vec2 at = floor((clip.xy / clip.w * 0.5 + 0.5) * device + 0.5);
    vec2 size = floor(sizePx * dpr + 0.5);
    float space = floor(gap * dpr + 0.5);
    float left = place > 0.0 ? space : -space - size.x;
    vec2 corner = vec2(left + (position.x + 0.5) * size.x, position.y * size.y);
    gl_Position = vec4(((at + corner) / device * 2.0 - 1.0) * clip.w, clip.z - 0.004 * clip.w, clip.w);
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
/** `rank`: where this layer's labels stand among the view's label layers (lower is placed first). */
export function LabelLayer({
  labels,
  visible = true,
  occluder,
  rank = 0,
}: {
  labels: readonly LabelSpec[];
  visible?: boolean;
  occluder?: Object3D | null;
  rank?: number;
}) {
  const size = useThree((s) => s.size);
  const dpr = useThree((s) => s.viewport.dpr);
  const invalidate = useThree((s) => s.invalidate);
  // the text atlas is drawn only while the labels are shown: hidden labels (the default) cost
  // nothing at start-up, and nothing needs a 2D canvas until then
  const drawn = visible ? labels : noLabels;
  const palette = usePalette();
  const scale = atlasScale(dpr);
  const occluded = Boolean(occluder);
  const { geometry, material, anchors, sizes } = useMemo(() => {
    const labels = drawn;
    const { texture, boxes, height, rowPx } = buildAtlas(labels, palette, scale);
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
      sizePx.set([b.w / scale, rowPx / scale], i * 2);
    });
    geometry.setAttribute('anchor', new InstancedBufferAttribute(anchor, 3));
    geometry.setAttribute('uvRect', new InstancedBufferAttribute(uvRect, 4));
    geometry.setAttribute('sizePx', new InstancedBufferAttribute(sizePx, 2));
    geometry.setAttribute('place', new InstancedBufferAttribute(new Float32Array(labels.length).fill(1), 1));
    geometry.instanceCount = labels.length;
    const material = new ShaderMaterial({
      vertexShader,
      fragmentShader,
      transparent: true,
      // with the body to test against, a label hidden by it is left out whole (the ray below);
      // one shown is drawn whole, not cut where it crosses the body's outline
      depthTest: !occluded,
      uniforms: { atlas: { value: texture }, viewport: { value: new Vector3(1, 1, 1) }, gap: { value: labelCss.gap } },
    });
    return { geometry, material, anchors: anchor, sizes: sizePx };
  }, [drawn, palette, scale, occluded]);

  // Declutter when the view changes: project each anchor, keep a label only if its box is free.
  const lastView = useRef(new Matrix4());
  const lastSize = useRef(new Vector2());
  const forced = useRef(true);
  // this layer's boxes, shared with the view's other label layers (labelSpace.ts)
  const scene = useThree((s) => s.scene);
  const claim = useRef(newClaim(rank));
  useEffect(() => joinLabelSpace(scene, claim.current), [scene]);
  useEffect(() => {
    forced.current = true;
    if (visible) return;
    // hidden: its space is free for the layers after it
    claim.current.count = 0;
    if (claimChanged(scene, claim.current)) invalidate();
  }, [geometry, visible, scene, invalidate]);
  useFrame(({ camera }) => {
    if (!visible) return;
    const own = claim.current;
    const viewProj = scratch.m.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse);
    if (!forced.current && !own.stale && viewProj.equals(lastView.current) && lastSize.current.x === size.width && lastSize.current.y === size.height) return;
    forced.current = false;
    own.stale = false;
    lastView.current.copy(viewProj);
    lastSize.current.set(size.width, size.height);
    const place = geometry.getAttribute('place') as InstancedBufferAttribute;
    const flags = place.array as Float32Array;
    if (own.boxes.length < drawn.length * 4) own.boxes = new Float32Array(drawn.length * 4);
    const boxes = own.boxes;
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
      const x = ((v.x + 1) / 2) * size.width,
        y = ((1 - v.y) / 2) * size.height;
      const w = nth(sizes, i * 2),
        h = nth(sizes, i * 2 + 1);
      const left = labelLeft(x, y, w, h, size.width, size.height);
      let free = facing && v.z < 1 && !Number.isNaN(left);
      if (free && boxTaken(scene, own, kept, left, y, w, h)) free = false;
      if (free && occluder) {
        // hidden if the body lies between the camera and the anchor (1 mm short of the skin)
        toAnchor.set(ax, ay, az).sub(cameraPosition);
        const distance = toAnchor.length();
        ray.set(cameraPosition, toAnchor.normalize());
        ray.far = distance - 0.002;
        if (ray.intersectObject(occluder, false).length > 0) free = false;
      }
      const side = free ? (left > x ? 1 : -1) : 0;
      if (flags[i] !== side) changed = true;
      flags[i] = side;
      if (free) {
        boxes.set([left, y, w, h], kept * 4);
        kept++;
      }
    }
    own.count = kept;
    // the layers after this one lay out again around its new boxes (in this frame or the next)
    if (claimChanged(scene, own)) invalidate();
    if (changed) {
      place.needsUpdate = true;
      invalidate();
    }
  });

  useEffect(() => {
    (material.uniforms.viewport?.value as Vector3).set(size.width, size.height, dpr);
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
