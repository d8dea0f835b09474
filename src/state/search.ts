// The search index of the atlas, loaded on first use (its code stays out of the first view): the
// build serialised it (generated/search.json, every system's documents); the browser checks its
// shape and loads it with the conditions it already has, instead of indexing every record.
import regionsData from '../../data/regions.json';
import type { AtlasSearch } from '../domain/search/searchIndex.ts';
import { searchFileSchema } from '../domain/search/searchFile.ts';
import { regionsFileSchema } from '../domain/schema/vocabulary.ts';
import { fetchGenerated } from './atlasData.ts';
import type { AtlasState } from './store.ts';

const regions = regionsFileSchema.parse(regionsData).regions;
let built: { conditions: AtlasState['conditions']; search: AtlasSearch } | null = null;

export async function loadSearch(state: Pick<AtlasState, 'records' | 'conditions'>): Promise<AtlasSearch | null> {
  if (!state.records) return null;
  if (built?.conditions === state.conditions) return built.search;
  const [{ AtlasSearch }, file] = await Promise.all([import('../domain/search/searchIndex.ts'), fetchGenerated('search.json', searchFileSchema)]);
  const search = new AtlasSearch({ documents: file.documents, index: file.index, conditions: state.conditions.values(), regions });
  built = { conditions: state.conditions, search };
  return search;
}
