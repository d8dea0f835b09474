// Navel acupuncture beside the body: the close-up of the navel on or off and, when on, its eight
// directions as buttons (loaded with the view: the first view carries only the switch).
import { lazy, Suspense } from 'react';
import { useAtlas } from '../../../state/store.ts';

const NavelList = lazy(() => import('./NavelList.tsx').then((m) => ({ default: m.NavelList })));

export function NavelPanel() {
  const open = useAtlas((s) => s.navelOpen);
  return (
    <section className="navel-panel" aria-labelledby="navel-heading">
      <h2 id="navel-heading">Navel acupuncture</h2>
      <button type="button" aria-pressed={open} onClick={() => useAtlas.getState().openNavel(!open)}>
        Navel view
      </button>
      {open && (
        <Suspense fallback={null}>
          <NavelList />
        </Suspense>
      )}
    </section>
  );
}
