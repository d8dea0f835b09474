// The search box and its options; what it finds is derived (../searchSelectors.ts), never stored.
import type { AtlasSearch, AtlasSystem } from '../../domain/search/searchIndex.ts';
import type { Slice } from './types.ts';

export interface SearchSlice {
  query: string;
  hidePregnancy: boolean;
  /** the "system" filter of the results (null: all) */
  searchSystem: AtlasSystem | null;
  /** the search index, loaded on first use */
  searchIndex: AtlasSearch | null;
  setQuery: (query: string) => void;
  setHidePregnancy: (hide: boolean) => void;
  setSearchSystem: (system: AtlasSystem | null) => void;
  setSearchIndex: (index: AtlasSearch) => void;
}

export const createSearchSlice: Slice<SearchSlice> = (set) => ({
  query: '',
  hidePregnancy: false,
  searchSystem: null,
  searchIndex: null,
  setQuery: (query) => set({ query }),
  setHidePregnancy: (hidePregnancy) => set({ hidePregnancy }),
  setSearchSystem: (searchSystem) => set({ searchSystem }),
  setSearchIndex: (searchIndex) => set({ searchIndex }),
});
