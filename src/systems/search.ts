// The search over every system's documents and the conditions (loaded on first use: it carries
// the search engine).
import { AtlasSearch } from '../domain/search/searchIndex.ts';
import type { Region } from '../domain/schema/vocabulary.ts';
import { searchDocuments } from './catalogue.ts';
import type { AtlasRecords } from './types.ts';

export function buildSearch(records: AtlasRecords, regions: readonly Region[]): AtlasSearch {
  return new AtlasSearch({ documents: searchDocuments(records, regions), conditions: records.conditions.values(), regions });
}
