// The dermatome map's layer with the 3D view: nothing until the map is first shown, so the view
// loads no code for it before then (the overlay is its own chunk).
import { lazy, Suspense } from 'react';
import type { BodySurface } from '../../../domain/body/frame.ts';
import { useAtlas } from '../../../state/store.ts';
import { selectDermatomesShown } from '../state/selectors.ts';

const DermatomeOverlay = lazy(() => import('./DermatomeOverlay.tsx').then((m) => ({ default: m.DermatomeOverlay })));

export function DermatomeLayer({ surface }: { surface: BodySurface }) {
  const show = useAtlas(selectDermatomesShown);
  return show ? (
    <Suspense fallback={null}>
      <DermatomeOverlay surface={surface} />
    </Suspense>
  ) : null;
}
