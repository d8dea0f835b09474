// The search over every system's documents and the conditions, built by Node (the build writes it
// to generated/search.json; tests and the bench build it here). The pinyin reading is given to the
// systems from here, so that it stays out of the browser's first view (the systems' definitions are in it).
import { AtlasSearch, type SearchDocument } from '../domain/search/searchIndex.ts';
import { searchText } from '../domain/search/text.ts';
import { joinPinyinRuns, pinyinForms } from '../domain/search/pinyin.ts';
import type { Region } from '../domain/schema/vocabulary.ts';
import { systemDefinitions } from './catalogue.ts';
import type { AtlasRecords, SearchText } from './types.ts';

/** Every system's search documents (the index adds the conditions). */
export function searchDocuments(records: AtlasRecords, regions: Iterable<Region>): SearchDocument[] {
  const text: SearchText = { ...searchText(records.conditions.values(), regions), pinyin: pinyinForms, pinyinRuns: (name) => joinPinyinRuns(name) ?? '' };
  return systemDefinitions.flatMap((s) => s.searchDocuments(records, text));
}

export function buildSearch(records: AtlasRecords, regions: readonly Region[]): AtlasSearch {
  return new AtlasSearch({ documents: searchDocuments(records, regions), conditions: records.conditions.values(), regions });
}
