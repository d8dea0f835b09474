import { lazy, Suspense, useEffect } from 'react';
import { selectedEarPoint, selectedPoint, selectedZone, useAtlas } from '../state/store.ts';
import { LandmarkList } from '../ui/LandmarkList.tsx';
import { Legend } from '../ui/Legend.tsx';

import { PointList } from '../ui/PointList.tsx';
import { fetchAtlas, fetchEar, fetchLandmarks, fetchScalp, loadPointRecords, loadScalpRecords } from '../state/atlasData.ts';
import { ScalpPanel } from '../ui/ScalpPanel.tsx';

import { SearchBox } from '../ui/SearchBox.tsx';
import { ShownCount } from '../ui/ShownCount.tsx';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { LoadErrors } from '../ui/LoadErrors.tsx';
import { StatusPanel } from '../ui/StatusPanel.tsx';
import { Toolbar } from '../ui/Toolbar.tsx';
import { handleViewKey, listenForPointKeys } from '../ui/keyboard.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { startUrlSync } from './urlSync.ts';
import { trackRecent } from '../state/device.ts';
import { RecentList } from '../ui/RecentList.tsx';
import { useLoad } from '../state/useLoad.ts';

// Loaded when first needed: the cards and the search results are not part of the first view.
const PointCard = lazy(() => import('../ui/PointCard.tsx').then((m) => ({ default: m.PointCard })));
const ZoneCard = lazy(() => import('../ui/ZoneCard.tsx').then((m) => ({ default: m.ZoneCard })));
const SearchResults = lazy(() => import('../ui/SearchResults.tsx').then((m) => ({ default: m.SearchResults })));
const EarPanel = lazy(() => import('../ui/ear/EarPanel.tsx').then((m) => ({ default: m.EarPanel })));
const EarCard = lazy(() => import('../ui/ear/EarCard.tsx').then((m) => ({ default: m.EarCard })));
const EarReliefCanvas = lazy(() => import('../scene/EarRelief.tsx').then((m) => ({ default: m.EarReliefCanvas })));
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
  useEffect(() => listenForPointKeys(), []);
  useEffect(() => trackRecent(useAtlas), []);
  const body = useAtlas((s) => s.body);
  useLoad({ key: 'points', what: 'the point records', file: 'data/points/*.json, data/conditions.json', load: loadPointRecords, done: ({ points, conditions }) => useAtlas.getState().setRecords(points, conditions) }, []);
  useLoad({ key: 'atlas', what: 'the points of this body', file: `generated/atlas-${body}.json`, load: () => fetchAtlas(body), done: ({ locations, paths, checks }) => useAtlas.getState().setAtlas(locations, paths, checks) }, [body]);
  useLoad({ key: 'landmarks', what: 'the landmarks of this body', file: `generated/landmarks-${body}.json`, load: () => fetchLandmarks(body), done: (landmarks) => useAtlas.getState().setLandmarks(landmarks) }, [body]);
  useLoad({ key: 'scalp-records', what: 'the scalp records', file: 'data/scalp/*.json', load: loadScalpRecords, done: ({ who, jiao }) => useAtlas.getState().setScalpRecords(who, jiao) }, []);
  useLoad({ key: 'scalp', what: 'the scalp lines and areas of this body', file: `generated/scalp-${body}.json`, load: () => fetchScalp(body), done: (scalp) => useAtlas.getState().setScalp(scalp) }, [body]);
  // the ear map is loaded when first opened (or when a link or the search needs it)
  const earOpen = useAtlas((s) => s.earOpen);
  const earPoint = useAtlas((s) => selectedEarPoint(s)?.id ?? null);
  const earLoaded = useAtlas((s) => s.ear !== null);
  useLoad({ key: 'ear', what: 'the ear map', file: 'generated/ear.json', enabled: (earOpen || earPoint !== null) && !earLoaded, load: fetchEar, done: (ear) => useAtlas.getState().setEar(ear) }, []);
  const selected = useAtlas(selectedPoint);
  const zone = useAtlas(selectedZone);
  const query = useAtlas((s) => s.query);

  return (
    <div className="app" data-scene-ready={ready ? 'true' : 'false'}>
      <header className="masthead">
        <h1>Acupoint Atlas</h1>
        <SearchBox />
        <Toolbar />
      </header>
      <LoadErrors />
      <main className="stage">
        <nav className="panel left" aria-label="Points">
          {query.trim() && (
            <Suspense fallback={<p className="muted">Searching…</p>}>
              <SearchResults />
            </Suspense>
          )}
          {!query.trim() && (
            <>
              <RecentList />
              <h2>Points</h2>
              <PointList />
            </>
          )}
        </nav>
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
          <ShownCount />
          {earOpen && (
            <ErrorBoundary what="ear map">
              <Suspense fallback={<p className="muted ear-loading">Loading the ear map…</p>}>
                <EarPanel
                  relief={
                    webgl === 'unavailable' ? (
                      <p className="muted">The 3D ear needs WebGL; the chart works without it.</p>
                    ) : (
                      <EarReliefCanvas />
                    )
                  }
                />
              </Suspense>
            </ErrorBoundary>
          )}
        </div>
        <aside className="panel right" aria-label={selected ? 'Point details' : zone ? 'Scalp zone details' : earPoint ? 'Ear point details' : 'Legend'}>
          <Suspense fallback={<p className="muted">Loading…</p>}>{selected ? <PointCard /> : zone ? <ZoneCard /> : earPoint ? <EarCard /> : <Legend />}</Suspense>
          <ScalpPanel />
          <LandmarkList />
        </aside>
      </main>
      <footer className="disclaimer">
        For education only: not medical advice. Needling and moxibustion belong in the hands of trained, licensed practitioners.
      </footer>
      <LiveRegion />
    </div>
  );
}
