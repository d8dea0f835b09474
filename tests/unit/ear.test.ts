// The ear map: the chart's zones follow GB/T 13734-2008's divisions (every zone a simple polygon
// inside the ear, the zones of a part tile it without overlapping), every point sits in its zone or
// on its named border, the codes and names agree with the reference, both maps and the protocols
// are consistent, and the export carries the ear.
import { describe, expect, it } from 'vitest';
import { buildEarAtlas, coincidenceDistance, samePlaceDistance } from '../../src/domain/ear/earAtlas.ts';
import { area, contains, distanceToRing, intersectionArea, isSimple, type P2 } from '../../src/domain/ear/plane.ts';
import { placeEarPoint } from '../../src/domain/ear/placement.ts';
import { earZoneCodes } from '../../src/domain/schema/ear.ts';
import { data } from '../support/atlas.ts';
import { readReferenceJson } from '../support/paths.ts';

const built = buildEarAtlas({
  chart: data.ear.chart!,
  gb: data.ear.gb,
  nogier: data.ear.nogier,
  protocols: data.ear.protocols,
  conditionIds: new Set(data.conditions.map((c) => c.id)),
});
const { atlas, map } = built;
const reference = readReferenceJson('gbt13734-2008-auricular-points.json') as { zones: Record<string, { code: string; hanzi: string }[]> };
const referencePoints = Object.values(reference.zones).flat();
const tolerance = 2.5e-3; // chart units (ear height 1): about 0.15 mm on a 6 cm ear

type Box = [number, number, number, number];
const boxOf = (ring: readonly P2[]): Box => [
  Math.min(...ring.map((p) => p[0])),
  Math.min(...ring.map((p) => p[1])),
  Math.max(...ring.map((p) => p[0])),
  Math.max(...ring.map((p) => p[1])),
];
const boxesMeet = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
/** polygon-clipping trips over edges that nearly coincide; snapped to 1e-7 of the ear height (6 nm on a 6 cm ear) it does not */
const snap = (ring: readonly P2[]): P2[] => ring.map((p) => [Math.round(p[0] * 1e7) / 1e7, Math.round(p[1] * 1e7) / 1e7]);
/** The exact area two polygons share. */
const shared = (a: readonly P2[], b: readonly P2[]): number => (boxesMeet(boxOf(a), boxOf(b)) ? intersectionArea(snap(a), snap(b)) : 0);
const perimeter = (ring: readonly P2[]): number =>
  ring.reduce((s, p, i) => s + Math.hypot(p[0] - ring[(i + 1) % ring.length]![0], p[1] - ring[(i + 1) % ring.length]![1]), 0);
/**
 * Exact areas of a set of polygons within a region: how much of them lies outside it, how much of
 * it they cover twice, how much they leave uncovered, each as a mean width along the region's edge
 * (area / perimeter, chart units), the way slivers between chords of the same curve are measured.
 */
function tiling(region: readonly P2[], pieces: readonly { id: string; ring: readonly P2[] }[]) {
  const total = area(region),
    edge = perimeter(region);
  let overlap = 0;
  for (let i = 0; i < pieces.length; i++)
    for (let j = i + 1; j < pieces.length; j++) if (pieces[i]!.id !== pieces[j]!.id) overlap += shared(pieces[i]!.ring, pieces[j]!.ring);
  const inside = pieces.reduce((s, p) => s + shared(p.ring, region), 0);
  const sum = pieces.reduce((s, p) => s + area(p.ring), 0);
  return { sum: sum / total, outside: (sum - inside) / edge, overlap: overlap / edge, uncovered: (total - (inside - overlap)) / edge };
}
const distance = (a: readonly [number, number], b: readonly [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

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

  it.each(map.parts.map((p) => [p.id, p] as const))('the zones of the %s cover it and do not overlap (exact areas)', (_id, part) => {
    const pieces = map.zones.filter((z) => z.part === part.id).flatMap((z) => z.rings.map((ring) => ({ id: z.id, ring })));
    const t = tiling(part.ring, pieces);
    // the zones' areas add up to the part's, none sticks out of it, no two share area: they tile it.
    // The zones follow the part's curves with fewer chords, so along a curved edge they cut inside
    // or bulge outside it by slivers: under 1e-4 of the ear's height wide (0.006 mm on a 6 cm ear).
    expect(Math.abs(t.sum - 1), "zones' areas against the part's").toBeLessThan(0.005);
    expect(t.outside, 'mean width of the zones outside the part').toBeLessThan(1e-4);
    expect(t.uncovered, 'mean width of the part in no zone').toBeLessThan(1e-4);
    expect(t.overlap, 'mean width of the part in two zones at once').toBeLessThan(1e-5);
  });

  it('the parts of the lateral face do not overlap one another and fill the ear (exact areas)', () => {
    const parts = map.parts.filter((p) => p.face === 'lateral' || p.face === 'medial');
    const t = tiling(map.outline, [...parts.map((p) => ({ id: p.id, ring: p.ring })), { id: 'meatus', ring: map.meatus }]);
    // neighbouring parts are sampled separately, so at a sharp corner of a shared border two
    // chords may cross: slivers, under 1e-4 of the ear's height wide along the outline
    expect(t.overlap).toBeLessThan(1e-4);
    expect(t.outside).toBeLessThan(1e-4);
    expect(t.uncovered).toBeLessThan(1e-4);
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
      for (const z of zones)
        expect(Math.min(...z.rings.map((r) => distanceToRing(r, point.uv))), `${point.code} on the edge of ${z.id}`).toBeLessThan(tolerance);
    }
    // a junction code names its zones: HX6,7i -> HX6 and HX7
    const m = /^([A-Z]+)(\d+(?:,\d+)+)i$/.exec(point.code);
    if (m)
      expect(point.zones.sort()).toEqual(
        m[2]!
          .split(',')
          .map((n) => `${m[1]}${n}`)
          .sort(),
      );
  });

  it.each(data.ear.nogier.map((p) => [p.id, p] as const))('%s (European) lies in the zone its placement names', (id, record) => {
    const point = atlas.points.find((p) => p.id === id)!;
    const zoneIds = record.placement.kind === 'junction' ? record.placement.junction : record.placement.kind === 'curve' ? [] : [record.placement.zone];
    for (const zoneId of zoneIds) {
      const zone = map.zones.find((z) => z.id === zoneId)!;
      expect(
        zone.rings.some((r) => contains(r, point.uv) || distanceToRing(r, point.uv) < tolerance),
        `${id} in ${zoneId}`,
      ).toBe(true);
      expect(point.face).toBe(zone.face);
    }
  });

  it('applies "near" and "inset": TG2l and AT1l sit by the intertragic notch, apart from TG2 and AT1 (they once landed exactly on them)', () => {
    const at = (id: string) => atlas.points.find((p) => p.id === id)!.uv;
    const notch = map.curves.point('intertragicNotch');
    for (const [lower, zone] of [
      ['TG2l', 'TG2'],
      ['AT1l', 'AT1'],
    ] as const) {
      expect(distance(at(lower), at(zone)), `${lower} to ${zone}`).toBeGreaterThan(0.01);
      // at the zone's place nearest the notch, moved inside by its inset
      expect(distance(at(lower), notch), `${lower} to the notch`).toBeLessThan(0.03);
      expect(distance(at(lower), notch)).toBeLessThan(distance(at(zone), notch));
      const ring = map.zones.find((z) => z.id === zone)!.rings[0]!;
      expect(contains(ring, at(lower)), `${lower} inside ${zone}`).toBe(true);
    }
    expect(distance(at('TG2l'), at('AT1l')), 'either side of the notch').toBeGreaterThan(0.01);
  });

  it.each(['gbt13734-2008', 'nogier'] as const)('no two points of the %s map coincide', (system) => {
    const pts = atlas.points.filter((p) => p.system === system);
    const close: string[] = [];
    for (let i = 0; i < pts.length; i++)
      for (const q of pts.slice(i + 1)) if (pts[i]!.face === q.face && distance(pts[i]!.uv, q.uv) < coincidenceDistance) close.push(`${pts[i]!.id} ${q.id}`);
    expect(close).toEqual([]);
  });

  it('a European point sits on a Chinese point only where its record says it is the same concept at the same place', () => {
    const eu = atlas.points.filter((p) => p.system === 'nogier'),
      cn = atlas.points.filter((p) => p.system === 'gbt13734-2008');
    const close = eu.flatMap((p) => cn.filter((q) => q.face === p.face && distance(p.uv, q.uv) < coincidenceDistance).map((q) => `${p.id} ${q.id}`));
    const declared = eu.filter((p) => p.samePlace).map((p) => `${p.id} ${p.sameConceptAs}`);
    for (const pair of close) expect(declared, pair).toContain(pair);
    // the two that say so: Shen Men (taken over from the Chinese map) and the Spleen on the left ear
    expect(declared.sort()).toEqual(['nogier-shen-men TF4', 'nogier-spleen CO13']);
    for (const p of eu.filter((x) => x.samePlace)) expect(distance(p.uv, cn.find((q) => q.id === p.sameConceptAs)!.uv), p.id).toBeLessThan(samePlaceDistance);
  });

  it('reports a point placed on another with its file, record and field', () => {
    const knee = data.ear.nogier.find((p) => p.id === 'nogier-knee')!;
    const onAh4 = { ...knee, placement: { kind: 'zone', zone: 'AH4' } as const };
    const bad = buildEarAtlas({
      chart: data.ear.chart!,
      gb: data.ear.gb,
      nogier: [onAh4],
      protocols: [],
      conditionIds: new Set(data.conditions.map((c) => c.id)),
    });
    expect(bad.problems).toContainEqual(
      expect.objectContaining({ file: 'data/ear/nogier.json', record: 'nogier-knee', field: 'placement', message: expect.stringMatching(/lands on AH4/) }),
    );
    const claims = buildEarAtlas({
      chart: data.ear.chart!,
      gb: data.ear.gb,
      nogier: [{ ...knee, samePlace: true }],
      protocols: [],
      conditionIds: new Set(data.conditions.map((c) => c.id)),
    });
    expect(claims.problems).toContainEqual(expect.objectContaining({ file: 'data/ear/nogier.json', record: 'nogier-knee', field: 'samePlace' }));
  });

  it('puts the ear apex on the top of the helix, Shenmen at the fork of the antihelix crura, Sympathetic at the end of the inferior crus under the helix', () => {
    const at = (code: string) => atlas.points.find((p) => p.id === code)!.uv;
    expect(at('HX6,7i')[1]).toBeLessThan(0.06);
    const fork = map.curves.point('fossaApex');
    expect(Math.hypot(at('TF4')[0] - fork[0], at('TF4')[1] - fork[1])).toBeLessThan(0.09);
    expect(
      Math.hypot(at('AH6a')[0] - map.curves.point('inferiorCrusUpperFront')[0], at('AH6a')[1] - map.curves.point('inferiorCrusUpperFront')[1]),
    ).toBeLessThan(0.05);
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
      // difference is the side (liver on the right ear only) or its record says the place is the
      // same (Shen Men)
      if (!p.samePlace && p.side === 'both') expect(apart, p.id).toBeGreaterThan(samePlaceDistance);
    }
    const knee = eu.find((p) => p.concept === 'knee')!;
    expect(knee.zones.some((z) => z.startsWith('TF'))).toBe(true);
    // lateralised European organs
    expect(eu.find((p) => p.concept === 'liver')?.side).toBe('right');
    expect(eu.find((p) => p.concept === 'spleen')?.side).toBe('left');
  });

  it('rejects a placement on zones that do not touch, naming them', () => {
    expect(() => placeEarPoint(map, { kind: 'junction', junction: ['HX2', 'LO9'] })).toThrow(/HX2, LO9 share no border/);
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
    const bad = buildEarAtlas({
      chart: data.ear.chart!,
      gb: data.ear.gb,
      nogier: data.ear.nogier,
      protocols: [
        {
          ...data.ear.protocols[0]!,
          points: [
            { ref: 'CO99', label: 'x' },
            { ref: 'TF4', label: 'y' },
          ],
        },
      ],
      conditionIds: new Set(data.conditions.map((c) => c.id)),
    });
    expect(bad.problems).toContainEqual({ file: 'data/protocols.json', record: 'nada', field: 'points.0.ref', message: 'unknown ear point "CO99"' });
  });
});
