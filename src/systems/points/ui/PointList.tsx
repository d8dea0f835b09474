// Every point, grouped by channel, as the accessible truth of what the body shows. Arrow keys move
// through the list (one tab stop), Enter or a click selects, and a selection made on the body scrolls here.
import { useEffect, useMemo } from 'react';
import { channelInfo, channelOfCode, channelOrder } from '../../../domain/points/channels.ts';
import { passesFilters } from '../../../state/filters.ts';
import { selectedPoint, useAtlas } from '../../../state/store.ts';
import { useRovingList } from '../../../ui/parts/useRovingList.ts';
import { CautionMark } from '../../../ui/parts/CautionMark.tsx';
import { AddToSetMini, onAddKey } from '../../../ui/sets/AddToSet.tsx';
import { pointItem } from '../../../state/setItems.ts';

export function PointList() {
  const records = useAtlas((s) => s.records);
  const selected = useAtlas(selectedPoint);
  const channel = useAtlas((s) => s.channel);
  const category = useAtlas((s) => s.category);
  const region = useAtlas((s) => s.region);
  const showExtra = useAtlas((s) => s.showExtra);
  const { ref: listRef, onKeyDown: onListKey, onFocus: onListFocus } = useRovingList<HTMLDivElement>('button[data-code]');

  const groups = useMemo(() => {
    if (!records) return [];
    const filters = { channel, category, region, showExtra };
    return channelOrder
      .map((c) => ({ channel: c, points: [...records.values()].filter((p) => channelOfCode(p.code) === c && passesFilters(p.code, p, filters)) }))
      .filter((g) => g.points.length > 0);
  }, [records, channel, category, region, showExtra]);

  useEffect(() => {
    if (!selected) return;
    const item = listRef.current?.querySelector<HTMLButtonElement>(`[data-code="${selected.id}"]`);
    item?.scrollIntoView({ block: 'nearest' });
  }, [selected, listRef]);

  if (!records) return <p className="muted">Loading the points…</p>;
  if (groups.length === 0) return <p className="muted">No point matches these filters.</p>;
  return (
    <div
      ref={listRef}
      className="point-list"
      // + on an entry adds its point to the set; the arrow keys move
      onKeyDown={(e) =>
        onAddKey(e, (el) => (el.dataset.code && records.get(el.dataset.code) ? pointItem(records.get(el.dataset.code)!) : null)) || onListKey(e)
      }
      onFocus={onListFocus}
    >
      {groups.map((g) => (
        <section key={g.channel} aria-labelledby={`channel-${g.channel}`}>
          <h3 id={`channel-${g.channel}`}>
            <span className="swatch" style={{ background: channelInfo[g.channel].color }} aria-hidden="true" />
            {g.channel} {channelInfo[g.channel].name} <span className="muted">({g.points.length})</span>
          </h3>
          <ul className="list">
            {g.points.map((p) => {
              const isSelected = selected?.id === p.code;
              return (
                <li key={p.code} className="with-add">
                  <button
                    aria-keyshortcuts="+"
                    type="button"
                    data-code={p.code}
                    aria-current={isSelected ? 'true' : undefined}
                    onClick={() =>
                      useAtlas.getState().select({
                        system: 'points',
                        id: p.code,
                        side: p.laterality === 'midline' ? 'midline' : selected?.side === 'right' ? 'right' : 'left',
                        index: 1,
                      })
                    }
                  >
                    <span className="code">{p.code}</span> {p.pinyin} <span className="muted">{p.english}</span>
                    <CautionMark cautions={p.cautions} />
                  </button>
                  <AddToSetMini item={pointItem(p)} label={p.code} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
