// Everything about the selected point, beside the body: names, location, how to find it on this
// body, needling (cun and mm on this body), indications, categories, cautions first and only where
// they exist, anatomy, source and whether the location has been checked.
import { channelInfo, channelOfCode } from '../../../domain/points/channels.ts';
import type { LocationCheck } from '../../../domain/points/placement.ts';
import type { PointCategory } from '../../../domain/schema/points.ts';
import { bodyLabels, channelSequence, selectedPoint, useAtlas } from '../../../state/store.ts';
import { guideSentences } from './guideText.ts';
import { CardSection, ConditionChips, SourceLine } from '../../../ui/parts/CardParts.tsx';
import { CautionList } from '../../../ui/parts/CautionList.tsx';
import { AddToSetButton } from '../../../ui/sets/AddToSet.tsx';
import { itemOfSelection } from '../../../state/setItems.ts';
import { needlingText } from './needlingText.ts';
import { ElectroSection } from '../../electro/ui/ElectroSection.tsx';
import { areaOfPoint } from '../../dermatomes/domain/mapFile.ts';

function categoryLabel(c: PointCategory): string {
  switch (c.kind) {
    case 'five-shu':
      return `${c.role.replace('-', ' ')} (${c.phase})`;
    case 'back-shu':
      return `back-shu of the ${c.organ.replace(/-/g, ' ')}`;
    case 'front-mu':
      return `front-mu of the ${c.organ.replace(/-/g, ' ')}`;
    case 'lower-he-sea':
      return `lower he-sea of the ${c.organ.replace(/-/g, ' ')}`;
    case 'eight-influential':
      return `influential point of ${c.tissue.replace('-', ' ')}`;
    case 'eight-confluent':
      return `confluent point of the ${c.vessel} vessel`;
    case 'four-command':
      return `command point of the ${c.area}`;
    case 'crossing':
      return `crossing of ${c.channels.join(', ')}`;
    default:
      return c.kind.replace('-', ' ');
  }
}

export function PointCard() {
  const selected = useAtlas(selectedPoint);
  const records = useAtlas((s) => s.records);
  const locations = useAtlas((s) => s.locations);
  const body = useAtlas((s) => s.body);
  const landmarks = useAtlas((s) => s.landmarks);
  const dermatomeMap = useAtlas((s) => s.dermatomeMap);
  const { select, stepAlongChannel } = useAtlas.getState();

  const point = selected ? records?.get(selected.id) : undefined;
  const check = useAtlas((s) => (selected ? s.locationChecks[selected.id] : undefined));
  if (!selected || !point || !records) return null;
  const location = locations.find((l) => l.code === selected.id && l.side === selected.side && l.index === selected.index);
  const channel = channelOfCode(point.code);
  const sequence = channelSequence(records, channel);
  const at = sequence.indexOf(point.code);
  // the skin area at this point (this member's) on the body shown, once the map of the body is loaded
  const dermatome = dermatomeMap ? areaOfPoint(dermatomeMap, point.code, selected.index) : undefined;

  return (
    <article className="card" aria-labelledby="point-title">
      <header>
        <p className="muted">
          <span className="swatch" style={{ background: channelInfo[channel].color }} aria-hidden="true" />
          {point.channel ? `${channelInfo[channel].name} channel, point ${point.number}` : 'Extra point'}
          {selected.side !== 'midline' ? ` · ${selected.side} side` : ' · midline'}
          {location?.label ? ` · ${location.label}` : ''}
        </p>
        <h2 id="point-title">
          {point.code} <span lang="zh-Latn-pinyin">{point.pinyin}</span> <span lang="zh-Hant">{point.hanzi.traditional}</span>
          {point.hanzi.simplified !== point.hanzi.traditional && <span lang="zh-Hans"> ({point.hanzi.simplified})</span>}
        </h2>
        <p className="english">{point.english}</p>
        {point.aliases.length > 0 && <p className="muted">Also coded {point.aliases.join(', ')}</p>}
      </header>
      <AddToSetButton item={itemOfSelection(selected)} />

      <CautionList cautions={point.cautions} />

      <CardSection label="Location">
        <p>{point.location}</p>
        {point.alternative && (
          <p className="muted">
            <strong>Alternative location:</strong> {point.alternative.location} {point.alternative.note}
          </p>
        )}
      </CardSection>

      {location && (
        <CardSection label="How to find it" title={`How to find it on the ${bodyLabels[body].toLowerCase()} body`}>
          <ol>
            {guideSentences(location.guide, point.code, (id) => landmarks.find((l) => l.id === id || l.key === id)?.name).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </CardSection>
      )}

      <CardSection label="Needling">
        <p>{needlingText(point, location, body)}</p>
      </CardSection>

      <ConditionChips ids={point.indications} />

      <ElectroSection code={point.code} side={selected.side} />

      {point.categories.length > 0 && (
        <CardSection label="Categories">
          <ul className="chips">
            {point.categories.map((c, i) => (
              <li key={i} className="chip">
                {categoryLabel(c)}
              </li>
            ))}
          </ul>
        </CardSection>
      )}

      <CardSection label="Anatomy">
        <dl className="anatomy">
          {(['muscles', 'nerves', 'vessels'] as const).map((k) =>
            point.anatomy[k].length > 0 ? (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{point.anatomy[k].join(', ')}</dd>
              </div>
            ) : null,
          )}
          {dermatome && (
            <div>
              <dt>dermatome</dt>
              <dd>
                {dermatome} ({dermatome.startsWith('V') ? 'trigeminal division' : 'spinal segment'}, where the point lies on this body)
              </dd>
            </div>
          )}
        </dl>
      </CardSection>

      <SourceLine source={point.source} />
      <LocationCheckNote check={check} />

      <p className="card-actions">
        <button type="button" onClick={() => useAtlas.getState().setPrintItems([{ system: 'points', id: point.code }])}>
          Print sheet
        </button>
      </p>

      <nav className="card-nav" aria-label="Along the channel">
        <button type="button" onClick={() => stepAlongChannel(-1)} disabled={at <= 0} aria-keyshortcuts="[">
          ← {sequence[at - 1] ?? 'Previous'}
        </button>
        <button type="button" onClick={() => select(null)} aria-keyshortcuts="Escape">
          Close
        </button>
        <button type="button" onClick={() => stepAlongChannel(1)} disabled={at < 0 || at >= sequence.length - 1} aria-keyshortcuts="]">
          {sequence[at + 1] ?? 'Next'} →
        </button>
      </nav>
    </article>
  );
}

const checkWords: Record<LocationCheck['status'], (n: number) => string> = {
  checked: (n) =>
    `Location checked: on both bodies this point sits where the standard's description puts it (${n} measurements: the side of the body it faces, its level and its distances from the landmarks and points the description names, in this body's own cun).`,
  failed: () =>
    'Location under review: on at least one body it does not yet sit exactly where the standard describes it. Use the description above and your teacher’s guidance.',
  unchecked: () => 'Location not yet checked: it follows the rule above, but it has not been measured against the standard’s description.',
};

/** What "checked" means, in words a student understands. */
function LocationCheckNote({ check }: { check: LocationCheck | undefined }) {
  const status = check?.status ?? 'unchecked';
  const words = checkWords[status];
  return <p className={`muted small location-check location-check-${status}`}>{words(check?.assertions ?? 0)}</p>;
}
