// The dermatome map's switch beside the body, and its legend while it is shown (loaded then).
import { lazy, Suspense } from 'react';
import { useAtlas } from '../../../state/store.ts';
import { selectDermatomesShown } from '../state/selectors.ts';

const DermatomeLegend = lazy(() => import('./DermatomeLegend.tsx').then((m) => ({ default: m.DermatomeLegend })));

export function DermatomePanel() {
  const show = useAtlas((s) => s.showDermatomes);
  const shown = useAtlas(selectDermatomesShown);
  return (
    <section className="dermatome-panel" aria-labelledby="dermatome-heading">
      <h2 id="dermatome-heading">Dermatomes</h2>
      <label className="radio">
        <input type="checkbox" checked={show} onChange={(e) => useAtlas.getState().setShowDermatomes(e.target.checked)} /> Dermatome map
      </label>
      {shown && !show && <p className="muted">Shown for the injury level chosen.</p>}
      {shown && (
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <DermatomeLegend />
        </Suspense>
      )}
    </section>
  );
}
