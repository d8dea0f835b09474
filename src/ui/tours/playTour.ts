// Playing a tour: presentation mode at its first step, full screen where the browser allows it
// (asked for in the click that plays it).
import type { Tour } from '../../domain/tours/schema.ts';
import { useAtlas } from '../../state/store.ts';
import { enterFullscreen } from '../present/fullscreen.ts';

export function playTour(tour: Tour): void {
  enterFullscreen();
  useAtlas.getState().playTour(tour);
}
