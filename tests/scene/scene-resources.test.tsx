// @vitest-environment jsdom
// The scene's own GPU resources belong to the components that draw them: the landmark balls, the
// labels' quads, atlas texture and shader, and the body's skin are made in JSX (or a memo) and
// disposed when the component unmounts, instead of living for the page in module scope. The point
// markers' ball and material are tested with the markers (point-markers.test.tsx).
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BufferAttribute, BufferGeometry, Group, Mesh, type InstancedMesh, type Material, type ShaderMaterial, type Texture } from 'three';
import { LandmarkMarkers } from '../../src/scene/LandmarkMarkers.tsx';
import { LabelLayer } from '../../src/scene/LabelLayer.tsx';
import { useAtlas } from '../../src/state/store.ts';
import type { PlacedLandmark } from '../../src/domain/body/landmarks.ts';

// the body model: a triangle named "body", as the GLB holds it (no eyes or brows)
const model = new Group();
const triangle = new BufferGeometry();
triangle.setAttribute('position', new BufferAttribute(new Float32Array([0, 1, 0, 0.1, 1, 0, 0, 1.1, 0]), 3));
triangle.setAttribute('normal', new BufferAttribute(new Float32Array([0, 0, 1, 0, 0, 1, 0, 0, 1]), 3));
triangle.setIndex([0, 1, 2]);
model.add(Object.assign(new Mesh(triangle), { name: 'body' }));
vi.mock('@react-three/drei', () => ({ useGLTF: Object.assign(() => ({ scene: model }), { preload: () => undefined }) }));
// the region map never arrives: these tests are about the skin
vi.mock('../../src/scene/regionPick.ts', () => ({ fetchRegionMap: () => new Promise(() => undefined), regionAt: () => undefined }));
const { Body } = await import('../../src/scene/Body.tsx');

const landmarks: PlacedLandmark[] = ['nipple_left', 'nipple_right'].map((key, i) => ({
  key,
  id: 'nipple',
  name: 'Nipple',
  side: i === 0 ? 'left' : 'right',
  position: [i * 0.2 - 0.1, 1.3, 0.1],
  normal: [0, 0, 1],
}));

const initial = useAtlas.getState();
let renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>> | null = null;
// their names hidden: the labels' text atlas needs a 2D canvas, which jsdom has not
beforeEach(() => useAtlas.setState({ ...initial, landmarks, showLandmarks: false }, true));
afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
});

/** A spy on each resource's dispose event. */
function watchDisposal(...resources: { addEventListener: (type: 'dispose', listener: () => void) => void }[]) {
  return resources.map((r) => {
    const spy = vi.fn();
    r.addEventListener('dispose', spy);
    return spy;
  });
}

async function unmount() {
  await renderer!.unmount();
  renderer = null;
}

describe('scene resources owned by their components', () => {
  it('landmark markers: one instanced mesh with its own ball and material, both disposed on unmount', async () => {
    renderer = await ReactThreeTestRenderer.create(<LandmarkMarkers />);
    const markers = renderer.scene.findAllByProps({ name: 'landmark-markers' });
    expect(markers).toHaveLength(1);
    const mesh = markers[0]!.instance as InstancedMesh;
    expect(mesh.count).toBe(landmarks.length);
    const spies = watchDisposal(mesh.geometry, mesh.material as Material);
    await unmount();
    for (const spy of spies) expect(spy).toHaveBeenCalledTimes(1);
  });

  it('a second mount makes its own ball and material (none is shared through module scope)', async () => {
    renderer = await ReactThreeTestRenderer.create(<LandmarkMarkers />);
    const first = renderer.scene.findByProps({ name: 'landmark-markers' }).instance as InstancedMesh;
    await unmount();
    renderer = await ReactThreeTestRenderer.create(<LandmarkMarkers />);
    const second = renderer.scene.findByProps({ name: 'landmark-markers' }).instance as InstancedMesh;
    expect(second.geometry).not.toBe(first.geometry);
    expect(second.material).not.toBe(first.material);
  });

  it('labels: the quads, the shader and the text atlas are disposed on unmount', async () => {
    renderer = await ReactThreeTestRenderer.create(<LabelLayer labels={[]} visible={false} />);
    const mesh = renderer.scene.children[0]!.instance as Mesh;
    const material = mesh.material as ShaderMaterial;
    const atlas = material.uniforms.atlas!.value as Texture;
    const spies = watchDisposal(mesh.geometry, material, atlas);
    await unmount();
    for (const spy of spies) expect(spy).toHaveBeenCalledTimes(1);
  });

  it("the body's skin is its own material in the theme's colours, disposed on unmount; the model's shared geometry is kept", async () => {
    renderer = await ReactThreeTestRenderer.create(<Body variant="male" layers={[]} />);
    const body = renderer.scene.findByProps({ name: 'body' }).instance as Mesh;
    const skin = body.material as Material & { name: string };
    expect(skin.name).toBe('skin');
    const [skinDisposed, geometryDisposed] = watchDisposal(skin, body.geometry);
    await unmount();
    expect(skinDisposed).toHaveBeenCalledTimes(1);
    expect(geometryDisposed).not.toHaveBeenCalled();
  });
});
