// The point sets: the user's own (kept on this device) and the atlas's, the set being edited with
// its items in order (side, technique, retention, note; move up and down, remove), and sharing
// (a link, a JSON file to export and import). Every change says what it did (setsMessage).
import { useState } from 'react';
import type { PointSet, SetItem } from '../../domain/schema/sets.ts';
import { loadBuiltInSets } from '../../state/atlasData.ts';
import { currentSet, useAtlas } from '../../state/store.ts';
import { useLoad } from '../../state/useLoad.ts';
import { useRovingList } from '../parts/useRovingList.ts';
import { CurrentSet } from './CurrentSet.tsx';
import { SetFiles } from './SetFiles.tsx';
import { SetItemsView } from './SetItemsView.tsx';
import { PrintSetButton } from './PrintSetButton.tsx';

/** `open`: shows an item of a set (the registry's openHit, as the search results use it). */
export function SetsPanel({ open }: { open: (item: SetItem) => void }) {
  const userSets = useAtlas((s) => s.userSets);
  const builtIn = useAtlas((s) => s.builtInSets);
  const current = useAtlas(currentSet);
  const viewedId = useAtlas((s) => s.viewedBuiltInId);
  const shared = useAtlas((s) => s.sharedSet);
  const deleted = useAtlas((s) => s.lastDeleted);
  const message = useAtlas((s) => s.setsMessage);
  useLoad(
    {
      key: 'sets',
      what: "the atlas's point sets",
      file: 'data/sets.json',
      enabled: builtIn === null,
      load: loadBuiltInSets,
      done: (sets) => useAtlas.getState().setBuiltInSets(sets),
    },
    [],
  );
  const s = useAtlas.getState();
  const viewed = builtIn?.find((b) => b.id === viewedId) ?? null;
  return (
    <section className="sets-panel" aria-labelledby="sets-heading">
      <h2 id="sets-heading">Point sets</h2>
      {message && (
        <p className="muted small" data-sets-message="">
          {message}
        </p>
      )}
      {shared && <SharedOffer set={shared} open={open} />}
      {deleted && (
        <p className="small" data-undo-delete="">
          Set &quot;{deleted.set.name}&quot; deleted.{' '}
          <button type="button" onClick={() => s.undoDelete()}>
            Undo
          </button>
        </p>
      )}
      <h3 id="my-sets-heading">Your sets</h3>
      {userSets.length === 0 ? (
        <p className="muted small">None yet. Make one, or add points to a new one from a card, a list or the search (the + key on an entry).</p>
      ) : (
        <SetList labelledBy="my-sets-heading" sets={userSets} currentId={current?.id ?? null} attr="data-my-set" choose={(id) => s.openSet(id)} />
      )}
      <div className="set-actions">
        <button type="button" onClick={() => s.newSet()}>
          New set
        </button>
        <SetFiles />
      </div>
      {current && <CurrentSet set={current} open={open} />}
      <h3 id="atlas-sets-heading">From the atlas</h3>
      {builtIn === null ? (
        <p className="muted small">Loading…</p>
      ) : (
        <SetList
          labelledBy="atlas-sets-heading"
          sets={builtIn}
          currentId={viewedId}
          attr="data-atlas-set"
          choose={(id) => s.viewBuiltInSet(id === viewedId ? null : id)}
        />
      )}
      {viewed && <BuiltInSet set={viewed} open={open} />}
    </section>
  );
}

/** A list of sets, one tab stop (arrow keys move), the current one marked. */
function SetList({
  labelledBy,
  sets,
  currentId,
  attr,
  choose,
}: {
  labelledBy: string;
  sets: PointSet[];
  currentId: string | null;
  attr: string;
  choose: (id: string) => void;
}) {
  const { ref, onKeyDown, onFocus } = useRovingList<HTMLUListElement>('button');
  return (
    <ul className="list set-list" aria-labelledby={labelledBy} ref={ref} onKeyDown={onKeyDown} onFocus={onFocus}>
      {sets.map((set) => (
        <li key={set.id}>
          <button type="button" {...{ [attr]: set.id }} aria-current={set.id === currentId ? 'true' : undefined} onClick={() => choose(set.id)}>
            {set.name} <span className="muted">({set.items.length})</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A built-in set: read-only, with its conditions, source and evidence; copied to be changed. */
function BuiltInSet({ set, open }: { set: PointSet; open: (item: SetItem) => void }) {
  const conditions = useAtlas((s) => s.conditions);
  return (
    <article className="set-view" aria-labelledby="atlas-set-title" data-viewed-set={set.id}>
      <h3 id="atlas-set-title">{set.name}</h3>
      {set.note && <p className="small">{set.note}</p>}
      <SetItemsView items={set.items} open={open} />
      {set.conditions && set.conditions.length > 0 && (
        <p className="small">
          <strong>For:</strong> {set.conditions.map((c) => conditions.get(c)?.name ?? c.replace(/-/g, ' ')).join(', ')}
        </p>
      )}
      {set.evidenceNote && (
        <p className="small">
          <strong>Evidence{set.evidence ? ` (${set.evidence})` : ''}:</strong> {set.evidenceNote}
        </p>
      )}
      {set.source && <p className="muted small">Source: {set.source}</p>}
      <div className="set-actions">
        <button type="button" onClick={() => useAtlas.getState().duplicate(set)}>
          Make a copy to change
        </button>
        <PrintSetButton set={set} />
      </div>
    </article>
  );
}

/** A set a link carried: shown, and kept only if the user says so. */
function SharedOffer({ set, open }: { set: PointSet; open: (item: SetItem) => void }) {
  const [kept, setKept] = useState(false);
  return (
    <article className="set-view set-offer" aria-labelledby="shared-set-title" data-shared-set="">
      <h3 id="shared-set-title">Shared with you: {set.name}</h3>
      <SetItemsView items={set.items} open={open} />
      <div className="set-actions">
        <button
          type="button"
          disabled={kept}
          onClick={() => {
            setKept(true);
            useAtlas.getState().keepSharedSet();
          }}
        >
          Keep this set
        </button>
        <button type="button" onClick={() => useAtlas.getState().offerSharedSet(null)}>
          Not now
        </button>
      </div>
    </article>
  );
}
