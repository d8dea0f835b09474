// Assembles the ear atlas from its data files: builds the chart, places every point of both
// systems by its rule, and checks references (zones, conditions, protocol points). Problems name
// the file, the record and the field.
import type { DataProblem } from '../data/validate.ts';
import type { EarAtlas, EarChartData, EarPointView, GbEarPoint, NogierEarPoint, Protocol } from '../schema/ear.ts';
import { contains, dist2, distanceToRing, type P2 } from './plane.ts';
import { placeEarPoint } from './placement.ts';
import { buildEarMap, type EarMap, type EarZone } from './zones.ts';

export interface EarInputs {
  chart: EarChartData;
  gb: GbEarPoint[];
  nogier: NogierEarPoint[];
  protocols: Protocol[];
  conditionIds: ReadonlySet<string>;
}

const round = (p: P2): P2 => [Math.round(p[0] * 1e5) / 1e5, Math.round(p[1] * 1e5) / 1e5];

/** The zones of a face that contain the point; on a border that no ring contains, the nearest one. */
function zonesAt(map: EarMap, uv: P2, face: string): EarZone[] {
  const onFace = map.zones.filter((z) => z.face === face);
  const inside = onFace.filter((z) => z.rings.some((r) => contains(r, uv)));
  if (inside.length || !onFace.length) return inside;
  const distance = (z: EarZone) => Math.min(...z.rings.map((r) => distanceToRing(r, uv)));
  return [onFace.reduce((a, b) => (distance(b) < distance(a) ? b : a))];
}

/** Closer than this (chart units, ear height 1: about 0.3 mm on a 6 cm ear), two points coincide. */
export const coincidenceDistance = 0.005;
/** A European point that says it is drawn where its Chinese point is lies at most this far from it. */
export const samePlaceDistance = 0.02;

/**
 * Two points of one map never coincide, and a European point does not sit on a Chinese one unless
 * its record says it is the same concept at the same place (sameConceptAs with samePlace); one that
 * says so lies near that point.
 */
function coincidences(points: readonly EarPointView[], nogier: readonly NogierEarPoint[]): DataProblem[] {
  const problems: DataProblem[] = [];
  const fileOf = (p: EarPointView) => (p.system === 'nogier' ? 'data/ear/nogier.json' : 'data/ear/gbt13734-2008.json');
  const samePlace = new Map(nogier.filter((p) => p.samePlace).map((p) => [p.id, p.sameConceptAs]));
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    for (const q of points.slice(i + 1)) {
      if (p.face !== q.face) continue;
      const d = dist2(p.uv, q.uv);
      if (d >= coincidenceDistance) continue;
      const shared = (a: EarPointView, b: EarPointView) => a.system === 'nogier' && b.system !== 'nogier' && samePlace.get(a.id) === b.id;
      if (shared(p, q) || shared(q, p)) continue;
      problems.push({
        file: fileOf(q),
        record: q.id,
        field: 'placement',
        message: `lands on ${p.id} (${d.toFixed(4)} apart); two ear points coincide only when a European point is the same concept at the same place (sameConceptAs, samePlace)`,
      });
    }
  }
  for (const [id, ref] of samePlace) {
    const p = points.find((x) => x.id === id),
      q = points.find((x) => x.id === ref);
    if (p && q && (p.face !== q.face || dist2(p.uv, q.uv) > samePlaceDistance))
      problems.push({
        file: 'data/ear/nogier.json',
        record: id,
        field: 'samePlace',
        message: `says it is at the place of ${ref} but lies ${dist2(p.uv, q.uv).toFixed(3)} from it${p.face !== q.face ? ` on the ${p.face} face` : ''}`,
      });
  }
  return problems;
}

export function buildEarAtlas(inputs: EarInputs): { atlas: EarAtlas; map: EarMap; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const map = buildEarMap(inputs.chart);
  const points: EarPointView[] = [];
  const place = (file: string, record: string, p: GbEarPoint | NogierEarPoint) => {
    try {
      return placeEarPoint(map, p.placement);
    } catch (e) {
      problems.push({ file, record, field: 'placement', message: (e as Error).message });
      return undefined;
    }
  };
  const checkIndications = (file: string, record: string, ids: string[]) =>
    ids.forEach((id, i) => inputs.conditionIds.has(id) || problems.push({ file, record, field: `indications.${i}`, message: `unknown condition "${id}"` }));

  const gbFile = 'data/ear/gbt13734-2008.json';
  for (const p of inputs.gb) {
    checkIndications(gbFile, p.code, p.indications);
    const spot = place(gbFile, p.code, p);
    if (!spot) continue;
    points.push({
      id: p.code,
      system: 'gbt13734-2008',
      code: p.code,
      english: p.english,
      pinyin: p.pinyin,
      hanzi: p.hanzi,
      aliases: p.aliases,
      zones: p.zones,
      onBoundary: p.onBoundary,
      part: p.part,
      face: spot.face,
      uv: round(spot.uv),
      location: p.location,
      indications: p.indications,
      side: 'both',
      ...(p.note ? { note: p.note } : {}),
      cautions: p.cautions,
    });
  }
  const nogierFile = 'data/ear/nogier.json';
  const gbCodes = new Set(inputs.gb.map((p) => p.code));
  for (const p of inputs.nogier) {
    checkIndications(nogierFile, p.id, p.indications);
    if (p.sameConceptAs && !gbCodes.has(p.sameConceptAs))
      problems.push({ file: nogierFile, record: p.id, field: 'sameConceptAs', message: `unknown GB/T 13734 point "${p.sameConceptAs}"` });
    const spot = place(nogierFile, p.id, p);
    if (!spot) continue;
    const zones = zonesAt(map, spot.uv, spot.face);
    points.push({
      id: p.id,
      system: 'nogier',
      code: p.english.replace(/\s*\(.*\)$/, ''),
      english: p.english,
      aliases: p.aliases,
      zones: zones.map((z) => z.id),
      onBoundary: false,
      part: zones[0]?.part ?? '',
      face: spot.face,
      uv: round(spot.uv),
      location: p.location,
      indications: p.indications,
      side: p.side,
      concept: p.concept,
      sameConceptAs: p.sameConceptAs,
      ...(p.samePlace ? { samePlace: true } : {}),
      confidence: p.confidence,
      ...(p.note ? { note: p.note } : {}),
      cautions: p.cautions,
    });
  }
  problems.push(...coincidences(points, inputs.nogier));
  const ids = new Set(points.map((p) => p.id));
  for (const proto of inputs.protocols) {
    proto.points.forEach(
      (pt, i) =>
        ids.has(pt.ref) || problems.push({ file: 'data/protocols.json', record: proto.id, field: `points.${i}.ref`, message: `unknown ear point "${pt.ref}"` }),
    );
    proto.conditions.forEach(
      (c, i) =>
        inputs.conditionIds.has(c) ||
        problems.push({ file: 'data/protocols.json', record: proto.id, field: `conditions.${i}`, message: `unknown condition "${c}"` }),
    );
  }
  const atlas: EarAtlas = {
    outline: map.outline.map(round),
    meatus: map.meatus.map(round),
    groove: map.posteriorGroove.points.map(round),
    parts: map.parts.map((p) => ({ id: p.id, face: p.face, ring: p.ring.map(round) })),
    zones: map.zones.map((z) => ({ id: z.id, part: z.part, face: z.face, rings: z.rings.map((r) => r.map(round)) })),
    points,
    protocols: inputs.protocols,
  };
  return { atlas, map, problems };
}
