// Picking the point markers as they are drawn: the vertex shader enlarges every ball to a minimum
// size on screen, so three's own raycast (which tests the balls at their scene size, a few
// millimetres: a pixel or two at full-body view) missed most of what the user sees. This raycast
// tests each shown instance as a sphere of its drawn radius at its depth.
import type { InstancedMesh, Intersection, PerspectiveCamera, Raycaster } from 'three';
import { Vector3 } from 'three';
import type { Vec3 } from '../../../domain/body/frame.ts';
import { drawnRadius, metresPerPixel, raySphere } from '../../../domain/points/markerSize.ts';

export interface MarkerSizing {
  viewportHeight: { value: number };
  minRadiusPx: { value: number };
  baseRadius: { value: number };
}

const origin: Vec3 = [0, 0, 0],
  dir: Vec3 = [0, 0, 0],
  centre: Vec3 = [0, 0, 0],
  forward: Vec3 = [0, 0, 0];
const point = new Vector3();

/** A raycast for an instanced mesh of unit balls (uniform scale, no rotation) drawn at least `sizing` on screen. */
export function markerRaycast(mesh: InstancedMesh, sizing: MarkerSizing) {
  return (raycaster: Raycaster, intersects: Intersection[]): void => {
    const camera = raycaster.camera as PerspectiveCamera | undefined;
    if (!camera || !mesh.visible) return;
    const projectionYY = camera.projectionMatrix.elements[5];
    const cam = camera.matrixWorld.elements;
    forward[0] = -cam[8];
    forward[1] = -cam[9];
    forward[2] = -cam[10];
    const { origin: o, direction: d } = raycaster.ray;
    origin[0] = o.x;
    origin[1] = o.y;
    origin[2] = o.z;
    dir[0] = d.x;
    dir[1] = d.y;
    dir[2] = d.z;
    const m = mesh.instanceMatrix.array;
    for (let i = 0; i < mesh.count; i++) {
      const radius = m[16 * i]!; // the ball's scale is its radius
      if (radius <= 0) continue;
      centre[0] = m[16 * i + 12]!;
      centre[1] = m[16 * i + 13]!;
      centre[2] = m[16 * i + 14]!;
      const depth = (centre[0] - cam[12]) * forward[0] + (centre[1] - cam[13]) * forward[1] + (centre[2] - cam[14]) * forward[2];
      const r = drawnRadius(radius, sizing.baseRadius.value, metresPerPixel(depth, projectionYY, sizing.viewportHeight.value), sizing.minRadiusPx.value);
      const distance = raySphere(origin, dir, centre, r);
      if (distance === null || distance < raycaster.near || distance > raycaster.far) continue;
      raycaster.ray.at(distance, point);
      intersects.push({ distance, point: point.clone(), object: mesh, instanceId: i });
    }
  };
}
