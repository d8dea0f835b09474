// The card of the injury system's selection (a segment): the atlas never selects one today (the
// panel selects points and zones), but the registry gives every system a card.
import { useAtlas } from '../../../state/store.ts';

export function InjuryCard() {
  const selection = useAtlas((s) => s.selection);
  const level = useAtlas((s) => s.injuryLevel);
  if (selection?.system !== 'injury') return null;
  return (
    <section aria-label={`Segment ${selection.id}`}>
      <h2>Segment {selection.id}</h2>
      {level && <p className="muted">Injury level chosen: {level}.</p>}
    </section>
  );
}
