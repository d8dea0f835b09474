// A tour's problems in words that say where they are, counted as people count:
//   tour "Lung channel", step 3: item.id: there is no body point "LU12" in the atlas
// The same words for a file of tours, a link and the built-in tours, so an educator who mistyped
// an id in a file finds the step at once.
import type { z } from '../schema/zodMini.ts';
import type { Tour, TourItem } from './schema.ts';

/** The ids the atlas has, to tell a step's item it knows from one it does not. */
export interface KnownTourItems {
  points: ReadonlySet<string>;
  scalp: ReadonlySet<string>;
  ear: ReadonlySet<string>;
  protocols: ReadonlySet<string>;
}

const itemWords: Record<Exclude<TourItem['system'], 'channel'>, string> = {
  points: 'body point',
  scalp: 'scalp line or area',
  ear: 'ear point',
  protocol: 'ear protocol',
};

/** "tour 2 ("Lung channel")" from a raw tour (its name when it has one). */
function tourPlace(rawTour: unknown, index: number | null): string {
  const name = (rawTour as { name?: unknown } | null)?.name;
  const named = typeof name === 'string' && name.trim() ? JSON.stringify(name.trim().slice(0, 60)) : null;
  if (index === null) return named ? `tour ${named}` : 'the tour';
  return named ? `tour ${index + 1} (${named})` : `tour ${index + 1}`;
}

/**
 * Where a zod issue is, in words, and the field within the step or tour. `path` starts at a tour
 * (its steps, name...) or, with `inList`, at a file's `tours` list.
 */
export function issuePlace(path: readonly PropertyKey[], raw: unknown, inList: boolean): { place: string; field: string } {
  let rest = [...path];
  let rawTour = raw;
  let index: number | null = null;
  if (inList) {
    if (rest[0] !== 'tours' || typeof rest[1] !== 'number') return { place: 'the file', field: rest.map(String).join('.') };
    index = rest[1];
    rawTour = (raw as { tours?: unknown[] } | null)?.tours?.[index];
    rest = rest.slice(2);
  }
  let place = tourPlace(rawTour, index);
  if (rest[0] === 'steps' && typeof rest[1] === 'number') {
    place += `, step ${rest[1] + 1}`;
    rest = rest.slice(2);
  }
  return { place, field: rest.map(String).join('.') };
}

/** One zod issue of a tour (or a file's tour) in words. */
export function issueText(issue: z.core.$ZodIssue, raw: unknown, inList: boolean): string {
  const { place, field } = issuePlace(issue.path, raw, inList);
  if (issue.code === 'unrecognized_keys')
    return `${place}: ${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} of a tour`;
  return field ? `${place}: ${field}: ${issue.message}` : `${place}: ${issue.message}`;
}

/** The steps whose item the atlas does not have, each named with its tour and place. */
export function unknownTourItems(tour: Tour, known: KnownTourItems, index: number | null = null): string[] {
  return tour.steps.flatMap((step, i) => {
    const { system, id } = step.item;
    if (system === 'channel') return [];
    const ids = system === 'protocol' ? known.protocols : known[system];
    if (ids.has(id)) return [];
    return [`${tourPlace(tour, index)}, step ${i + 1}: item.id: there is no ${itemWords[system]} "${id}" in the atlas`];
  });
}
