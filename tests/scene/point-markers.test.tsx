// @vitest-environment jsdom
// The point markers in a scene graph (react-three-fiber's test renderer, no GPU): one instanced mesh
// for every location, what is shown derived from the filters and the search (clearing the search
// brings every marker back), and hover kept local (two instances change, the store does not).
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Color, Matrix4, Vector3, type InstancedMesh, type Material } from 'three';
import { palettes } from '../../src/theme/tokens.ts';
import type { BodySurface } from '../../src/domain/body/frame.ts';
import type { PlacedLocation } from '../../src/domain/points/placement.ts';
import { buildSearch } from '../../src/systems/search.ts';
import { atlasRecords } from '../../src/pipeline/atlasData.ts';
import { PointMarkers } from '../../src/systems/points/scene/PointMarkers.tsx';
import { useAtlas } from '../../src/state/store.ts';
import { data } from '../support/atlas.ts';

// a small surface: one vertex per location, in a row, facing forward
const codes = ['LU1', 'LU2', 'LI4', 'LI11', 'ST36', 'GB20'];
const surface: BodySurface = {
  positions: new Float32Array(codes.flatMap((_, i) => [i * 0.05, 1, 0.1])),
  normals: new Float32Array(codes.flatMap(() => [0, 0, 1])),
  indices: new Uint32Array([0, 1, 2]),
};
const locations: PlacedLocation[] = codes.map((code, i) => ({
  code,
  side: 'left',
  index: 1,
  vertices: [i, i, i],
  weights: [1, 0, 0],
  guide: { ref: 'x', start: [0, 0, 0], steps: [] },
}));
const search = await buildSearch(atlasRecords(data), data.regions);

const initial = useAtlas.getState();
let renderer: Awaited<ReturnType<typeof ReactThreeTestRenderer.create>> | null = null;
beforeEach(() => useAtlas.setState({ ...initial, records: data.points, locations, searchIndex: search }, true));
afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
});

const markers = () => renderer!.scene.findByProps({ name: 'point-markers' }).instance as InstancedMesh;
/** The drawn radius of each instance (0: hidden). */
const radii = () => {
  const m = markers(),
    matrix = new Matrix4(),
    scale = new Vector3();
  return codes.map((_, i) => {
    m.getMatrixAt(i, matrix);
    return +scale.setFromMatrixScale(matrix).x.toFixed(5);
  });
};

describe('point markers in the scene', () => {
  it('draws every location in one instanced mesh', async () => {
    renderer = await ReactThreeTestRenderer.create(<PointMarkers surface={surface} />);
    expect(renderer.scene.findAllByProps({ name: 'point-markers' })).toHaveLength(1);
    expect(markers().count).toBe(codes.length);
    expect(radii().every((r) => r > 0)).toBe(true);
  });

  it('hides what the filters and the search leave out, and shows everything again when the search is cleared', async () => {
    renderer = await ReactThreeTestRenderer.create(<PointMarkers surface={surface} />);
    const base = radii()[0]!;
    await ReactThreeTestRenderer.act(() => Promise.resolve(useAtlas.getState().setChannel('LI')));
    expect(radii().map((r) => r > 0)).toEqual([false, false, true, true, false, false]);
    await ReactThreeTestRenderer.act(() => {
      useAtlas.getState().setChannel(null);
      useAtlas.getState().setQuery('Hegu');
      return Promise.resolve();
    });
    const found = radii();
    expect(found[codes.indexOf('LI4')]).toBeGreaterThan(base);
    expect(found[codes.indexOf('LU1')]).toBe(0);
    await ReactThreeTestRenderer.act(() => Promise.resolve(useAtlas.getState().setQuery('')));
    expect(radii()).toEqual(codes.map(() => base));
  });

  it('hovering changes the marker under the pointer and nothing in the store', async () => {
    renderer = await ReactThreeTestRenderer.create(<PointMarkers surface={surface} />);
    const before = useAtlas.getState();
    const base = radii()[0]!;
    const mesh = renderer.scene.findByProps({ name: 'point-markers' });
    await renderer.fireEvent(mesh, 'onPointerMove', { instanceId: 2, intersections: [], distance: 1, stopPropagation: () => undefined });
    const hovered = radii();
    expect(hovered[2]).toBeGreaterThan(base);
    expect(hovered.filter((r, i) => i !== 2).every((r) => r === base)).toBe(true);
    expect(useAtlas.getState()).toBe(before);
    await renderer.fireEvent(mesh, 'onPointerOut', {});
    expect(radii()).toEqual(codes.map(() => base));
  });

  it('does not hover a marker the body hides', async () => {
    renderer = await ReactThreeTestRenderer.create(<PointMarkers surface={surface} />);
    const base = radii()[0]!;
    const mesh = renderer.scene.findByProps({ name: 'point-markers' });
    // the skin is met 5 cm before the marker: the marker is on the far side of the body
    await renderer.fireEvent(mesh, 'onPointerMove', {
      instanceId: 3,
      intersections: [{ object: { name: 'body' }, distance: 0.95 }],
      distance: 1,
      stopPropagation: () => undefined,
    });
    expect(radii()[3]).toBe(base);
  });

  it('owns its ball and material: new locations keep them in one draw call, unmount disposes them', async () => {
    renderer = await ReactThreeTestRenderer.create(<PointMarkers surface={surface} />);
    const { geometry, material } = markers();
    const disposed = [vi.fn(), vi.fn()];
    geometry.addEventListener('dispose', disposed[0]!);
    (material as Material).addEventListener('dispose', disposed[1]!);
    // fewer locations: a new instanced mesh for the new count, the same ball and material
    await ReactThreeTestRenderer.act(() => Promise.resolve(useAtlas.setState({ locations: locations.slice(0, 3) })));
    expect(renderer.scene.findAllByProps({ name: 'point-markers' })).toHaveLength(1);
    expect(markers().count).toBe(3);
    expect([markers().geometry, markers().material]).toEqual([geometry, material]);
    expect(disposed.map((d) => d.mock.calls.length)).toEqual([0, 0]);
    await renderer.unmount();
    renderer = null;
    expect(disposed.map((d) => d.mock.calls.length)).toEqual([1, 1]);
  });

  it('patient-safety mode colours the affected markers by grade and draws them larger, derived from the switches', async () => {
    renderer = await ReactThreeTestRenderer.create(<PointMarkers surface={surface} />);
    const base = radii()[0]!;
    const colourOf = (code: string) => {
      const c = new Color();
      markers().getColorAt(codes.indexOf(code), c);
      return c.getHexString();
    };
    const li4Before = colourOf('LI4');
    await ReactThreeTestRenderer.act(() => Promise.resolve(useAtlas.getState().setPatient(['pregnancy'])));
    // LI4 is contraindicated in pregnancy: the token's colour, larger; LU1 has no pregnancy caution: faded, its size kept
    expect(colourOf('LI4')).toBe(new Color(palettes.light.markerContraindicated).getHexString());
    expect(radii()[codes.indexOf('LI4')]).toBeGreaterThan(base);
    expect(radii()[codes.indexOf('LU1')]).toBe(base);
    expect(colourOf('LU1')).not.toBe(new Color('#56B4E9').getHexString());
    // every marker is still drawn: nothing is hidden by the mode
    expect(radii().every((r) => r > 0)).toBe(true);
    await ReactThreeTestRenderer.act(() => Promise.resolve(useAtlas.getState().setPatient([])));
    expect(colourOf('LI4')).toBe(li4Before);
    expect(radii()).toEqual(codes.map(() => base));
  });
});
