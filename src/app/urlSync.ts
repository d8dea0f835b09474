// Keeps the link and the store in step: the link restores what was shown when the page opens, and
// changes are written back (replaceState, so the back button is not flooded). The atlas's own keys
// are in state/url.ts; every system of the registry reads and applies its own.
import { shallow } from 'zustand/shallow';
import { useAtlas, type AtlasState } from '../state/store.ts';
import { atlasLinkKeys, formatLink, ignoredLinkNotice, linkParams, parseAtlasLink } from '../state/url.ts';
import { systems } from './systems.tsx';

/** The link's values for a state: the atlas's keys, then each system's. */
function linked(state: AtlasState): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = {
    body: state.body === 'male' ? undefined : state.body,
    view: state.camera.preset === 'anterior' ? undefined : state.camera.preset,
    landmarks: state.showLandmarks ? '1' : undefined,
    q: state.query.trim() ? state.query.slice(0, 300) : undefined,
  };
  // a key two systems share (the selection's side) is written by the one that has a value for it
  for (const system of systems) for (const [k, v] of Object.entries(system.readLink(state))) if (v !== undefined) values[k] = v;
  return values;
}

export function startUrlSync(): () => void {
  const params = linkParams(window.location.search);
  const { link, ignored } = parseAtlasLink(params);
  const s = useAtlas.getState();
  if (link.body) s.setBody(link.body);
  if (link.view) s.goTo(link.view);
  if (link.landmarks === '1') s.setShowLandmarks(true);
  if (link.q) s.setQuery(link.q);
  const stops: (() => void)[] = [];
  for (const system of systems) {
    const applied = system.applyLink(params, useAtlas);
    ignored.push(...applied.ignored.filter((k) => !ignored.includes(k)));
    if (applied.stop) stops.push(applied.stop);
  }
  const known = new Set([...Object.keys(atlasLinkKeys), ...systems.flatMap((x) => x.linkKeyNames)]);
  useAtlas.getState().setLinkNotice(
    ignoredLinkNotice(
      ignored,
      Object.keys(params).filter((k) => !known.has(k)),
    ),
  );
  // the link is written only when something it holds changes (not on every change of the store:
  // camera moves, loads, announcements)
  const write = (values: Record<string, string | undefined>) => {
    const search = formatLink(values);
    if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  };
  const offUrl = useAtlas.subscribe(linked, write, { equalityFn: shallow });
  write(linked(useAtlas.getState()));
  return () => {
    for (const stop of stops) stop();
    offUrl();
  };
}
