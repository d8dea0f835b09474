import { lazy, Suspense, useEffect } from 'react';
import { selectedEarPoint, selectedPoint, selectedZone, useAtlas } from '../state/store.ts';
import { LandmarkList } from '../ui/LandmarkList.tsx';
import { Legend } from '../ui/Legend.tsx';

import { PointList } from '../ui/PointList.tsx';
import { fetchAtlas, fetchEar, fetchScalp, loadPointRecords, loadScalpRecords } from '../state/atlasData.ts';
import { ScalpPanel } from '../ui/ScalpPanel.tsx';

import { SearchBox } from '../ui/SearchBox.tsx';
import { ShownCount } from '../ui/ShownCount.tsx';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { StatusPanel } from '../ui/StatusPanel.tsx';
import { Toolbar } from '../ui/Toolbar.tsx';
import { handleViewKey, listenForPointKeys } from '../ui/keyboard.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { startUrlSync } from './urlSync.ts';

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
  useEffect(() => {
    loadPointRecords()
      .then(({ points, conditions }) => useAtlas.getState().setRecords(points, conditions))
      .catch((e: unknown) => console.error('Point records failed to load:', e));
  }, []);
  const body = useAtlas((s) => s.body);
  useEffect(() => {
    let live = true;
    fetchAtlas(body)
      .then(({ locations, paths, checks }) => live && useAtlas.getState().setAtlas(locations, paths, checks))
      .catch((e: unknown) => console.error('Point atlas failed to load:', e));
    return () => {
      live = false;
    };
  }, [body]);
  useEffect(() => {
    loadScalpRecords()
      .then(({ who, jiao }) => useAtlas.getState().setScalpRecords(who, jiao))
      .catch((e: unknown) => console.error('Scalp records failed to load:', e));
  }, []);
  useEffect(() => {
    let live = true;
    fetchScalp(body)
      .then((scalp) => live && useAtlas.getState().setScalp(scalp))
      .catch((e: unknown) => console.error('Scalp zones failed to load:', e));
    return () => {
      live = false;
    };
  }, [body]);
  // the ear map is loaded when first opened (or when a link or the search needs it)
  const earOpen = useAtlas((s) => s.earOpen);
  const earPoint = useAtlas((s) => selectedEarPoint(s)?.id ?? null);
  const earNeeded = earOpen || earPoint !== null;
  useEffect(() => {
    if (!earNeeded || useAtlas.getState().ear) return;
    fetchEar()
      .then((ear) => useAtlas.getState().setEar(ear))
      .catch((e: unknown) => console.error('Ear map failed to load:', e));
  }, [earNeeded]);
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
      <main className="stage">
        <nav className="panel left" aria-label="Points">
          {query.trim() && (
            <Suspense fallback={<p className="muted">Searching…</p>}>
              <SearchResults />
            </Suspense>
          )}
          {!query.trim() && (
            <>
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
