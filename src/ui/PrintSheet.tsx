// A printable sheet of items (one point, or a set's items): for each, its names (code, pinyin,
// hanzi, English), where it is, how to find it on the body shown, needling, the cautions for this
// patient (all of them while no patient switch is on) and a small rendered figure with the item
// marked. The figure is given by the caller (the app draws it with the 3D scene or the ear chart):
// the UI never reaches into the scene. One item per page when printed.
import type { ReactNode } from 'react';
import { cautionsForSheet, patientConditionShort, withTechniqueCautions, type PatientCondition, type Technique } from '../domain/cautions/patient.ts';
import { usage } from './sets/SetItemsView.tsx';
import type { PrintItem } from '../domain/link/print.ts';
import type { Caution } from '../domain/schema/cautions.ts';
import { bodyLabels, useAtlas } from '../state/store.ts';
import { guideSentences } from '../systems/points/ui/guideText.ts';
import { needlingText } from '../systems/points/ui/needlingText.ts';
import { CautionList } from './parts/CautionList.tsx';
import { scalpNeedlingText } from '../domain/scalp/needlingText.ts';

export interface PrintSheetProps {
  items: readonly PrintItem[];
  /** the item's figure (a rendered image of the body region or the ear chart with it marked) */
  figure: (item: PrintItem) => ReactNode;
}

export function PrintSheet({ items, figure }: PrintSheetProps) {
  const patient = useAtlas((s) => s.patient);
  return (
    <div className="print-sheet">
      {items.map((item) => (
        <article key={`${item.system}:${item.id}`} className="print-item" data-print-item={`${item.system}:${item.id}`}>
          <div className="print-figure">{figure(item)}</div>
          <div className="print-text">
            <ItemText item={item} patient={patient} />
            {usage(item) && (
              <p className="print-usage" data-print-usage="">
                <strong>In this set:</strong> {usage(item)}
                {item.note ? ` — ${item.note}` : ''}
              </p>
            )}
          </div>
        </article>
      ))}
    </div>
  );
}

function ItemText({ item, patient }: { item: PrintItem; patient: readonly PatientCondition[] }) {
  switch (item.system) {
    case 'points':
      return <PointText code={item.id} patient={patient} technique={item.technique} />;
    case 'scalp':
      return <ZoneText id={item.id} patient={patient} technique={item.technique} />;
    case 'ear':
      return <EarText id={item.id} patient={patient} technique={item.technique} />;
  }
}

function Missing({ item }: { item: string }) {
  return <p className="muted">Loading {item}… (or not in the atlas)</p>;
}

/** The cautions for the patient (with the technique's own when a set says how the item is used), and a line saying what was left out and why. */
function SheetCautions({ cautions, patient, technique }: { cautions: readonly Caution[]; patient: readonly PatientCondition[]; technique?: Technique }) {
  const { shown, left } = cautionsForSheet(withTechniqueCautions(cautions, technique), patient);
  return (
    <section aria-label="Cautions for this patient">
      <h3>Cautions{patient.length > 0 ? ` for this patient (${patient.map((c) => patientConditionShort[c]).join(', ')})` : ''}</h3>
      {shown.length === 0 ? <p>None recorded.</p> : <CautionList cautions={shown} patient={patient} />}
      {left > 0 && (
        <p className="muted small">
          {left} caution{left > 1 ? 's' : ''} about conditions this patient does not have left out.
        </p>
      )}
    </section>
  );
}

function PointText({ code, patient, technique }: { code: string; patient: readonly PatientCondition[]; technique?: Technique }) {
  const point = useAtlas((s) => s.records?.get(code));
  const body = useAtlas((s) => s.body);
  const location = useAtlas((s) => s.locations.find((l) => l.code === code && (l.side === 'left' || l.side === 'midline')));
  const landmarks = useAtlas((s) => s.landmarks);
  if (!point) return <Missing item={code} />;
  return (
    <>
      <h2>
        {point.code} <span lang="zh-Latn-pinyin">{point.pinyin}</span> <span lang="zh-Hant">{point.hanzi.traditional}</span>
        {point.hanzi.simplified !== point.hanzi.traditional && <span lang="zh-Hans"> ({point.hanzi.simplified})</span>}
      </h2>
      <p className="english">{point.english}</p>
      <h3>Location</h3>
      <p>{point.location}</p>
      {location && (
        <>
          <h3>How to find it (on the {bodyLabels[body].toLowerCase()} body)</h3>
          <ol>
            {guideSentences(location.guide, point.code, (id) => landmarks.find((l) => l.id === id || l.key === id)?.name).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ol>
        </>
      )}
      <h3>Needling</h3>
      <p>{needlingText(point, location, body)}</p>
      <SheetCautions cautions={point.cautions} patient={patient} technique={technique} />
      <p className="muted small">Source: {point.source}</p>
    </>
  );
}

function ZoneText({ id, patient, technique }: { id: string; patient: readonly PatientCondition[]; technique?: Technique }) {
  const line = useAtlas((s) => s.whoLines.get(id));
  const area = useAtlas((s) => s.jiaoAreas.get(id));
  const record = line ?? area;
  if (!record) return <Missing item={id} />;
  return (
    <>
      <h2>
        {line ? `${line.code} ` : ''}
        <span lang="zh-Latn-pinyin">{record.pinyin}</span> <span lang="zh-Hant">{record.hanzi.traditional}</span>
      </h2>
      <p className="english">
        {record.english} {line ? '(WHO standard scalp line)' : "(Jiao Shunfa's scalp area)"}
      </p>
      <h3>Location</h3>
      <p>{record.location}</p>
      <h3>Needling</h3>
      <p>{scalpNeedlingText(record.needling)}</p>
      <SheetCautions cautions={record.cautions} patient={patient} technique={technique} />
      <p className="muted small">Source: {record.source}</p>
    </>
  );
}

function EarText({ id, patient, technique }: { id: string; patient: readonly PatientCondition[]; technique?: Technique }) {
  const point = useAtlas((s) => s.ear?.points.find((p) => p.id === id));
  if (!point) return <Missing item={id} />;
  return (
    <>
      <h2>
        {point.system === 'gbt13734-2008' ? `${point.code} ` : ''}
        {point.pinyin && <span lang="zh-Latn-pinyin">{point.pinyin}</span>} {point.hanzi && <span lang="zh-Hans">{point.hanzi.simplified}</span>}
      </h2>
      <p className="english">{point.english} (ear point)</p>
      <h3>Location</h3>
      <p>
        {point.location} Zone {point.zones.join(', ')}, {point.part.replace(/-/g, ' ')}.
      </p>
      <h3>Technique</h3>
      <p>Pressed, taped with seeds or needled with fine or press needles. {point.note ?? ''}</p>
      <SheetCautions cautions={point.cautions} patient={patient} technique={technique} />
    </>
  );
}
