// Navel acupuncture beside the body: the close-up of the navel on or off and, when on, its eight
// directions as buttons (the same selection as a click on a sector).
import { selectedNavel, useAtlas } from '../../../state/store.ts';
import { useRovingList } from '../../../ui/parts/useRovingList.ts';

export function NavelPanel() {
  const open = useAtlas((s) => s.navelOpen);
  const navel = useAtlas((s) => s.navel);
  const selected = useAtlas(selectedNavel);
  const { ref, onKeyDown, onFocus } = useRovingList<HTMLUListElement>();
  const { openNavel, select } = useAtlas.getState();
  return (
    <section className="navel-panel" aria-labelledby="navel-heading">
      <h2 id="navel-heading">Navel acupuncture</h2>
      <button
        type="button"
        aria-pressed={open}
        data-navel-view
        onClick={() => {
          openNavel(!open);
          if (open && selected) select(null);
        }}
      >
        Navel view
      </button>
      {open && navel && (
        <ul className="list zone-list" ref={ref} onKeyDown={onKeyDown} onFocus={onFocus} aria-label="Navel directions">
          {navel.directions.map((d) => (
            <li key={d.id}>
              <button type="button" aria-current={selected?.id === d.id ? 'true' : undefined} onClick={() => select({ system: 'navel', id: d.id })}>
                <span className="trigram" aria-hidden="true">
                  {d.trigram.symbol}
                </span>{' '}
                {d.trigram.name} <span className="muted">· {d.organ}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
