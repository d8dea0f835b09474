// What every system of the atlas declares (meridian and extra points, the scalp lines and areas,
// the ear maps; later dermatomes and the navel), in the pure part every layer and the Node pipeline
// can read: the entries of the search's "system" filter, its search documents, the link keys it
// owns and its section of the export. The parts that need the store, the DOM or the 3D scene are
// declared next to it (state/, ui/, scene/ in the system's folder) and put together in
// src/app/systems.tsx. How to add a system: README, "Adding a system".
import { z } from '../domain/schema/zodMini.ts';
import type { LinkKeys } from '../domain/link/keys.ts';
import type { BodyContext } from '../domain/resolve/bodyContext.ts';
import type { Resolver, ResolvedLocation } from '../domain/resolve/resolver.ts';
import type { SearchDocument } from '../domain/search/searchIndex.ts';
import type { EarAtlas, GbEarPoint, NogierEarPoint, Protocol } from '../domain/schema/ear.ts';
import type { AtlasPointRecord } from '../domain/schema/points.ts';
import type { JiaoArea, WhoScalpLine } from '../domain/schema/scalp.ts';
import type { Condition } from '../domain/schema/vocabulary.ts';
import type { SkinAreaId } from '../domain/neuro/segments.ts';
import type { Dermatome } from './dermatomes/domain/schema.ts';
import type { NavelFile } from './navel/domain/schema.ts';
import type { ElectroFile } from './electro/domain/schema.ts';

/** Every record the systems are built from, as validated at the boundary. */
export interface AtlasRecords {
  points: ReadonlyMap<string, AtlasPointRecord>;
  conditions: ReadonlyMap<string, Condition>;
  whoLines: ReadonlyMap<string, WhoScalpLine>;
  jiaoAreas: ReadonlyMap<string, JiaoArea>;
  ear: { gb: readonly GbEarPoint[]; nogier: readonly NogierEarPoint[]; protocols: readonly Protocol[] };
  /** the dermatome records by id (V1, C2 ... S4-5) */
  dermatomes: ReadonlyMap<string, Dermatome>;
  /** the skin areas each point lies in, over both bodies and sides (the build measures them; empty when not measured) */
  pointAreas: ReadonlyMap<string, readonly SkinAreaId[]>;
  navel: NavelFile | null;
  electro: ElectroFile | null;
}

/** Searchable words for vocabulary ids: a condition's name and synonyms, a region's. */
export interface SearchText {
  conditions: (ids: readonly string[]) => string;
  region: (id: string) => string;
  /** the forms a pinyin name is also found by: its syllables and the name run together ("zu san li zusanli") */
  pinyin: (name: string) => string;
  /** pinyin written apart inside a name, run together ("Shen Men" → "shenmen"); '' when there is none */
  pinyinRuns: (name: string) => string;
}

/** What the export of one body gives each system to describe its part. */
export interface ExportInput {
  records: AtlasRecords;
  ctx: BodyContext;
  resolver: Resolver;
  locations: readonly ResolvedLocation[];
  ear: EarAtlas;
  /** the skin area of every vertex of this body (src/pipeline/dermatomes.ts) */
  vertexArea: readonly SkinAreaId[];
  /** the skin area at a location's own place (the rules at its position, not its nearest vertex's label) */
  locationArea: (location: ResolvedLocation) => SkinAreaId | undefined;
}

/** What the store has loaded, for naming a selected item. */
export interface ItemLookup {
  points: ReadonlyMap<string, AtlasPointRecord> | null;
  whoLines: ReadonlyMap<string, WhoScalpLine>;
  jiaoAreas: ReadonlyMap<string, JiaoArea>;
  earPoints: readonly { id: string; code: string; english: string; system: string }[];
}

export type ExportSection = (input: ExportInput) => Record<string, unknown>;

/** An entry of the search's "system" filter (a map or standard within a system). */
export interface Catalogue {
  id: string;
  label: string;
}

export interface SystemDefinition<
  Id extends string = string,
  Keys extends LinkKeys = LinkKeys,
  Selected extends z.ZodMiniType<{ system: Id }> = z.ZodMiniType<{ system: Id }>,
> {
  /** the selection's `system` and the key of the registry */
  id: Id;
  /** what selecting one of its items holds ({ system: id, id, ... }); the store's one selection is the union of these */
  selection: Selected;
  /** in words, for lists and messages */
  label: string;
  /** the heading of its items among search results ("Body points") */
  resultsLabel: string;
  /** the maps or standards it holds, as the search's "system" filter offers them */
  catalogues: readonly Catalogue[];
  /** the link keys it owns (src/domain/link/keys.ts): a value its schema rejects is ignored and reported */
  linkKeys: Keys;
  /** an item in words, as a listener hears it selected ("LI4 Hégǔ, Joining Valley"); null: unknown */
  describeItem: (id: string, lookup: ItemLookup) => string | null;
  /** its search documents (loaded on demand: only the build, in Node, writes the search index) */
  loadSearchDocuments: () => Promise<(records: AtlasRecords, text: SearchText) => SearchDocument[]>;
  /** its part of the export (loaded on demand): arrays under a key are appended to other systems' arrays (zones) */
  loadExport: () => Promise<ExportSection>;
}

export const defineSystem = <Id extends string, Keys extends LinkKeys, Selected extends z.ZodMiniType<{ system: Id }>>(
  system: SystemDefinition<Id, Keys, Selected>,
): SystemDefinition<Id, Keys, Selected> => system;

/** An item's id in a selection (a point code, a zone id, an ear point id). */
export const itemId = z.string().check(z.regex(/^[A-Za-z0-9,-]{1,40}$/));
/** The side of a selected item that has sides. */
export const itemSide = z.enum(['left', 'right', 'midline']);
