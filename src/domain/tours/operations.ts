// What an educator does to a tour, as pure functions: each returns a new tour (or the same one when
// nothing changed), so the store keeps comparable values and the tests need no DOM.
import { newSetId } from '../sets/operations.ts';
import type { Tour, TourStep } from './schema.ts';

/** A new, empty tour with an id of its own. */
export function emptyTour(name: string, taken: Iterable<string>): Tour {
  const named = name.trim().slice(0, 120) || 'New tour';
  return { id: newSetId(named, taken), name: named, steps: [] };
}

export const addStep = (tour: Tour, step: TourStep): Tour => (tour.steps.length >= 100 ? tour : { ...tour, steps: [...tour.steps, step] });

export function removeStep(tour: Tour, index: number): Tour {
  if (index < 0 || index >= tour.steps.length) return tour;
  return { ...tour, steps: tour.steps.filter((_, i) => i !== index) };
}

/** One place earlier (-1) or later (+1); the first stays first, the last stays last. */
export function moveStep(tour: Tour, index: number, delta: -1 | 1): Tour {
  const to = index + delta;
  if (index < 0 || index >= tour.steps.length || to < 0 || to >= tour.steps.length) return tour;
  const steps = [...tour.steps];
  const [moved] = steps.splice(index, 1);
  if (!moved) return tour;
  steps.splice(to, 0, moved);
  return { ...tour, steps };
}

export function renameTour(tour: Tour, name: string): Tour {
  const named = name.trim().slice(0, 120);
  return named && named !== tour.name ? { ...tour, name: named } : tour;
}

export function setCaption(tour: Tour, index: number, caption: string): Tour {
  const step = tour.steps[index];
  if (!step || step.caption === caption) return tour;
  return { ...tour, steps: tour.steps.map((s, i) => (i === index ? { ...s, caption: caption.slice(0, 400) } : s)) };
}

/**
 * Tours to add beside the user's `existing` ones: each under a name of its own among them ("Lung
 * channel (2)") and an id taken by none of them nor by `otherIds` (the built-in tours').
 */
export function toursToAdd(incoming: readonly Tour[], existing: readonly Tour[], otherIds: readonly string[] = []): Tour[] {
  const ids = [...existing.map((t) => t.id), ...otherIds];
  const names = new Set(existing.map((t) => t.name));
  return incoming.map((tour) => {
    let name = tour.name;
    for (let n = 2; names.has(name); n++) name = `${tour.name} (${n})`;
    names.add(name);
    const id = newSetId(name, ids);
    ids.push(id);
    // a built-in tour's source stays with the atlas: the copy is the user's own
    return { id, name, steps: tour.steps };
  });
}
