// What lies at and below a chosen injury level: the grade in words, the caution, the segments, the
// points in their dermatomes, the Jiaji beside the level and the scalp and ear zones used in spinal
// cord injury (a click selects one). Loaded only once a level is chosen.
import { useMemo } from 'react';
import { isSpinalSegment, type SegmentId } from '../../../domain/neuro/segments.ts';
import { pointSelection, useAtlas } from '../../../state/store.ts';
import { useRovingList } from '../../../ui/parts/useRovingList.ts';
import { affectedSegments, aisMeaning, injuryEmphasis, jiajiFor, listedPointName, pointsInSegments, zonesForLevel } from '../domain/injury.ts';
import type { SciZone } from '../domain/sciZones.ts';
import { selectPointAreas } from '../state/selectors.ts';

const verified = {
  checked: 'checked against the source',
  secondary: 'checked through a secondary account',
  unverified: 'not yet checked against the source',
} as const;

export function InjuryDetails({ level }: { level: SegmentId }) {
  const grade = useAtlas((s) => s.injuryGrade);
  const records = useAtlas((s) => s.records);
  const conditions = useAtlas((s) => s.conditions);
  const zones = useAtlas((s) => s.sciZones);
  const placed = useAtlas(selectPointAreas);
  const segments = useMemo(() => affectedSegments(level), [level]);
  const emphasis = useMemo(() => injuryEmphasis(level, grade), [level, grade]);
  const points = useMemo(() => pointsInSegments(placed, segments.filter(isSpinalSegment)), [placed, segments]);
  const jiajiLabels = records?.get('EX-B2')?.members?.map((m) => m.label);
  const jiaji = useMemo(() => (jiajiLabels ? jiajiFor(level, jiajiLabels) : null), [level, jiajiLabels]);
  const levelZones = useMemo(() => (zones ? zonesForLevel(zones, level) : null), [zones, level]);
  const cautions = conditions.get('spinal-cord-injury')?.cautions ?? [];
  const { select } = useAtlas.getState();
  const selectPoint = (code: string, index = 1) => {
    const record = records?.get(code);
    if (record) select({ ...pointSelection(record), index });
  };

  return (
    <>
      {grade && (
        <p className="muted">
          AIS {grade}, {aisMeaning[grade]}.
        </p>
      )}
      <div className="injury-caution" role="note">
        <p>
          For education only, not for clinical decisions. Below an injury, skin without feeling cannot warn of a needle&apos;s or a heat&apos;s harm: the
          cautions below apply.
        </p>
        {cautions.map((c) => (
          <p key={c.note}>{c.note}</p>
        ))}
      </div>

      <h3>Segments at and below {level}</h3>
      <ul className="injury-segments" aria-label={`Segments at and below ${level}`}>
        {segments.map((s) => (
          <li key={s} data-segment={s} data-emphasis={emphasis(s) ?? undefined}>
            {s}
            {emphasis(s) === 'level' && <span className="visually-hidden"> (the level)</span>}
          </li>
        ))}
      </ul>
      <p className="muted">
        The neurological level is the lowest segment that still works normally (ISNCSCI): {level}&apos;s own dermatome is normal, and the segments below it are
        the ones affected.
      </p>
      {grade === 'E' && <p className="muted">With grade E, feeling and movement below the level are normal again.</p>}

      <h3>Points in these dermatomes</h3>
      {points === null ? (
        <p className="muted">Listed once the dermatome map of the body shown is loaded.</p>
      ) : (
        <dl className="injury-points">
          {points
            .filter((p) => p.points.length > 0)
            .map((p) => (
              <div key={p.segment}>
                <dt>{p.segment}</dt>
                <dd>
                  {p.points.map((point) => (
                    <button key={listedPointName(point)} type="button" data-point={point.code} onClick={() => selectPoint(point.code, point.member?.index)}>
                      {point.code}
                      {point.member && <span className="member"> {point.member.label}</span>}
                    </button>
                  ))}
                </dd>
              </div>
            ))}
        </dl>
      )}

      <h3>Jiaji (EX-B2) at and around {level}</h3>
      {jiaji && (
        <>
          <ul className="list" aria-label="Jiaji members">
            {jiaji.members.map((m) => (
              <li key={m}>
                <button type="button" data-jiaji={m} onClick={() => selectPoint('EX-B2', (jiajiLabels?.indexOf(m) ?? 0) + 1)}>
                  <span className="code">EX-B2</span> beside {m}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted">
            {jiaji.nearest
              ? `The Jiaji run from T1 to L5; ${level} has none of its own, so the nearest, ${jiaji.members.join(', ')}, is listed.`
              : 'The members beside the injured segment and one above and below it. Each lies beside the gap under its vertebra, where the spinal nerve of the same number leaves; that nerve\u2019s back branch supplies the skin and deep muscles there: the segmental idea behind choosing them.'}
          </p>
          <p className="muted">
            They are named by vertebra and spinal nerve, not by cord segment. The cord is shorter than the spine: its segments lie above the vertebrae of the
            same number, more so lower down (the lumbar and sacral segments lie at about the T11 to L1 vertebrae). Clinics often needle around the injured
            vertebra as imaging shows it, which can be several vertebrae above the members listed here.
          </p>
        </>
      )}

      <h3>Scalp and ear zones used in spinal cord injury</h3>
      {levelZones === null ? <p className="muted">Loading the zones…</p> : <ZoneList zones={levelZones} />}
    </>
  );
}

function ZoneList({ zones }: { zones: readonly SciZone[] }) {
  const who = useAtlas((s) => s.whoLines);
  const selection = useAtlas((s) => s.selection);
  const { ref, onKeyDown, onFocus } = useRovingList<HTMLUListElement>();
  const open = (z: SciZone) => {
    const s = useAtlas.getState();
    if (z.system === 'ear') return s.select({ system: 'ear', id: z.id });
    const line = who.get(z.id);
    if (line) s.setShowWho(true);
    else s.setShowJiao(true);
    s.select({ system: 'scalp', id: z.id, side: line?.laterality === 'midline' ? 'midline' : 'left' });
  };
  return (
    <ul className="list injury-zones" ref={ref} onKeyDown={onKeyDown} onFocus={onFocus}>
      {zones.map((z) => (
        <li key={`${z.system}:${z.id}:${z.part ?? ''}`}>
          <button
            type="button"
            data-sci-zone={z.id}
            aria-current={selection?.system === z.system && selection.id === z.id ? 'true' : undefined}
            onClick={() => open(z)}
          >
            <span className="code">{z.id}</span> {z.system === 'ear' ? `Ear, ${z.name}` : z.name}
            {z.part && <span className="muted">, {z.part}</span>}
          </button>
          <p className="role">{z.role}</p>
          <p className="source">
            {z.source} ({verified[z.verification]})
          </p>
        </li>
      ))}
    </ul>
  );
}
