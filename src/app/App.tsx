import { lazy, Suspense, useEffect, useLayoutEffect, useState } from 'react';
import { applyTheme, useThemeId } from '../state/theme.ts';
import { ShortcutSheet } from '../ui/ShortcutSheet.tsx';
import { Welcome } from '../ui/Welcome.tsx';
import { useAtlas } from '../state/store.ts';
import { LandmarkList } from '../ui/LandmarkList.tsx';
import { Legend } from '../ui/Legend.tsx';

import { PointList } from '../systems/points/ui/PointList.tsx';
import { fetchLandmarks } from '../state/atlasData.ts';
import { systemFor, systems } from './systems.tsx';

import { SearchBox } from '../ui/SearchBox.tsx';
import { ShownCount } from '../ui/ShownCount.tsx';
import { LiveRegion } from '../ui/LiveRegion.tsx';
import { LoadErrors } from '../ui/LoadErrors.tsx';
import { StatusPanel } from '../ui/StatusPanel.tsx';
import { Toolbar, ViewOptions } from '../ui/Toolbar.tsx';
import { deskQuery, listDrawerQuery, phoneQuery, useMedia } from '../ui/parts/useMedia.ts';
import { handleViewKey, listenForPointKeys } from '../ui/keyboard.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { trackRecent } from '../state/device.ts';
import { RecentList } from '../ui/RecentList.tsx';
import { useLoad } from '../state/useLoad.ts';
import type { SearchHit } from '../domain/search/searchIndex.ts';
import type { SetItem } from '../domain/schema/sets.ts';
import { SafetyBanner } from '../ui/SafetyBanner.tsx';
import { SafetyPanel } from '../ui/SafetyPanel.tsx';
import { studyTabs } from '../ui/study/studyTabs.ts';
import { itemLabel } from '../state/setItems.ts';

// Loaded when first needed: the cards and the search results are not part of the first view.
const SearchResults = lazy(() => import('../ui/SearchResults.tsx').then((m) => ({ default: m.SearchResults })));
// the print view replaces the atlas only when a link asks for it: its 3D figures load with it
const PrintView = lazy(() => import('./PrintView.tsx').then((m) => ({ default: m.PrintView })));
const StudyPanel = lazy(() => import('../ui/study/StudyPanel.tsx').then((m) => ({ default: m.StudyPanel })));
// the quiz's question over the view, while a round is on
const QuizBar = lazy(() => import('../ui/study/QuizBar.tsx').then((m) => ({ default: m.QuizBar })));
const SetsPanel = lazy(() => import('../ui/sets/SetsPanel.tsx').then((m) => ({ default: m.SetsPanel })));
// a phone's sheet for the view options, loaded on its first opening
const Drawer = lazy(() => import('../ui/kit/Drawer.tsx').then((m) => ({ default: m.Drawer })));
// presentation mode's keys, caption bar and pointer, loaded when first presenting
const Presentation = lazy(() => import('../ui/present/Presentation.tsx').then((m) => ({ default: m.Presentation })));
// on a phone a chosen item's card opens in a sheet over the stage
const CardSheet = lazy(() => import('../ui/parts/CardSheet.tsx').then((m) => ({ default: m.CardSheet })));
const AtlasCanvas = lazy(() => import('../scene/AtlasCanvas.tsx').then((m) => ({ default: m.AtlasCanvas })));

function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** Opens a search hit: a set in the sets panel, an item by its system (the registry's openHit). */
function openHit(hit: SearchHit): void {
  const s = useAtlas.getState();
  if (hit.kind === 'set') s.openSet(hit.code, !hit.id.startsWith('my-set:'));
  else systems.find((x) => x.id === hit.owner)?.openHit(hit, s);
}

/** Shows an item of a set as its system opens a search hit of it. */
function openSetItem(item: SetItem): void {
  const kind = item.system === 'points' ? 'point' : item.system === 'ear' ? 'ear-point' : 'scalp-line';
  openHit({ id: `${item.system}:${item.id}`, owner: item.system, kind, code: item.id, title: item.id, score: 0, conditionsServed: 0, centrality: 0 });
}

/** Every system's layer on the body, drawn by the 3D view. */
const sceneLayers = systems.flatMap((s) => (s.Layer ? [s.Layer] : []));

export function App() {
  const theme = useThemeId();
  useLayoutEffect(() => applyTheme(theme), [theme]);
  const webgl = useAtlas((s) => s.webgl);
  const ready = useAtlas((s) => s.sceneReady);
  useEffect(() => {
    if (!webglAvailable()) useAtlas.getState().setWebgl('unavailable');
  }, []);
  // the link's reader and writer (nuqs, the link keys) load beside the 3D view, not in the first
  // view's JavaScript; the link is applied when they arrive, as it was after the first render
  useEffect(() => {
    let stop: (() => void) | undefined;
    let unmounted = false;
    import('./urlSync.ts')
      .then(({ startUrlSync }) => {
        if (!unmounted) stop = startUrlSync();
      })
      .catch((error: unknown) => console.error('the link could not be read', error));
    return () => {
      unmounted = true;
      stop?.();
    };
  }, []);
  useEffect(() => listenForPointKeys(), []);
  useEffect(() => trackRecent(useAtlas), []);
  const body = useAtlas((s) => s.body);
  // each system loads its own data (in the registry's order: hooks in a fixed order)
  for (const system of systems) system.useLoads();
  useLoad(
    {
      key: 'landmarks',
      what: 'the landmarks of this body',
      file: `generated/landmarks-${body}.json`,
      load: () => fetchLandmarks(body),
      done: (landmarks) => useAtlas.getState().setLandmarks(landmarks),
    },
    [body],
  );
  const selection = useAtlas((s) => s.selection);
  const printItems = useAtlas((s) => s.printItems);
  // the ear map has the stage to itself: the body's legend and the scalp's controls step aside
  const earOpen = useAtlas((s) => s.earOpen);
  const query = useAtlas((s) => s.query);
  const leftPanel = useAtlas((s) => s.leftPanel);
  const quizOn = useAtlas((s) => s.quiz !== null);
  const setCount = useAtlas((s) => s.userSets.length);
  const presenting = useAtlas((s) => s.presenting);
  const selected = selection ? systemFor(selection.system) : null;
  const Card = selected?.Card;
  // the chosen item in words ("LI4 Hégǔ, Joining Valley"): the sheet's title and the panel's name
  const selectedName = useAtlas((s) => (s.selection ? itemLabel(s.selection, s) : null));
  // the points list's drawer (local: nothing else needs it), which exists only between a phone and
  // a desk (150 % zoom, a projector): it closes whenever the layout changes, so resizing away and
  // back never finds it open by surprise (React's state adjusted during render, not in an effect)
  const [navOpen, setNavOpen] = useState(false);
  const listDrawer = useMedia(listDrawerQuery);
  const [navLayout, setNavLayout] = useState(listDrawer);
  if (navLayout !== listDrawer) {
    setNavLayout(listDrawer);
    setNavOpen(false);
  }
  // the view options: beside the stage on a desk (open there at first), folded in the masthead below
  const desk = useMedia(deskQuery);
  // on a phone they open as a bottom sheet
  const phone = useMedia(phoneQuery);
  const [optionsOpen, setOptionsOpen] = useState(() => window.matchMedia(deskQuery).matches);
  useEffect(
    () =>
      useAtlas.subscribe(
        (s) => s.selection,
        (chosen) => {
          // (a flashcard shown on the body keeps the drawer open: its ratings are in it)
          if (!chosen || useAtlas.getState().leftPanel === 'study') return;
          // a choice made in the drawer shows the body
          setNavOpen(false);
        },
      ),
    [],
  );
  // so does a quiz round started there: its questions are answered on the body
  useEffect(
    () =>
      useAtlas.subscribe(
        (s) => s.quiz?.seed,
        (started) => {
          if (started !== undefined) setNavOpen(false);
        },
      ),
    [],
  );
  // typing a search shows its results (the sets step aside until asked for again)
  useEffect(
    () =>
      useAtlas.subscribe(
        (s) => s.query,
        (query) => {
          if (!query.trim()) return;
          useAtlas.getState().showLeftPanel('browse');
          // where the list is a drawer (150 % zoom), it opens to show them
          if (window.matchMedia(listDrawerQuery).matches) setNavOpen(true);
        },
      ),
    [],
  );

  // the print view replaces the atlas (its loads above keep running: the sheet needs the records)
  if (printItems)
    return (
      <Suspense fallback={<p className="muted">Preparing the sheet…</p>}>
        <PrintView items={printItems} />
      </Suspense>
    );

  return (
    <div
      className={`app${navOpen ? ' nav-open' : ''}${optionsOpen ? ' options-open' : ''}${presenting ? ' presenting' : ''}`}
      data-scene-ready={ready ? 'true' : 'false'}
    >
      <a
        className="skip-link"
        href="#stage-view"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('stage-view')?.focus();
        }}
      >
        Skip to the 3D view
      </a>
      <header className="masthead">
        <h1>Acupoint Atlas</h1>
        <SearchBox />
        {/* on a desk the masthead is one row: the preset views and the ear map; the other options sit
            beside the stage. Below 1280 px all of them fold behind "View options", on a phone into a sheet */}
        {!phone && (
          <div className="options" id="masthead-options">
            <Toolbar />
            {!desk && <ViewOptions />}
          </div>
        )}
        <div className="masthead-toggles">
          <button type="button" className="menu-toggle nav" aria-expanded={navOpen} aria-controls="points-panel" onClick={() => setNavOpen(!navOpen)}>
            Points list
          </button>
          <button
            type="button"
            className="menu-toggle options"
            aria-expanded={optionsOpen}
            aria-controls={phone ? undefined : desk ? 'view-options' : 'masthead-options'}
            aria-haspopup={phone ? 'dialog' : undefined}
            onClick={() => setOptionsOpen(!optionsOpen)}
          >
            View options
          </button>
        </div>
        <ShortcutSheet />
      </header>
      {phone && optionsOpen && (
        <Suspense fallback={null}>
          <Drawer title="View options" open onOpenChange={setOptionsOpen} side="bottom">
            <Toolbar />
            <ViewOptions />
          </Drawer>
        </Suspense>
      )}
      <LoadErrors />
      <SafetyBanner />
      <main className="stage">
        <nav className="panel left" id="points-panel" aria-label="Points">
          <div className="panel-tabs" role="group" aria-label="Show in this panel">
            <button type="button" aria-pressed={leftPanel === 'browse'} onClick={() => useAtlas.getState().showLeftPanel('browse')}>
              {query.trim() ? 'Results' : 'Points'}
            </button>
            <button type="button" aria-pressed={leftPanel === 'sets'} data-panel-tab="sets" onClick={() => useAtlas.getState().showLeftPanel('sets')}>
              Sets <span className="muted">({setCount})</span>
            </button>
            {studyTabs.length > 0 && (
              <button type="button" aria-pressed={leftPanel === 'study'} data-panel-tab="study" onClick={() => useAtlas.getState().showLeftPanel('study')}>
                Study
              </button>
            )}
          </div>
          {leftPanel === 'sets' && (
            <Suspense fallback={<p className="muted">Loading…</p>}>
              <SetsPanel open={openSetItem} />
            </Suspense>
          )}
          {leftPanel === 'study' && (
            <Suspense fallback={<p className="muted">Loading…</p>}>
              <StudyPanel />
            </Suspense>
          )}
          {leftPanel === 'browse' && query.trim() && (
            <Suspense fallback={<p className="muted">Searching…</p>}>
              <SearchResults open={openHit} />
            </Suspense>
          )}
          {leftPanel === 'browse' && !query.trim() && (
            <>
              <RecentList />
              <h2>Points</h2>
              <PointList />
            </>
          )}
        </nav>
        <div
          className={`viewport${earOpen ? ' ear-open' : ''}`}
          id="stage-view"
          tabIndex={0}
          role="application"
          aria-label="3D body. Arrow keys orbit, Shift with arrows pans, plus and minus zoom, keys 1 to 8 choose a preset view."
          onKeyDown={handleViewKey}
        >
          {webgl !== 'unavailable' && (
            // under the ear map the body's view stays mounted (and drawn: its readiness stays true)
            // but out of sight, at the size it has when shown (styles.css)
            <div className="body-view">
              <ErrorBoundary what="3D view">
                <Suspense fallback={null}>
                  <AtlasCanvas layers={sceneLayers} />
                </Suspense>
              </ErrorBoundary>
            </div>
          )}
          <StatusPanel />
          <ShownCount />
          {quizOn && (
            <Suspense fallback={null}>
              <QuizBar />
            </Suspense>
          )}
          {systems.map((system) => system.Overlay && <system.Overlay key={system.id} />)}
          {presenting && (
            <Suspense fallback={null}>
              <Presentation stageId="stage-view" />
            </Suspense>
          )}
        </div>
        <aside className="panel right" aria-label={selectedName ? `Details: ${selectedName}` : earOpen ? 'About the ear map' : 'Legend'}>
          <Welcome />
          {desk && optionsOpen && <ViewOptions />}
          <Suspense fallback={<p className="muted">Loading…</p>}>
            {Card && selection && phone ? (
              <CardSheet title={selectedName ?? selected.label} onClose={() => useAtlas.getState().select(null)}>
                <Card key={`${selection.system}:${selection.id}`} />
              </CardSheet>
            ) : Card && selection ? (
              <Card key={`${selection.system}:${selection.id}`} />
            ) : (
              !earOpen && <Legend />
            )}
          </Suspense>
          {/* after the card (which the practitioner reads first); the banner over the stage says when switches are on */}
          <SafetyPanel />
          {!earOpen && systems.map((system) => system.Controls && <system.Controls key={system.id} />)}
          {!earOpen && <LandmarkList />}
        </aside>
      </main>
      <footer className="disclaimer">
        For education only: not medical advice. Needling and moxibustion belong in the hands of trained, licensed practitioners.
      </footer>
      <LiveRegion />
    </div>
  );
}
