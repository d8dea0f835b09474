// The set being edited: its name, its items in order with how each is used (side, technique,
// retention, note), moved up and down or removed; and the set as a whole: share as a link,
// duplicate, delete (with undo).
import { useState } from 'react';
import { setSideSchema, setTechniques, type PointSet, type SetItem, type SetSide, type SetTechnique } from '../../domain/schema/sets.ts';
import { useAtlas } from '../../state/store.ts';
import { ShareLink } from './ShareLink.tsx';
import { useItemLabel } from './SetItemsView.tsx';
import { techniqueLabels } from './words.ts';
import { ItemCautions } from './ItemCautions.tsx';
import { PrintSetButton } from './PrintSetButton.tsx';
import { Tooltip } from '../kit/Tooltip.tsx';

export function CurrentSet({ set, open }: { set: PointSet; open: (item: SetItem) => void }) {
  const label = useItemLabel();
  const s = useAtlas.getState();
  return (
    <article className="set-view current-set" aria-labelledby="current-set-title" data-current-set={set.id}>
      <h3 id="current-set-title">Editing: {set.name}</h3>
      <SetName set={set} />
      {set.items.length === 0 && (
        <p className="muted small">No items yet: use &quot;Add to set&quot; on a card, or + on an entry of a list or of the search results.</p>
      )}
      <ol className="set-items">
        {set.items.map((item, i) => {
          const name = label(item);
          return (
            <li key={`${item.system}:${item.id}`} data-set-item={item.id}>
              <div className="set-item-head">
                <button type="button" className="link" onClick={() => open(item)}>
                  {name}
                </button>
              </div>
              <div className="set-item-fields">
                <select
                  aria-label={`Side for ${item.id}`}
                  value={item.side ?? ''}
                  onChange={(e) => s.changeItem(i, { side: (e.target.value || undefined) as SetSide | undefined })}
                >
                  <option value="">side: –</option>
                  {setSideSchema.options.map((side) => (
                    <option key={side} value={side}>
                      {side === 'both' ? 'both sides' : side}
                    </option>
                  ))}
                </select>
                <select
                  aria-label={`Technique for ${item.id}`}
                  value={item.technique ?? ''}
                  onChange={(e) => s.changeItem(i, { technique: (e.target.value || undefined) as SetTechnique | undefined })}
                >
                  <option value="">technique: –</option>
                  {setTechniques.map((t) => (
                    <option key={t} value={t}>
                      {techniqueLabels[t]}
                    </option>
                  ))}
                </select>
                <label className="small">
                  <input
                    type="number"
                    min={0}
                    max={240}
                    inputMode="numeric"
                    aria-label={`Retention for ${item.id}, minutes`}
                    value={item.retentionMin ?? ''}
                    onChange={(e) => s.changeItem(i, { retentionMin: e.target.value === '' ? undefined : Number(e.target.value) })}
                  />{' '}
                  min
                </label>
                <input
                  type="text"
                  className="set-item-note"
                  maxLength={500}
                  placeholder="note"
                  aria-label={`Note on ${item.id}`}
                  value={item.note ?? ''}
                  onChange={(e) => s.changeItem(i, { note: e.target.value })}
                />
                <span className="set-item-moves">
                  <Tooltip content={`Move ${item.id} up`}>
                    <button type="button" aria-label={`Move ${item.id} up`} disabled={i === 0} onClick={() => s.moveInSet(i, -1)}>
                      ↑
                    </button>
                  </Tooltip>
                  <Tooltip content={`Move ${item.id} down`}>
                    <button type="button" aria-label={`Move ${item.id} down`} disabled={i === set.items.length - 1} onClick={() => s.moveInSet(i, 1)}>
                      ↓
                    </button>
                  </Tooltip>
                  <Tooltip content={`Remove ${item.id} from the set`}>
                    <button type="button" aria-label={`Remove ${item.id}`} onClick={() => s.removeFromSet(i)}>
                      ✕
                    </button>
                  </Tooltip>
                </span>
              </div>
              <ItemCautions item={item} />
            </li>
          );
        })}
      </ol>
      <div className="set-actions">
        <button type="button" onClick={() => s.duplicate(set)}>
          Duplicate
        </button>
        <button type="button" onClick={() => s.deleteSet(set.id)}>
          Delete set
        </button>
        <PrintSetButton set={set} />
      </div>
      <ShareLink set={set} />
    </article>
  );
}

/** The name, changed when the field is left or Enter is pressed (an emptied field keeps the old name). */
function SetName({ set }: { set: PointSet }) {
  const [draft, setDraft] = useState<{ id: string; text: string } | null>(null);
  const text = draft?.id === set.id ? draft.text : set.name;
  const commit = () => {
    if (draft) useAtlas.getState().renameCurrent(draft.text);
    setDraft(null);
  };
  return (
    <label className="set-name small">
      Name{' '}
      <input
        type="text"
        maxLength={120}
        value={text}
        onChange={(e) => setDraft({ id: set.id, text: e.target.value })}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </label>
  );
}
