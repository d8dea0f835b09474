// The injury level panel: choose a neurological level and an ASIA grade, and read what lies at and
// below it (InjuryDetails, loaded once a level is chosen); the sensory examination folds open below
// (its grid loaded when first opened). Both stay out of the atlas's first load.
import { lazy, Suspense, useState } from 'react';
import { spinalSegments } from '../../../domain/neuro/segments.ts';
import { useAtlas } from '../../../state/store.ts';
import { Select } from '../../../ui/kit/Select.tsx';
import { aisGrades, aisMeaning } from '../domain/injury.ts';
import './injury.css';

const InjuryDetails = lazy(() => import('./InjuryDetails.tsx').then((m) => ({ default: m.InjuryDetails })));
const SensoryExamForm = lazy(() => import('./SensoryExamForm.tsx').then((m) => ({ default: m.SensoryExamForm })));

const levelOptions = spinalSegments.map((s) => ({ value: s, label: s }));
const gradeOptions = aisGrades.map((g) => ({ value: g, label: `${g}: ${aisMeaning[g].split(':')[0]}` }));
const loading = <p className="muted">Loading…</p>;

export function InjuryPanel() {
  const level = useAtlas((s) => s.injuryLevel);
  const grade = useAtlas((s) => s.injuryGrade);
  const { setInjury, setInjuryGrade } = useAtlas.getState();
  const [examOpen, setExamOpen] = useState(false);
  return (
    <section className="injury-panel" aria-labelledby="injury-heading">
      <h2 id="injury-heading">Spinal cord injury level</h2>
      <div className="injury-choose">
        <Select label="Neurological level" options={levelOptions} value={level} onChange={(l) => setInjury(l)} none="None" />
        {level && <Select label="ASIA grade" options={gradeOptions} value={grade} onChange={setInjuryGrade} none="Not given" />}
      </div>
      {level && (
        <Suspense fallback={loading}>
          <InjuryDetails level={level} />
        </Suspense>
      )}
      <details className="sensory-exam" onToggle={(e) => setExamOpen(e.currentTarget.open)}>
        <summary>Sensory examination (ISNCSCI)</summary>
        {examOpen && (
          <Suspense fallback={loading}>
            <SensoryExamForm />
          </Suspense>
        )}
      </details>
    </section>
  );
}
