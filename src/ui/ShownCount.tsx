// Under the 3D view, in words (the selectors are memoised, so the same object comes back until an
// input changes): how many points the body shows, so a filtered body never looks like the whole
// atlas; while a quiz or a flashcard lights its own items, those (none while a locate question waits).
import { selectShownCount } from '../state/searchSelectors.ts';
import { selectStudyCount } from '../state/studySelectors.ts';
import { useAtlas } from '../state/store.ts';

function inWords(shown: number, total: number, studying: boolean): string {
  if (studying && shown === 0) return 'Points hidden while you answer';
  return shown === total ? `All ${total} points` : `${shown} of ${total} points`;
}

export function ShownCount() {
  const filtered = useAtlas(selectShownCount);
  const study = useAtlas(selectStudyCount);
  const { shown, total } = study ?? filtered;
  if (total === 0) return null;
  return (
    <p className="shown-count" data-shown={shown} data-total={total}>
      {inWords(shown, total, study !== null)}
    </p>
  );
}
