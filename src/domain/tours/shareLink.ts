// A tour in a link (?tour=...), compact and readable like a set's (src/domain/sets/shareLink.ts):
// the name, then each step as its item's letter, id, view preset, orbit and caption, e.g.
//   Lung tour~p*LU1*anterior**Below the clavicle~p*LU5*hands*10,5,0.8,0.3,1.1,0.1*At the elbow crease
// Steps are joined by "~" and fields by "*"; a caption's own "~", "*" and "%" are percent-escaped,
// and empty fields at a step's end are left out. The value is checked by the tour's zod schema: a
// link that does not decode to a valid tour is malformed (ignored and reported like any other key).
import { z } from '../schema/zodMini.ts';
import { linkKey } from '../link/keys.ts';
import { tourSchema, type Tour, type TourItem } from './schema.ts';

const systemLetters: Record<TourItem['system'], string> = { points: 'p', scalp: 's', ear: 'e', channel: 'c', protocol: 'r' };
const letterSystems: Record<string, TourItem['system']> = { p: 'points', s: 'scalp', e: 'ear', c: 'channel', r: 'protocol' };

const escape = (text: string) => text.replace(/[%~*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const unescape = (text: string) => text.replace(/%(25|7E|2A)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** The text of a tour in a link (its id is not carried: the one who opens it keeps it under a new id). */
export function encodeTour(tour: Tour): string {
  const steps = tour.steps.map((step) => {
    const o = step.view?.orbit;
    const fields = [
      systemLetters[step.item.system],
      escape(step.item.id),
      step.view?.preset ?? '',
      o ? [o.azimuthDeg, o.elevationDeg, o.distanceM, ...o.target].join(',') : '',
      escape(step.caption),
    ];
    while (fields.at(-1) === '') fields.pop();
    return fields.join('*');
  });
  return [escape(tour.name), ...steps].join('~');
}

/** A number field of the link, or the text itself (which the schema then rejects). */
const numberOr = (text: string): number | string => (/^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);

/** The tour a link's text describes, before validation (a shape the schema then checks). */
export function decodeTour(text: string): unknown {
  const [name = '', ...steps] = text.split('~');
  return {
    id: 'shared',
    name: unescape(name),
    steps: steps.map((step) => {
      const [letter = '', id = '', preset = '', orbit = '', caption = ''] = step.split('*');
      const [az = '', el = '', d = '', tx = '', ty = '', tz = ''] = orbit.split(',');
      const view = preset
        ? {
            preset,
            ...(orbit ? { orbit: { azimuthDeg: numberOr(az), elevationDeg: numberOr(el), distanceM: numberOr(d), target: [tx, ty, tz].map(numberOr) } } : {}),
          }
        : undefined;
      return { item: { system: letterSystems[letter] ?? letter, id: unescape(id) }, ...(view ? { view } : {}), caption: unescape(caption) };
    }),
  };
}

/** The link key `tour`: its text must decode to a valid tour with at least one step (no built-in fields). */
export const tourLinkKey = linkKey(
  z.pipe(
    z.pipe(z.string().check(z.maxLength(8000)), z.transform(decodeTour)),
    z.omit(tourSchema, { source: true }).check(z.refine((t) => t.steps.length > 0, 'a shared tour has at least one step')),
  ),
  encodeTour,
);
