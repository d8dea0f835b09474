// The selected direction of the navel: its trigram, where it lies on the navel, its element and
// what the method makes it stand for, the source followed and how far it is confirmed, a needling
// note, and CV8's classical contraindication with how navel needling relates to it.
import { selectedNavel, useAtlas } from '../../../state/store.ts';
import { CardSection } from '../../../ui/parts/CardParts.tsx';
import { CautionList } from '../../../ui/parts/CautionList.tsx';
import { verificationLabels } from '../domain/schema.ts';

const clockWords = (clock: number) => (Number.isInteger(clock) ? `${clock} o'clock` : `half past ${Math.floor(clock)}`);

export function NavelCard() {
  const selected = useAtlas(selectedNavel);
  const navel = useAtlas((s) => s.navel);
  const cv8 = useAtlas((s) => s.records?.get('CV8'));
  const d = navel?.directions.find((x) => x.id === selected?.id);
  if (!navel || !d) return <p className="muted">Loading…</p>;
  const { method } = navel;
  return (
    <article className="card navel-card" aria-labelledby="navel-title">
      <p className="muted">Navel acupuncture · {method.name}</p>
      <h2 id="navel-title">
        <span className="trigram" aria-hidden="true">
          {d.trigram.symbol}
        </span>{' '}
        {d.trigram.name} <span lang="zh-Latn-pinyin">{d.trigram.pinyin}</span> <span lang="zh-Hant">{d.trigram.hanzi.traditional}</span>
        {d.trigram.hanzi.simplified !== d.trigram.hanzi.traditional && <span lang="zh-Hans"> ({d.trigram.hanzi.simplified})</span>}
      </h2>
      <p className="english">
        {d.trigram.image} · {d.element}
      </p>
      {cv8 && <CautionList cautions={cv8.cautions} />}
      <CardSection label="Where on the navel">
        <p>
          On the navel wall at {clockWords(d.clock)}, {d.towards} ({d.direction} in the Later Heaven arrangement).
        </p>
      </CardSection>
      <CardSection label="Correspondences" title="What it stands for">
        <dl className="anatomy">
          <div>
            <dt>organ</dt>
            <dd>{d.organ}</dd>
          </div>
          <div>
            <dt>body part</dt>
            <dd>{d.bodyPart}</dd>
          </div>
          <div>
            <dt>family</dt>
            <dd>{d.family}</dd>
          </div>
          <div>
            <dt>used for</dt>
            <dd>{d.conditions.join('; ')}</dd>
          </div>
        </dl>
      </CardSection>
      <CardSection label="Verification" title={`Sources: ${verificationLabels[d.verification.status].toLowerCase()}`}>
        <p className={`verification verification-${d.verification.status}`} data-verification={d.verification.status}>
          {d.verification.note}
        </p>
        <p className="muted small">
          Orientation ({verificationLabels[method.orientationVerification.status].toLowerCase()}): {method.orientationVerification.note}
        </p>
      </CardSection>
      <CardSection label="Needling">
        <p>{method.needling}</p>
        <p>{method.cv8}</p>
      </CardSection>
      <CardSection label="Sources">
        <ul>
          {method.sources.map((s) => (
            <li key={s.id}>
              {s.followed ? <strong>Followed: </strong> : 'Also read: '}
              {s.title}. <span className="muted small">{s.note}</span>
            </li>
          ))}
        </ul>
        <p className="muted small">Where sources differ: {method.differences.join(' ')}</p>
      </CardSection>
      <button type="button" onClick={() => useAtlas.getState().select(null)}>
        Close
      </button>
    </article>
  );
}
