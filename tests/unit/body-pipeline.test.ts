import { describe, expect, it } from 'vitest';
import { bodyToGlb, readBodyGlb } from '../../src/pipeline/glb.ts';
import { faceParts } from '../../src/pipeline/faceParts.ts';
import { bodyVariantIds, fixture } from '../support/bodies.ts';

describe.each(bodyVariantIds)('the %s body', (variant) => {
  const { body, mirror, at } = fixture(variant);
  const p = body.positions;
  const bounds = () => {
    const min = [Infinity, Infinity, Infinity],
      max = [-Infinity, -Infinity, -Infinity];
    for (let i = 0; i < p.length; i += 3)
      for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k]!, p[i + k]!);
        max[k] = Math.max(max[k]!, p[i + k]!);
      }
    return { min, max };
  };

  it('is the body surface only: the hm08 body group, all quads split into triangles', () => {
    expect(body.vertexCount).toBe(13380);
    expect(body.indices.length).toBe(13378 * 6);
    expect(Math.max(...body.indices)).toBe(body.vertexCount - 1);
  });

  it('stands in the body frame: soles on the floor, its height, symmetric about x = 0', () => {
    const { min, max } = bounds();
    expect(min[1]).toBeCloseTo(0, 6);
    expect(max[1]).toBeCloseTo(variant === 'male' ? 1.75 : 1.62, 3);
    expect(min[0]! + max[0]!).toBeCloseTo(0, 3);
    // the face looks toward +z: the nose is in front of the back of the head
    expect(at('nose_tip').position[2]).toBeGreaterThan(at('external_occipital_protuberance').position[2] + 0.12);
  });

  it('has its origin midway between the heels', () => {
    const left = at('heel_left').position,
      right = at('heel_right').position;
    expect((left[0] + right[0]) / 2).toBeCloseTo(0, 3);
    expect(Math.abs((left[2] + right[2]) / 2)).toBeLessThan(0.01);
  });

  it('is in the anatomical position: arms down and a little away from the trunk, palms forward', () => {
    const shoulder = at('acromion_left').position,
      wrist = at('wrist_crease_midpoint_left').position;
    const hip = at('greater_trochanter_left').position;
    const down = shoulder[1] - wrist[1],
      out = wrist[0] - shoulder[0];
    const abductionDeg = (Math.atan2(out, down) * 180) / Math.PI;
    expect(abductionDeg).toBeGreaterThan(3);
    expect(abductionDeg).toBeLessThan(25);
    expect(wrist[0]).toBeGreaterThan(hip[0] + 0.03); // hands clear of the thighs
    // palm forward: the palmar wrist crease faces +z, the dorsal crease -z; thumb lateral
    expect(at('wrist_crease_midpoint_left').normal[2]).toBeGreaterThan(0.5);
    expect(at('dorsal_wrist_crease_midpoint_left').normal[2]).toBeLessThan(-0.5);
    expect(at('mcp2_left').position[0]).toBeGreaterThan(at('mcp5_left').position[0]);
    expect(at('mcp2_right').position[0]).toBeLessThan(at('mcp5_right').position[0]);
    expect(at('radial_styloid_left').position[0]).toBeGreaterThan(at('ulnar_head_left').position[0]);
  });

  it('is left-right symmetric vertex by vertex (within 5 mm)', () => {
    let worst = 0;
    for (let i = 0; i < body.vertexCount; i++) {
      const j = mirror[i]!;
      worst = Math.max(worst, Math.hypot(p[i * 3]! + p[j * 3]!, p[i * 3 + 1]! - p[j * 3 + 1]!, p[i * 3 + 2]! - p[j * 3 + 2]!));
    }
    expect(worst).toBeLessThan(0.005);
  });

  it('survives the GLB round trip within a millimetre and fits the 300 kB budget, eyes and brows included', async () => {
    const glb = await bodyToGlb(body, { variant }, faceParts(body, new Map(fixture(variant).landmarks.map((l) => [l.key, l]))));
    expect(glb.byteLength).toBeLessThan(300 * 1024);
    const back = await readBodyGlb(glb);
    expect(back.positions.length).toBe(p.length);
    let worst = 0;
    for (let i = 0; i < p.length; i++) worst = Math.max(worst, Math.abs(back.positions[i]! - p[i]!));
    expect(worst).toBeLessThan(0.001);
    // the encoder may rotate the corners of a triangle, never change the triangle or its winding
    const canonical = (idx: ArrayLike<number>) => {
      const out: string[] = [];
      for (let t = 0; t < idx.length; t += 3) {
        const tri = [idx[t]!, idx[t + 1]!, idx[t + 2]!];
        const r = tri.indexOf(Math.min(...tri));
        out.push([tri[r], tri[(r + 1) % 3], tri[(r + 2) % 3]].join(','));
      }
      return out.sort();
    };
    expect(canonical(back.indices)).toEqual(canonical(body.indices));
  });
});

describe('the two bodies', () => {
  it('share one topology, so a vertex id means the same place on both', () => {
    const m = fixture('male'),
      f = fixture('female');
    expect(m.body.indices).toEqual(f.body.indices);
    // the same landmark sits at a proportionally similar height on both
    for (const key of ['umbilicus', 'nipple_left', 'patella_apex_left', 'wrist_crease_midpoint_left']) {
      const hm = m.at(key).position[1] / 1.75,
        hf = f.at(key).position[1] / 1.62;
      expect(Math.abs(hm - hf)).toBeLessThan(0.03);
    }
  });
});
