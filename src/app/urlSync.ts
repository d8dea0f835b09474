// Keeps the URL and the store in step: the URL restores what was shown, and changes are written
// back (replaceState, so the back button is not flooded).
import { useAtlas } from '../state/store.ts';
import { formatUrlState, parseUrlState } from '../state/url.ts';

export function startUrlSync(): () => void {
  const initial = parseUrlState(window.location.search);
  const s = useAtlas.getState();
  if (initial.body) s.setBody(initial.body);
  if (initial.view) s.goTo(initial.view);
  if (initial.channel) s.setChannel(initial.channel);
  if (initial.labels === '1') s.setShowPointLabels(true);
  if (initial.landmarks === '1') s.setShowLandmarks(true);
  return useAtlas.subscribe((state) => {
    const search = formatUrlState({
      body: state.body === 'male' ? undefined : state.body,
      view: state.camera.preset === 'anterior' ? undefined : state.camera.preset,
      channel: state.channel ?? undefined,
      labels: state.showPointLabels ? '1' : undefined,
      landmarks: state.showLandmarks ? '1' : undefined,
    });
    if (search !== window.location.search) window.history.replaceState(null, '', `${window.location.pathname}${search}`);
  });
}
