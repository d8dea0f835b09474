// Under the 3D view, in words: how many points the filters and the search leave on the body, so a
// filtered body never looks like the whole atlas.
import { useShallow } from 'zustand/react/shallow';
import { selectShownCount } from '../state/searchSelectors.ts';
import { useAtlas } from '../state/store.ts';

export function ShownCount() {
  const { shown, total } = useAtlas(useShallow(selectShownCount));
  if (total === 0) return null;
  return (
    <p className="shown-count" data-shown={shown} data-total={total}>
      {shown === total ? `All ${total} points` : `${shown} of ${total} points`}
    </p>
  );
}
