// What the store needs of the flashcards at start: a card's key and the daily limit of new cards,
// apart from the cards' schemas (flashcards.ts), which load with the flashcards.
import type { CardRef } from './flashcards.ts';

/** A card's key in the store and the storage ("points:LI4:name-to-location"). */
export const cardKey = (card: CardRef): string => `${card.item.system}:${card.item.id}:${card.direction}`;

/** New cards a day unless the student chooses otherwise. */
export const defaultNewPerDay = 10;
