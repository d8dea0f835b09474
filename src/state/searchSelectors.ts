// What the search shows is derived from the store, never written into it: the hits are a pure
// function of (index, query, filters), and what the body, the scalp and the ear light up is a pure
// function of the hits. Clearing the query therefore clears everything it lit, whichever component
// happens to be mounted (the results list is unmounted when the query empties).
import type { AtlasSearch, AtlasSystem, SearchHit } from '../domain/search/searchIndex.ts';
import type { ChannelOrExtra } from '../domain/points/channels.ts';
import type { AtlasPointRecord } from '../domain/schema/points.ts';
import { pointShown, type CategoryFilter } from './filters.ts';
import { groupResults, type ResultGroup } from '../systems/catalogue.ts';
import type { PointSet } from '../domain/schema/sets.ts';
import type { Condition } from '../domain/schema/vocabulary.ts';
import { userSetHits } from '../domain/sets/search.ts';

/** The part of the state the search depends on. */
export interface SearchInputs {
  searchIndex: AtlasSearch | null;
  query: string;
  searchSystem: AtlasSystem | null;
  hidePregnancy: boolean;
  channel: ChannelOrExtra | null;
  category: CategoryFilter | null;
  region: string | null;
  /** the user's own sets, found by name and condition beside the index's hits */
  userSets: readonly PointSet[];
  conditions: ReadonlyMap<string, Condition>;
}

/** How many hits the search keeps (all of them, in practice); each group of results shows its first `searchGroupPage` until asked for more. */
export const searchLimit = 2000;
export const searchGroupPage = 20;

/** The search is on when the query has something besides white space. */
export const searchActive = (s: Pick<SearchInputs, 'query'>): boolean => s.query.trim() !== '';

// what the search is asked (a change is announced with its count), and what its hits are made of
// besides (the user's sets change as they are edited: their hits follow, silently)
const askedKeys = ['searchIndex', 'query', 'searchSystem', 'hidePregnancy', 'channel', 'category', 'region'] as const;
const inputKeys = [...askedKeys, 'userSets', 'conditions'] as const;

/** True when what the search is asked differs between two states (no search is run). */
export const searchInputsChanged = (a: SearchInputs, b: SearchInputs): boolean => askedKeys.some((k) => a[k] !== b[k]);

/**
 * Remembers the last result for the last inputs (compared by identity), the way reselect does, so
 * every subscriber gets the same value until one of `keys` changes.
 */
export function memoOn<S, T>(keys: readonly (keyof S)[], compute: (s: S) => T): (s: S) => T {
  let last: { inputs: unknown[]; value: T } | null = null;
  return (s) => {
    const inputs = keys.map((k) => s[k]);
    if (last && last.inputs.every((v, i) => v === inputs[i])) return last.value;
    const value = compute(s);
    last = { inputs, value };
    return value;
  };
}
const memoOnInputs = <T>(compute: (s: SearchInputs) => T) => memoOn<SearchInputs, T>(inputKeys, compute);

/** The hits of the current query (null: no query, or the index is still loading). */
export const selectSearchHits = memoOnInputs((s): SearchHit[] | null => {
  if (!searchActive(s) || !s.searchIndex) return null;
  const hits = s.searchIndex.search(
    s.query,
    { channel: s.channel, category: s.category, region: s.region, system: s.searchSystem, hidePregnancyCaution: s.hidePregnancy },
    searchLimit,
  );
  // the user's sets have no channel, category, region or map: a filter on any of these leaves them out
  if (s.channel || s.category || s.region || (s.searchSystem && s.searchSystem !== 'sets')) return hits;
  const named = s.searchIndex.conditionsIn(s.query).flatMap((id) => s.conditions.get(id) ?? []);
  const mine = userSetHits(s.userSets, s.query, named);
  return mine.length > 0 ? [...hits, ...mine] : hits;
});

/** The hits under their headings (body points, scalp, ear, protocols, conditions); null as for the hits. */
export const selectSearchGroups = memoOnInputs((s): ResultGroup<SearchHit>[] | null => {
  const hits = selectSearchHits(s);
  return hits && groupResults(hits);
});

/**
 * The codes the search lights up (points on the body, zones on the scalp, points on the ear chart);
 * null when there is no query (or its index is still loading), so nothing is filtered.
 */
export const selectFoundCodes = memoOnInputs((s): ReadonlySet<string> | null => {
  const hits = selectSearchHits(s);
  if (!hits) return null;
  return new Set(hits.filter((h) => h.kind !== 'condition' && h.kind !== 'protocol' && h.kind !== 'set').map((h) => h.code));
});

/** Two found sets light the same things (so the camera need not move again). */
export function sameCodes(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.size !== b.size) return false;
  for (const c of a) if (!b.has(c)) return false;
  return true;
}

/** The inputs that decide which point records the body shows. */
export interface ShownInputs extends SearchInputs {
  records: Map<string, AtlasPointRecord> | null;
  showExtra: boolean;
}

/**
 * How many point records the body shows under the filters and the search, of how many: the words
 * under the view ("12 of 409 points") and what the tests read. The markers use the same predicate.
 */
export const selectShownCount = memoOn<ShownInputs, { shown: number; total: number }>([...inputKeys, 'records', 'showExtra'], (s) => {
  const found = selectFoundCodes(s);
  const records = [...(s.records?.values() ?? [])];
  const shown = records.filter((r) => pointShown(r.code, r, s, found)).length;
  return { shown, total: records.length };
});
