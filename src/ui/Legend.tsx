import { channelInfo, channelOrder } from '../domain/points/channels.ts';
import { useAtlas } from '../state/store.ts';
import { useRovingList } from './parts/useRovingList.ts';

/** The channel colours, named; choosing one shows that channel alone (one tab stop, arrows within). */
export function Legend() {
  const channel = useAtlas((s) => s.channel);
  const { ref: listRef, onKeyDown: onListKey, onFocus: onListFocus } = useRovingList<HTMLUListElement>();
  return (
    <ul className="legend" aria-label="Channel colours" ref={listRef} onKeyDown={onListKey} onFocus={onListFocus}>
      {channelOrder.map((c) => (
        <li key={c}>
          <button type="button" aria-pressed={channel === c} onClick={() => useAtlas.getState().setChannel(channel === c ? null : c)}>
            <span className="swatch" style={{ background: channelInfo[c].color }} aria-hidden="true" />
            {c} <span className="muted">{channelInfo[c].name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
