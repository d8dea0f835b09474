// The point markers are picked as they are drawn: at least 2.5 CSS px in radius on screen (the
// vertex shader's minimum), and never through the skin in front of them.
import { InstancedMesh, Matrix4, Mesh, MeshBasicMaterial, PerspectiveCamera, PlaneGeometry, Raycaster, SphereGeometry, Vector2, type Object3D } from 'three';
import { describe, expect, it } from 'vitest';
import { drawnRadius, metresPerPixel, raySphere, visibleMarker } from '../../src/domain/points/markerSize.ts';
import { markerRaycast } from '../../src/systems/points/scene/markerPicking.ts';

const viewportHeight = 800;
const baseRadius = 0.0042;
const sizing = { viewportHeight: { value: viewportHeight }, minRadiusPx: { value: 2.5 }, baseRadius: { value: baseRadius } };

// a camera 3 m in front of the origin: a 4.2 mm marker there is under 2 px in radius unless enlarged
const camera = new PerspectiveCamera(35, 1, 0.02, 30);
camera.position.set(0, 0, 3);
camera.lookAt(0, 0, 0);
camera.updateMatrixWorld();
camera.updateProjectionMatrix();

/** Markers (name "point-markers") at these centres, and a patch of skin (name "body") in front of the third. */
function scene(centres: [number, number, number][]): { markers: InstancedMesh; body: Mesh } {
  const markers = new InstancedMesh(new SphereGeometry(1, 8, 4), new MeshBasicMaterial(), centres.length);
  markers.name = 'point-markers';
  centres.forEach((c, i) => markers.setMatrixAt(i, new Matrix4().makeScale(baseRadius, baseRadius, baseRadius).setPosition(...c)));
  markers.raycast = markerRaycast(markers, sizing);
  const body = new Mesh(new PlaneGeometry(0.2, 0.2), new MeshBasicMaterial());
  body.name = 'body';
  body.position.set(0.3, 0, -0.1);
  body.updateMatrixWorld();
  return { markers, body };
}

/** What is picked with the pointer this many CSS pixels right of and above a world point. */
function pickAt(objects: Object3D[], at: [number, number, number], dxPx: number, dyPx = 0): number | null {
  const p = camera.position
    .clone()
    .set(...at)
    .project(camera);
  const raycaster = new Raycaster();
  raycaster.setFromCamera(new Vector2(p.x + (2 * dxPx) / viewportHeight, p.y + (2 * dyPx) / viewportHeight), camera);
  const hits = raycaster.intersectObjects(objects, false);
  return visibleMarker(
    hits.map((h) => ({
      distance: h.distance,
      kind: h.object.name === 'body' ? ('body' as const) : ('marker' as const),
      ...(h.instanceId !== undefined ? { instanceId: h.instanceId } : {}),
    })),
  );
}

describe('the drawn size', () => {
  it('is the marker radius, or 2.5 px at its depth when that is larger, every marker scaled alike', () => {
    const perPixel = metresPerPixel(3, camera.projectionMatrix.elements[5], viewportHeight);
    expect(drawnRadius(baseRadius, baseRadius, perPixel, 2.5) / perPixel).toBeCloseTo(2.5, 6);
    expect(drawnRadius(2 * baseRadius, baseRadius, perPixel, 2.5) / perPixel).toBeCloseTo(5, 6);
    // near the camera a marker is bigger than the minimum and keeps its size
    expect(drawnRadius(baseRadius, baseRadius, metresPerPixel(0.2, camera.projectionMatrix.elements[5], viewportHeight), 2.5)).toBe(baseRadius);
  });

  it('a ray enters a sphere where it meets it first', () => {
    expect(raySphere([0, 0, 3], [0, 0, -1], [0, 0, 0], 0.5)).toBeCloseTo(2.5, 9);
    expect(raySphere([0, 0, 3], [0, 0, -1], [0.6, 0, 0], 0.5)).toBeNull();
  });
});

describe('picking the markers', () => {
  const { markers, body } = scene([
    [0, 0, 0],
    [0.05, 0, 0],
    [0.3, 0, -0.2],
  ]);
  const objects = [body, markers];

  it('hits a marker anywhere in its drawn disc (2.5 px), not beyond it', () => {
    expect(pickAt(objects, [0, 0, 0], 0)).toBe(0);
    expect(pickAt(objects, [0, 0, 0], 2.2)).toBe(0); // outside the 4.2 mm ball (1.8 px), inside the drawn 2.5 px
    expect(pickAt(objects, [0, 0, 0], 0, -2.2)).toBe(0);
    expect(pickAt(objects, [0, 0, 0], 3)).toBeNull();
    expect(pickAt(objects, [0.05, 0, 0], -2.2)).toBe(1);
  });

  it('never picks a marker behind the skin', () => {
    expect(pickAt(objects, [0.3, 0, -0.2], 0)).toBeNull();
    expect(pickAt([markers], [0.3, 0, -0.2], 0)).toBe(2); // the same marker with no skin in front
  });

  it('a marker on the skin stands out of it and is picked', () => {
    const onSkin = scene([[0.3, 0, -0.1 + baseRadius / 2]]);
    expect(pickAt([onSkin.body, onSkin.markers], [0.3, 0, -0.1 + baseRadius / 2], 1)).toBe(0);
  });
});
