import { describe, expect, it } from 'vitest';
import { exportAtlas, parseArgs } from '../../src/pipeline/export.ts';
import { data } from '../support/atlas.ts';
import { repoRoot } from '../support/paths.ts';

describe('atlas:export (format version 1)', async () => {
  const out = await exportAtlas(repoRoot, 'female');

  it('names its format, version, body and frame', () => {
    expect(out.format).toBe('acupoint-atlas-export');
    expect(out.version).toBe(1);
    expect(out.body).toEqual({
      id: 'female',
      heightM: 1.62,
      frame: "metres; x = subject's left, y = up, z = anterior; origin on the floor midway between the heels",
    });
  });

  it('has every point on every side with position, unit normal and region', () => {
    let expected = 0;
    for (const p of data.points.values()) expected += (p.members?.length ?? 1) * (p.laterality === 'midline' ? 1 : 2);
    expect(out.points).toHaveLength(expected);
    for (const p of out.points) {
      expect(['left', 'right', 'midline']).toContain(p.side);
      expect(p.index).toBeGreaterThanOrEqual(1);
      expect(Math.hypot(...p.normal)).toBeCloseTo(1, 2);
      expect(p.position[1]).toBeGreaterThan(0);
      expect(p.position[1]).toBeLessThan(1.63);
    }
    const li4 = out.points.filter((p) => p.code === 'LI4');
    expect(li4.map((p) => p.side).sort()).toEqual(['left', 'right']);
    expect(li4[0]).toMatchObject({ channel: 'LI', index: 1, region: 'hand' });
    expect(out.points.filter((p) => p.code === 'EX-HN1').map((p) => p.index)).toEqual([1, 2, 3, 4]);
  });

  it('has the landmarks and the cun spans with their lengths on this body', () => {
    expect(out.landmarks.length).toBeGreaterThan(200);
    expect(out.landmarks.find((l) => l.id === 'umbilicus')?.position[0]).toBeCloseTo(0, 3);
    const forearm = out.cunSpans.find((s) => s.id === 'forearm_cubital_wrist');
    expect(forearm).toMatchObject({ from: 'cubital_crease_midpoint', to: 'wrist_crease_midpoint', cun: 12 });
    expect(forearm!.lengthM).toBeGreaterThan(0.18);
    const scalpZones = out.zones.flatMap((z) => ('polyline' in z ? [z] : []));
    const ms7 = scalpZones.filter((z) => z.id === 'MS7');
    expect(ms7.map((z) => z.side).sort()).toEqual(['left', 'right']);
    expect(ms7[0]).toMatchObject({ system: 'who-scalp' });
    expect(ms7[0]!.polyline.length).toBeGreaterThan(3);
    const motor = scalpZones.find((z) => z.id === 'motor' && z.side === 'left');
    expect(motor).toMatchObject({ system: 'jiao-scalp' });
    expect((motor as { segments?: { bodyParts: string[] }[] }).segments?.some((s) => s.bodyParts.includes('upper-limb'))).toBe(true);
    expect(scalpZones.filter((z) => z.id.startsWith('praxis#'))).toHaveLength(6);
  });

  it('gives every point its dermatome and carries each skin area as a zone of the dermatome map', () => {
    for (const p of out.points) expect(p.dermatome, `${p.code} ${p.side}`).toMatch(/^(V[1-3]|C[2-8]|T([1-9]|1[0-2])|L[1-5]|S[1-3]|S4-5)$/);
    expect(out.points.find((p) => p.code === 'LI4')?.dermatome).toBe('C6');
    expect(out.points.find((p) => p.code === 'CV8')?.dermatome).toBe('T10');
    const areas = out.zones.flatMap((z) => ('vertices' in z ? [z] : []));
    expect(areas.map((z) => z.id)).toHaveLength(31);
    const c6 = areas.find((z) => z.id === 'C6');
    expect(c6).toMatchObject({ id: 'C6', system: 'dermatome', source: 'lee2008' });
    expect(c6!.keyPoints.map((k) => k.side).sort()).toEqual(['left', 'right']);
    // the areas tile the body: every vertex in exactly one
    const all = areas.flatMap((z) => z.vertices);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(13380);
  });

  it('carries the navel directions as closed outlines around the umbilicus, and the electro-acupuncture pairs', () => {
    const navel = out.zones.filter((z) => (z as { system?: string }).system === 'navel') as unknown as {
      id: string;
      symbol: string;
      clock: number;
      polyline: [number, number, number][];
    }[];
    expect(navel.map((z) => z.id).sort()).toEqual(['dui', 'gen', 'kan', 'kun', 'li', 'qian', 'xun', 'zhen']);
    const umbilicus = out.landmarks.find((l) => l.id === 'umbilicus')!.position;
    for (const z of navel) {
      expect(z.polyline[0]).toEqual(z.polyline.at(-1));
      for (const p of z.polyline) expect(Math.hypot(p[0] - umbilicus[0], p[1] - umbilicus[1], p[2] - umbilicus[2])).toBeLessThan(0.015);
    }
    // Li toward the head: its outline lies above the umbilicus
    expect(Math.min(...navel.find((z) => z.id === 'li')!.polyline.map((p) => p[1]))).toBeGreaterThan(umbilicus[1]);
    const pairs = (out as unknown as { electroPairs: { id: string; system: string; a: { code: string } }[] }).electroPairs;
    expect(pairs.find((p) => p.id === 'li4-li11')).toMatchObject({ system: 'electro', a: { code: 'LI4' } });
  });

  it('rejects bad arguments with a message saying what to use', () => {
    expect(parseArgs(['--body', 'male', '--out', 'x.json'])).toEqual({ body: 'male', out: 'x.json' });
    expect(parseArgs([])).toEqual({ body: 'male' });
    expect(() => parseArgs(['--body', 'alien'])).toThrow(/--body.*male\|female/);
    expect(() => parseArgs(['--colour', 'red'])).toThrow(/unknown argument "--colour"/);
  });

  it('carries the ear: GB/T 13734 zones as chart polygons and every ear point with its system, zone and chart position', () => {
    const earZones = out.zones.flatMap((z) => ('polygon' in z ? [z] : []));
    expect(new Set(earZones.map((z) => z.id)).size).toBe(79);
    const co10 = earZones.find((z) => z.id === 'CO10')!;
    expect(co10).toMatchObject({ system: 'gbt13734-2008', part: 'concha' });
    expect(co10.polygon.length).toBeGreaterThan(3);
    expect(out.earPoints.filter((p) => p.system === 'gbt13734-2008')).toHaveLength(93);
    expect(out.earPoints.find((p) => p.id === 'TF4')).toMatchObject({ system: 'gbt13734-2008', zone: 'TF4' });
    expect(out.earPoints.find((p) => p.id === 'TF4')!.chart).toHaveLength(2);
    expect(out.earPoints.some((p) => p.system === 'nogier')).toBe(true);
  });
});
