// The parts every card shares (points, scalp zones, ear points): a titled section, the conditions
// an item is used for as chips that search for them in place, and the source line.
import type { ReactNode } from 'react';
import { useAtlas } from '../../state/store.ts';

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
  if (ids.length === 0) return null;
  return (
    <CardSection label="Indications" title="Used for">
      <ul className="chips">
        {ids.map((id) => {
          const name = conditions.get(id)?.name ?? id.replace(/-/g, ' ');
          return (
            <li key={id}>
              <button type="button" className="chip" data-condition={id} onClick={() => useAtlas.getState().setQuery(name)} title={`Search for ${name}`}>
                {name}
              </button>
            </li>
          );
        })}
      </ul>
    </CardSection>
  );
}

export function SourceLine({ source }: { source: string }) {
  return <p className="muted small">Source: {source.replace(/\.$/, '')}.</p>;
}
