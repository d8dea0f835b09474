// The chosen electro-acupuncture pair: its two needles (each opens its point's card), what it is for,
// the stimulation its source gives, the cautions of the current first, then each point's own
// cautions that apply to electro-acupuncture, the source and how far we could confirm it.
import { selectedPair, useAtlas } from '../../../state/store.ts';
import { modalityApplies } from '../../../domain/cautions/patient.ts';
import { CardSection, SourceLine } from '../../../ui/parts/CardParts.tsx';
import { CautionList } from '../../../ui/parts/CautionList.tsx';
import { needleWords, pairTitle } from './pairWords.ts';

const statusWords = { confirmed: 'Confirmed', 'partly-confirmed': 'Partly confirmed', unconfirmed: 'Not confirmed' } as const;

export function ElectroCard() {
  const selected = useAtlas(selectedPair);
  const electro = useAtlas((s) => s.electro);
  const records = useAtlas((s) => s.records);
  const pair = electro?.pairs.find((p) => p.id === selected?.id);
  if (!selected || !electro || !pair) return <p className="muted">Loading…</p>;
  const { select } = useAtlas.getState();
  const side = pair.across ? 'left and right' : `${selected.side} side`;
  const pointCautions = [pair.a, pair.b].flatMap((e) => (records?.get(e.code)?.cautions ?? []).filter((c) => modalityApplies(c.modality, 'electro')));
  return (
    <article className="card electro-card" aria-labelledby="electro-title">
      <p className="muted">Electro-acupuncture pair · {side}</p>
      <h2 id="electro-title">{pairTitle(pair, records)}</h2>
      <p className="english">{pair.purpose}</p>
      <CautionList cautions={electro.cautions} />
      <CardSection label="Needles">
        <ul className="chips">
          {[pair.a, pair.b].map((e, i) => (
            <li key={i}>
              <button
                type="button"
                className="chip"
                onClick={() =>
                  select({
                    system: 'points',
                    id: e.code,
                    side:
                      records?.get(e.code)?.laterality === 'midline'
                        ? 'midline'
                        : i === 1 && pair.across
                          ? selected.side === 'left'
                            ? 'right'
                            : 'left'
                          : selected.side,
                    index: e.member ?? 1,
                  })
                }
              >
                {needleWords(e, records)} {records?.get(e.code)?.pinyin ?? ''}
              </button>
            </li>
          ))}
        </ul>
        <div className="group" role="group" aria-label="Side of the body">
          {(['left', 'right'] as const).map((s) => (
            <button key={s} type="button" aria-pressed={selected.side === s} onClick={() => select({ ...selected, side: s })}>
              {s === 'left' ? 'Left side' : 'Right side'}
            </button>
          ))}
        </div>
      </CardSection>
      {pair.frequency && (
        <CardSection label="Stimulation">
          <p>{pair.frequency}</p>
          <p className="muted small">{electro.frequencyNote}</p>
        </CardSection>
      )}
      {pointCautions.length > 0 && (
        <CardSection label="Point cautions" title="The points' own cautions">
          <CautionList cautions={pointCautions} />
        </CardSection>
      )}
      <CardSection label="Verification" title={`Source: ${statusWords[pair.verification.status].toLowerCase()}`}>
        <p data-verification={pair.verification.status}>{pair.verification.note}</p>
      </CardSection>
      <SourceLine source={pair.source} />
      <button type="button" onClick={() => select(null)}>
        Close
      </button>
    </article>
  );
}
