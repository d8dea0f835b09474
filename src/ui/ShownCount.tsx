// Under the 3D view, in words (the selector is memoised, so the same object comes back until an input changes): how many points the filters and the search leave on the body, so a
// filtered body never looks like the whole atlas.
import { selectShownCount } from '../state/searchSelectors.ts';
import { useAtlas } from '../state/store.ts';

export function ShownCount() {
  const { shown, total } = useAtlas(selectShownCount);
  if (total === 0) return null;
  return (
    <p className="shown-count" data-shown={shown} data-total={total}>
      {shown === total ? `All ${total} points` : `${shown} of ${total} points`}
    </p>
  );
}
