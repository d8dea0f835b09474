import { useAtlas } from '../state/store.ts';

/** Progress while the body loads, and the message when WebGL is missing. */
export function StatusPanel() {
  const loading = useAtlas((s) => s.loading);
  const ready = useAtlas((s) => s.sceneReady);
  const webgl = useAtlas((s) => s.webgl);
  if (webgl === 'unavailable') {
    return (
      <div className="notice" role="alert">
        <strong>3D view unavailable.</strong> This browser or device has WebGL turned off or unsupported, so the body cannot be drawn. Everything else on the
        page still works; to see the body, enable hardware acceleration or try another browser.
      </div>
    );
  }
  if (ready) return null;
  const pct = Math.round(loading.progress);
  return (
    <div className="loading" aria-live="off">
      <label htmlFor="body-progress">Loading the body…</label>
      <progress id="body-progress" max={100} value={pct}>
        {pct}%
      </progress>
    </div>
  );
}
