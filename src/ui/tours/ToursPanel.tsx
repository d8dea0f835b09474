// The Tours tab of the Study panel: the user's tours (kept on this device) and the atlas's, the one
// being built (TourEditor), a tour a link offered, and files to export and import. Playing a tour
// enters presentation mode at its first step.
import type { Tour } from '../../domain/tours/schema.ts';
import { currentTour } from '../../state/slices/tours.ts';
import { useAtlas } from '../../state/store.ts';
import { loadBuiltInTours } from '../../state/toursStorage.ts';
import { useLoad } from '../../state/useLoad.ts';
import { TourEditor } from './TourEditor.tsx';
import { TourFiles } from './TourFiles.tsx';
import { playTour } from './playTour.ts';
import { PresentButton } from '../present/PresentButton.tsx';
import './tours.css';

const stepsWord = (tour: Tour) => `${tour.steps.length} step${tour.steps.length === 1 ? '' : 's'}`;

function SharedOffer({ tour }: { tour: Tour }) {
  const s = useAtlas.getState();
  return (
    <div className="shared-offer" role="region" aria-label="A shared tour" data-shared-tour="">
      <p>
        A link shared the tour <strong>{tour.name}</strong> ({stepsWord(tour)}).
      </p>
      <button type="button" onClick={() => playTour(tour)}>
        Play it
      </button>
      <button
        type="button"
        onClick={() => {
          s.keepTours([tour], 'Kept on this device:');
          s.offerSharedTour(null);
        }}
      >
        Keep it on this device
      </button>
      <button type="button" onClick={() => s.offerSharedTour(null)}>
        Put it away
      </button>
    </div>
  );
}

export function ToursPanel() {
  const userTours = useAtlas((s) => s.userTours);
  const builtIn = useAtlas((s) => s.builtInTours);
  const current = useAtlas(currentTour);
  const shared = useAtlas((s) => s.sharedTour);
  const message = useAtlas((s) => s.toursMessage);
  useLoad(
    {
      key: 'tours',
      what: "the atlas's tours",
      file: 'data/tours.json',
      enabled: builtIn === null,
      load: loadBuiltInTours,
      done: (tours) => useAtlas.getState().setBuiltInTours(tours),
    },
    [],
  );
  const s = useAtlas.getState();
  return (
    <section className="tours-panel" aria-labelledby="tours-heading">
      <h2 id="tours-heading">Tours</h2>
      <p className="muted small">Steps through the atlas with your captions, played full screen for a class.</p>
      <PresentButton />
      {message && (
        <p className="muted small" data-tours-message="">
          {message}
        </p>
      )}
      {shared && <SharedOffer tour={shared} />}
      <h3>Your tours</h3>
      {userTours.length === 0 ? (
        <p className="muted small">None yet.</p>
      ) : (
        <ul className="tour-list">
          {userTours.map((t) => (
            <li key={t.id}>
              <button type="button" aria-pressed={t.id === current?.id} data-my-tour={t.id} onClick={() => s.openTour(t.id)}>
                {t.name} <span className="muted">({stepsWord(t)})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="set-actions">
        <button type="button" onClick={() => s.newTour()} data-new-tour="">
          New tour
        </button>
        <TourFiles />
      </div>
      {current && <TourEditor tour={current} />}
      <h3>From the atlas</h3>
      {builtIn === null ? (
        <p className="muted small">Loading…</p>
      ) : (
        <ul className="tour-list">
          {builtIn.map((t) => (
            <li key={t.id} data-atlas-tour={t.id}>
              <span>
                {t.name} <span className="muted small">({stepsWord(t)})</span>
              </span>
              <span className="tour-list-actions">
                <button type="button" onClick={() => playTour(t)} aria-label={`Play ${t.name}`}>
                  Play
                </button>
                <button type="button" onClick={() => s.keepTours([t], 'Copied to your tours:')} aria-label={`Copy ${t.name} to your tours`}>
                  Copy
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
