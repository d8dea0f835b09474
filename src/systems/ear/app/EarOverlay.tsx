// The ear map over the body when it is open: the chart, and the 3D ear where WebGL is there.
import { lazy, Suspense } from 'react';
import { useAtlas } from '../../../state/store.ts';
import { ErrorBoundary } from '../../../app/ErrorBoundary.tsx';

const EarPanel = lazy(() => import('../ui/EarPanel.tsx').then((m) => ({ default: m.EarPanel })));
const EarReliefCanvas = lazy(() => import('../scene/EarRelief.tsx').then((m) => ({ default: m.EarReliefCanvas })));

export function EarOverlay() {
  const earOpen = useAtlas((s) => s.earOpen);
  const webgl = useAtlas((s) => s.webgl);
  if (!earOpen) return null;
  return (
    <ErrorBoundary what="ear map">
      <Suspense fallback={<p className="muted ear-loading">Loading the ear map…</p>}>
        <EarPanel relief={webgl === 'unavailable' ? <p className="muted">The 3D ear needs WebGL; the chart works without it.</p> : <EarReliefCanvas />} />
      </Suspense>
    </ErrorBoundary>
  );
}
