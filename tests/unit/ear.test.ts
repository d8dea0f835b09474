// The ear map: the chart's zones follow GB/T 13734-2008's divisions (every zone a simple polygon
// inside the ear, the zones of a part tile it without overlapping), every point sits in its zone or
// on its named border, the codes and names agree with the reference, both maps and the protocols
// are consistent, and the export carries the ear.
import { describe, expect, it } from 'vitest';
import { buildEarAtlas } from '../../src/domain/ear/earAtlas.ts';
import { area, contains, distanceToRing, isSimple, type P2 } from '../../src/domain/ear/plane.ts';
import { placeEarPoint } from '../../src/domain/ear/placement.ts';
import { earZoneCodes } from '../../src/domain/schema/ear.ts';
import { data } from '../support/atlas.ts';
import { readReferenceJson } from '../support/paths.ts';

const built = buildEarAtlas({ chart: data.ear.chart!, gb: data.ear.gb, nogier: data.ear.nogier, protocols: data.ear.protocols, conditionIds: new Set(data.conditions.map((c) => c.id)) });
const { atlas, map } = built;
const reference = readReferenceJson('gbt13734-2008-auricular-points.json') as { zones: Record<string, { code: string; hanzi: string }[]> };
const referencePoints = Object.values(reference.zones).flat();
const tolerance = 2.5e-3;

/** Points of a regular grid over the ring's bounding box that fall inside the ring. */
function sampleGrid(ring: readonly P2[], n: number): P2[] {
  const xs = ring.map((p) => p[0]), ys = ring.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const out: P2[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const p: P2 = [x0 + ((x1 - x0) * (i + 0.5)) / n, y0 + ((y1 - y0) * (j + 0.5)) / n];
    if (contains(ring, p)) out.push(p);
  }
  return out;
} // chart units (ear height 1): about 0.15 mm on a 6 cm ear

describe('ear chart zones (GB/T 13734-2008)', () => {
  it('builds every zone of the standard exactly once, with no data problems', () => {
    expect(built.problems).toEqual([]);
    expect(map.zones.map((z) => z.id).sort()).toEqual([...earZoneCodes].sort());
  });

  it.each(map.zones.map((z) => [z.id, z] as const))('%s is made of simple polygons of real size', (_id, zone) => {
    expect(zone.rings.length).toBeGreaterThan(0);
    for (const ring of zone.rings) {
      expect(isSimple(ring)).toBe(true);
      expect(area(ring)).toBeGreaterThan(2e-4);
    }
  });

  it('no zone is in pieces, except that the lung (CO14) may be split by the trachea running to the ear canal', () => {
    expect(map.zones.filter((z) => z.rings.length > 1 && z.id !== 'CO14').map((z) => z.id)).toEqual([]);
    expect(map.zones.find((z) => z.id === 'CO14')!.rings.length).toBeLessThanOrEqual(2);
  });

  it('every zone lies inside the outline of the ear', () => {
    for (const zone of map.zones) {
      for (const ring of zone.rings) {
        const outside = ring.filter((p) => !contains(map.outline, p) && distanceToRing(map.outline, p) > 1e-4);
        expect(outside, zone.id).toEqual([]);
      }
    }
  });

  it.each(map.parts.map((p) => [p.id, p] as const))('the zones of the %s cover it and do not overlap', (_id, part) => {
    const rings = map.zones.filter((z) => z.part === part.id).flatMap((z) => z.rings);
    const zonesOf = map.zones.filter((z) => z.part === part.id);
    const partArea = area(part.ring);
    const sum = rings.reduce((s, r) => s + area(r), 0);
    expect(Math.abs(sum - partArea) / partArea).toBeLessThan(0.005);
    // sample the part on a fine grid: every sample inside the part lies in exactly one zone
    // (samples within a hair of an edge are skipped: they may fall either side)
    const s = sampleGrid(part.ring, 110);
    let uncovered = 0, doubled = 0;
    for (const p of s) {
      const edge = rings.some((r) => distanceToRing(r, p) < 1e-4) || distanceToRing(part.ring, p) < 1e-4;
      if (edge) continue;
      const hits = zonesOf.filter((z) => z.rings.some((r) => contains(r, p))).map((z) => z.id);
      if (hits.length === 0) uncovered++;
      if (hits.length > 1) doubled++;
    }
    expect(s.length).toBeGreaterThan(300);
    expect(uncovered / s.length, 'share of the part in no zone').toBeLessThan(0.002);
    expect(doubled, 'samples in two zones at once').toBe(0);
  });

  it('the parts of the lateral face do not overlap one another and fill the ear', () => {
    const parts = map.parts.filter((p) => p.face === 'lateral' || p.face === 'medial');
    let doubled = 0, gaps = 0;
    const s = sampleGrid(map.outline, 120);
    for (const p of s) {
      if (parts.some((part) => distanceToRing(part.ring, p) < 1e-4)) continue;
      const hits = parts.filter((part) => contains(part.ring, p));
      if (hits.length > 1) doubled++;
      if (hits.length === 0 && !contains(map.meatus, p)) gaps++;
    }
    // neighbouring parts are sampled separately, so at a sharp corner of a shared border a
    // sample may fall in the sliver between two chords: allow one in a thousand
    expect(doubled / s.length).toBeLessThan(0.001);
    expect(gaps / s.length).toBeLessThan(0.002);
  });

  it('follows the standard divisions: the helix runs HX2..HX12 from the crus notch round to the lobe, the scapha SF1..SF6 downward, the lobe LO1..LO9 front to back, top to bottom', () => {
    const centre = (id: string): P2 => {
      const ring = map.zones.find((z) => z.id === id)!.rings[0]!;
      return ring.reduce<P2>((a, p) => [a[0] + p[0] / ring.length, a[1] + p[1] / ring.length], [0, 0]);
    };
    // up the front of the helix (v falls), over the apex, down the back (v rises)
    expect(centre('HX3')[1]).toBeLessThan(centre('HX2')[1]);
    expect(centre('HX5')[1]).toBeLessThan(centre('HX4')[1]);
    expect(centre('HX9')[1]).toBeLessThan(centre('HX10')[1]);
    expect(centre('HX11')[1]).toBeLessThan(centre('HX12')[1]);
    for (let i = 1; i < 6; i++) expect(centre(`SF${i}`)[1]).toBeLessThan(centre(`SF${i + 1}`)[1]);
    // lobe: front (toward the face, larger u) to back within a row; rows downward
    expect(centre('LO1')[0]).toBeGreaterThan(centre('LO2')[0]);
    expect(centre('LO2')[0]).toBeGreaterThan(centre('LO3')[0]);
    expect(centre('LO1')[1]).toBeLessThan(centre('LO4')[1]);
    expect(centre('LO4')[1]).toBeLessThan(centre('LO7')[1]);
    // antihelix body: vertebrae on the scapha side (behind), the trunk on the concha side
    expect(centre('AH9')[0]).toBeLessThan(centre('AH8')[0]);
    expect(centre('AH13')[1]).toBeGreaterThan(centre('AH9')[1]);
    // superior crus: heel in front of toes at the top, knee in the middle, hip lowest
    expect(centre('AH1')[0]).toBeGreaterThan(centre('AH2')[0]);
    expect(centre('AH4')[1]).toBeLessThan(centre('AH5')[1]);
    // triangular fossa: Shenmen (TF4) above the pelvis (TF5) at the back of the fossa
    expect(centre('TF4')[1]).toBeLessThan(centre('TF5')[1]);
    expect(centre('TF4')[0]).toBeLessThan(centre('TF3')[0]);
    // concha: cymba organs above the crus, cavum below; the heart in the cavum's middle
    const crusV = map.curves.point('crusEnd')[1];
    for (const id of ['CO5', 'CO6', 'CO7', 'CO8', 'CO9', 'CO10', 'CO11', 'CO12']) expect(centre(id)[1], id).toBeLessThan(crusV);
    for (const id of ['CO1', 'CO2', 'CO3', 'CO13', 'CO15', 'CO16', 'CO17', 'CO18']) expect(centre(id)[1], id).toBeGreaterThan(crusV);
    // posterior: P1 on top, P5 lowest; P2 next to the root, P4 by the rim
    expect(centre('P1')[1]).toBeLessThan(centre('P3')[1]);
    expect(centre('P5')[1]).toBeGreaterThan(centre('P3')[1]);
    expect(centre('P2')[0]).toBeGreaterThan(centre('P4')[0]);
  });
});

describe('ear points', () => {
  const gb = atlas.points.filter((p) => p.system === 'gbt13734-2008');

  it('has the 93 points of GB/T 13734-2008 with the reference codes and hanzi (TG2l and AT1l spelled with the letter l)', () => {
    expect(gb).toHaveLength(93);
    const spelled = (code: string) => code.replace(/^TG21$/, 'TG2l').replace(/^AT11$/, 'AT1l');
    expect(gb.map((p) => p.code).sort()).toEqual(referencePoints.map((p) => spelled(p.code)).sort());
    for (const ref of referencePoints) expect(gb.find((p) => p.code === spelled(ref.code))?.hanzi?.simplified, ref.code).toBe(ref.hanzi);
    expect(gb.find((p) => p.code === 'TG2l')?.aliases).toContain('TG21');
  });

  it.each(gb.map((p) => [p.code, p] as const))('%s lies in its zone, or on the border of its zones', (_code, point) => {
    const zones = point.zones.map((id) => map.zones.find((z) => z.id === id)!);
    expect(zones.every(Boolean)).toBe(true);
    const inside = zones.some((z) => z.rings.some((r) => contains(r, point.uv) || distanceToRing(r, point.uv) < tolerance));
    expect(inside).toBe(true);
    if (point.onBoundary) {
      for (const z of zones) expect(Math.min(...z.rings.map((r) => distanceToRing(r, point.uv))), `${point.code} on the edge of ${z.id}`).toBeLessThan(tolerance);
    }
    // a junction code names its zones: HX6,7i -> HX6 and HX7
    const m = /^([A-Z]+)(\d+(?:,\d+)+)i$/.exec(point.code);
    if (m) expect(point.zones.sort()).toEqual(m[2]!.split(',').map((n) => `${m[1]}${n}`).sort());
  });

  it('puts the ear apex on the top of the helix, Shenmen at the fork of the antihelix crura, Sympathetic at the end of the inferior crus under the helix', () => {
    const at = (code: string) => atlas.points.find((p) => p.id === code)!.uv;
    expect(at('HX6,7i')[1]).toBeLessThan(0.06);
    const fork = map.curves.point('fossaApex');
    expect(Math.hypot(at('TF4')[0] - fork[0], at('TF4')[1] - fork[1])).toBeLessThan(0.09);
    expect(Math.hypot(at('AH6a')[0] - map.curves.point('inferiorCrusUpperFront')[0], at('AH6a')[1] - map.curves.point('inferiorCrusUpperFront')[1])).toBeLessThan(0.05);
    // medial surfaces: pharynx-larynx and internal nose on the inner tragus, subcortex inside the antitragus
    for (const code of ['TG3', 'TG4', 'AT4']) expect(atlas.points.find((p) => p.id === code)!.face).toBe('medial');
    for (const code of ['P1', 'P2', 'P3', 'P4', 'P5', 'PS']) expect(atlas.points.find((p) => p.id === code)!.face).toBe('posterior');
  });

  it('tags every point with its system; the European map differs where it says it does and can hold a concept twice', () => {
    const eu = atlas.points.filter((p) => p.system === 'nogier');
    expect(eu.length).toBeGreaterThanOrEqual(12);
    for (const p of eu) {
      if (!p.sameConceptAs) continue;
      const cn = atlas.points.find((q) => q.id === p.sameConceptAs)!;
      expect(cn, p.id).toBeDefined();
      const apart = Math.hypot(p.uv[0] - cn.uv[0], p.uv[1] - cn.uv[1]);
      // a European location listed as different lies somewhere else on the ear, unless the
      // difference is the side (spleen on the left ear only) or the point is the same (Shen Men)
      if (p.concept !== 'shen-men' && p.side === 'both') expect(apart, p.id).toBeGreaterThan(0.02);
    }
    const knee = eu.find((p) => p.concept === 'knee')!;
    expect(knee.zones.some((z) => z.startsWith('TF'))).toBe(true);
    // lateralised European organs
    expect(eu.find((p) => p.concept === 'liver')?.side).toBe('right');
    expect(eu.find((p) => p.concept === 'spleen')?.side).toBe('left');
  });

  it('rejects a placement on zones that do not touch, naming them', () => {
    expect(() => placeEarPoint(map, { junction: ['HX2', 'LO9'] })).toThrow(/HX2, LO9 share no border/);
  });
});

describe('ear protocols', () => {
  it('NADA is Sympathetic, Shenmen, Kidney, Liver and Lung', () => {
    const nada = atlas.protocols.find((p) => p.id === 'nada')!;
    expect(nada.points.map((p) => p.ref)).toEqual(['AH6a', 'TF4', 'CO10', 'CO12', 'CO14']);
  });
  it('every protocol refers to ear points that exist, and Battlefield Acupuncture uses the European map', () => {
    const ids = new Set(atlas.points.map((p) => p.id));
    for (const p of atlas.protocols) for (const x of p.points) expect(ids.has(x.ref), `${p.id}: ${x.ref}`).toBe(true);
    const bfa = atlas.protocols.find((p) => p.id === 'battlefield-acupuncture')!;
    expect(bfa.system).toBe('nogier');
    expect(bfa.points.every((x) => x.ref.startsWith('nogier-'))).toBe(true);
    expect(atlas.protocols.length).toBeGreaterThanOrEqual(6);
  });
  it('reports a protocol naming an unknown point with its file, record and field', () => {
    const bad = buildEarAtlas({ chart: data.ear.chart!, gb: data.ear.gb, nogier: data.ear.nogier, protocols: [{ ...data.ear.protocols[0]!, points: [{ ref: 'CO99', label: 'x' }, { ref: 'TF4', label: 'y' }] }], conditionIds: new Set(data.conditions.map((c) => c.id)) });
    expect(bad.problems).toContainEqual({ file: 'data/protocols.json', record: 'nada', field: 'points.0.ref', message: 'unknown ear point "CO99"' });
  });
});
