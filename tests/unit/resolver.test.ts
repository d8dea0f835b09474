// Every point resolves on both bodies and lands where anatomy and the WHO rules put it.
import { describe, expect, it } from 'vitest';
import { bodyVariantIds } from '../../src/domain/body/frame.ts';
import { Resolver, ResolveError } from '../../src/domain/resolve/resolver.ts';
import type { PointRecord } from '../../src/domain/schema/points.ts';
import { neighbourRegions, vertexRegions } from '../../src/pipeline/regions.ts';
import { atlasFixture, data } from '../support/atlas.ts';
import { fixture } from '../support/bodies.ts';

const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe.each(bodyVariantIds)('the atlas on the %s body', (variant) => {
  const { atlas, loc, cun, ctx } = atlasFixture(variant);

  it('resolves every point, on both sides or on the midline, every group member included', () => {
    expect(atlas.errors.map((e) => e.message)).toEqual([]);
    let expected = 0;
    for (const p of data.points.values()) expected += (p.members?.length ?? 1) * (p.laterality === 'midline' ? 1 : 2);
    expect(atlas.locations).toHaveLength(expected);
    for (const l of atlas.locations) {
      expect(
        l.weights.reduce((a, b) => a + b, 0),
        l.code,
      ).toBeCloseTo(1, 5);
      for (const v of l.vertices) expect(v, l.code).toBeLessThan(ctx.surface.positions.length / 3);
    }
  });

  it('puts midline points within 5 mm of the midline', () => {
    for (const l of atlas.locations.filter((x) => x.side === 'midline' && !x.label?.match(/left|right|lateral/i))) {
      if (['EX-HN12', 'EX-HN13'].includes(l.code)) continue; // under the tongue, one on each side
      expect(Math.abs(l.position[0]), `${l.code} ${l.label ?? ''}`).toBeLessThan(0.005);
    }
  });

  it('mirrors bilateral points within 5 mm', () => {
    const left = atlas.locations.filter((l) => l.side === 'left');
    for (const l of left) {
      const r = atlas.locations.find((x) => x.code === l.code && x.side === 'right' && x.index === l.index)!;
      expect(dist([-l.position[0], l.position[1], l.position[2]], r.position), `${l.code}#${l.index}`).toBeLessThan(0.005);
      expect(l.position[0], `${l.code} lies on the left`).toBeGreaterThan(0);
    }
  });

  it('follows each channel along its course, in order', () => {
    const y = (code: string) => loc(code).position[1];
    const runs: [string, number, number, 'up' | 'down'][] = [
      ['LU', 3, 11, 'down'],
      ['LI', 1, 15, 'up'],
      ['ST', 12, 39, 'down'],
      ['ST', 40, 41, 'down'],
      ['SP', 1, 3, 'up'],
      ['SP', 4, 12, 'up'],
      ['HT', 1, 9, 'down'],
      ['SI', 1, 9, 'up'],
      ['BL', 11, 26, 'down'],
      ['BL', 27, 30, 'down'],
      ['BL', 36, 40, 'down'],
      ['BL', 41, 54, 'down'],
      ['BL', 55, 60, 'down'],
      ['KI', 7, 27, 'up'],
      ['PC', 2, 9, 'down'],
      ['TE', 1, 14, 'up'],
      ['GB', 30, 40, 'down'],
      ['LR', 4, 12, 'up'],
      ['CV', 1, 22, 'up'],
      ['GV', 1, 20, 'up'],
      ['GV', 24, 27, 'down'],
    ];
    for (const [ch, from, to, way] of runs) {
      for (let n = from; n < to; n++) {
        const a = y(`${ch}${n}`),
          b = y(`${ch}${n + 1}`);
        // points at one level (e.g. BL27-BL30 rows, the wrist, the medial border of the foot where SP4
        // lies just below the line of SP1-SP3) may tie within a few millimetres
        if (way === 'up') expect(b, `${ch}${n + 1} above ${ch}${n}`).toBeGreaterThan(a - 0.004);
        else expect(b, `${ch}${n + 1} below ${ch}${n}`).toBeLessThan(a + 0.004);
      }
    }
    // the Governor Vessel runs forward over the head from the vertex to the forehead
    for (let n = 20; n < 24; n++) expect(loc(`GV${n + 1}`).position[2]).toBeGreaterThan(loc(`GV${n}`).position[2]);
  });

  it('keeps consecutive points of a channel close, except where the channel jumps by definition', () => {
    // where a channel's numbering leaves the line it was on (BL: back to the popliteal fossa; KI: knee to pubis; ST40 lies level with ST38; GV28 is inside the upper lip)
    const jumps = new Set(['KI10-KI11', 'BL54-BL55', 'BL40-BL41', 'ST8-ST9', 'LU1-LU2', 'SP21-SP20', 'KI27-KI26', 'GB20-GB21', 'LI15-LI16', 'SI10-SI11']);
    for (const ch of ['LU', 'LI', 'ST', 'SP', 'HT', 'SI', 'BL', 'KI', 'PC', 'TE', 'GB', 'LR', 'CV', 'GV']) {
      const codes = [...data.points.values()].filter((p) => p.channel === ch).map((p) => p.code);
      for (let i = 1; i < codes.length; i++) {
        const key = `${codes[i - 1]}-${codes[i]}`;
        if (jumps.has(key)) continue;
        expect(dist(loc(codes[i - 1]!).position, loc(codes[i]!).position), key).toBeLessThan(variant === 'male' ? 0.42 : 0.39);
      }
    }
  });

  it('holds the cun distances of the rules within 10 %', () => {
    const within = (measured: number, cunValue: number, label: string) => {
      expect(measured / cunValue, label).toBeGreaterThan(0.9);
      expect(measured / cunValue, label).toBeLessThan(1.1);
    };
    // PC6 is 2 cun proximal to PC7
    within(dist(loc('PC6').position, loc('PC7').position) / cun('forearm_cubital_wrist'), 2, 'PC7-PC6');
    // ST36 is 3 cun below ST35
    within(dist(loc('ST36').position, loc('ST35').position) / cun('leg_popliteal_lateral_malleolus'), 3, 'ST35-ST36');
    // CV12 is 4 cun above CV8
    within((loc('CV12').position[1] - loc('CV8').position[1]) / cun('abdomen_xiphisternal_umbilicus'), 4, 'CV8-CV12');
    // BL23 is 1.5 cun lateral to the lower border of the L2 spinous process
    const bl23 = loc('BL23').position;
    within(bl23[0] / cun('back_scapular_medial_borders'), 1.5, 'BL23 lateral');
    const l2 = ctx.landmarks.get('spinous_l2')!.position[1],
      l3 = ctx.landmarks.get('spinous_l3')!.position[1];
    expect(bl23[1]).toBeLessThan(l2);
    expect(bl23[1]).toBeGreaterThan(l3);
    // SP6 is 3 cun above the medial malleolus; GV20 is 5 cun behind the anterior hairline (over the scalp)
    within((loc('SP6').position[1] - ctx.landmarks.get('medial_malleolus_left')!.position[1]) / cun('leg_tibial_condyle_medial_malleolus'), 3, 'SP6');
    // LU9 on the wrist crease, LI4 on the back of the hand, ST25 2 cun lateral to the umbilicus
    within(loc('ST25').position[0] / cun('chest_nipples'), 2, 'ST25 lateral');
    expect(Math.abs(loc('ST25').position[1] - ctx.landmarks.get('umbilicus')!.position[1])).toBeLessThan(0.01);
    expect(loc('LI4').normal[2]).toBeLessThan(0); // the dorsum of the hand faces backward
    expect(loc('PC6').normal[2]).toBeGreaterThan(0); // the palmar forearm faces forward
    // LI14 is 7 cun from LI11 on the line to LI15 (a step toward a reference runs along the line to it)
    const li11 = loc('LI11').position,
      li15 = loc('LI15').position,
      li14 = loc('LI14').position;
    within(dist(li14, li11) / cun('arm_axillary_fold_cubital'), 7, 'LI11-LI14');
    const line = li15.map((c, i) => c - li11[i]!),
      off = li14.map((c, i) => c - li11[i]!);
    const t = line.reduce((a, c, i) => a + c * off[i]!, 0) / line.reduce((a, c) => a + c * c, 0);
    expect(
      dist(
        li14,
        li11.map((c, i) => c + line[i]! * t),
      ),
      'LI14 off the line LI11-LI15',
    ).toBeLessThan(0.01);
  });

  it('puts every point in its declared region (or the region next to it)', () => {
    const f = fixture(variant);
    const regions = vertexRegions(f.body, ctx.landmarks);
    const wrong: string[] = [];
    for (const l of atlas.locations) {
      const declared = data.points.get(l.code)!.region;
      const heaviest = l.vertices[l.weights.indexOf(Math.max(...l.weights))]!;
      const found = regions[heaviest]!;
      if (found !== declared && !(neighbourRegions[found] ?? []).includes(declared))
        wrong.push(`${l.code}#${l.index} ${l.side}: declared ${declared}, lies in ${found}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('bad rules fail with an error naming the point and the rule', () => {
  const { ctx } = atlasFixture('male');
  const base = data.points.get('LU9')!;
  const withRule = (code: string, rule: PointRecord['rule']): PointRecord => ({ ...base, code, rule, members: undefined });
  const run = (records: PointRecord[]) => {
    const resolver = new Resolver(ctx, new Map(records.map((r) => [r.code, r])));
    try {
      resolver.resolve(records[0]!.code, records[0]!.laterality === 'midline' ? 'midline' : 'left');
    } catch (e) {
      return e as ResolveError;
    }
    throw new Error('expected the rule to fail');
  };

  it('an unknown landmark', () => {
    const e = run([withRule('LU9', { kind: 'at', ref: 'no_such_landmark' })]);
    expect(e).toBeInstanceOf(ResolveError);
    expect(e.kind).toBe('unknown-landmark');
    expect(e.message).toMatch(/^LU9: rule: .*no_such_landmark/);
  });
  it('an unknown point', () => {
    const e = run([withRule('LU8', { kind: 'offset', from: 'LU99', steps: [{ dir: 'proximal', cun: 1, unit: 'B-cun', span: 'forearm_cubital_wrist' }] })]);
    expect(e.kind).toBe('unknown-point');
    expect(e.message).toMatch(/LU8: rule: .*LU99/);
  });
  it('a cycle', () => {
    const e = run([
      withRule('LU8', { kind: 'offset', from: 'LU7', steps: [{ dir: 'distal', cun: 1, unit: 'B-cun', span: 'forearm_cubital_wrist' }] }),
      withRule('LU7', { kind: 'offset', from: 'LU8', steps: [{ dir: 'proximal', cun: 1, unit: 'B-cun', span: 'forearm_cubital_wrist' }] }),
    ]);
    expect(e.kind).toBe('cycle');
    expect(e.message).toMatch(/LU8 -> LU7 -> LU8/);
  });
  it('a missing span', () => {
    const e = run([
      withRule('LU9', { kind: 'offset', from: 'wrist_crease_radial_end', steps: [{ dir: 'proximal', cun: 1, unit: 'B-cun', span: 'no_such_span' }] }),
    ]);
    expect(e.kind).toBe('missing-span');
    expect(e.message).toMatch(/LU9: rule\.steps\.0: .*no_such_span/);
  });
  it('a sideways step of a midline point', () => {
    const cv = data.points.get('CV12')!;
    const e = run([{ ...cv, rule: { kind: 'offset', from: 'umbilicus', steps: [{ dir: 'lateral', cun: 2, unit: 'B-cun', span: 'chest_nipples' }] } }]);
    expect(e.kind).toBe('bad-direction');
  });
});
