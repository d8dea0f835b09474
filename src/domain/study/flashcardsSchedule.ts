// The spaced-repetition schedule of the flashcards, by ts-fsrs (the FSRS scheduler): a review turns
// a card's progress and a rating into its next progress; a session brings the cards due first, then
// new ones up to the day's limit; the progress summary counts what is due, new, learning and learned,
// and names the channels the student recalls worst. Pure: `now` always comes in as an argument.
// This module carries ts-fsrs: only the flashcards' lazy chunk imports it.
import { createEmptyCard, fsrs, generatorParameters, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { channelInfo, channelOfCode } from '../points/channels.ts';
import { cardKey, endOfDay, introducedToday, type CardProgress, type CardRef, type ProgressByKey } from './flashcards.ts';

export const cardRatings = ['again', 'hard', 'good', 'easy'] as const;
export type CardRating = (typeof cardRatings)[number];
export const ratingLabels: Record<CardRating, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };
const grades: Record<CardRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

// no fuzz: the same reviews give the same schedule (the tests, and a student comparing devices);
// the default learning steps (1 and 10 minutes) bring a missed card back within the session
const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));

const states = { learning: State.Learning, review: State.Review, relearning: State.Relearning } as const;
const stateNames = { [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' } as const;

/** The scheduler's card for some progress (a new card when there is none). */
function fsrsCard(progress: CardProgress | undefined, now: Date): Card {
  if (!progress) return createEmptyCard(now);
  return {
    due: new Date(progress.due),
    stability: progress.stability,
    difficulty: progress.difficulty,
    elapsed_days: 0,
    scheduled_days: progress.scheduledDays,
    learning_steps: progress.learningSteps,
    reps: progress.reps,
    lapses: progress.lapses,
    state: states[progress.state],
    last_review: new Date(progress.lastReview),
  };
}

function progressOf(card: CardRef, next: Card, now: Date, introduced: string): CardProgress {
  return {
    item: card.item,
    direction: card.direction,
    // a reviewed card is never New again
    state: next.state === State.New ? 'learning' : stateNames[next.state],
    due: next.due.toISOString(),
    stability: next.stability,
    difficulty: next.difficulty,
    scheduledDays: next.scheduled_days,
    learningSteps: next.learning_steps,
    reps: next.reps,
    lapses: next.lapses,
    lastReview: now.toISOString(),
    introduced,
  };
}

/** The card's progress after the student rated it at `now`. */
export function review(card: CardRef, progress: CardProgress | undefined, rating: CardRating, now: Date): CardProgress {
  const next = scheduler.next(fsrsCard(progress, now), now, grades[rating]).card;
  return progressOf(card, next, now, progress?.introduced ?? now.toISOString());
}

/** When the card would next be due after each rating (the buttons show it). */
export function nextDueByRating(progress: CardProgress | undefined, now: Date): Record<CardRating, Date> {
  const preview = scheduler.repeat(fsrsCard(progress, now), now);
  return {
    again: preview[Rating.Again].card.due,
    hard: preview[Rating.Hard].card.due,
    good: preview[Rating.Good].card.due,
    easy: preview[Rating.Easy].card.due,
  };
}

/** "1 min", "10 min", "3 h", "8 d", "4 mo", "1.2 y": how far `due` is from `now`, as a button says it. */
export function intervalText(now: Date, due: Date): string {
  const minutes = Math.max(1, Math.round((due.getTime() - now.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days} d`;
  if (days < 365) return `${Math.round(days / 30.4)} mo`;
  return `${(days / 365).toFixed(1)} y`;
}

/** The card is due (it was reviewed, and its time has come by the end of today). */
export const dueToday = (progress: CardProgress | undefined, now: Date): boolean =>
  progress !== undefined && Date.parse(progress.due) < endOfDay(now).getTime();

/**
 * The cards of a session, in order: those due today (earliest first), then new cards up to what is
 * left of the day's limit of new cards.
 */
export function sessionCards(cards: readonly CardRef[], progress: ProgressByKey, now: Date, newPerDay: number): CardRef[] {
  const due = cards.filter((c) => dueToday(progress[cardKey(c)], now));
  due.sort((a, b) => Date.parse(progress[cardKey(a)]?.due ?? '') - Date.parse(progress[cardKey(b)]?.due ?? ''));
  const left = Math.max(0, newPerDay - introducedToday(progress, now));
  return [...due, ...cards.filter((c) => !progress[cardKey(c)]).slice(0, left)];
}

/** How far ahead a card still in its learning steps may be shown when nothing else is left (as Anki does). */
export const learnAheadMs = 20 * 60_000;

/**
 * The session's next card: a reviewed card whose time has come (earliest first), else a new one,
 * else a card in its learning steps due within `learnAheadMs`; null when the session is done.
 */
export function nextCard(session: readonly CardRef[], progress: ProgressByKey, now: Date): CardRef | null {
  const at = now.getTime();
  const byDue = (limit: number) =>
    session
      .filter((c) => {
        const p = progress[cardKey(c)];
        return p !== undefined && Date.parse(p.due) <= limit;
      })
      .sort((a, b) => Date.parse(progress[cardKey(a)]?.due ?? '') - Date.parse(progress[cardKey(b)]?.due ?? ''))[0];
  return byDue(at) ?? session.find((c) => !progress[cardKey(c)]) ?? byDue(at + learnAheadMs) ?? null;
}

/** A card counts as learned once it has left its learning steps (FSRS state Review). */
export const learned = (progress: CardProgress | undefined): boolean => progress?.state === 'review';

export interface ProgressSummary {
  cards: number;
  dueToday: number;
  new: number;
  /** in the learning or relearning steps */
  learning: number;
  learned: number;
}

/** The counts of some cards' progress at `now`. */
export function progressSummary(cards: readonly CardRef[], progress: ProgressByKey, now: Date): ProgressSummary {
  const summary: ProgressSummary = { cards: cards.length, dueToday: 0, new: 0, learning: 0, learned: 0 };
  for (const card of cards) {
    const p = progress[cardKey(card)];
    if (!p) summary.new++;
    else if (learned(p)) summary.learned++;
    else summary.learning++;
    if (dueToday(p, now)) summary.dueToday++;
  }
  return summary;
}

/** How a channel (or the scalp, or the ear) is recalled. */
export interface ChannelStanding {
  /** a channel code, or "scalp" / "ear" */
  group: string;
  label: string;
  /** the reviewed cards */
  cards: number;
  /** the mean probability of recall now (FSRS retrievability), 0 to 1 */
  retention: number;
  lapses: number;
}

function groupOf(card: CardRef): { group: string; label: string } {
  if (card.item.system === 'scalp') return { group: 'scalp', label: 'Scalp' };
  if (card.item.system === 'ear') return { group: 'ear', label: 'Ear' };
  const channel = channelOfCode(card.item.id);
  return { group: channel, label: channel === 'EX' ? 'Extra points' : `${channelInfo[channel].name} (${channel})` };
}

/** The channels of the reviewed cards, weakest first: lowest recall now, then most lapses. */
export function weakestChannels(progress: ProgressByKey, now: Date, limit = 3): ChannelStanding[] {
  const groups = new Map<string, ChannelStanding & { recall: number }>();
  for (const p of Object.values(progress)) {
    const { group, label } = groupOf(p);
    const g = groups.get(group) ?? { group, label, cards: 0, retention: 0, lapses: 0, recall: 0 };
    g.cards++;
    g.lapses += p.lapses;
    g.recall += scheduler.get_retrievability(fsrsCard(p, now), now, false);
    groups.set(group, g);
  }
  return [...groups.values()]
    .map(({ recall, ...g }) => ({ ...g, retention: recall / g.cards }))
    .sort((a, b) => a.retention - b.retention || b.lapses - a.lapses || a.group.localeCompare(b.group))
    .slice(0, limit);
}
