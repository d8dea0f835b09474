// The parts every card shares (points, scalp zones, ear points): a titled section, the conditions
// an item is used for as chips that search for them in place, and the source line.
import { useState, type ReactNode } from 'react';
import { useAtlas } from '../../state/store.ts';
import { ChipList } from '../kit/ChipList.tsx';

/** How many conditions a card names before "Show all": the first are the item's main uses. */
export const chipsShown = 12;

export function CardSection({ label, title = label, children }: { label: string; title?: ReactNode; children: ReactNode }) {
  return (
    <section aria-label={label}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** "Used for": each condition a chip; choosing one searches for it (no page load, nothing lost). */
export function ConditionChips({ ids }: { ids: readonly string[] }) {
  const conditions = useAtlas((s) => s.conditions);
  // the whole list on request (a point used for 50 conditions would bury the rest of the card)
  const [all, setAll] = useState(false);
  if (ids.length === 0) return null;
  const shown = (all ? ids : ids.slice(0, chipsShown)).map((id) => {
    const name = conditions.get(id)?.name ?? id.replace(/-/g, ' ');
    return { id, label: name, title: `Search for ${name}` };
  });
  return (
    <CardSection label="Indications" title="Used for">
      {/* the chips are one tab stop, like every list */}
      <ChipList chips={shown} onChoose={(chip) => useAtlas.getState().setQuery(chip.label)} />
      {shown.length < ids.length && (
        <button type="button" className="link" onClick={() => setAll(true)}>
          Show all {ids.length} conditions
        </button>
      )}
    </CardSection>
  );
}

export function SourceLine({ source }: { source: string }) {
  return <p className="muted small">Source: {source.replace(/\.$/, '')}.</p>;
}
