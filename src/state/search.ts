// The search index of the atlas, loaded on first use (its code stays out of the first view) and
// built once the point, condition and scalp records are there.
import regionsData from '../../data/regions.json';
import type { AtlasSearch } from '../domain/search/searchIndex.ts';
import { regionsFileSchema } from '../domain/schema/vocabulary.ts';
import type { AtlasState } from './store.ts';
import { gbEarFileSchema, nogierFileSchema, protocolsFileSchema } from '../domain/schema/ear.ts';

/** The ear points of both maps and the protocols, as data (validated here, at the boundary). */
async function loadEarRecords() {
  const [gb, nogier, protocols] = await Promise.all([import('../../data/ear/gbt13734-2008.json'), import('../../data/ear/nogier.json'), import('../../data/protocols.json')]);
  return { gb: gbEarFileSchema.parse(gb.default).points, nogier: nogierFileSchema.parse(nogier.default).points, protocols: protocolsFileSchema.parse(protocols.default).protocols };
}

const regions = regionsFileSchema.parse(regionsData).regions;
let built: { key: unknown[]; search: AtlasSearch } | null = null;

/** The search over every system of the registry (src/systems/catalogue.ts), built once per set of records. */
export async function loadSearch(state: Pick<AtlasState, 'records' | 'conditions' | 'whoLines' | 'jiaoAreas'>): Promise<AtlasSearch | null> {
  if (!state.records) return null;
  const key = [state.records, state.conditions, state.whoLines, state.jiaoAreas];
  if (built && built.key.every((k, i) => k === key[i])) return built.search;
  const [{ buildSearch }, ear] = await Promise.all([import('../systems/search.ts'), loadEarRecords()]);
  const search = buildSearch({ points: state.records, conditions: state.conditions, whoLines: state.whoLines, jiaoAreas: state.jiaoAreas, ear }, regions);
  built = { key, search };
  return search;
}
