// Turns the loaded (quantised) GLB into a plain body-frame geometry, once per variant. Everything downstream (landmarks, picking, points) works in body-frame metres.
import { BufferAttribute, BufferGeometry, type Mesh, type Object3D } from 'three';
import type { BodySurface } from '../domain/body/frame.ts';
import { nth } from '../domain/checked.ts';

/** Adds a BVH for fast picking once its code has loaded (kept out of the first view's bundle). */
export async function accelerate(mesh: Mesh): Promise<void> {
  const { MeshBVH, acceleratedRaycast } = await import('three-mesh-bvh');
  mesh.geometry.boundsTree = new MeshBVH(mesh.geometry);
  mesh.raycast = acceleratedRaycast;
}

export function bodyUrl(variant: string): string {
  return `${import.meta.env.BASE_URL}generated/body-${variant}.glb`;
}

export interface PreparedBody {
  geometry: BufferGeometry;
  surface: BodySurface;
  /** the face's parts (eyes, brows), placed in the body frame: drawn, never picked */
  face: { eyes: Mesh | null; brows: Mesh | null };
}

const prepared = new WeakMap<Object3D, PreparedBody>();

/** A raycast that finds nothing: the face's parts are not part of the surface a click lands on. */
function notPickable(): void {}

/** A copy of the model's part, in its place in the body frame, that rays pass through. */
function facePart(scene: Object3D, name: string): Mesh | null {
  const source = scene.getObjectByName(name) as Mesh | undefined;
  if (!source?.isMesh) return null;
  const part = source.clone();
  source.matrixWorld.decompose(part.position, part.quaternion, part.scale);
  part.raycast = notPickable;
  return part;
}

export function prepareBody(scene: Object3D): PreparedBody {
  const cached = prepared.get(scene);
  if (cached) return cached;
  scene.updateMatrixWorld(true);
  // the body by name: the model also holds the eyes and brows
  const source = scene.getObjectByName('body') as Mesh | undefined;
  if (!source?.isMesh) throw new Error('The body model has no mesh named "body".');
  const src = source.geometry;
  const count = src.attributes.position?.count ?? 0;
  const positions = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  const world = source.matrixWorld;
  const e = world.elements;
  const pos = src.getAttribute('position');
  const nor = src.getAttribute('normal');
  for (let i = 0; i < count; i++) {
    const x = pos.getX(i),
      y = pos.getY(i),
      z = pos.getZ(i);
    positions[i * 3] = nth(e, 0) * x + nth(e, 4) * y + nth(e, 8) * z + nth(e, 12);
    positions[i * 3 + 1] = nth(e, 1) * x + nth(e, 5) * y + nth(e, 9) * z + nth(e, 13);
    positions[i * 3 + 2] = nth(e, 2) * x + nth(e, 6) * y + nth(e, 10) * z + nth(e, 14);
    const nx = nor.getX(i),
      ny = nor.getY(i),
      nz = nor.getZ(i);
    const len = Math.hypot(nx, ny, nz) || 1;
    normals[i * 3] = nx / len;
    normals[i * 3 + 1] = ny / len;
    normals[i * 3 + 2] = nz / len;
  }
  const indices = Uint32Array.from(src.index?.array ?? []);
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  geometry.setIndex(new BufferAttribute(indices, 1));
  geometry.computeBoundingSphere();
  const result = { geometry, surface: { positions, normals, indices }, face: { eyes: facePart(scene, 'eyes'), brows: facePart(scene, 'brows') } };
  prepared.set(scene, result);
  return result;
}
