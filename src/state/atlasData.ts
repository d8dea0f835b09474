// Loads what the point views need, lazily and validated at the boundary: the resolved atlas of
// the body shown (generated per body), and the point records and conditions (generated/points.json).
import { z } from '../domain/schema/zodMini.ts';
import type { DermatomeMapFile } from '../systems/dermatomes/domain/mapFile.ts';
import type { Dermatome } from '../systems/dermatomes/domain/schema.ts';
import type { BodyVariantId } from '../domain/body/frame.ts';
import { placedLandmarksFileSchema, type PlacedLandmark } from '../domain/body/landmarks.ts';
import { atlasFileSchema, type ChannelPath, type LocationCheck, type PlacedLocation } from '../domain/points/placement.ts';
import type { AtlasPointRecord } from '../domain/schema/points.ts';
import { pointsFileSchema } from '../domain/schema/pointsFile.ts';
import type { Condition } from '../domain/schema/vocabulary.ts';
import { scalpFileSchema, type ScalpFile } from '../domain/scalp/placement.ts';
import type { EarAtlas } from '../domain/schema/ear.ts';
import { builtInSetsFileSchema, type PointSet } from '../domain/schema/sets.ts';
import type { JiaoArea, WhoScalpLine } from '../domain/schema/scalp.ts';

/** A file that could not be loaded: which file, and why (the field and what is wrong with it). */
export class FileLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Validates one loaded file at the boundary; a mismatch names the file and its first bad field. */
export function parseFile<T>(file: string, schema: z.core.$ZodType<T>, json: unknown): T {
  const parsed = z.safeParse(schema, json);
  if (!parsed.success) throw new FileLoadError(file, `${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Fetches one generated file and validates it; errors name the file and the field. */
export async function fetchGenerated<T>(file: string, schema: z.core.$ZodType<T>): Promise<T> {
  const url = `${import.meta.env.BASE_URL}generated/${file}`;
  const response = await fetch(url);
  if (!response.ok) throw new FileLoadError(url, `HTTP ${response.status}`);
  return parseFile(url, schema, await response.json());
}

export function fetchAtlas(variant: BodyVariantId): Promise<{ locations: PlacedLocation[]; paths: ChannelPath[]; checks: Record<string, LocationCheck> }> {
  return fetchGenerated(`atlas-${variant}.json`, atlasFileSchema);
}

/** The point records and the conditions, as the build validated and wrote them (generated/points.json). */
export async function loadPointRecords(): Promise<{ points: Map<string, AtlasPointRecord>; conditions: Map<string, Condition> }> {
  const file = await fetchGenerated('points.json', pointsFileSchema);
  return { points: new Map(file.points.map((p) => [p.code, p])), conditions: new Map(file.conditions.map((c) => [c.id, c])) };
}

/** The landmarks as the build placed them on this body. */
export async function fetchLandmarks(variant: BodyVariantId): Promise<PlacedLandmark[]> {
  return (await fetchGenerated(`landmarks-${variant}.json`, placedLandmarksFileSchema)).landmarks;
}

export function fetchScalp(variant: BodyVariantId): Promise<ScalpFile> {
  return fetchGenerated(`scalp-${variant}.json`, scalpFileSchema);
}

/** The dermatome map of one body (built by the pipeline); its schema loads with it. */
export async function fetchDermatomeMap(variant: BodyVariantId): Promise<DermatomeMapFile> {
  const { dermatomeMapFileSchema } = await import('../systems/dermatomes/domain/mapFile.ts');
  return fetchGenerated(`dermatomes-${variant}.json`, dermatomeMapFileSchema);
}

/** The dermatome records (data/dermatomes/dermatomes.json), loaded when the map is first shown. */
export async function loadDermatomeRecords(): Promise<{ areas: Map<string, Dermatome>; sources: Map<string, string> }> {
  const [{ dermatomesFileSchema }, raw] = await Promise.all([
    import('../systems/dermatomes/domain/schema.ts'),
    import('../../data/dermatomes/dermatomes.json'),
  ]);
  const file = parseFile('data/dermatomes/dermatomes.json', dermatomesFileSchema, raw.default);
  return { areas: new Map(file.areas.map((a) => [a.id, a])), sources: new Map(file.sources.map((s) => [s.id, s.citation])) };
}

/** The WHO scalp lines and Jiao's areas (data/scalp); their schemas load with them. */
export async function loadScalpRecords(): Promise<{ who: Map<string, WhoScalpLine>; jiao: Map<string, JiaoArea> }> {
  const [{ whoScalpFileSchema, jiaoFileSchema }, whoRaw] = await Promise.all([import('../domain/schema/scalp.ts'), import('../../data/scalp/who-lines.json')]);
  const who = whoScalpFileSchema.parse(whoRaw.default);
  const jiao = jiaoFileSchema.parse((await import('../../data/scalp/jiao-areas.json')).default);
  return { who: new Map(who.lines.map((l) => [l.code, l])), jiao: new Map(jiao.areas.map((a) => [a.id, a])) };
}

/** The ear chart, its zones, both systems' points and the protocols (built by the pipeline). */
export async function fetchEar(): Promise<EarAtlas> {
  // its schema loads with it: nothing before the ear map is opened needs it
  const { earAtlasSchema } = await import('../domain/schema/ear.ts');
  return fetchGenerated('ear.json', earAtlasSchema);
}

/** The atlas's built-in point sets (data/sets.json, checked against the records by the build); an error names the set and the field. */
export async function loadBuiltInSets(): Promise<PointSet[]> {
  const raw: unknown = (await import('../../data/sets.json')).default;
  const parsed = builtInSetsFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data.sets;
  const issue = parsed.error.issues[0];
  const at = issue?.path ?? [];
  const id = at[0] === 'sets' && typeof at[1] === 'number' ? (raw as { sets?: { id?: unknown }[] }).sets?.[at[1]]?.id : undefined;
  const record = typeof id === 'string' ? `set "${id}"` : at[0] === 'sets' && typeof at[1] === 'number' ? `set ${at[1] + 1}` : 'the file';
  throw new FileLoadError('data/sets.json', `${record}: ${at.slice(2).join('.') || at.join('.')}: ${issue?.message ?? 'does not match'}`);
}
