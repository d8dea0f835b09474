// The selected dermatome: its name, key sensory point, where it lies, how sure its borders are,
// its source, and the points whose skin lies in it on the body shown.
import { useAtlas } from '../../../state/store.ts';
import { CardSection } from '../../../ui/parts/CardParts.tsx';
import { pointSelection } from '../../../state/store.ts';
import { selectedDermatome } from '../state/selectors.ts';
import { pointsInArea } from '../state/pointsInArea.ts';
import { areaColour } from '../domain/colours.ts';

export function DermatomeCard() {
  const id = useAtlas(selectedDermatome);
  const record = useAtlas((s) => (id ? s.dermatomeRecords.get(id) : undefined));
  const sources = useAtlas((s) => s.dermatomeSources);
  const map = useAtlas((s) => s.dermatomeMap);
  const records = useAtlas((s) => s.records);
  const body = useAtlas((s) => s.body);
  if (!id) return null;
  if (!record) return <p className="muted">Loading the {id} dermatome…</p>;
  const points = pointsInArea(map, id);
  return (
    <article className="card" aria-labelledby="dermatome-title">
      <p className="muted">
        <span className="swatch" style={{ background: areaColour(id) }} aria-hidden="true" /> {record.keyPoint ? 'Spinal segment' : 'Trigeminal division'} ·
        dermatome map
      </p>
      <h2 id="dermatome-title">{id} dermatome</h2>
      <p className="english">{record.name}</p>
      {record.keyPoint && (
        <CardSection label="Key sensory point (ISNCSCI 2019)">
          <p>{record.keyPoint.description}</p>
        </CardSection>
      )}
      <CardSection label="Where it lies">
        <p>{record.borders}</p>
      </CardSection>
      <CardSection label="How sure the borders are">
        <p>{record.uncertainty}</p>
      </CardSection>
      <CardSection label={`Points in ${id} (${points.length}, on the ${body} body)`}>
        {points.length === 0 ? (
          <p className="muted">No point of the atlas lies in this area.</p>
        ) : (
          <ul className="chips dermatome-points">
            {points.map((code) => {
              const p = records?.get(code);
              return (
                <li key={code}>
                  <button type="button" className="chip" onClick={() => p && useAtlas.getState().select(pointSelection(p))}>
                    {code}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </CardSection>
      <p className="muted source">Source: {sources.get(record.source) ?? record.source}</p>
      <button type="button" onClick={() => useAtlas.getState().select(null)}>
        Close
      </button>
    </article>
  );
}
