// The results of the search box: the found points, zones and conditions; the found points light
// up on the body and the camera frames them.
import { useLoad } from '../state/useLoad.ts';
import type { SearchHit } from '../domain/search/searchIndex.ts';
import { catalogues } from '../systems/catalogue.ts';
import { channelInfo, channelOfCode } from '../domain/points/channels.ts';
import { loadSearch } from '../state/search.ts';
import { useAtlas } from '../state/store.ts';
import { searchActive, searchPage, selectSearchHits } from '../state/searchSelectors.ts';
import { useState } from 'react';
import { useRovingList } from './parts/useRovingList.ts';

/** Results whose title starts with a standard code (points, WHO scalp lines, GB/T 13734 ear points). */
const hasCode = (h: SearchHit) => h.kind === 'point' || h.kind === 'scalp-line' || (h.kind === 'ear-point' && !h.code.startsWith('nogier-'));

/** `open`: opens a hit of a system (the registry's openHit); conditions are opened here, as a new query. */
export function SearchResults({ open }: { open: (hit: SearchHit) => void }) {
  const query = useAtlas((s) => s.query);
  const records = useAtlas((s) => s.records);
  const conditions = useAtlas((s) => s.conditions);
  const hidePregnancy = useAtlas((s) => s.hidePregnancy);
  const system = useAtlas((s) => s.searchSystem);
  const hits = useAtlas(selectSearchHits);
  // the first page of hits; all of them on request (back to the first page for a new query)
  const [allFor, setAllFor] = useState<string | null>(null);
  const all = allFor === query;
  const setAll = (on: boolean) => setAllFor(on ? query : null);
  const { ref: listRef, onKeyDown: onListKey, onFocus: onListFocus } = useRovingList<HTMLUListElement>();
  const wanted = searchActive({ query });
  // the index is built once the records are there (and again if a set of records arrives later)
  useLoad(
    {
      key: 'search',
      what: 'the search index',
      file: 'generated/search.json',
      enabled: wanted && records !== null,
      load: () => loadSearch({ records, conditions }),
      done: (s) => s && useAtlas.getState().setSearchIndex(s),
    },
    [records, conditions],
  );

  if (!hits) return null;
  const shown = all ? hits : hits.slice(0, searchPage);
  const { setQuery, setHidePregnancy, setSearchSystem } = useAtlas.getState();
  return (
    <section className="results" aria-label="Search results">
      <h2>
        Results <span className="muted">({hits.length})</span>
      </h2>
      {hits.length > shown.length && (
        <p className="muted small">
          Showing the first {shown.length} of {hits.length}.
        </p>
      )}
      <label className="radio small">
        <input type="checkbox" checked={hidePregnancy} onChange={(e) => setHidePregnancy(e.target.checked)} />
        Hide points with a pregnancy caution
      </label>
      <label className="small">
        System{' '}
        <select value={system ?? ''} onChange={(e) => setSearchSystem(e.target.value || null)}>
          <option value="">All</option>
          {catalogues.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {hits.length === 0 && <p className="muted">Nothing found. Try a code (LI4, UB23), a name (Hegu, 合谷) or a condition (migraine).</p>}
      <ul className="list" ref={listRef} onKeyDown={onListKey} onFocus={onListFocus}>
        {shown.map((h) => (
          <li key={h.id}>
            <button
              type="button"
              data-result={h.id}
              onClick={() => (h.kind === 'condition' ? setQuery(conditions.get(h.id.slice('condition:'.length))?.name ?? h.title) : open(h))}
            >
              {h.kind === 'point' && <span className="swatch" style={{ background: channelInfo[channelOfCode(h.code)].color }} aria-hidden="true" />}
              <span className="code">{hasCode(h) ? h.code : ''}</span> {hasCode(h) ? h.title.slice(h.code.length + 1) : h.title}
              {h.kind === 'condition' && <span className="muted"> — condition</span>}
              {h.conditionsServed > 1 && <span className="muted"> · serves {h.conditionsServed}</span>}
            </button>
          </li>
        ))}
      </ul>
      {hits.length > shown.length && (
        <button type="button" className="link" onClick={() => setAll(true)}>
          Show all {hits.length}
        </button>
      )}
    </section>
  );
}
