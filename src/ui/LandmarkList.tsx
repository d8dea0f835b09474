import { useAtlas } from '../state/store.ts';
import { useRovingList } from './parts/useRovingList.ts';

/** Every landmark by name, one tab stop, arrow keys within; choosing one highlights it on the body. */
export function LandmarkList() {
  const show = useAtlas((s) => s.showLandmarks);
  const landmarks = useAtlas((s) => s.landmarks);
  const selected = useAtlas((s) => s.selectedLandmark);
  const { ref: listRef, onKeyDown: onListKey, onFocus: onListFocus } = useRovingList<HTMLUListElement>();
  if (!show) return null;
  return (
    <nav className="landmark-list" aria-label="Landmarks">
      <h2>Landmarks ({landmarks.length})</h2>
      <ul className="list" ref={listRef} onKeyDown={onListKey} onFocus={onListFocus}>
        {landmarks.map((lm) => (
          <li key={lm.key}>
            <button type="button" aria-current={lm.key === selected ? 'true' : undefined} onClick={() => useAtlas.getState().selectLandmark(lm.key)}>
              {lm.name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
