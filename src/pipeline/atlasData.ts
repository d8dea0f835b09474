// Loads and validates the atlas's data files from disk (Node): the one place the pipeline, the
// checks, the export and the tests read data/.
import { readFileSync, readdirSync } from 'node:fs';
import type { z } from '../domain/schema/zodMini.ts';
import type { AtlasRecords } from '../systems/types.ts';
import { join } from 'node:path';
import { landmarkFileSchema, type Landmark } from '../domain/body/landmarks.ts';
import { cunSpanFileSchema, type CunSpan } from '../domain/body/spans.ts';
import { checkConditions, checkPointReferences, parsePointFiles, zodProblems, type DataProblem } from '../domain/data/validate.ts';
import type { PointRecord } from '../domain/schema/points.ts';
import { conditionsFileSchema, regionsFileSchema, type Condition, type Region } from '../domain/schema/vocabulary.ts';
import { jiaoFileSchema, whoScalpFileSchema, type JiaoArea, type WhoScalpLine } from '../domain/schema/scalp.ts';
import { ruleRefs } from '../domain/data/validate.ts';
import { checkBuiltInSets } from '../domain/sets/validate.ts';
import type { PointSet } from '../domain/schema/sets.ts';
import { checkBuiltInTours } from '../domain/tours/validate.ts';
import type { Tour } from '../domain/tours/schema.ts';
import { dermatomesFileSchema, type Dermatome } from '../systems/dermatomes/domain/schema.ts';
import type { SkinAreaId } from '../domain/neuro/segments.ts';
import { buildEarAtlas } from '../domain/ear/earAtlas.ts';
import { segmentOrder } from '../domain/neuro/segments.ts';
import { sciZoneProblems, sciZonesFileSchema, type SciZone } from '../systems/injury/domain/sciZones.ts';
import { navelFileSchema, type NavelFile } from '../systems/navel/domain/schema.ts';
import { electroFileSchema, type ElectroFile } from '../systems/electro/domain/schema.ts';
import { electroReferenceProblems } from '../systems/electro/domain/validate.ts';
import {
  earChartSchema,
  gbEarFileSchema,
  nogierFileSchema,
  protocolsFileSchema,
  type EarChartData,
  type GbEarPoint,
  type NogierEarPoint,
  type Protocol,
  type EarAtlas,
} from '../domain/schema/ear.ts';

export interface AtlasData {
  landmarks: Landmark[];
  spans: CunSpan[];
  points: Map<string, PointRecord>;
  conditions: Condition[];
  regions: Region[];
  whoLines: WhoScalpLine[];
  jiaoAreas: JiaoArea[];
  ear: { chart: EarChartData | null; gb: GbEarPoint[]; nogier: NogierEarPoint[]; protocols: Protocol[]; atlas: EarAtlas | null };
  /** the built-in point sets (data/sets.json) */
  sets: PointSet[];
  /** the built-in tours (data/tours.json) */
  tours: Tour[];
  /** the scalp and ear zones used in spinal cord injury (data/neuro/sci-zones.json) */
  sciZones: SciZone[];
  /** the dermatome records (data/dermatomes/dermatomes.json) */
  dermatomes: Dermatome[];
  /** navel acupuncture (data/navel/navel.json); null when it does not validate */
  navel: NavelFile | null;
  /** electro-acupuncture's pairs and cautions (data/electro/pairs.json); null when it does not validate */
  electro: ElectroFile | null;
  pointFiles: Map<string, string>;
  problems: DataProblem[];
}

export function readJson(root: string, file: string): unknown {
  return JSON.parse(readFileSync(join(root, file), 'utf8'));
}

export function loadAtlasData(root: string): AtlasData {
  const landmarks = landmarkFileSchema.parse(readJson(root, 'data/body/landmarks.json')).landmarks;
  const spans = cunSpanFileSchema.parse(readJson(root, 'data/body/cun-spans.json')).spans;
  const files: Record<string, unknown> = {};
  for (const f of readdirSync(join(root, 'data/points')).sort()) if (f.endsWith('.json')) files[`data/points/${f}`] = readJson(root, `data/points/${f}`);
  const parsed = parsePointFiles(files);
  const problems = [...parsed.problems];
  const conditionsJson = readJson(root, 'data/conditions.json');
  const conditionsParsed = conditionsFileSchema.safeParse(conditionsJson);
  const conditions = conditionsParsed.success ? conditionsParsed.data.conditions : [];
  if (!conditionsParsed.success) {
    const raw = conditionsJson as { conditions?: { id?: string }[] };
    problems.push(
      ...zodProblems('data/conditions.json', conditionsParsed.error, (path) =>
        path[0] === 'conditions' && typeof path[1] === 'number' ? (raw.conditions?.[path[1]]?.id ?? `conditions[${path[1]}]`) : '(file)',
      ),
    );
  } else problems.push(...checkConditions('data/conditions.json', conditions, new Set(conditionsParsed.data.systems.map((s) => s.id))));
  const regionsParsed = regionsFileSchema.safeParse(readJson(root, 'data/regions.json'));
  const regions = regionsParsed.success ? regionsParsed.data.regions : [];
  if (!regionsParsed.success) problems.push(...zodProblems('data/regions.json', regionsParsed.error, () => '(file)'));
  const regionIds = new Set(regions.map((r) => r.id));
  for (const l of landmarks)
    if (!regionIds.has(l.region)) problems.push({ file: 'data/body/landmarks.json', record: l.id, field: 'region', message: `unknown region "${l.region}"` });
  problems.push(
    ...checkPointReferences(parsed.points, {
      landmarkIds: new Set(landmarks.map((l) => l.id)),
      spanIds: new Set(spans.map((s) => s.id)),
      regionIds,
      conditionIds: new Set(conditions.map((c) => c.id)),
    }),
  );
  // scalp systems: schema, condition references, rule references
  const conditionIds = new Set(conditions.map((c) => c.id));
  const landmarkIds = new Set(landmarks.map((l) => l.id));
  // a scalp record is named by its code or id when it has one, else by its place in the list
  const recordOf = (raw: unknown, list: string, idKey: string) => (path: PropertyKey[]) => {
    const i = path[1];
    if (path[0] !== list || typeof i !== 'number') return '(file)';
    const id = (raw as Record<string, Record<string, unknown>[] | undefined>)[list]?.[i]?.[idKey];
    return typeof id === 'string' ? id : `${list}[${i}]`;
  };
  const whoRaw = readJson(root, 'data/scalp/who-lines.json');
  const whoParsed = whoScalpFileSchema.safeParse(whoRaw);
  const whoLines = whoParsed.success ? whoParsed.data.lines : [];
  if (!whoParsed.success) problems.push(...zodProblems('data/scalp/who-lines.json', whoParsed.error, recordOf(whoRaw, 'lines', 'code')));
  for (const line of whoLines) {
    for (const [field, rule] of [
      ['start', line.start],
      ['end', line.end],
    ] as const) {
      if (rule.kind === 'from-start') {
        if (!spans.some((sp) => sp.id === rule.span))
          problems.push({ file: 'data/scalp/who-lines.json', record: line.code, field, message: `unknown cun span "${rule.span}"` });
        continue;
      }
      for (const ref of ruleRefs(rule).refs) {
        const known = /^[a-z]/.test(ref) ? landmarkIds.has(ref.replace(/_(left|right)$/, '')) : parsed.points.has(ref);
        if (!known) problems.push({ file: 'data/scalp/who-lines.json', record: line.code, field, message: `unknown reference "${ref}"` });
      }
    }
    line.indications.forEach(
      (id, i) =>
        conditionIds.has(id) ||
        problems.push({ file: 'data/scalp/who-lines.json', record: line.code, field: `indications.${i}`, message: `unknown condition "${id}"` }),
    );
  }
  const jiaoRaw = readJson(root, 'data/scalp/jiao-areas.json');
  const jiaoParsed = jiaoFileSchema.safeParse(jiaoRaw);
  const jiaoAreas = jiaoParsed.success ? jiaoParsed.data.areas : [];
  if (!jiaoParsed.success) problems.push(...zodProblems('data/scalp/jiao-areas.json', jiaoParsed.error, recordOf(jiaoRaw, 'areas', 'id')));
  // the ear: chart geometry, the points of both systems, the protocols (references are checked
  // when the ear atlas is built: buildEarAtlas)
  const parseEar = <T>(file: string, schema: z.ZodMiniType<T>, listKey: string, idKey: string): T | null => {
    const raw = readJson(root, file) as Record<string, { [k: string]: unknown }[] | undefined>;
    const r = schema.safeParse(raw);
    if (r.success) return r.data;
    problems.push(
      ...zodProblems(file, r.error, (path) => {
        const id = path[0] === listKey && typeof path[1] === 'number' ? raw[listKey]?.[path[1]]?.[idKey] : undefined;
        return typeof id === 'string' ? id : path[0] === listKey && typeof path[1] === 'number' ? `${listKey}[${path[1]}]` : '(file)';
      }),
    );
    return null;
  };
  const chart = parseEar('data/ear/chart.json', earChartSchema, 'curves', 'id');
  const gb = parseEar('data/ear/gbt13734-2008.json', gbEarFileSchema, 'points', 'code')?.points ?? [];
  const nogier = parseEar('data/ear/nogier.json', nogierFileSchema, 'points', 'id')?.points ?? [];
  const protocols = parseEar('data/protocols.json', protocolsFileSchema, 'protocols', 'id')?.protocols ?? [];
  const zoneRefs = new Set([...whoLines.map((l) => l.code), ...jiaoAreas.map((a) => a.id), ...gb.map((p) => p.code), ...nogier.map((p) => p.id)]);
  for (const c of conditions) {
    c.links.forEach((l, i) => {
      if (!parsed.points.has(l.ref) && !zoneRefs.has(l.ref))
        problems.push({ file: 'data/conditions.json', record: c.id, field: `links.${i}.ref`, message: `unknown point, scalp zone or ear point "${l.ref}"` });
    });
  }
  const earBuilt = chart ? buildEarAtlas({ chart, gb, nogier, protocols, conditionIds }) : null;
  if (earBuilt) problems.push(...earBuilt.problems);
  for (const area of jiaoAreas)
    area.indications.forEach(
      (id, i) =>
        conditionIds.has(id) ||
        problems.push({ file: 'data/scalp/jiao-areas.json', record: area.id, field: `indications.${i}`, message: `unknown condition "${id}"` }),
    );
  // the built-in sets: every item in its system, every condition in the vocabulary
  const builtInSets = checkBuiltInSets(
    readJson(root, 'data/sets.json'),
    {
      points: new Set(parsed.points.keys()),
      scalp: new Set([...whoLines.map((l) => l.code), ...jiaoAreas.map((a) => a.id)]),
      ear: new Set([...gb.map((p) => p.code), ...nogier.map((p) => p.id)]),
    },
    conditionIds,
  );
  problems.push(...builtInSets.problems);
  // the built-in tours: every step's item in its system, every protocol in data/protocols.json
  const builtInTours = checkBuiltInTours(readJson(root, 'data/tours.json'), {
    points: new Set(parsed.points.keys()),
    scalp: new Set([...whoLines.map((l) => l.code), ...jiaoAreas.map((a) => a.id)]),
    ear: new Set([...gb.map((p) => p.code), ...nogier.map((p) => p.id)]),
    protocols: new Set(protocols.map((p) => p.id)),
  });
  problems.push(...builtInTours.problems);
  // the zones used in spinal cord injury: each a zone the scalp or ear data holds
  const sciFile = 'data/neuro/sci-zones.json';
  const sciRaw = readJson(root, sciFile);
  const sciParsed = sciZonesFileSchema.safeParse(sciRaw);
  const sciZones = sciParsed.success ? sciParsed.data.zones : [];
  if (!sciParsed.success) problems.push(...zodProblems(sciFile, sciParsed.error, recordOf(sciRaw, 'zones', 'id')));
  const zoneIds = {
    scalp: new Map([...whoLines.map((l) => [l.code, l.english] as const), ...jiaoAreas.map((a) => [a.id, a.english] as const)]),
    ear: new Map(gb.map((p) => [p.code, p.english])),
  };
  problems.push(...sciZoneProblems(sciFile, sciZones, zoneIds, segmentOrder));
  // the dermatomes: schema, then every key point's rule refers to known landmarks, points and spans
  const dermRaw = readJson(root, 'data/dermatomes/dermatomes.json');
  const dermParsed = dermatomesFileSchema.safeParse(dermRaw);
  const dermatomes = dermParsed.success ? dermParsed.data.areas : [];
  if (!dermParsed.success) problems.push(...zodProblems('data/dermatomes/dermatomes.json', dermParsed.error, recordOf(dermRaw, 'areas', 'id')));
  for (const area of dermatomes) {
    if (!area.keyPoint) continue;
    const { refs, spans: spanRefs } = ruleRefs(area.keyPoint.rule);
    for (const ref of refs) {
      const known = /^[a-z]/.test(ref) ? landmarkIds.has(ref.replace(/_(left|right)$/, '')) : parsed.points.has(ref);
      if (!known) problems.push({ file: 'data/dermatomes/dermatomes.json', record: area.id, field: 'keyPoint.rule', message: `unknown reference "${ref}"` });
    }
    for (const span of spanRefs)
      if (!spans.some((x) => x.id === span))
        problems.push({ file: 'data/dermatomes/dermatomes.json', record: area.id, field: 'keyPoint.rule', message: `unknown cun span "${span}"` });
  }
  // navel acupuncture and electro-acupuncture (their pairs' paths are checked on each body by check:data)
  const navelRaw = readJson(root, 'data/navel/navel.json');
  const navelParsed = navelFileSchema.safeParse(navelRaw);
  if (!navelParsed.success) problems.push(...zodProblems('data/navel/navel.json', navelParsed.error, recordOf(navelRaw, 'directions', 'id')));
  const electroRaw = readJson(root, 'data/electro/pairs.json');
  const electroParsed = electroFileSchema.safeParse(electroRaw);
  if (!electroParsed.success) problems.push(...zodProblems('data/electro/pairs.json', electroParsed.error, recordOf(electroRaw, 'pairs', 'id')));
  else problems.push(...electroReferenceProblems(electroParsed.data.pairs, new Map([...parsed.points].map(([code, { point }]) => [code, point]))));
  return {
    sciZones,
    dermatomes,
    navel: navelParsed.success ? navelParsed.data : null,
    electro: electroParsed.success ? electroParsed.data : null,
    tours: builtInTours.tours,
    landmarks,
    spans,
    sets: builtInSets.sets,
    whoLines,
    jiaoAreas,
    ear: { chart, gb, nogier, protocols, atlas: earBuilt?.atlas ?? null },
    conditions,
    regions,
    points: new Map([...parsed.points].map(([code, { point }]) => [code, point])),
    pointFiles: new Map([...parsed.points].map(([code, { file }]) => [code, file])),
    problems,
  };
}

/** The built ear atlas; throws when the ear data has problems. */
/** The records as the systems read them (src/systems/types.ts); `pointAreas`: each point's skin areas when measured on the bodies. */
export function atlasRecords(data: AtlasData, pointAreas: ReadonlyMap<string, readonly SkinAreaId[]> = new Map()): AtlasRecords {
  return {
    dermatomes: new Map(data.dermatomes.map((d) => [d.id, d])),
    pointAreas,
    points: data.points,
    conditions: new Map(data.conditions.map((c) => [c.id, c])),
    whoLines: new Map(data.whoLines.map((l) => [l.code, l])),
    jiaoAreas: new Map(data.jiaoAreas.map((a) => [a.id, a])),
    ear: { gb: data.ear.gb, nogier: data.ear.nogier, protocols: data.ear.protocols },
    navel: data.navel,
    electro: data.electro,
  };
}

export function earAtlasFrom(data: AtlasData): EarAtlas {
  if (!data.ear.atlas) throw new Error('the ear data is invalid; run npm run check:data');
  return data.ear.atlas;
}
