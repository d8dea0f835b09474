// The link holds what is shown: ?body=female&view=left&channel=ST&labels=1. The atlas's own keys
// are here; each system declares the keys it owns (src/systems/<id>/domain/system.ts) and reads
// and applies them (state/system.ts). Every key is a zod schema (src/domain/link/keys.ts) read and
// written through nuqs (./link.ts): a malformed value or an unknown key is ignored, and said
// (linkNotice), rather than breaking the page.
import { z } from '../domain/schema/zodMini.ts';
import { bodyVariantIds, type BodyVariantId } from '../domain/body/frame.ts';
import { cameraLinkKey } from '../domain/link/cameraKey.ts';
import { patientLinkKey } from '../domain/cautions/patient.ts';
import { linkFlag, linkKey } from '../domain/link/keys.ts';
import { printLinkKey } from '../domain/link/print.ts';
import { readLinkKeys } from './link.ts';
import { setLinkKey } from '../domain/sets/shareLink.ts';
import { tourLinkKey } from '../domain/tours/shareLink.ts';
export { linkSerializer } from './link.ts';
import { viewPresets } from './slices/view.ts';
import type { AtlasState } from './store.ts';
import { readPlayedLink } from './tourLink.ts';

export const atlasLinkKeys = {
  body: linkKey(z.enum(bodyVariantIds as [BodyVariantId, ...BodyVariantId[]])).withDefault('male'),
  view: linkKey(z.enum(viewPresets)).withDefault('anterior'),
  /** the user's own camera (src/domain/link/camera.ts); left out at a preset's pose */
  cam: cameraLinkKey,
  landmarks: linkFlag.withDefault(false),
  q: linkKey(z.string().check(z.maxLength(300))),
  /** a shared point set (src/domain/sets/shareLink.ts): offered to be kept, and left in the link until it is kept or put away */
  set: setLinkKey,
  /** patient-safety mode's switches (kept in the link, never on the device: slices/safety.ts) */
  patient: patientLinkKey,
  /** the print view of these items, instead of the atlas */
  print: printLinkKey,
  /** presentation mode: the stage alone, in large type (src/ui/present) */
  present: linkFlag.withDefault(false),
  /** a shared tour (src/domain/tours/shareLink.ts): offered in the Tours tab, left in the link until kept or put away */
  tour: tourLinkKey,
  /** the tour played in presentation mode, by its id ("shared": the one in `tour`), and its step from 1 (./tourLink.ts) */
  play: linkKey(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,59}$/))),
  step: linkKey(z.pipe(z.string().check(z.regex(/^[1-9]\d{0,2}$/)), z.transform(Number))),
};

/** The atlas's own keys, parsed; and the keys whose values were malformed. */
export const parseAtlasLink = (search: string) => readLinkKeys(atlasLinkKeys, search);

/** The atlas's own keys as the state has them (a default is left out of the link). */
export function readAtlasLink(s: AtlasState) {
  return {
    body: s.body,
    view: s.camera.preset,
    cam: s.camera.orbit,
    landmarks: s.showLandmarks,
    q: s.query.trim() ? s.query.slice(0, 300) : null,
    set: s.sharedSet,
    patient: s.patient.length > 0 ? s.patient : null,
    print: s.printItems,
    present: s.presenting,
    tour: s.sharedTour,
    ...readPlayedLink(s),
  };
}

/** Words for the values a link carried that the atlas ignored. */
export function ignoredLinkNotice(ignored: readonly string[], unknown: readonly string[]): string | null {
  const parts = [...ignored.map((k) => `"${k}" had a value the atlas does not know`), ...unknown.map((k) => `"${k}" is not a setting of the atlas`)];
  return parts.length > 0 ? `Part of this link was ignored: ${parts.join('; ')}.` : null;
}
