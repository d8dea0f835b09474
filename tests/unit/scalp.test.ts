// The scalp systems on both bodies: WHO lines end at their anchor points; Jiao's areas are where,
// and as long as, the system defines them; everything lies on the scalp.
import { describe, expect, it } from 'vitest';
import { bodyVariantIds, type Vec3 } from '../../src/domain/body/frame.ts';
import { closestPoint } from '../../src/domain/body/surface.ts';
import { nearestOnPath, pathLength } from '../../src/domain/body/walk.ts';
import { Resolver } from '../../src/domain/resolve/resolver.ts';
import { buildJiaoAreas, buildWhoLines, jiaoReferenceLines } from '../../src/domain/scalp/zones.ts';
import { vertexRegions } from '../../src/pipeline/regions.ts';
import { atlasFixture, data } from '../support/atlas.ts';
import { fixture } from '../support/bodies.ts';

const dist = (a: Vec3, b: Vec3) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe.each(bodyVariantIds)('scalp zones on the %s body', (variant) => {
  const { ctx, loc } = atlasFixture(variant);
  const resolver = new Resolver(ctx, data.points);
  const who = buildWhoLines(resolver, data.whoLines);
  const jiao = buildJiaoAreas(ctx, data.jiaoAreas);
  const zone = (id: string, side: 'left' | 'right' | 'midline') => {
    const z = [...who, ...jiao].find((x) => x.id === id && x.side === side);
    if (!z) throw new Error(`no zone ${id} ${side}`);
    return z;
  };
  const first = (id: string, side: 'left' | 'right' | 'midline') => zone(id, side).strokes[0]![0]!;
  const last = (id: string, side: 'left' | 'right' | 'midline') => zone(id, side).strokes[0]!.at(-1)!;

  it('has all 14 WHO lines, bilateral ones on both sides', () => {
    expect(new Set(who.map((z) => z.id)).size).toBe(14);
    expect(who).toHaveLength(3 + 11 * 2);
  });

  it('ends each WHO line at the points that anchor it (within 5 mm)', () => {
    expect(dist(first('MS5', 'midline'), loc('GV20').position)).toBeLessThan(0.005);
    expect(dist(last('MS5', 'midline'), loc('GV21').position)).toBeLessThan(0.005);
    expect(dist(first('MS12', 'midline'), loc('GV18').position)).toBeLessThan(0.005);
    expect(dist(last('MS12', 'midline'), loc('GV17').position)).toBeLessThan(0.005);
    for (const side of ['left', 'right'] as const) {
      expect(dist(first('MS7', side), loc('GV20').position)).toBeLessThan(0.005);
      expect(dist(last('MS7', side), loc('GB7', side).position)).toBeLessThan(0.005);
      expect(dist(first('MS10', side), loc('GB4', side).position)).toBeLessThan(0.005);
      expect(dist(last('MS10', side), loc('GB6', side).position)).toBeLessThan(0.005);
      expect(dist(last('MS11', side), loc('GB7', side).position)).toBeLessThan(0.005);
      expect(dist(first('MS2', side), loc('BL3', side).position)).toBeLessThan(0.005);
      expect(dist(first('MS3', side), loc('GB15', side).position)).toBeLessThan(0.005);
    }
  });

  it('begins the motor area 0.5 cm behind the midpoint of the anterior-posterior midline and ends it on the eyebrow-occiput line', () => {
    for (const side of ['left', 'right'] as const) {
      const { apMidline, eyebrowOcciput } = jiaoReferenceLines(ctx, side);
      const top = first('motor', side);
      const along = nearestOnPath(apMidline, top).along;
      expect(along - pathLength(apMidline) / 2).toBeGreaterThan(0.003);
      expect(along - pathLength(apMidline) / 2).toBeLessThan(0.007);
      expect(Math.abs(top[0])).toBeLessThan(0.004); // on the midline
      expect(dist(last('motor', side), nearestOnPath(eyebrowOcciput, last('motor', side)).point)).toBeLessThan(0.004);
      // sensory 1.5 cm behind, chorea-tremor 1.5 cm in front of the motor area
      expect(first('sensory', side)[2]).toBeLessThan(top[2]);
      expect(dist(first('sensory', side), top)).toBeGreaterThan(0.012);
      expect(dist(first('sensory', side), top)).toBeLessThan(0.018);
      expect(first('chorea-tremor', side)[2]).toBeGreaterThan(top[2]);
    }
  });

  it("gives Jiao's areas the lengths the system defines (within 10 %)", () => {
    const lengths: Record<string, number> = {
      'vertigo-auditory': 0.04,
      'speech-3': 0.04,
      'speech-2': 0.03,
      optic: 0.04,
      balance: 0.04,
      'foot-motor-sensory': 0.03,
      stomach: 0.02,
      reproduction: 0.02,
      'thoracic-cavity': 0.04,
    };
    for (const side of ['left', 'right'] as const) {
      for (const [id, expected] of Object.entries(lengths)) {
        const measured = pathLength(zone(id, side).strokes[0]!);
        expect(measured / expected, `${id} ${side}: ${(measured * 100).toFixed(2)} cm`).toBeGreaterThan(0.9);
        expect(measured / expected, `${id} ${side}`).toBeLessThan(1.1);
      }
      expect(zone('praxis', side).strokes).toHaveLength(3);
      for (const s of zone('praxis', side).strokes) expect(pathLength(s)).toBeGreaterThan(0.027);
      // the vertigo-auditory area lies 1.5 cm above the ear apex
      const apex = ctx.landmarks.get(`ear_apex_${side}`)!.position;
      const mid = zone('vertigo-auditory', side).strokes[0]![Math.floor(zone('vertigo-auditory', side).strokes[0]!.length / 2)]!;
      expect(mid[1] - apex[1]).toBeGreaterThan(0.01);
      expect(mid[1] - apex[1]).toBeLessThan(0.02);
    }
  });

  it('keeps every zone on the skin of the head, on its own side', () => {
    const regions = vertexRegions(fixture(variant).body, ctx.landmarks);
    const chinY = ctx.landmarks.get('chin')!.position[1];
    for (const z of [...who, ...jiao]) {
      for (const stroke of z.strokes) {
        for (const p of stroke) {
          const hit = closestPoint(ctx.index, p)!;
          expect(hit.distance, `${z.id} off the skin`).toBeLessThan(0.003);
          const corner = hit.barycentric.indexOf(Math.max(...hit.barycentric));
          const region = regions[ctx.surface.indices[hit.triangle * 3 + corner]!]!;
          expect(['scalp', 'head', 'face', 'neck', 'ear'], `${z.id} ${z.side} lies in ${region}`).toContain(region);
          expect(p[1]).toBeGreaterThan(chinY);
          if (z.side === 'left') expect(p[0]).toBeGreaterThan(-0.002);
          if (z.side === 'right') expect(p[0]).toBeLessThan(0.002);
        }
      }
    }
  });
});
