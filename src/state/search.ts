// The search index of the atlas, loaded on first use (its code stays out of the first view) and
// built once the point, condition and scalp records are there.
import regionsData from '../../data/regions.json';
import type { AtlasSearch } from '../domain/search/searchIndex.ts';
import { regionsFileSchema } from '../domain/schema/vocabulary.ts';
import type { AtlasState } from './store.ts';

const regions = regionsFileSchema.parse(regionsData).regions;
let built: { key: unknown[]; search: AtlasSearch } | null = null;

export async function loadSearch(state: Pick<AtlasState, 'records' | 'conditions' | 'whoLines' | 'jiaoAreas'>): Promise<AtlasSearch | null> {
  if (!state.records) return null;
  const key = [state.records, state.conditions, state.whoLines, state.jiaoAreas];
  if (built && built.key.every((k, i) => k === key[i])) return built.search;
  const { AtlasSearch } = await import('../domain/search/searchIndex.ts');
  const search = new AtlasSearch({ points: state.records.values(), conditions: state.conditions.values(), regions, whoLines: state.whoLines.values(), jiaoAreas: state.jiaoAreas.values() });
  built = { key, search };
  return search;
}
