// The tour being built: its name, its steps in order (item, view, caption; move, remove), the step
// to add from what the atlas shows now (the selection, the channel or the protocol lit, and the
// camera), and playing, sharing or deleting it.
import { useState } from 'react';
import type { Tour } from '../../domain/tours/schema.ts';
import { useAtlas } from '../../state/store.ts';
import { currentTourStep, tourItemLabel } from '../../state/tourSteps.ts';
import { TourShareLink } from './TourShareLink.tsx';
import { playTour } from './playTour.ts';

function AddStep() {
  const [caption, setCaption] = useState('');
  // what a step would show, in words (null: nothing is selected, filtered or lit)
  const showing = useAtlas((s) => {
    const step = currentTourStep(s, '');
    return step ? tourItemLabel(step.item, s) : null;
  });
  const add = () => {
    const s = useAtlas.getState();
    const label = showing ?? '';
    const step = currentTourStep(s, caption.trim() || label);
    if (!step) return;
    s.addTourStep(step, label);
    setCaption('');
  };
  return (
    <div className="tour-add">
      <p className="small muted" data-tour-showing="">
        {showing ? `Shown now: ${showing}` : 'Select a point, a scalp zone or an ear point (or filter a channel, or light an ear protocol) to add it.'}
      </p>
      <label className="small">
        Caption (your words)
        <textarea rows={2} maxLength={400} value={caption} onChange={(e) => setCaption(e.target.value)} data-tour-caption="" />
      </label>
      <button type="button" disabled={!showing} onClick={add} data-tour-add="">
        Add as a step, with this camera view
      </button>
    </div>
  );
}

function StepRow({ tour, index }: { tour: Tour; index: number }) {
  const step = tour.steps[index];
  const label = useAtlas((s) => (step ? tourItemLabel(step.item, s) : ''));
  if (!step) return null;
  const s = useAtlas.getState();
  const onEar = step.item.system === 'ear' || step.item.system === 'protocol';
  const view = step.view ? `${step.view.preset}${step.view.orbit ? ', own camera' : ''}` : onEar ? 'on the ear map' : 'framed on the item';
  return (
    <li data-tour-step={index + 1}>
      <p className="tour-step-head">
        <strong>
          {index + 1}. {label}
        </strong>{' '}
        <span className="muted small">({view})</span>
      </p>
      <label className="small">
        Caption
        <textarea
          rows={2}
          maxLength={400}
          defaultValue={step.caption}
          key={step.caption}
          onBlur={(e) => s.captionTourStep(index, e.target.value)}
          aria-label={`Caption of step ${index + 1}`}
        />
      </label>
      <div className="tour-step-actions">
        <button type="button" disabled={index === 0} aria-label={`Move step ${index + 1} up`} onClick={() => s.moveTourStep(index, -1)}>
          ↑
        </button>
        <button type="button" disabled={index === tour.steps.length - 1} aria-label={`Move step ${index + 1} down`} onClick={() => s.moveTourStep(index, 1)}>
          ↓
        </button>
        <button type="button" aria-label={`Remove step ${index + 1}`} onClick={() => s.removeTourStep(index)}>
          Remove
        </button>
      </div>
    </li>
  );
}

export function TourEditor({ tour }: { tour: Tour }) {
  const s = useAtlas.getState();
  return (
    <section className="tour-editor" aria-labelledby="tour-editor-heading" data-tour-editor="">
      <h3 id="tour-editor-heading">Editing: {tour.name}</h3>
      <label className="small">
        Name
        <input
          type="text"
          defaultValue={tour.name}
          key={tour.id + tour.name}
          maxLength={120}
          data-tour-name=""
          onBlur={(e) => s.renameCurrentTour(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') s.renameCurrentTour(e.currentTarget.value);
          }}
        />
      </label>
      {tour.steps.length === 0 ? (
        <p className="muted small">No steps yet.</p>
      ) : (
        <ol className="tour-steps">
          {tour.steps.map((step, i) => (
            <StepRow key={`${i}:${step.item.system}:${step.item.id}`} tour={tour} index={i} />
          ))}
        </ol>
      )}
      <AddStep />
      <div className="set-actions">
        <button type="button" disabled={tour.steps.length === 0} onClick={() => playTour(tour)} data-tour-play="">
          Play
        </button>
        <TourShareLink tour={tour} />
        <button type="button" onClick={() => s.deleteTour(tour.id)}>
          Delete tour
        </button>
      </div>
    </section>
  );
}
