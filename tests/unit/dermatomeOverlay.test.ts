// The overlay's drawing on both bodies (rendering only; which area a vertex belongs to is
// dermatomes.test.ts's): crisp borders that keep every vertex in its own area, and a name for
// each band from the front and from the back.
import { describe, expect, it } from 'vitest';
import { bodyVariantIds } from '../../src/domain/body/frame.ts';
import { spinalSegments } from '../../src/domain/neuro/segments.ts';
import { edgeDermatomes, vertexDermatomes } from '../../src/pipeline/dermatomes.ts';
import { meshEdges } from '../../src/systems/dermatomes/domain/edges.ts';
import { areaMesh } from '../../src/systems/dermatomes/domain/areaMesh.ts';
import { labelAnchors, minLabelledPatch } from '../../src/systems/dermatomes/domain/labelAnchors.ts';
import { atlasFixture } from '../support/atlas.ts';
import { fixture } from '../support/bodies.ts';

describe.each(bodyVariantIds)('the dermatome overlay on the %s body', (variant) => {
  const { body } = fixture(variant);
  const labels = vertexDermatomes(body, atlasFixture(variant).ctx.landmarks);
  const areas = [...new Set(labels)];
  const vertexArea = labels.map((l) => areas.indexOf(l));

  it('draws every original corner in its own area, and no triangle in two colours', () => {
    const mesh = areaMesh(body.positions, body.normals, body.indices, vertexArea);
    const drawn = mesh.area.length;
    expect(drawn % 3).toBe(0);
    expect(mesh.positions.length).toBe(drawn * 3);
    let twoColoured = 0;
    for (let t = 0; t < drawn; t += 3) if (mesh.area[t + 1] !== mesh.area[t] || mesh.area[t + 2] !== mesh.area[t]) twoColoured++;
    expect(twoColoured).toBe(0);
    // each original vertex, wherever it is drawn as a corner, shows its own area
    const byPosition = new Map<string, number>();
    for (let v = 0; v < body.vertexCount; v++)
      byPosition.set(`${body.positions[v * 3]},${body.positions[v * 3 + 1]},${body.positions[v * 3 + 2]}`, vertexArea[v]!);
    let corners = 0,
      wrong = 0;
    for (let i = 0; i < drawn; i++) {
      const own = byPosition.get(`${mesh.positions[i * 3]},${mesh.positions[i * 3 + 1]},${mesh.positions[i * 3 + 2]}`);
      if (own === undefined) continue;
      corners++;
      if (mesh.area[i] !== own) wrong++;
    }
    expect(wrong).toBe(0);
    expect(corners).toBeGreaterThan(body.indices.length * 0.9);
    // the pale band lies only where a triangle straddles a border
    expect(mesh.border.some((b) => b === 1)).toBe(true);
    expect(mesh.border.some((b) => b === 0)).toBe(true);
  });

  it('split at the middles of the edges, keeps every corner and every middle in its own area, and no triangle in two colours', () => {
    const edges = meshEdges(body.indices);
    const edgeLabels = edgeDermatomes(body, atlasFixture(variant).ctx.landmarks);
    expect(edgeLabels).toHaveLength(edges.count);
    const edgeArea = edgeLabels.map((l) => areas.indexOf(l));
    const mesh = areaMesh(body.positions, body.normals, body.indices, vertexArea, { edges, edgeArea });
    const drawn = mesh.area.length;
    for (let t = 0; t < drawn; t += 3) expect(mesh.area[t + 1] === mesh.area[t] && mesh.area[t + 2] === mesh.area[t]).toBe(true);
    // the middle of an edge shows the area the map gives it, wherever it is drawn as a corner
    const byPosition = new Map<string, number>();
    const f32 = (v: number) => Math.fround(v);
    for (let e = 0; e < edges.count; e++) {
      const a = edges.ends[e * 2]!,
        b = edges.ends[e * 2 + 1]!;
      byPosition.set([0, 1, 2].map((k) => f32((body.positions[a * 3 + k]! + body.positions[b * 3 + k]!) / 2)).join(','), edgeArea[e]!);
    }
    let middles = 0,
      wrong = 0;
    for (let i = 0; i < drawn; i++) {
      const own = byPosition.get([0, 1, 2].map((k) => mesh.positions[i * 3 + k]).join(','));
      if (own === undefined) continue;
      middles++;
      if (mesh.area[i] !== own) wrong++;
    }
    expect(middles).toBeGreaterThan(edges.count);
    expect(wrong).toBe(0);
    // a band one row of vertices wide on the back (T8) is drawn at the middles too
    expect(edgeLabels.filter((l) => l === 'T8').length).toBeGreaterThan(labels.filter((l) => l === 'T8').length);
  });

  it('names every trunk band from the back and from the front, in the middle of its patch', () => {
    const anchors = labelAnchors(body.positions, body.normals, body.indices, vertexArea);
    for (const a of anchors) {
      expect(a.size).toBeGreaterThanOrEqual(minLabelledPatch);
      expect(vertexArea[a.vertex]).toBe(a.area);
    }
    const named = (back: boolean) => new Set(anchors.filter((a) => body.normals[a.vertex * 3 + 2]! < 0 === back).map((a) => areas[a.area]));
    const back = named(true),
      front = named(false);
    for (const s of ['T2', 'T4', 'T6', 'T8', 'T10', 'T12', 'L1', 'L3', 'S1', 'S2']) expect(back.has(s as never), `${s} from the back`).toBe(true);
    for (const s of ['T3', 'T4', 'T6', 'T8', 'T10', 'T12', 'L1', 'L2', 'L3', 'L5']) expect(front.has(s as never), `${s} from the front`).toBe(true);
    expect(spinalSegments.filter((s) => back.has(s) || front.has(s)).length).toBeGreaterThan(spinalSegments.length - 3);
  });
});
