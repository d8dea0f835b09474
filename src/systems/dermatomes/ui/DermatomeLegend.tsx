// The dermatome map's legend: each area's colour (a button that opens its card), what the pale
// bands and the dots mean, and the sources.
import { skinAreaId } from '../../../domain/neuro/segments.ts';
import { useAtlas } from '../../../state/store.ts';
import { areaColour } from '../domain/colours.ts';
import { dermatomeColours } from '../../../theme/tokens.ts';
import { selectedDermatome } from '../state/selectors.ts';

export function DermatomeLegend() {
  const selected = useAtlas(selectedDermatome);
  return (
    <div className="dermatome-legend" aria-label="Dermatome map legend">
      <ul className="dermatome-swatches">
        {skinAreaId.options.map((id) => (
          <li key={id}>
            <button
              type="button"
              aria-pressed={selected === id}
              onClick={() => useAtlas.getState().select(selected === id ? null : { system: 'dermatomes', id })}
              title={`${id} dermatome`}
            >
              <span className="swatch" style={{ background: areaColour(id) }} aria-hidden="true" />
              {id}
            </button>
          </li>
        ))}
      </ul>
      <p className="muted">
        <span className="swatch" style={{ background: dermatomeColours.border, outline: `1px solid ${dermatomeColours.faded}` }} aria-hidden="true" /> Pale
        band: a border that varies between people and overlaps its neighbour (Lee, McPhee and Stringer 2008).{' '}
        <span className="swatch round" style={{ background: dermatomeColours.keyPoint }} aria-hidden="true" /> Dot: the key sensory point of the segment
        (ISNCSCI 2019). The face follows the three trigeminal divisions (V1-V3).
      </p>
    </div>
  );
}
