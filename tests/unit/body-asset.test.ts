// The browser's side of the body asset: the body mesh is found by name and becomes the one surface
// that points are placed on and clicks land on; the eyes and brows come along to be drawn only.
import { describe, expect, it } from 'vitest';
import { BoxGeometry, BufferAttribute, BufferGeometry, Group, Mesh, Raycaster, Vector3 } from 'three';
import { prepareBody } from '../../src/scene/bodyAsset.ts';

/** A model shaped like the GLB: the eyes and brows listed before the body, each with a node transform. */
function model() {
  const scene = new Group();
  const eyes = new Mesh(new BoxGeometry(1, 1, 1));
  eyes.name = 'eyes';
  eyes.position.set(0, 1.6, 0.2);
  eyes.scale.setScalar(0.03);
  const brows = new Mesh(new BoxGeometry(1, 1, 1));
  brows.name = 'brows';
  brows.position.set(0, 1.65, 0.21);
  brows.scale.setScalar(0.02);
  const triangle = new BufferGeometry();
  triangle.setAttribute('position', new BufferAttribute(new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0]), 3));
  triangle.setAttribute('normal', new BufferAttribute(new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1]), 3));
  triangle.setIndex([0, 1, 2]);
  const body = new Mesh(triangle);
  body.name = 'body';
  body.position.set(0, 0.5, 0);
  scene.add(eyes, brows, body);
  return scene;
}

describe('prepareBody', () => {
  it('takes the body by name, not the first mesh in the model, in body-frame metres', () => {
    const { surface } = prepareBody(model());
    expect(surface.positions.length).toBe(9);
    expect([...surface.positions]).toEqual([0, 0.5, 0, 1, 0.5, 0, 0, 1.5, 0]);
    expect([...surface.indices]).toEqual([0, 1, 2]);
  });

  it('places the eyes and brows where the model has them, and rays pass through them', () => {
    const { face } = prepareBody(model());
    for (const part of [face.eyes, face.brows]) {
      expect(part).not.toBeNull();
      part!.updateMatrixWorld(true);
      const centre = new Vector3().setFromMatrixPosition(part!.matrixWorld);
      expect(centre.y).toBeGreaterThan(1.55);
      // a ray straight at the part finds nothing: it is not part of the pickable surface
      const ray = new Raycaster(new Vector3(centre.x, centre.y, 2), new Vector3(0, 0, -1));
      expect(ray.intersectObject(part!, false)).toEqual([]);
      // (the same mesh, left pickable, would be hit: the test would see a regression)
      const pickable = new Mesh(part!.geometry);
      pickable.matrixWorld.copy(part!.matrixWorld);
      expect(ray.intersectObject(pickable, false).length).toBeGreaterThan(0);
    }
  });

  it('draws a model without eyes or brows as before', () => {
    const scene = model();
    scene.remove(scene.getObjectByName('eyes')!, scene.getObjectByName('brows')!);
    const { face, surface } = prepareBody(scene);
    expect(face).toEqual({ eyes: null, brows: null });
    expect(surface.positions.length).toBe(9);
  });
});
