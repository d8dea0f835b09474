// The face's parts in the body asset: MakeHuman's eyes and eyebrows, fitted to each body, sitting
// in the orbits and along the brow landmarks, drawn from textures, and leaving the body untouched.
import { describe, expect, it } from 'vitest';
import { bodyToGlb, readBodyGlb } from '../../src/pipeline/glb.ts';
import { browLandmarks, faceParts, faceSources, hairMiddle } from '../../src/pipeline/faceParts.ts';
import { bodyVariantIds, fixture } from '../support/bodies.ts';

/** The vertices of one side (+1 the subject's left, x > 0) of a part: their box. */
function sideBox(positions: Float32Array, side: 1 | -1) {
  const min = [Infinity, Infinity, Infinity],
    max = [-Infinity, -Infinity, -Infinity];
  let front = [0, 0, -Infinity];
  for (let i = 0; i < positions.length; i += 3) {
    if (Math.sign(positions[i]!) !== side) continue;
    const v = [positions[i]!, positions[i + 1]!, positions[i + 2]!];
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, v[k]!);
      max[k] = Math.max(max[k]!, v[k]!);
    }
    if (v[2]! > front[2]!) front = v;
  }
  return { min, max, centre: min.map((m, k) => (m + max[k]!) / 2), front };
}

describe.each(bodyVariantIds)('the %s body asset', (variant) => {
  const { body, landmarks, at } = fixture(variant);
  const byKey = new Map(landmarks.map((l) => [l.key, l]));
  const parts = faceParts(body, byKey);
  const read = (async () => readBodyGlb(await bodyToGlb(body, { variant }, parts)))();

  it('carries the eyes (opaque, textured) and the brows (blended over the skin, textured)', async () => {
    const { parts: back } = await read;
    expect(back.map((p) => p.name)).toEqual(['eyes', 'brows']);
    const [eyes, brows] = back;
    expect(eyes!.alphaMode).toBe('OPAQUE');
    expect(brows!.alphaMode).toBe('BLEND');
    for (const p of back) {
      expect(p.texture, p.name).not.toBeNull();
      // a PNG, small: the first view loads it
      expect([...p.texture!.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
      expect(p.texture!.byteLength, p.name).toBeLessThan(20 * 1024);
    }
  });

  it('leaves the body exactly as it is without them (landmarks and picking use the body alone)', async () => {
    const alone = await readBodyGlb(await bodyToGlb(body, { variant }));
    const withFace = await read;
    expect(withFace.positions).toEqual(alone.positions);
    expect(withFace.indices).toEqual(alone.indices);
  });

  for (const [side, name] of [
    [1, 'left'],
    [-1, 'right'],
  ] as const) {
    it(`has the ${name} eye in its orbit, looking forward, just behind the lids`, async () => {
      const eyes = (await read).parts.find((p) => p.name === 'eyes')!;
      const eye = sideBox(eyes.positions, side);
      const inner = at(`inner_canthus_${name}`).position,
        outer = at(`outer_canthus_${name}`).position,
        pupil = at(`pupil_${name}`).position;
      // its centre between the corners of the eye, at their height
      expect(Math.abs(eye.centre[0]!)).toBeGreaterThan(Math.abs(inner[0]));
      expect(Math.abs(eye.centre[0]!)).toBeLessThan(Math.abs(outer[0]));
      expect(Math.abs(eye.centre[1]! - (inner[1] + outer[1]) / 2)).toBeLessThan(0.005);
      // an eyeball's size (MakeHuman's is a little larger than the 24 mm of an adult's)
      expect(eye.max[0]! - eye.min[0]!).toBeGreaterThan(0.02);
      expect(eye.max[0]! - eye.min[0]!).toBeLessThan(0.035);
      // its front (the cornea) straight ahead of its centre, under the pupil landmark, a few mm behind the lid's skin
      expect(Math.abs(eye.front[0]! - eye.centre[0]!)).toBeLessThan(0.002);
      expect(Math.abs(eye.front[0]! - pupil[0])).toBeLessThan(0.003);
      expect(pupil[2] - eye.front[2]!).toBeGreaterThan(0);
      expect(pupil[2] - eye.front[2]!).toBeLessThan(0.006);
    });

    it(`has the ${name} brow along its brow landmarks, on the skin`, async () => {
      const brows = (await read).parts.find((p) => p.name === 'brows')!;
      const box = sideBox(brows.positions, side);
      // from the medial end of the brow to its lateral end
      expect(Math.min(Math.abs(box.min[0]!), Math.abs(box.max[0]!))).toBeLessThan(Math.abs(at(`eyebrow_medial_end_${name}`).position[0]) + 0.002);
      expect(Math.max(Math.abs(box.min[0]!), Math.abs(box.max[0]!))).toBeGreaterThan(Math.abs(at(`eyebrow_lateral_end_${name}`).position[0]) - 0.002);
      // its hairs run through each brow landmark, just over the skin
      const part = parts.find((p) => p.name === 'brows')!;
      for (const id of browLandmarks) {
        const lm = at(`${id}_${name}`);
        const hair = hairMiddle(part, faceSources().browCoverage, side, lm.position[0])!;
        expect(Math.abs(hair[1] - lm.position[1]), id).toBeLessThan(0.001);
        const aboveSkin = (hair[0] - lm.position[0]) * lm.normal[0] + (hair[1] - lm.position[1]) * lm.normal[1] + (hair[2] - lm.position[2]) * lm.normal[2];
        expect(aboveSkin, id).toBeGreaterThan(-0.001);
        expect(aboveSkin, id).toBeLessThan(0.004);
      }
    });
  }
});
