// The selected scalp line or area: names, location, the body parts its stretches map to, what it
// is used for, needling, and its cautions first.
import { selectedZone, useAtlas } from '../../../state/store.ts';
import { CardSection, ConditionChips, SourceLine } from '../../../ui/parts/CardParts.tsx';
import { AddToSetButton } from '../../../ui/sets/AddToSet.tsx';
import { itemOfSelection } from '../../../state/setItems.ts';
import { CautionList } from '../../../ui/parts/CautionList.tsx';
import { scalpNeedlingText } from '../../../domain/scalp/needlingText.ts';

export function ZoneCard() {
  const zone = useAtlas(selectedZone);
  const who = useAtlas((s) => s.whoLines);
  const jiao = useAtlas((s) => s.jiaoAreas);
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
        {line ? `${line.code} ` : ''}
        <span lang="zh-Latn-pinyin">{record.pinyin}</span> <span lang="zh-Hant">{record.hanzi.traditional}</span>
      </h2>
      <p className="english">{record.english}</p>
      <AddToSetButton item={itemOfSelection(zone)} />
      <CautionList cautions={record.cautions} />
      <CardSection label="Location">
        <p>{record.location}</p>
      </CardSection>
      {area && (
        <CardSection label="Body parts" title="What each stretch maps to">
          <ul>
            {area.segments.map((s, i) => (
              <li key={i}>
                {Math.round(s.range[0] * 100)}–{Math.round(s.range[1] * 100)} %: {s.bodyParts.join(', ').replace(/-/g, ' ')} ({s.serves} side)
                {s.note ? ` — ${s.note}` : ''}
              </li>
            ))}
          </ul>
        </CardSection>
      )}
      <ConditionChips ids={record.indications} />
      <CardSection label="Needling">
        <p>{scalpNeedlingText(record.needling)}</p>
      </CardSection>
      <SourceLine source={record.source} />
      <button type="button" onClick={() => useAtlas.getState().select(null)}>
        Close
      </button>
    </article>
  );
}
