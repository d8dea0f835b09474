// Keeps the URL and the store in step: the URL restores what was shown, and changes are written
// back (replaceState, so the back button is not flooded).
import { pointSelection, selectedEarPoint, selectedPoint, selectedZone, useAtlas, type AtlasState } from '../state/store.ts';
import { shallow } from 'zustand/shallow';
import { formatUrlState, parseUrlState, type UrlState } from '../state/url.ts';

export function startUrlSync(): () => void {
  const initial = parseUrlState(window.location.search);
  const s = useAtlas.getState();
  if (initial.body) s.setBody(initial.body);
  if (initial.view) s.goTo(initial.view);
  if (initial.channel) s.setChannel(initial.channel);
  if (initial.labels === '1') s.setShowPointLabels(true);
  if (initial.landmarks === '1') s.setShowLandmarks(true);
  if (initial.paths === '1') s.setShowPaths(true);
  if (initial.category) s.setCategory(initial.category);
  if (initial.region) s.setRegion(initial.region);
  if (initial.extra === '0') s.setShowExtra(false);
  if (initial.q) s.setQuery(initial.q);
  if (initial.who === '1') s.setShowWho(true);
  if (initial.jiao === '1') s.setShowJiao(true);
  if (initial.part) s.setBodyPart(initial.part);
  if (initial.ear === '1') s.openEar(true);
  if (initial.earmap) s.setEarMap(initial.earmap);
  if (initial.ear3d === '1') s.setEar3d(true);
  if (initial.earpoint) s.select({ system: 'ear', id: initial.earpoint });
  if (initial.protocol) s.setProtocol(initial.protocol);
  if (initial.zone) s.select({ system: 'scalp', id: initial.zone, side: initial.side ?? (/^MS(1|5|12)$/.test(initial.zone) ? 'midline' : 'left') });
  // a linked point is selected once the records and the body's atlas have arrived
  let pending = initial.point;
  const selectPending = () => {
    const { records, locations } = useAtlas.getState();
    if (!pending || !records || locations.length === 0) return;
    const code = pending;
    pending = undefined; // first, since selecting notifies this very subscriber
    const record = records.get(code);
    if (record) useAtlas.getState().select(pointSelection(record, initial.side === 'right' ? 'right' : 'left'));
  };
  const offPending = useAtlas.subscribe(selectPending);
  selectPending();
  // the link is written only when something it holds changes (not on every change of the store:
  // camera moves, loads, announcements)
  const linked = (state: AtlasState): UrlState =>
    ({
      body: state.body === 'male' ? undefined : state.body,
      view: state.camera.preset === 'anterior' ? undefined : state.camera.preset,
      channel: state.channel ?? undefined,
      labels: state.showPointLabels ? '1' : undefined,
      landmarks: state.showLandmarks ? '1' : undefined,
      paths: state.showPaths ? '1' : undefined,
      category: state.category ?? undefined,
      region: state.region ?? undefined,
      extra: state.showExtra ? undefined : '0',
      who: state.showWho ? '1' : undefined,
      jiao: state.showJiao ? '1' : undefined,
      part: state.bodyPart ?? undefined,
      zone: selectedZone(state)?.id,
      q: state.query.trim() ? state.query.slice(0, 300) : undefined,
      point: pending ?? selectedPoint(state)?.id,
      ear: state.earOpen ? '1' : undefined,
      earmap: state.earMap === 'gbt13734-2008' ? undefined : state.earMap,
      ear3d: state.ear3d ? '1' : undefined,
      earpoint: selectedEarPoint(state)?.id,
      protocol: state.protocol ?? undefined,
      side: state.selection && state.selection.system !== 'ear' && state.selection.side === 'right' ? 'right' : undefined,
    });
  const write = (url: UrlState) => {
    const search = formatUrlState(url);
    if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  };
  const offUrl = useAtlas.subscribe(linked, write, { equalityFn: shallow });
  write(linked(useAtlas.getState()));
  return () => {
    offPending();
    offUrl();
  };
}
