// A link that was partly ignored, and a failed load, said plainly with the file it comes from and a retry; the rest of the atlas keeps
// working meanwhile.
import { useShallow } from 'zustand/react/shallow';
import { useDevice } from '../state/device.ts';
import { failedLoads, useAtlas } from '../state/store.ts';

export function LoadErrors() {
  const failed = useAtlas(useShallow(failedLoads));
  const saved = useDevice((s) => s.problems);
  const linkNotice = useAtlas((s) => s.linkNotice);
  if (failed.length === 0 && saved.length === 0 && !linkNotice) return null;
  return (
    <div className="load-errors" role="alert">
      {linkNotice && (
        <p data-link-notice="">
          {linkNotice}{' '}
          <button type="button" onClick={() => useAtlas.getState().setLinkNotice(null)}>
            OK
          </button>
        </p>
      )}
      {failed.map((load) => (
        <p key={load.key} data-load-error={load.key}>
          Could not load {load.what} (<code>{load.file}</code>){load.message ? `: ${load.message}` : ''}.{' '}
          <button type="button" onClick={() => useAtlas.getState().retryLoad(load.key)}>
            Retry
          </button>
        </p>
      ))}
      {saved.map((p) => (
        <p key={p.backupKey} data-saved-problem={p.key}>
          What this atlas kept on this device could not be read ({p.reason}). It was copied to <code>{p.backupKey}</code> in this browser&apos;s local storage,
          so nothing is lost; the atlas starts afresh.{' '}
          <button type="button" onClick={() => useDevice.getState().dismissProblems()}>
            OK
          </button>
        </p>
      ))}
    </div>
  );
}
