// The selected ear point: code and names, its map (system), zone and part, where it is in our
// words, its cautions, what it is used for, the other map's location of the same concept, the protocols using it.
import { selectedEarPoint, useAtlas } from '../../../state/store.ts';
import { systemLabel } from './earView.ts';
import { CardSection, ConditionChips } from '../../../ui/parts/CardParts.tsx';
import { AddToSetButton } from '../../../ui/sets/AddToSet.tsx';
import { CautionList } from '../../../ui/parts/CautionList.tsx';

export function EarCard() {
  const id = useAtlas((s) => selectedEarPoint(s)?.id ?? null);
  const ear = useAtlas((s) => s.ear);
  const point = ear?.points.find((p) => p.id === id);
  if (!ear || !point) return null;
  const counterparts = ear.points.filter((p) => p.id !== point.id && ((point.sameConceptAs && p.id === point.sameConceptAs) || p.sameConceptAs === point.id));
  const protocols = ear.protocols.filter((pr) => pr.points.some((x) => x.ref === point.id));
  const select = (id: string | null) => useAtlas.getState().select(id ? { system: 'ear', id } : null);
  return (
    <article className="card" aria-labelledby="ear-point-title" data-ear-card={point.id}>
      <p className="muted">
        Ear point · {systemLabel(point.system)}
        {point.side !== 'both' ? ` · ${point.side} ear only` : ''}
      </p>
      <h2 id="ear-point-title">
        {point.system === 'gbt13734-2008' && <>{point.code} </>}
        {point.pinyin && <span lang="zh-Latn-pinyin">{point.pinyin}</span>} {point.hanzi && <span lang="zh-Hans">{point.hanzi.simplified}</span>}
      </h2>
      <p className="english">
        {point.english}
        {point.aliases.length ? ` (also: ${point.aliases.join(', ')})` : ''}
      </p>
      <p>
        <strong>Zone:</strong> {point.zones.join(', ')}
        {point.onBoundary ? ' (on the border between them)' : ''} · {point.part.replace(/-/g, ' ')}
        {point.face === 'medial' ? ' · inner (medial) surface' : point.face === 'posterior' ? ' · back of the ear' : ''}
      </p>
      <AddToSetButton item={{ system: 'ear', id: point.id }} />
      <CautionList cautions={point.cautions} />
      <CardSection label="Location">
        <p>{point.location}</p>
      </CardSection>
      <ConditionChips ids={point.indications} />
      {counterparts.length > 0 && (
        <CardSection label="Other map" title={point.system === 'nogier' ? 'Chinese standard location' : 'European (Nogier) location'}>
          <ul>
            {counterparts.map((c) => (
              <li key={c.id}>
                <button type="button" className="link" onClick={() => select(c.id)}>
                  {c.system === 'nogier' ? c.english : `${c.code} ${c.english}`}
                </button>{' '}
                — zone {c.zones.join(', ')}
              </li>
            ))}
          </ul>
        </CardSection>
      )}
      {protocols.length > 0 && (
        <CardSection label="Protocols" title="In protocols">
          <ul>
            {protocols.map((pr) => (
              <li key={pr.id}>
                <button type="button" className="link" onClick={() => useAtlas.getState().setProtocol(pr.id)}>
                  {pr.name}
                </button>
              </li>
            ))}
          </ul>
        </CardSection>
      )}
      {point.confidence && point.confidence !== 'high' && (
        <p className="muted small">Location confidence: {point.confidence}. European maps differ between schools and editions.</p>
      )}
      {point.note && <p className="muted small">{point.note}</p>}
      <p className="muted small">
        Ear points are pressed, taped with seeds or needled with fine or press needles by trained practitioners. Avoid needling an inflamed or broken ear, and
        take care with bleeding disorders and anticoagulants. For education, not medical advice.
      </p>
      <button type="button" onClick={() => select(null)}>
        Close
      </button>
    </article>
  );
}
