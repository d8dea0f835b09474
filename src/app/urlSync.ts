// Keeps the link and the store in step, the store being the one truth: the link is read into the
// store when the page opens and when the browser goes back or forward to it (popstate), and the
// store's changes are written back (replaceState, so the back button is not flooded; a tour's next
// step is the exception: pushState, so back and forward step through it). The atlas's
// own keys are in state/url.ts; every system of the registry reads and applies its own.
import { shallow } from 'zustand/shallow';
import { useAtlas, type AtlasState } from '../state/store.ts';
import { applySystemLink } from '../state/link.ts';
import { atlasLinkKeys, ignoredLinkNotice, linkSerializer, parseAtlasLink, readAtlasLink } from '../state/url.ts';
import { systems } from './systems.tsx';
import { applyPlayedLink } from '../state/tourLink.ts';

/** Every key of the link: the atlas's, then each system's (a key two systems share, once). */
const linkKeys = Object.assign({ ...atlasLinkKeys }, ...systems.map((s) => s.linkKeys)) as typeof atlasLinkKeys;
const serialize = linkSerializer(linkKeys);

/** The link's values for a state: the atlas's keys, then each system's. */
function linked(state: AtlasState): Record<string, unknown> {
  const values: Record<string, unknown> = readAtlasLink(state);
  // a key two systems share (the selection's side) is written by the one that has a value for it
  for (const system of systems) for (const [k, v] of Object.entries(system.readLink(state))) if (v !== null || !(k in values)) values[k] = v;
  return values;
}

/** The link of a state, as written back (nuqs's serialiser: keys in order, defaults left out). */
export const linkOf = (state: AtlasState): string => serialize(linked(state));

/** Puts a link into the store (every key: one left out takes its default); says what it ignored. */
export function applyLink(search: string): { stops: (() => void)[]; notice: string | null } {
  const { values: link, ignored } = parseAtlasLink(search);
  const s = useAtlas.getState();
  s.setBody(link.body);
  // a kept camera is restored over the preset it was moved from
  if (link.cam) s.restoreCamera(link.view, link.cam);
  else if (link.view !== s.camera.preset || s.camera.orbit) s.goTo(link.view);
  s.setShowLandmarks(link.landmarks);
  s.setQuery(link.q ?? '');
  s.offerSharedSet(link.set);
  s.setPatient(link.patient ?? []);
  s.setPrintItems(link.print);
  // a link without a played tour (back from its first step) ends the tour
  if (!link.play && s.playing) s.setPresenting(false);
  if (link.present !== useAtlas.getState().presenting) s.setPresenting(link.present);
  s.offerSharedTour(link.tour);
  const stops: (() => void)[] = [];
  for (const system of systems) {
    const applied = applySystemLink(system, search, useAtlas);
    ignored.push(...applied.ignored.filter((k) => !ignored.includes(k)));
    if (applied.stop) stops.push(applied.stop);
  }
  const unknown = [...new Set(new URLSearchParams(search).keys())].filter((k) => !Object.hasOwn(linkKeys, k));
  // the played tour's step last, so its item and camera are what shows; a tour that is not there
  // (deleted, or another device's) is ignored and said like a malformed value
  let notice = ignoredLinkNotice(ignored, unknown);
  let applying = true;
  const stopPlaying = applyPlayedLink({ play: link.play, step: link.step }, useAtlas, () => {
    notice = ignoredLinkNotice([...ignored, 'play'], unknown);
    if (!applying) useAtlas.getState().setLinkNotice(notice);
  });
  applying = false;
  if (stopPlaying) stops.push(stopPlaying);
  return { stops, notice };
}

/** A new step of the same tour: a history entry of its own, so back and forward move between steps. */
function isNextStep(from: string, to: string): boolean {
  const a = new URLSearchParams(from),
    b = new URLSearchParams(to);
  return a.get('play') !== null && a.get('play') === b.get('play') && a.get('step') !== b.get('step');
}

export function startUrlSync(): () => void {
  let applying = true;
  let { stops, notice } = applyLink(window.location.search);
  useAtlas.getState().setLinkNotice(notice);
  // the link is written only when something it holds changes (not on every change of the store:
  // loads, announcements, the camera in motion), and not while a link is being applied
  const write = (values: Record<string, unknown>) => {
    if (applying) return;
    const search = serialize(values);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (isNextStep(window.location.search, search)) window.history.pushState(null, '', url);
    else window.history.replaceState(window.history.state, '', url);
  };
  const offUrl = useAtlas.subscribe(linked, write, { equalityFn: shallow });
  applying = false;
  write(linked(useAtlas.getState()));

  // back or forward to another link: the store takes it, as on opening the page
  const onPopState = () => {
    if (window.location.search === linkOf(useAtlas.getState())) return;
    for (const stop of stops) stop();
    applying = true;
    ({ stops, notice } = applyLink(window.location.search));
    applying = false;
    useAtlas.getState().setLinkNotice(notice);
    write(linked(useAtlas.getState()));
  };
  window.addEventListener('popstate', onPopState);

  // a camera the link restored holds against framing until the user's first press, click or scroll
  const release = () => useAtlas.getState().releaseCamera();
  const userInput = ['pointerdown', 'keydown', 'wheel'] as const;
  for (const type of userInput) window.addEventListener(type, release, { capture: true, passive: true });

  return () => {
    for (const stop of stops) stop();
    offUrl();
    window.removeEventListener('popstate', onPopState);
    for (const type of userInput) window.removeEventListener(type, release, { capture: true });
  };
}
