// The scalp systems: toggles, the body-part highlight, and every line and area as a button.
import { useMemo } from 'react';
import { selectedZone, useAtlas, type ViewPreset } from '../../../state/store.ts';
import { useRovingList } from '../../../ui/parts/useRovingList.ts';
import { Select } from '../../../ui/kit/Select.tsx';

const scalpViews: [ViewPreset, string][] = [
  ['scalp-top', 'Above'],
  ['head', 'Front'],
  ['scalp-side', 'Side'],
  ['scalp-back', 'Back'],
];

export function ScalpPanel() {
  const showWho = useAtlas((s) => s.showWho);
  const showJiao = useAtlas((s) => s.showJiao);
  const bodyPart = useAtlas((s) => s.bodyPart);
  const who = useAtlas((s) => s.whoLines);
  const jiao = useAtlas((s) => s.jiaoAreas);
  const selected = useAtlas(selectedZone);
  // turning a system on shows the head from above, unless a view of the head is shown already
  const toScalpView = () => {
    if (!scalpViews.some(([p]) => p === useAtlas.getState().camera.preset)) goTo('scalp-top');
  };
  const { ref: listRef, onKeyDown: onListKey, onFocus: onListFocus } = useRovingList<HTMLUListElement>();
  const { setShowWho, setShowJiao, setBodyPart, select, goTo } = useAtlas.getState();
  const bodyPartOptions = useMemo(
    () =>
      [...new Set([...jiao.values()].flatMap((a) => a.segments.flatMap((s) => s.bodyParts)))].sort().map((p) => ({ value: p, label: p.replace(/-/g, ' ') })),
    [jiao],
  );

  return (
    <section className="scalp-panel" aria-labelledby="scalp-heading">
      <h2 id="scalp-heading">Scalp acupuncture</h2>
      <label className="radio">
        <input
          type="checkbox"
          checked={showWho}
          onChange={(e) => {
            setShowWho(e.target.checked);
            if (e.target.checked) toScalpView();
          }}
        />
        WHO lines (MS1–MS14)
      </label>
      <label className="radio">
        <input
          type="checkbox"
          checked={showJiao}
          onChange={(e) => {
            setShowJiao(e.target.checked);
            if (e.target.checked) toScalpView();
          }}
        />
        Jiao&apos;s areas
      </label>
      <div className="group" role="group" aria-label="Scalp views">
        {scalpViews.map(([preset, label]) => (
          <button key={preset} type="button" data-scalp-preset={preset} onClick={() => goTo(preset)}>
            {label}
          </button>
        ))}
      </div>
      <Select label="Body part" options={bodyPartOptions} value={bodyPart} onChange={setBodyPart} none="None" />
      {(showWho || showJiao) && (
        <ul className="list zone-list" ref={listRef} onKeyDown={onListKey} onFocus={onListFocus}>
          {showWho &&
            [...who.values()].map((l) => (
              <li key={l.code}>
                <button
                  type="button"
                  aria-current={selected?.id === l.code ? 'true' : undefined}
                  onClick={() => select({ system: 'scalp', id: l.code, side: l.laterality === 'midline' ? 'midline' : 'left' })}
                >
                  <span className="swatch" style={{ background: 'var(--scalp-who)' }} aria-hidden="true" />
                  <span className="code">{l.code}</span> {l.english}
                </button>
              </li>
            ))}
          {showJiao &&
            [...jiao.values()].map((a) => (
              <li key={a.id}>
                <button
                  type="button"
                  aria-current={selected?.id === a.id ? 'true' : undefined}
                  onClick={() => select({ system: 'scalp', id: a.id, side: 'left' })}
                >
                  <span className="swatch" style={{ background: 'var(--scalp-jiao)' }} aria-hidden="true" />
                  {a.english}
                </button>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
