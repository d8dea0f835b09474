// The print view (`?print=point:ST36`, or a list of items): the sheet alone, without the atlas's
// toolbar and panels, black on white, one item per page. Its bar (print, back to the atlas) is on
// screen only. The figures are drawn here: the body with the 3D scene, ear points on the ear chart.
import { patientConditionShort } from '../domain/cautions/patient.ts';
import type { PrintItem } from '../domain/link/print.ts';
import { PrintFigure } from '../scene/PrintFigure.tsx';
import { useAtlas } from '../state/store.ts';
import { EarPrintFigure } from '../systems/ear/ui/EarPrintFigure.tsx';
import { PrintSheet } from '../ui/PrintSheet.tsx';
import { printColours } from '../theme/tokens.ts';
import type { CSSProperties } from 'react';

// the sheet's two colours as CSS variables (tokens.ts: printColours), whatever the theme on screen
const sheetColours = { '--print-ink': printColours.ink, '--print-paper': printColours.paper } as CSSProperties;

function Figure({ item }: { item: PrintItem }) {
  const ear = useAtlas((s) => s.ear);
  const earPoint = item.system === 'ear' ? ear?.points.find((p) => p.id === item.id) : undefined;
  if (item.system === 'ear') return ear && earPoint ? <EarPrintFigure ear={ear} point={earPoint} /> : null;
  return <PrintFigure item={item} label={item.id} />;
}

export function PrintView({ items }: { items: readonly PrintItem[] }) {
  const patient = useAtlas((s) => s.patient);
  return (
    <div className="print-view" style={sheetColours}>
      <div className="print-bar" role="toolbar" aria-label="Print">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" onClick={() => useAtlas.getState().setPrintItems(null)}>
          Back to the atlas
        </button>
        <span className="muted small">One item per page; the cautions follow the patient switches of the atlas.</span>
      </div>
      <header className="print-head">
        <p>
          <strong>Acupoint Atlas</strong> ·{' '}
          {patient.length > 0 ? `Patient: ${patient.map((c) => patientConditionShort[c]).join(', ')}` : 'No patient conditions given: every caution is listed'}{' '}
          · For education only, not medical advice.
        </p>
      </header>
      <PrintSheet items={items} figure={(item) => <Figure item={item} />} />
    </div>
  );
}
