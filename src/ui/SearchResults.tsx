// The results of the search box under their headings (body points, scalp, ear, protocols,
// conditions), each with its count; the found points light up on the body and the camera frames them.
import { useLoad } from '../state/useLoad.ts';
import type { SearchHit } from '../domain/search/searchIndex.ts';
import type { ResultGroup } from '../systems/catalogue.ts';
import { catalogues } from '../systems/catalogue.ts';
import { channelInfo, channelOfCode } from '../domain/points/channels.ts';
import { loadSearch } from '../state/search.ts';
import { useAtlas } from '../state/store.ts';
import { searchActive, searchGroupPage, selectSearchGroups, selectSearchHits } from '../state/searchSelectors.ts';
import { useState } from 'react';
import { useRovingList } from './parts/useRovingList.ts';
import { Select } from './kit/Select.tsx';
import { CautionMark } from './parts/CautionMark.tsx';
import { CautionList } from './parts/CautionList.tsx';
import type { Caution } from '../domain/schema/cautions.ts';
import type { AtlasState } from '../state/store.ts';
import { AddToSetMini, onAddKey } from './sets/AddToSet.tsx';
import { itemOfHit } from '../state/setItems.ts';

/** The system filter's choices, one per catalogue of the registry. */
const systemOptions = catalogues.map((c) => ({ value: c.id, label: c.label }));

/** Results whose title starts with a standard code (points, WHO scalp lines, GB/T 13734 ear points). */
const hasCode = (h: SearchHit) => h.kind === 'point' || h.kind === 'scalp-line' || (h.kind === 'ear-point' && !h.code.startsWith('nogier-'));

const noCautions: readonly Caution[] = [];
/** The cautions of a hit's record, where it is loaded (ear points once the ear map has been opened). */
function cautionsOfHit(h: SearchHit, s: Pick<AtlasState, 'records' | 'conditions' | 'whoLines' | 'jiaoAreas' | 'ear'>): readonly Caution[] {
  const id = h.id.slice(h.id.indexOf(':') + 1);
  switch (h.kind) {
    case 'point':
      return s.records?.get(h.code)?.cautions ?? noCautions;
    case 'condition':
      return s.conditions.get(id)?.cautions ?? noCautions;
    case 'scalp-line':
    case 'scalp-area':
      return s.whoLines.get(id)?.cautions ?? s.jiaoAreas.get(id)?.cautions ?? noCautions;
    case 'ear-point':
      return s.ear?.points.find((p) => p.id === id)?.cautions ?? noCautions;
    default:
      return noCautions;
  }
}

/** How many of the conditions found show their red flags and cautions above the results. */
const conditionWarningsShown = 3;

/** `open`: opens a hit of a system (the registry's openHit); conditions are opened here, as a new query. */
export function SearchResults({ open }: { open: (hit: SearchHit) => void }) {
  const query = useAtlas((s) => s.query);
  const records = useAtlas((s) => s.records);
  const conditions = useAtlas((s) => s.conditions);
  const whoLines = useAtlas((s) => s.whoLines);
  const jiaoAreas = useAtlas((s) => s.jiaoAreas);
  const ear = useAtlas((s) => s.ear);
  const hidePregnancy = useAtlas((s) => s.hidePregnancy);
  const system = useAtlas((s) => s.searchSystem);
  const hits = useAtlas(selectSearchHits);
  const groups = useAtlas(selectSearchGroups);
  // each group's first page of hits; all of a group's on request (back to the first pages for a new query)
  const [expanded, setExpanded] = useState<{ query: string; groups: readonly string[] }>({ query: '', groups: [] });
  const showsAll = (group: string) => expanded.query === query && expanded.groups.includes(group);
  const showAll = (group: string) => setExpanded({ query, groups: [...(expanded.query === query ? expanded.groups : []), group] });
  // one keyboard list across the groups: the arrow keys go from the last body point to the first ear point
  const { ref: listRef, onKeyDown: onListKey, onFocus: onListFocus } = useRovingList<HTMLDivElement>('[data-result]');
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

  if (!hits || !groups) return null;
  const { setQuery, setHidePregnancy, setSearchSystem } = useAtlas.getState();
  const cautionsOf = (h: SearchHit) => cautionsOfHit(h, { records, conditions, whoLines, jiaoAreas, ear });
  // a condition found that needs a doctor first (or care with some patients) says so above the results
  const warned = hits.filter((h) => h.kind === 'condition' && cautionsOf(h).length > 0).slice(0, conditionWarningsShown);
  const openHit = (h: SearchHit) => (h.kind === 'condition' ? setQuery(conditions.get(h.id.slice('condition:'.length))?.name ?? h.title) : open(h));
  return (
    <section className="results" aria-label="Search results">
      <h2>
        Results <span className="muted">({hits.length})</span>
      </h2>
      <label className="radio small">
        <input type="checkbox" checked={hidePregnancy} onChange={(e) => setHidePregnancy(e.target.checked)} />
        Hide points with a pregnancy caution
      </label>
      <Select label="System" options={systemOptions} value={system} onChange={setSearchSystem} none="All" className="small" />
      {warned.map((h) => (
        <section key={h.id} className="condition-warning" aria-label={`${h.title}: before treating`} data-condition-warning={h.id}>
          <h3>{h.title}: before treating</h3>
          <CautionList cautions={cautionsOf(h)} />
        </section>
      ))}
      {hits.length === 0 && <p className="muted">Nothing found. Try a code (LI4, UB23), a name (Hegu, 合谷) or a condition (migraine).</p>}
      <div
        ref={listRef}
        // + on a result adds its point, zone or ear point to the set; the arrow keys move
        onKeyDown={(e) => {
          const hit = (el: HTMLElement) => hits.find((h) => h.id === el.dataset.result);
          if (
            !onAddKey(e, (el) => {
              const h = hit(el);
              return h ? itemOfHit(h, useAtlas.getState()) : null;
            })
          )
            onListKey(e);
        }}
        onFocus={onListFocus}
      >
        {groups.map((g) => (
          <ResultsGroup key={g.id} group={g} all={showsAll(g.id)} onShowAll={() => showAll(g.id)} openHit={openHit} cautionsOf={cautionsOf} />
        ))}
      </div>
    </section>
  );
}

/** One heading of results with its real count, its first page of hits, and a button for the rest. */
function ResultsGroup({
  group,
  all,
  onShowAll,
  openHit,
  cautionsOf,
}: {
  group: ResultGroup<SearchHit>;
  all: boolean;
  onShowAll: () => void;
  openHit: (h: SearchHit) => void;
  cautionsOf: (h: SearchHit) => readonly Caution[];
}) {
  const shown = all ? group.hits : group.hits.slice(0, searchGroupPage);
  const headingId = `results-${group.id}`;
  return (
    <section className="result-group" aria-labelledby={headingId} data-result-group={group.id}>
      <h3 id={headingId}>
        {group.label} <span className="muted">({group.hits.length})</span>
      </h3>
      <ul className="list">
        {shown.map((h) => {
          const item = itemOfHit(h, useAtlas.getState());
          return (
            <li key={h.id} className={item ? 'with-add' : undefined}>
              <button type="button" data-result={h.id} aria-keyshortcuts={item ? '+' : undefined} onClick={() => openHit(h)}>
                {h.kind === 'point' && <span className="swatch" style={{ background: channelInfo[channelOfCode(h.code)].color }} aria-hidden="true" />}
                <span className="code">{hasCode(h) ? h.code : ''}</span> {hasCode(h) ? h.title.slice(h.code.length + 1) : h.title}
                <CautionMark cautions={cautionsOf(h)} />
                {h.conditionsServed > 1 && <span className="muted"> · serves {h.conditionsServed}</span>}
              </button>
              {item && <AddToSetMini item={item} label={hasCode(h) ? h.code : h.title} />}
            </li>
          );
        })}
      </ul>
      {group.hits.length > shown.length && (
        <button type="button" className="link" onClick={onShowAll}>
          Show all {group.hits.length} {group.label.toLowerCase()}
        </button>
      )}
    </section>
  );
}
