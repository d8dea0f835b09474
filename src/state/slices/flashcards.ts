// The flashcards: every card's progress (kept on the device: ../flashcardsStorage.ts), the daily
// limit of new cards, and the session under way (its cards, the one shown, whether its answer is
// shown). Plain data and small actions: the scheduler (ts-fsrs) runs in the flashcards' lazy chunk,
// which hands the actions the progress it computed. What the body lights for a card's front is
// derived from the session (../studySelectors.ts).
import type { Deck } from '../../domain/study/decks.ts';
import { cardKey, defaultNewPerDay } from '../../domain/study/flashcardKey.ts';
import type { CardDirection, CardProgress, CardRef } from '../../domain/study/flashcards.ts';
import type { Slice } from './types.ts';

export interface FlashcardSession {
  deck: Deck;
  directions: CardDirection[];
  /** the session's cards, due ones first then new ones (flashcardsSchedule.ts: sessionCards) */
  cards: CardRef[];
  /** the card shown; null: the session is done */
  current: CardRef | null;
  /** its answer is shown (the student then rates it) */
  revealed: boolean;
  /** how many ratings the session has had */
  rated: number;
}

export interface FlashcardsSlice {
  /** progress by card key; a card without any is new */
  flashcardProgress: Record<string, CardProgress>;
  newCardsPerDay: number;
  /** the saved progress was read (the panel waits for it before a session starts) */
  flashcardsRestored: boolean;
  flashcardSession: FlashcardSession | null;
  /** the progress read from the device, or merged from a file */
  restoreFlashcards: (progress: Record<string, CardProgress>, newPerDay?: number) => void;
  setNewCardsPerDay: (count: number) => void;
  startFlashcards: (session: Omit<FlashcardSession, 'revealed' | 'rated'>) => void;
  revealFlashcard: () => void;
  /** records a rated card's next progress and shows the next card */
  rateFlashcard: (progress: CardProgress, next: CardRef | null) => void;
  endFlashcards: () => void;
}

/** The ear chart is open for an ear point's card (its front is lit there); otherwise as it was (`was`: closed if an ear card opened it). */
const earFor = (card: CardRef | null | undefined, was: boolean): boolean => (card?.item.system === 'ear' ? true : was);

export const createFlashcardsSlice: Slice<FlashcardsSlice> = (set) => ({
  flashcardProgress: {},
  newCardsPerDay: defaultNewPerDay,
  flashcardsRestored: false,
  flashcardSession: null,
  restoreFlashcards: (flashcardProgress, newPerDay) =>
    set((s) => ({ flashcardProgress, newCardsPerDay: newPerDay ?? s.newCardsPerDay, flashcardsRestored: true })),
  setNewCardsPerDay: (newCardsPerDay) => set({ newCardsPerDay }),
  // (the tab is named: what the front lights follows the flashcards being in view)
  startFlashcards: (session) =>
    set((s) => ({
      flashcardSession: { ...session, revealed: false, rated: 0 },
      selection: null,
      leftPanel: 'study',
      studyTab: 'flashcards',
      earOpen: earFor(session.current, s.earOpen),
    })),
  revealFlashcard: () => set((s) => (s.flashcardSession ? { flashcardSession: { ...s.flashcardSession, revealed: true } } : {})),
  rateFlashcard: (progress, next) =>
    set((s) => ({
      flashcardProgress: { ...s.flashcardProgress, [cardKey(progress)]: progress },
      // the next card's front: nothing selected (its card would name it)
      selection: null,
      earOpen: earFor(next, s.earOpen && s.flashcardSession?.current?.item.system !== 'ear'),
      flashcardSession: s.flashcardSession && { ...s.flashcardSession, current: next, revealed: false, rated: s.flashcardSession.rated + 1 },
    })),
  endFlashcards: () => set({ flashcardSession: null }),
});
