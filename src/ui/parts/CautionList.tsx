// The cautions of any record (point, scalp zone, ear point), strongest grade first, each with its
// grade, what it is about, the technique it applies to and its source. Nothing when there are none.
import { byGrade, cautionGradeLabels, cautionKindLabels, cautionModalityLabels, type Caution } from '../../domain/schema/cautions.ts';

export function cautionHeading(c: Caution): string {
  const about = c.kind === 'organ' && c.structure ? c.structure.replace(/-/g, ' ') : cautionKindLabels[c.kind];
  const technique = c.modality === 'any' ? '' : `, ${cautionModalityLabels[c.modality]}`;
  return `${cautionGradeLabels[c.grade]} — ${about}${technique}`;
}

export function CautionList({ cautions }: { cautions: readonly Caution[] }) {
  if (cautions.length === 0) return null;
  return (
    <section className="cautions" aria-label="Cautions">
      {byGrade(cautions).map((c, i) => (
        <p key={i} className={`caution ${c.grade}`} data-caution-grade={c.grade} data-caution-kind={c.kind}>
          <strong>{cautionHeading(c)}:</strong> {c.note} <span className="muted small">Source: {c.source.replace(/\.$/, '')}.</span>
        </p>
      ))}
    </section>
  );
}
