import { useAtlas } from '../state/store.ts';

/** The one live region of the page: announces what changed (view, body, selection). */
export function LiveRegion() {
  const message = useAtlas((s) => s.announcement);
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="live-region">
      {message}
    </div>
  );
}
