// One flashcard at a time. Name → location: the front names the item; "Show" selects it, so the body
// frames it and its card opens with the how-to-find guide. Location → name: the front lights the
// point on the body, the line or area on the head, or the ear point and its zone on the ear chart,
// with no name (studySelectors.ts), and the student recalls it; "Show" selects it.
// Then Again / Hard / Good / Easy (buttons, or keys 1 to 4), each with the interval it would give.
import { useEffect, useRef } from 'react';
import { cardKey, directionLabels, type CardRef } from '../../domain/study/flashcards.ts';
import { cardRatings, intervalText, nextCard, nextDueByRating, ratingLabels, review, type CardRating } from '../../domain/study/flashcardsSchedule.ts';
import { itemLabel } from '../../state/setItems.ts';
import { pointSelection, useAtlas, type Selection } from '../../state/store.ts';
import { Button } from '../kit/Button.tsx';

/** What selecting the card's item selects (as its system opens a search hit of it). */
function selectionOf(card: CardRef): Selection | null {
  const s = useAtlas.getState();
  const { system, id } = card.item;
  if (system === 'points') {
    const record = s.records?.get(id);
    return record ? pointSelection(record) : null;
  }
  if (system === 'scalp') {
    const line = s.whoLines.get(id);
    if (line) s.setShowWho(true);
    else s.setShowJiao(true);
    return { system, id, side: line?.laterality === 'midline' ? 'midline' : 'left' };
  }
  return { system, id };
}

/** The front of a location → name card, by what is lit and where. */
const litPrompt: Record<CardRef['item']['system'], string> = {
  points: 'Which point is lit on the body? Recall its name.',
  scalp: 'Which scalp line or area is lit on the head? Recall its name.',
  ear: 'Which ear point is lit on the chart (its zone outlined)? Recall its name.',
};

function rate(rating: CardRating): void {
  const s = useAtlas.getState();
  const session = s.flashcardSession;
  const card = session?.current;
  if (!session?.revealed || !card) return;
  const now = new Date();
  const progress = review(card, s.flashcardProgress[cardKey(card)], rating, now);
  const next = nextCard(session.cards, { ...s.flashcardProgress, [cardKey(card)]: progress }, now);
  s.rateFlashcard(progress, next);
}

function reveal(card: CardRef): void {
  const s = useAtlas.getState();
  s.revealFlashcard();
  const selection = selectionOf(card);
  if (selection) s.select(selection);
}

/** Keys 1 to 4 rate a shown card, wherever the focus is but in a text field or on the 3D view (whose 1 to 8 are views). */
function useRatingKeys(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (e.ctrlKey || e.metaKey || e.altKey || (target && (['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) || target.closest('#stage-view')))) return;
      const rating = cardRatings[Number(e.key) - 1];
      if (!rating) return;
      e.preventDefault();
      rate(rating);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}

export function FlashcardSession() {
  const session = useAtlas((s) => s.flashcardSession);
  const progress = useAtlas((s) => (session?.current ? s.flashcardProgress[cardKey(session.current)] : undefined));
  const name = useAtlas((s) => (session?.current ? itemLabel(session.current.item, s) : ''));
  const showButton = useRef<HTMLButtonElement>(null);
  const firstRating = useRef<HTMLButtonElement>(null);
  const card = session?.current ?? null;
  const revealed = session?.revealed ?? false;
  useRatingKeys(revealed);
  // the keyboard follows the card: Show on a front, the ratings once it is shown
  useEffect(() => (revealed ? firstRating : showButton).current?.focus(), [card, revealed]);
  if (!session) return null;
  if (!card)
    return (
      <div className="flashcard done" data-flashcards-done="">
        <p>
          Session done: {session.rated} {session.rated === 1 ? 'card' : 'cards'} rated. Nothing more is due now.
        </p>
        <Button onClick={() => useAtlas.getState().endFlashcards()}>Back to the decks</Button>
      </div>
    );
  const asksName = card.direction === 'location-to-name';
  const now = new Date();
  const due = revealed ? nextDueByRating(progress, now) : null;
  return (
    <div className="flashcard" data-flashcard={cardKey(card)} data-revealed={revealed ? 'true' : 'false'}>
      <p className="flashcard-meta muted">
        {directionLabels[card.direction]} · {progress ? 'review' : 'new card'} · {session.rated} rated
      </p>
      <div className="flashcard-face" aria-live="polite">
        {asksName && !revealed && <p className="flashcard-prompt">{litPrompt[card.item.system]}</p>}
        {(!asksName || revealed) && <p className="flashcard-name">{name}</p>}
        {!asksName && !revealed && <p className="flashcard-prompt">Where is it? Find it {card.item.system === 'ear' ? 'on the ear chart' : 'on the body'}.</p>}
        {revealed && <p className="muted flashcard-prompt">{asksName ? 'Its card is open.' : 'Shown on the body, with its card.'} How well did you know it?</p>}
      </div>
      {!revealed ? (
        // (native buttons where the focus is moved: the kit's Button takes no ref)
        <button type="button" ref={showButton} className="kit-button flashcard-show" onClick={() => reveal(card)} data-flashcard-show="">
          Show
        </button>
      ) : (
        <div className="flashcard-ratings" role="group" aria-label="How well did you know it? (keys 1 to 4)">
          {cardRatings.map((r, i) => (
            <button
              type="button"
              key={r}
              ref={i === 0 ? firstRating : undefined}
              className="kit-button"
              onClick={() => rate(r)}
              data-rating={r}
              aria-keyshortcuts={String(i + 1)}
            >
              <span>
                <kbd>{i + 1}</kbd> {ratingLabels[r]}
              </span>
              <span className="muted">{due ? intervalText(now, due[r]) : ''}</span>
            </button>
          ))}
        </div>
      )}
      <Button quiet onClick={() => useAtlas.getState().endFlashcards()}>
        End session
      </Button>
    </div>
  );
}
