// The Flashcards tab of the Study panel: choose a deck and the directions, then a session (due
// cards first, then new ones up to the day's limit), the progress view, and the progress file.
// Loaded with the tab (studyTabs.ts): the scheduler and the saved progress come with it.
import { useEffect, useMemo, useState } from 'react';
import { deckLabel, type Deck, type StudyItem } from '../../domain/study/decks.ts';
import { cardKey, cardsOf, newPerDayChoices, type CardDirection, type CardRef } from '../../domain/study/flashcards.ts';
import { nextCard, sessionCards } from '../../domain/study/flashcardsSchedule.ts';
import { browserStorage, reportSavedProblem } from '../../state/device.ts';
import { loadDeckItems } from '../../state/flashcardDecks.ts';
import { keepFlashcardsOnDevice } from '../../state/flashcardsStorage.ts';
import { useAtlas } from '../../state/store.ts';
import { Button } from '../kit/Button.tsx';
import { Select } from '../kit/Select.tsx';
import { FlashcardDeckChooser } from './FlashcardDeckChooser.tsx';
import { FlashcardFiles } from './FlashcardFiles.tsx';
import { FlashcardSession } from './FlashcardSession.tsx';
import { FlashcardsProgress } from './FlashcardsProgress.tsx';
import './flashcards.css';

// the saved progress is read when this chunk first loads, and kept from then on
if (!useAtlas.getState().flashcardsRestored) keepFlashcardsOnDevice(useAtlas, browserStorage, reportSavedProblem);

/** The cards of some items, both ways for every system: a point, a scalp line or area and an ear point can each be lit without its name. */
const deckCards = (items: readonly StudyItem[], directions: readonly CardDirection[]): CardRef[] => cardsOf(items, directions);

export function Flashcards() {
  const session = useAtlas((s) => s.flashcardSession);
  const progress = useAtlas((s) => s.flashcardProgress);
  const newPerDay = useAtlas((s) => s.newCardsPerDay);
  const sets = useAtlas((s) => s.userSets);
  const [deck, setDeck] = useState<Deck>(() => session?.deck ?? { kind: 'channel', channel: 'LU' });
  const [directions, setDirections] = useState<CardDirection[]>(() => session?.directions ?? ['name-to-location', 'location-to-name']);
  const [loaded, setLoaded] = useState<{ deck: Deck; items: StudyItem[] } | { deck: Deck; error: string } | null>(null);
  useEffect(() => {
    let current = true;
    loadDeckItems(deck, useAtlas.getState()).then(
      (items) => current && setLoaded({ deck, items }),
      (e: unknown) => current && setLoaded({ deck, error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      current = false;
    };
  }, [deck]);
  const items = loaded?.deck === deck && 'items' in loaded ? loaded.items : null;
  const cards = useMemo(() => (items ? deckCards(items, directions) : null), [items, directions]);
  const now = new Date();
  const planned = cards ? sessionCards(cards, progress, now, newPerDay) : [];
  const plannedNew = planned.filter((c) => !progress[cardKey(c)]).length;
  const start = () => {
    const first = nextCard(planned, progress, new Date());
    useAtlas.getState().startFlashcards({ deck, directions, cards: planned, current: first });
  };
  return (
    <div className="flashcards" data-flashcards="">
      {session ? (
        <FlashcardSession />
      ) : (
        <>
          <FlashcardDeckChooser deck={deck} directions={directions} onDeck={setDeck} onDirections={setDirections} />
          <Select
            label="New cards a day"
            options={newPerDayChoices.map((n) => ({ value: String(n), label: String(n) }))}
            value={String(newPerDay)}
            onChange={(n) => n && useAtlas.getState().setNewCardsPerDay(Number(n))}
          />
          {loaded && 'error' in loaded && loaded.deck === deck && <p role="alert">The deck could not be loaded: {loaded.error}</p>}
          <p className="flashcard-plan">
            {cards === null
              ? 'Loading the deck…'
              : planned.length === 0
                ? 'Nothing is due in this deck, and no new cards are left for today.'
                : `${planned.length - plannedNew} due and ${plannedNew} new ${plannedNew === 1 ? 'card' : 'cards'} to study.`}
          </p>
          <Button onClick={start} disabled={planned.length === 0} data-flashcards-start="">
            Start
          </Button>
        </>
      )}
      <FlashcardsProgress cards={cards} deckName={deckLabel(session?.deck ?? deck, sets)} />
      <FlashcardFiles />
    </div>
  );
}
