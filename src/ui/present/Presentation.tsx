// Presentation mode over the stage (loaded when first entered): the keys a presentation clicker
// sends (PageDown / PageUp, the arrows, Space; B or . blanks the screen; Escape ends the blank,
// then the mode), the browser's full screen where it is allowed, a discreet caption bar with the
// tour's step or the selected item, a blank screen, and a laser-style pointer.
import { useEffect } from 'react';
import { stepLabel } from '../../domain/tours/navigation.ts';
import { useAtlas, type AtlasState } from '../../state/store.ts';
import { tourItemLabel, currentTourItem } from '../../state/tourSteps.ts';
import { enterFullscreen, leaveFullscreen } from './fullscreen.ts';
import { LaserPointer } from './LaserPointer.tsx';
import './present.css';

const nextKeys = new Set(['PageDown', 'ArrowRight', ' ', 'Spacebar']);
const previousKeys = new Set(['PageUp', 'ArrowLeft']);
const blankKeys = new Set(['b', 'B', '.']);

/** Handles a key while presenting; true when it was presentation's. */
export function presentationKey(key: string, s: AtlasState): boolean {
  if (nextKeys.has(key)) s.stepPresentation(1);
  else if (previousKeys.has(key)) s.stepPresentation(-1);
  else if (blankKeys.has(key)) s.toggleBlank();
  else if (key === 'Escape') {
    if (s.blanked) s.toggleBlank();
    else s.setPresenting(false);
  } else return false;
  return true;
}

function usePresentationKeys(): void {
  useEffect(() => {
    // on the window, in the capture phase: before the 3D view's own arrow keys and the page's Escape
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) || target.closest('[role="dialog"]'))) return;
      if (!presentationKey(e.key, useAtlas.getState())) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}

function useFullscreen(): void {
  useEffect(() => {
    enterFullscreen();
    // the browser's own Escape (or F11) leaves full screen without telling the page the key: leave the mode with it
    let wasFull = Boolean(document.fullscreenElement);
    const onChange = () => {
      if (wasFull && !document.fullscreenElement) useAtlas.getState().setPresenting(false);
      wasFull = Boolean(document.fullscreenElement);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      leaveFullscreen();
    };
  }, []);
}

function CaptionBar() {
  const playing = useAtlas((s) => s.playing);
  // the item's name (a string: the selector returns a value, not a new object)
  const label = useAtlas((s) => {
    const item = currentTourItem(s);
    return item ? tourItemLabel(item, s) : null;
  });
  const step = playing?.tour.steps[playing.index];
  const s = useAtlas.getState();
  return (
    <div className="present-caption" data-present-caption="">
      <div className="present-caption-text">
        {playing && step ? (
          <>
            <p className="present-where">
              <span data-present-step="">{stepLabel(playing.index, playing.tour.steps.length)}</span> · {playing.tour.name}
            </p>
            <p className="present-main">{step.caption || label}</p>
          </>
        ) : (
          <p className="present-main">{label ?? 'Select a point, a scalp zone or an ear point to show it here.'}</p>
        )}
      </div>
      <div className="present-controls">
        <button type="button" aria-label="Previous" aria-keyshortcuts="PageUp ArrowLeft" onClick={() => s.stepPresentation(-1)}>
          ‹
        </button>
        <button type="button" aria-label="Next" aria-keyshortcuts="PageDown ArrowRight Space" onClick={() => s.stepPresentation(1)}>
          ›
        </button>
        <button type="button" aria-keyshortcuts="Escape" data-present-leave="" onClick={() => s.setPresenting(false)}>
          Leave
        </button>
      </div>
    </div>
  );
}

export function Presentation({ stageId }: { stageId: string }) {
  usePresentationKeys();
  useFullscreen();
  const blanked = useAtlas((s) => s.blanked);
  return (
    <>
      <LaserPointer stageId={stageId} />
      <CaptionBar />
      {blanked && (
        <div className="present-blank" data-present-blank="" role="status">
          <span className="visually-hidden">Screen blanked: press B or Escape to show it again</span>
        </div>
      )}
    </>
  );
}
