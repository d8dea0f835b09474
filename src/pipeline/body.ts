// Builds one body variant: macro targets -> anatomical pose -> body frame (metres, floor at y = 0,
// origin midway between the heels) -> triangles and smooth normals on the shared hm08 topology.
import { applyTargets, loadBaseMesh, loadRig, type BaseMesh, type Rig } from './makehuman.ts';
import { bodyVariants, bodyVariantIds, type BodyVariantId } from '../domain/body/frame.ts';
import { anatomicalPosition, anatomicalRotations, jointPositions, skin } from './pose.ts';
import { nth } from '../domain/checked.ts';

export { bodyVariantIds, type BodyVariantId };

export interface BuiltBody {
  variant: BodyVariantId;
  heightM: number;
  positions: Float32Array;
  normals: Float32Array;
  /** triangles, three vertex ids each (each hm08 quad split into two) */
  indices: Uint32Array;
  vertexCount: number;
  /** rig joints in the body frame ("wrist.L____head"), for tools and tests */
  joints: Map<string, [number, number, number]>;
  /** for each vertex, the rig bone that weighs most on it (which body part it belongs to) */
  dominantBone: string[];
  /**
   * Every hm08 vertex, helpers included (the eyeballs, eyelashes...), morphed, posed and carried
   * into the body frame like the body: what MakeHuman's proxies (eyes, eyebrows) are fitted to.
   * Its first vertexCount vertices are `positions`.
   */
  allPositions: Float32Array;
  /** body-frame metres per unit of the source mesh (its decimetres, scaled to the variant's height) */
  metresPerSourceUnit: number;
}

let cachedSource: { mesh: BaseMesh; rig: Rig } | undefined;
function source(): { mesh: BaseMesh; rig: Rig } {
  cachedSource ??= { mesh: loadBaseMesh(), rig: loadRig() };
  return cachedSource;
}

function macroTargets(gender: 'male' | 'female'): Record<string, number> {
  // A young adult of average muscle, weight, height and proportions, equal mix of the three
  // ethnic targets, as MakeHuman's macro modifiers weight them at their defaults.
  const weights: Record<string, number> = {};
  for (const race of ['african', 'asian', 'caucasian']) weights[`data/targets/macrodetails/${race}-${gender}-young.target`] = 1 / 3;
  return weights;
}

export function triangulate(quads: Uint32Array): Uint32Array {
  const tris = new Uint32Array((quads.length / 4) * 6);
  for (let q = 0, t = 0; q < quads.length; q += 4, t += 6) {
    const a = nth(quads, q),
      b = nth(quads, q + 1),
      c = nth(quads, q + 2),
      d = nth(quads, q + 3);
    tris.set([a, b, c, a, c, d], t);
  }
  return tris;
}

export function vertexNormals(positions: Float32Array, indices: Uint32Array): Float32Array {
  const n = new Float32Array(positions.length);
  for (let t = 0; t < indices.length; t += 3) {
    const ia = nth(indices, t) * 3,
      ib = nth(indices, t + 1) * 3,
      ic = nth(indices, t + 2) * 3;
    const abx = nth(positions, ib) - nth(positions, ia),
      aby = nth(positions, ib + 1) - nth(positions, ia + 1),
      abz = nth(positions, ib + 2) - nth(positions, ia + 2);
    const acx = nth(positions, ic) - nth(positions, ia),
      acy = nth(positions, ic + 1) - nth(positions, ia + 1),
      acz = nth(positions, ic + 2) - nth(positions, ia + 2);
    const nx = aby * acz - abz * acy,
      ny = abz * acx - abx * acz,
      nz = abx * acy - aby * acx;
    for (const i of [ia, ib, ic]) {
      n[i] = nth(n, i) + nx;
      n[i + 1] = nth(n, i + 1) + ny;
      n[i + 2] = nth(n, i + 2) + nz;
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const len = Math.hypot(nth(n, i), nth(n, i + 1), nth(n, i + 2)) || 1;
    n[i] = nth(n, i) / len;
    n[i + 1] = nth(n, i + 1) / len;
    n[i + 2] = nth(n, i + 2) / len;
  }
  return n;
}

export function buildBody(variant: BodyVariantId): BuiltBody {
  const { mesh, rig } = source();
  const spec = bodyVariants[variant];
  const morphed = mesh.allPositions.slice();
  applyTargets(morphed, macroTargets(variant));
  const joints = jointPositions(rig, morphed);
  const allCount = mesh.allPositions.length / 3;
  const skinned = skin(mesh, rig, morphed, anatomicalRotations(rig, joints, anatomicalPosition), allCount);
  // the body's extent and heels alone set the frame; the helpers follow it
  const posed = skinned.positions.subarray(0, mesh.bodyVertexCount * 3);

  // Into the body frame: metres, soles on y = 0, scaled to the variant's height, the heels'
  // posterior-most points midway at the origin (x is already the midline of a symmetric mesh).
  let minY = Infinity,
    maxY = -Infinity,
    minZ = Infinity;
  for (let i = 1; i < posed.length; i += 3) {
    minY = Math.min(minY, nth(posed, i));
    maxY = Math.max(maxY, nth(posed, i));
  }
  const scale = spec.heightM / (maxY - minY);
  for (let i = 0; i < posed.length; i += 3) {
    // heels: the lowest 3 % of the body
    if ((nth(posed, i + 1) - minY) * scale < spec.heightM * 0.03) minZ = Math.min(minZ, nth(posed, i + 2));
  }
  const allPositions = new Float32Array(skinned.positions.length);
  for (let i = 0; i < allPositions.length; i += 3) {
    allPositions[i] = nth(skinned.positions, i) * scale;
    allPositions[i + 1] = (nth(skinned.positions, i + 1) - minY) * scale;
    allPositions[i + 2] = (nth(skinned.positions, i + 2) - minZ) * scale;
  }
  const positions = allPositions.slice(0, posed.length);
  const indices = triangulate(mesh.bodyQuads);
  const posedJoints = new Map<string, [number, number, number]>();
  for (const [name, p] of skinned.joints) posedJoints.set(name, [p.x * scale, (p.y - minY) * scale, (p.z - minZ) * scale]);
  const dominantBone: string[] = [];
  for (let i = 0; i < mesh.bodyVertexCount; i++) {
    let best = 0;
    for (let k = 1; k < mesh.influences; k++) if (nth(mesh.skinWeight, i * mesh.influences + k) > nth(mesh.skinWeight, i * mesh.influences + best)) best = k;
    dominantBone.push(mesh.boneNames[nth(mesh.skinBone, i * mesh.influences + best)] ?? '');
  }
  return {
    variant,
    heightM: spec.heightM,
    positions,
    normals: vertexNormals(positions, indices),
    indices,
    vertexCount: mesh.bodyVertexCount,
    joints: posedJoints,
    dominantBone,
    allPositions,
    metresPerSourceUnit: scale,
  };
}
