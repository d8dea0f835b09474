// Whether a media query holds, kept up to date (the layout moves a part between places at a
// breakpoint, where CSS alone cannot move it between parents).
import { useSyncExternalStore } from 'react';

export function useMedia(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => window.matchMedia(query).matches,
  );
}

/** a desk wide enough for the view options beside the stage */
export const deskQuery = '(min-width: 1280px)';
/** a phone: one column, the page scrolls */
export const phoneQuery = '(max-width: 699px)';
/** between a phone and a desk (150 % zoom, a projector): the points list is a drawer over the stage (styles.css) */
export const listDrawerQuery = '(min-width: 700px) and (max-width: 1099px)';
