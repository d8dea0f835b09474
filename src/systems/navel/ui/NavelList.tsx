// The eight directions of the navel as buttons: the same selection as a click on a sector.
import { selectedNavel, useAtlas } from '../../../state/store.ts';
import { useRovingList } from '../../../ui/parts/useRovingList.ts';

export function NavelList() {
  const navel = useAtlas((s) => s.navel);
  const selected = useAtlas(selectedNavel);
  const { ref, onKeyDown, onFocus } = useRovingList<HTMLUListElement>();
  if (!navel) return null;
  return (
    <ul className="list zone-list" ref={ref} onKeyDown={onKeyDown} onFocus={onFocus} aria-label="Navel directions">
      {navel.directions.map((d) => (
        <li key={d.id}>
          <button
            type="button"
            aria-current={selected?.id === d.id ? 'true' : undefined}
            onClick={() => useAtlas.getState().select({ system: 'navel', id: d.id })}
          >
            <span aria-hidden="true">{d.trigram.symbol}</span> {d.trigram.name} <span className="muted">· {d.organ}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
