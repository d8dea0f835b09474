import { lazy, Suspense, useEffect } from 'react';
import { useAtlas } from '../state/store.ts';
import { LandmarkList } from '../ui/LandmarkList.tsx';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { StatusPanel } from '../ui/StatusPanel.tsx';
import { Toolbar } from '../ui/Toolbar.tsx';
import { handleViewKey } from '../ui/keyboard.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { startUrlSync } from './urlSync.ts';

const AtlasCanvas = lazy(() => import('../scene/AtlasCanvas.tsx').then((m) => ({ default: m.AtlasCanvas })));

function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

export function App() {
  const webgl = useAtlas((s) => s.webgl);
  const ready = useAtlas((s) => s.sceneReady);
  useEffect(() => {
    if (!webglAvailable()) useAtlas.getState().setWebgl('unavailable');
  }, []);
  useEffect(() => startUrlSync(), []);

  return (
    <div className="app" data-scene-ready={ready ? 'true' : 'false'}>
      <header className="masthead">
        <h1>Acupoint Atlas</h1>
        <Toolbar />
      </header>
      <main className="stage">
        <div
          className="viewport"
          tabIndex={0}
          role="application"
          aria-label="3D body. Arrow keys orbit, Shift with arrows pans, plus and minus zoom, keys 1 to 8 choose a preset view."
          onKeyDown={handleViewKey}
        >
          {webgl !== 'unavailable' && (
            <ErrorBoundary what="3D view">
              <Suspense fallback={null}>
                <AtlasCanvas />
              </Suspense>
            </ErrorBoundary>
          )}
          <StatusPanel />
        </div>
        <LandmarkList />
      </main>
      <footer className="disclaimer">
        For education only: not medical advice. Needling and moxibustion belong in the hands of trained, licensed practitioners.
      </footer>
      <LiveRegion />
    </div>
  );
}
