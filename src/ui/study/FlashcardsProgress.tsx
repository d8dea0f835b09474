// The progress view: the chosen deck's cards due today, new, learning and learned (past the learning
// steps), what is due in every deck, and the channels recalled worst (lowest recall now, then most
// lapses) over every card reviewed on this device.
import { dueToday, progressSummary, weakestChannels } from '../../domain/study/flashcardsSchedule.ts';
import type { CardRef } from '../../domain/study/flashcards.ts';
import { useAtlas } from '../../state/store.ts';

export function FlashcardsProgress({ cards, deckName }: { cards: readonly CardRef[] | null; deckName: string }) {
  const progress = useAtlas((s) => s.flashcardProgress);
  const now = new Date();
  const summary = cards ? progressSummary(cards, progress, now) : null;
  const dueEverywhere = Object.values(progress).filter((p) => dueToday(p, now)).length;
  const weakest = weakestChannels(progress, now);
  return (
    <section className="flashcard-progress" aria-label="Progress" data-flashcard-progress="">
      <h3>Progress: {deckName}</h3>
      {summary ? (
        <dl className="flashcard-counts">
          <div data-count="due">
            <dt>Due today</dt>
            <dd>{summary.dueToday}</dd>
          </div>
          <div data-count="new">
            <dt>New</dt>
            <dd>{summary.new}</dd>
          </div>
          <div data-count="learning">
            <dt>Learning</dt>
            <dd>{summary.learning}</dd>
          </div>
          <div data-count="learned">
            <dt>Learned</dt>
            <dd>{summary.learned}</dd>
          </div>
        </dl>
      ) : (
        <p className="muted">Loading the deck…</p>
      )}
      <p className="muted" data-count="due-all">
        Due today in every deck: {dueEverywhere}
      </p>
      <h3>Weakest channels</h3>
      {weakest.length === 0 ? (
        <p className="muted">Rate a few cards to see which channels you recall least.</p>
      ) : (
        <ol className="flashcard-weakest">
          {weakest.map((w) => (
            <li key={w.group} data-weak={w.group}>
              {w.label}: {Math.round(w.retention * 100)} % recall, {w.lapses} {w.lapses === 1 ? 'lapse' : 'lapses'} ({w.cards}{' '}
              {w.cards === 1 ? 'card' : 'cards'})
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
