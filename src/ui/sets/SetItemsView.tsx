// A set's items as read (a built-in or a shared set): in order, each with how it is used; a name
// shows the item on the body, the scalp or the ear.
import type { SetItem } from '../../domain/schema/sets.ts';
import { itemLabel } from '../../state/setItems.ts';
import { useShallow } from 'zustand/react/shallow';
import { useAtlas, type AtlasState } from '../../state/store.ts';
import { useRovingList } from '../parts/useRovingList.ts';
import { techniqueLabels } from './words.ts';
import { ItemCautions } from './ItemCautions.tsx';

/** "both sides · needle · 20 min": how an item is used, in words. */
export function usage(item: SetItem): string {
  return [
    item.side ? (item.side === 'both' ? 'both sides' : `${item.side} side`) : '',
    item.technique ? techniqueLabels[item.technique] : '',
    item.retentionMin !== undefined ? `${item.retentionMin} min` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** What the set views read of the systems' records (names, cautions), again as each system's records arrive. */
export function useItemRecords(): Pick<AtlasState, 'records' | 'whoLines' | 'jiaoAreas' | 'ear'> {
  return useAtlas(useShallow((s) => ({ records: s.records, whoLines: s.whoLines, jiaoAreas: s.jiaoAreas, ear: s.ear })));
}

/** An item's name, read again as the records of its system arrive. */
export function useItemLabel(): (item: SetItem) => string {
  const lookup = useItemRecords();
  return (item) => itemLabel(item, lookup);
}

export function SetItemsView({ items, open }: { items: readonly SetItem[]; open: (item: SetItem) => void }) {
  const label = useItemLabel();
  const { ref, onKeyDown, onFocus } = useRovingList<HTMLOListElement>('button');
  return (
    <ol className="set-items read" ref={ref} onKeyDown={onKeyDown} onFocus={onFocus}>
      {items.map((item, i) => (
        <li key={`${item.system}:${item.id}:${i}`} data-set-item={item.id}>
          <button type="button" className="link" onClick={() => open(item)}>
            {label(item)}
          </button>
          {usage(item) && <span className="muted small"> · {usage(item)}</span>}
          {item.note && <span className="small"> — {item.note}</span>}
          <ItemCautions item={item} />
        </li>
      ))}
    </ol>
  );
}
