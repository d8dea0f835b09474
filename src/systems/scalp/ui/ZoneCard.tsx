// The selected scalp line or area: names, location, the body parts its stretches map to, what it
// is used for, needling.
import { selectedZone, useAtlas } from '../../../state/store.ts';

export function ZoneCard() {
  const zone = useAtlas(selectedZone);
  const who = useAtlas((s) => s.whoLines);
  const jiao = useAtlas((s) => s.jiaoAreas);
  const conditions = useAtlas((s) => s.conditions);
  if (!zone) return null;
  const line = who.get(zone.id);
  const area = jiao.get(zone.id);
  const record = line ?? area;
  if (!record) return null;
  return (
    <article className="card" aria-labelledby="zone-title">
      <p className="muted">
        {line ? `WHO standard scalp line · ${line.region} · on the ${line.channel} channel` : "Jiao Shunfa's scalp area"}
        {zone.side !== 'midline' ? ` · ${zone.side} side` : ' · midline'}
      </p>
      <h2 id="zone-title">
        {line ? `${line.code} ` : ''}<span lang="zh-Latn-pinyin">{record.pinyin}</span> <span lang="zh-Hant">{record.hanzi.traditional}</span>
      </h2>
      <p className="english">{record.english}</p>
      <section aria-label="Location">
        <h3>Location</h3>
        <p>{record.location}</p>
      </section>
      {area && (
        <section aria-label="Body parts">
          <h3>What each stretch maps to</h3>
          <ul>
            {area.segments.map((s, i) => (
              <li key={i}>
                {Math.round(s.range[0] * 100)}–{Math.round(s.range[1] * 100)} %: {s.bodyParts.join(', ').replace(/-/g, ' ')} ({s.serves} side){s.note ? ` — ${s.note}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Indications">
        <h3>Used for</h3>
        <ul className="chips">
          {record.indications.map((id) => (
            <li key={id} className="chip">{conditions.get(id)?.name ?? id}</li>
          ))}
        </ul>
      </section>
      <section aria-label="Needling">
        <h3>Needling</h3>
        <p>
          {record.needling.angle}, {record.needling.depth}; {record.needling.direction}. {record.needling.notes ?? ''}
        </p>
      </section>
      <p className="muted small">Source: {record.source}</p>
      <button type="button" onClick={() => useAtlas.getState().select(null)}>Close</button>
    </article>
  );
}
