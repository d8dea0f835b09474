// Every ear point of the chosen map as a list: arrow keys move, Enter or a click opens the card.
import { useMemo } from 'react';
import { selectedEarPoint, useAtlas } from '../../../state/store.ts';
import { protocolRefs, visibleEarPoints } from '../../../state/earSelectors.ts';
import { useRovingList } from '../../../ui/parts/useRovingList.ts';

const partNames: Record<string, string> = {
  helix: 'Helix',
  'helix-crus': 'Helix',
  scapha: 'Scapha',
  antihelix: 'Antihelix',
  'superior-crus': 'Antihelix',
  'inferior-crus': 'Antihelix',
  'triangular-fossa': 'Triangular fossa',
  tragus: 'Tragus',
  antitragus: 'Antitragus',
  'cymba-conchae': 'Concha',
  'cavum-conchae': 'Concha',
  concha: 'Concha',
  lobe: 'Lobe',
  'posterior-surface': 'Back of the ear',
  'ear-root': 'Ear root',
};

export function EarPointList() {
  const ear = useAtlas((s) => s.ear);
  const map = useAtlas((s) => s.earMap);
  const selected = useAtlas((s) => selectedEarPoint(s)?.id ?? null);
  const protocol = useAtlas((s) => s.protocol);
  const { ref: listRef, onKeyDown: onListKey, onFocus: onListFocus } = useRovingList<HTMLUListElement>();
  const points = useMemo(() => (ear ? visibleEarPoints(ear, map) : []), [ear, map]);
  const lit = useMemo(() => protocolRefs(ear, protocol), [ear, protocol]);
  if (!ear) return null;
  return (
    <>
      <h3>{points.length} ear points</h3>
      <ul className="point-list ear-points" ref={listRef} onKeyDown={onListKey} onFocus={onListFocus}>
        {points.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              aria-current={selected === p.id ? 'true' : undefined}
              className={lit.has(p.id) ? 'lit' : undefined}
              onClick={() => useAtlas.getState().select({ system: 'ear', id: p.id })}
              data-ear-item={p.id}
            >
              <span className="code">{p.system === 'nogier' ? 'EU' : p.code}</span> {p.english}
              <span className="muted small"> · {partNames[p.part] ?? p.part}</span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
