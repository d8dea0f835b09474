// The search over every system's documents and the conditions, built by Node (the build writes it
// to generated/search.json; tests and the bench build it here). The pinyin reading is given to the
// systems from here, so that it stays out of the browser's first view (the systems' definitions are in it).
import { AtlasSearch, type SearchDocument } from '../domain/search/searchIndex.ts';
import { searchText } from '../domain/search/text.ts';
import { joinPinyinRuns, pinyinForms } from '../domain/search/pinyin.ts';
import type { Region } from '../domain/schema/vocabulary.ts';
import type { PointSet } from '../domain/schema/sets.ts';
import { systemDefinitions } from './catalogue.ts';
import type { AtlasRecords, SearchText } from './types.ts';

/**
 * The atlas's built-in point sets as search documents: found by their name and by the conditions
 * they serve (the "Sets" group of the results; the user's own sets are matched in the browser).
 */
export function setSearchDocuments(sets: readonly PointSet[], text: Pick<SearchText, 'conditions'>): SearchDocument[] {
  return sets.map((set) => ({
    id: `set:${set.id}`,
    owner: 'sets',
    kind: 'set',
    keys: [],
    code: set.id,
    title: set.name,
    names: [set.name, set.id.replace(/-/g, ' '), 'point set'].join(' '),
    hanzi: '',
    conditions: text.conditions(set.conditions ?? []),
    region: '',
    conditionIds: [...(set.conditions ?? [])],
    regionId: '',
    channel: '',
    categories: [],
    pregnancyCaution: false,
    system: 'sets',
  }));
}

/** Every system's search documents and the built-in sets' (the index adds the conditions). */
export async function searchDocuments(records: AtlasRecords, regions: Iterable<Region>, sets: readonly PointSet[] = []): Promise<SearchDocument[]> {
  const text: SearchText = { ...searchText(records.conditions.values(), regions), pinyin: pinyinForms, pinyinRuns: (name) => joinPinyinRuns(name) ?? '' };
  const builders = await Promise.all(systemDefinitions.map((s) => s.loadSearchDocuments()));
  return [...builders.flatMap((build) => build(records, text)), ...setSearchDocuments(sets, text)];
}

export async function buildSearch(records: AtlasRecords, regions: readonly Region[], sets: readonly PointSet[] = []): Promise<AtlasSearch> {
  return new AtlasSearch({ documents: await searchDocuments(records, regions, sets), conditions: records.conditions.values(), regions });
}
