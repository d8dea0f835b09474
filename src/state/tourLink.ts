// The tour being played, in the link (`play=<tour id>&step=<n>` beside `present=1`): a reload
// keeps presentation mode AND the step, and the browser's back and forward move between the steps
// (urlSync pushes a history entry when only the step changed). The tour is found where its id
// lives: the tour a link shared (`tour=`, played as "shared"), the user's own, or the built-in ones
// (loaded when a link asks for one).
import type { Tour } from '../domain/tours/schema.ts';
import type { LinkStore } from './systems.ts';
import { loadBuiltInTours } from './toursStorage.ts';

export interface PlayedLink {
  play: string | null;
  step: number | null;
}

/** The link's values for the tour the state plays (both null when none is played). */
export function readPlayedLink(s: { playing: { tour: Tour; index: number } | null }): PlayedLink {
  return s.playing ? { play: s.playing.tour.id, step: s.playing.index + 1 } : { play: null, step: null };
}

/** Where a played tour's id is found, once its tours are there (null: not there). */
function findTour(id: string, s: ReturnType<LinkStore['getState']>): Tour | null {
  if (s.sharedTour?.id === id) return s.sharedTour;
  return s.userTours.find((t) => t.id === id) ?? s.builtInTours?.find((t) => t.id === id) ?? null;
}

/**
 * Plays the linked tour at the linked step (the first when the link has none; the last when it is
 * past the end). A built-in tour is loaded first; `missing` is said when no tour has the id.
 * Returns how to stop waiting for the built-in tours.
 */
export function applyPlayedLink(link: PlayedLink, store: LinkStore, missing: (id: string) => void): (() => void) | undefined {
  const { play, step } = link;
  if (!play) return undefined;
  const start = (tour: Tour) => store.getState().playTour(tour, Math.min((step ?? 1) - 1, tour.steps.length - 1));
  const now = findTour(play, store.getState());
  if (now) return void start(now);
  if (store.getState().builtInTours) return void missing(play);
  let stopped = false;
  loadBuiltInTours()
    .then((tours) => {
      if (stopped) return;
      store.getState().setBuiltInTours(tours);
      const tour = findTour(play, store.getState());
      if (tour) start(tour);
      else missing(play);
    })
    .catch(() => {
      if (!stopped) missing(play);
    });
  return () => {
    stopped = true;
  };
}
