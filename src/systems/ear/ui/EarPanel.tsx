// The ear view: the map to show (Chinese standard, European, or both), a protocol to light up,
// the SVG chart or the 3D ear, and a keyboard-navigable list of every ear point.
import { useMemo, type ReactNode } from 'react';
import { useAtlas, type EarMapChoice } from '../../../state/store.ts';
import { selectNamesHidden } from '../../../state/studySelectors.ts';
import { EarChart } from './EarChart.tsx';
import { EarPointList } from './EarPointList.tsx';
import { Select } from '../../../ui/kit/Select.tsx';

const maps: [EarMapChoice, string][] = [
  ['gbt13734-2008', 'Chinese standard'],
  ['nogier', 'European (Nogier)'],
  ['compare', 'Compare both'],
];

export function EarPanel({ relief }: { relief: ReactNode }) {
  const ear = useAtlas((s) => s.ear);
  const map = useAtlas((s) => s.earMap);
  const show3d = useAtlas((s) => s.ear3d);
  const protocol = useAtlas((s) => s.protocol);
  // while a quiz or a flashcard asks, the list of names (each a click from its card) would answer it
  const namesHidden = useAtlas(selectNamesHidden);
  const active = ear?.protocols.find((p) => p.id === protocol);
  const protocolOptions = useMemo(() => (ear?.protocols ?? []).map((p) => ({ value: p.id, label: p.name })), [ear]);
  // a bar over the top of the view (the quiz's question) covers this share of it: the map starts below
  const insetTop = useAtlas((s) => s.stageInsetTop);
  const s = useAtlas.getState;
  return (
    <section className="ear-panel" aria-label="Ear map" data-ear-ready={ear ? 'true' : 'false'}>
      {insetTop > 0 && <div className="ear-inset" aria-hidden="true" style={{ flexBasis: `${insetTop * 100}%` }} />}
      <header className="ear-head">
        <h2>Ear map</h2>
        <fieldset className="group">
          <legend>Map</legend>
          {maps.map(([id, label]) => (
            <label key={id} className="radio">
              <input type="radio" name="ear-map" checked={map === id} onChange={() => s().setEarMap(id)} /> {label}
            </label>
          ))}
        </fieldset>
        <Select className="ear-protocol" label="Protocol" options={protocolOptions} value={protocol} onChange={(id) => s().setProtocol(id)} none="None" />
        <button type="button" aria-pressed={show3d} onClick={() => s().setEar3d(!show3d)}>
          3D ear
        </button>
        <button type="button" onClick={() => s().openEar(false)}>
          Back to the body
        </button>
      </header>
      {active && (
        <p className="ear-protocol-note" data-protocol={active.id}>
          <strong>{active.name}:</strong> {active.points.map((p) => p.label).join(', ')}, on both ears. {active.purpose}
        </p>
      )}
      <div className="ear-body">
        <div className="ear-stage">{show3d ? relief : <EarChart />}</div>
        {!namesHidden && (
          <nav className="ear-list" aria-label="Ear points">
            <EarPointList />
          </nav>
        )}
      </div>
    </section>
  );
}
