// Flashcards of the atlas's items: a card is a study item (decks.ts) asked in one direction (its
// name, to find on the body; or its place on the body, to name), and what the student has done with
// it is its progress, the scheduler's state in JSON-safe fields. This file holds the shapes alone
// (no scheduler), so the store and the device storage can hold progress without loading ts-fsrs.
import { z } from '../schema/zodMini.ts';
import { studyItemSchema, type StudyItem } from './decks.ts';
import { cardKey } from './flashcardKey.ts';

export const cardDirections = ['name-to-location', 'location-to-name'] as const;
export type CardDirection = (typeof cardDirections)[number];
export const directionLabels: Record<CardDirection, string> = {
  'name-to-location': 'Name → location',
  'location-to-name': 'Location → name',
};

/** One card: an item asked one way. */
export interface CardRef {
  item: StudyItem;
  direction: CardDirection;
}

export { cardKey, defaultNewPerDay } from './flashcardKey.ts';

/** The cards of some items in the chosen directions, item by item. */
export const cardsOf = (items: readonly StudyItem[], directions: readonly CardDirection[]): CardRef[] =>
  items.flatMap((item) => directions.map((direction) => ({ item, direction })));

const isoDate = z.iso.datetime({ offset: true });
const count = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000));

/**
 * What the scheduler knows of a card once it has been reviewed (a card never reviewed has no
 * progress: it is new). The fields are ts-fsrs's Card, dates as ISO text; `introduced` is the first
 * review, which the daily limit of new cards counts.
 */
export const cardProgressSchema = z.strictObject({
  item: studyItemSchema,
  direction: z.enum(cardDirections),
  state: z.enum(['learning', 'review', 'relearning']),
  due: isoDate,
  stability: z.number().check(z.minimum(0), z.maximum(1_000_000)),
  difficulty: z.number().check(z.minimum(0), z.maximum(10)),
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  lastReview: isoDate,
  introduced: isoDate,
});
export type CardProgress = z.infer<typeof cardProgressSchema>;

/** Progress by card key. */
export type ProgressByKey = Readonly<Record<string, CardProgress>>;

export const newPerDayChoices = [5, 10, 20, 50] as const;

/** Everything the flashcards keep on the device. */
export const flashcardsDataSchema = z.strictObject({
  cards: z.array(cardProgressSchema).check(z.maxLength(20_000)),
  /** how many new cards a day a session brings in */
  newPerDay: z.number().check(z.int(), z.minimum(1), z.maximum(500)),
});
export type FlashcardsData = z.infer<typeof flashcardsDataSchema>;

export const progressByKey = (cards: readonly CardProgress[]): Record<string, CardProgress> => Object.fromEntries(cards.map((c) => [cardKey(c), c]));

/** The next local midnight after `now`: "today" ends there. */
export function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(24, 0, 0, 0);
  return end;
}

/** How many cards were first reviewed on the local day of `now` (the daily limit of new cards counts them). */
export function introducedToday(progress: ProgressByKey, now: Date): number {
  const start = new Date(now);
  start.setHours(0, 0, 0, 0);
  const from = start.getTime(),
    to = endOfDay(now).getTime();
  return Object.values(progress).filter((p) => {
    const t = Date.parse(p.introduced);
    return t >= from && t < to;
  }).length;
}
