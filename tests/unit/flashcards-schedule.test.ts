// The flashcards' schedule (ts-fsrs), sessions and progress summary. Every date is passed in:
// nothing depends on the clock.
import { describe, expect, it } from 'vitest';
import { cardKey, cardsOf, type CardProgress, type CardRef } from '../../src/domain/study/flashcards.ts';
import {
  nextCard,
  nextDueByRating,
  progressSummary,
  review,
  sessionCards,
  dueToday,
  weakestChannels,
  intervalText,
} from '../../src/domain/study/flashcardsSchedule.ts';

const at = (day: number, hour = 9, minute = 0) => new Date(2026, 0, day, hour, minute);
const li4: CardRef = { item: { system: 'points', id: 'LI4' }, direction: 'name-to-location' };
const st36: CardRef = { item: { system: 'points', id: 'ST36' }, direction: 'location-to-name' };
const lu7: CardRef = { item: { system: 'points', id: 'LU7' }, direction: 'name-to-location' };
const byKey = (...cards: CardProgress[]) => Object.fromEntries(cards.map((c) => [cardKey(c), c]));

describe('the flashcards schedule', () => {
  it('makes one card per item and direction, keyed by both', () => {
    const cards = cardsOf([li4.item, st36.item], ['name-to-location', 'location-to-name']);
    expect(cards.map(cardKey)).toEqual([
      'points:LI4:name-to-location',
      'points:LI4:location-to-name',
      'points:ST36:name-to-location',
      'points:ST36:location-to-name',
    ]);
  });

  it('a new card rated Good is due later than one rated Again, and Easy later still, out of its learning steps', () => {
    const now = at(10);
    const again = review(li4, undefined, 'again', now);
    const good = review(li4, undefined, 'good', now);
    const easy = review(li4, undefined, 'easy', now);
    expect(Date.parse(good.due)).toBeGreaterThan(Date.parse(again.due));
    expect(Date.parse(easy.due)).toBeGreaterThan(Date.parse(good.due));
    expect(again.state).toBe('learning');
    expect(easy.state).toBe('review');
    expect(easy.introduced).toBe(now.toISOString());
    // the buttons show the same intervals the reviews give
    const preview = nextDueByRating(undefined, now);
    expect(preview.again.toISOString()).toBe(again.due);
    expect(intervalText(now, preview.again)).toBe('1 min');
    expect(intervalText(now, preview.good)).toBe('10 min');
    expect(intervalText(now, preview.easy)).toMatch(/^\d+ d$/);
  });

  it('a lapse: a learned card rated Again relearns, counts a lapse, loses stability and is due again soon', () => {
    const learnedCard = review(li4, undefined, 'easy', at(10));
    const later = new Date(learnedCard.due);
    const lapsed = review(li4, learnedCard, 'again', later);
    expect(lapsed.state).toBe('relearning');
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.stability).toBeLessThan(learnedCard.stability);
    expect(Date.parse(lapsed.due) - later.getTime()).toBeLessThanOrEqual(10 * 60_000);
    expect(lapsed.introduced).toBe(learnedCard.introduced);
  });

  it('due today: reviewed cards whose time comes before midnight; new cards are not due', () => {
    const good = review(li4, undefined, 'good', at(10, 9));
    const easy = review(st36, undefined, 'easy', at(10, 9));
    expect(dueToday(good, at(10, 9))).toBe(true);
    expect(dueToday(easy, at(10, 9))).toBe(false);
    expect(dueToday(undefined, at(10))).toBe(false);
    expect(dueToday(easy, new Date(easy.due))).toBe(true);
  });

  it('a session brings due cards first (earliest first), then new cards up to what is left of the day', () => {
    const now = at(12);
    const deck = cardsOf(
      ['LU1', 'LU2', 'LU3', 'LU4', 'LU5'].map((id) => ({ system: 'points' as const, id })),
      ['name-to-location'],
    );
    const [c1, c2, c3] = deck as [CardRef, CardRef, CardRef];
    const dueLater = { ...review(c1, undefined, 'good', at(10)), due: at(12, 8).toISOString() };
    const dueEarlier = { ...review(c2, undefined, 'good', at(10)), due: at(11, 8).toISOString() };
    // one new card already introduced today: with a limit of 3, two more
    const today = review(c3, undefined, 'easy', at(12, 7));
    const progress = byKey(dueLater, dueEarlier, today);
    const session = sessionCards(deck, progress, now, 3);
    expect(session.map((c) => c.item.id)).toEqual(['LU2', 'LU1', 'LU4', 'LU5']);
    expect(nextCard(session, progress, now)?.item.id).toBe('LU2');
    // once rated, a card in its learning steps comes back after the new ones, within the learn-ahead window
    const afterNew = byKey(
      dueLater,
      today,
      review(c2, dueEarlier, 'again', now),
      review(deck[3]!, undefined, 'easy', now),
      review(deck[4]!, undefined, 'easy', now),
    );
    expect(nextCard(session, afterNew, now)?.item.id).toBe('LU1');
    const done = { ...afterNew, ...byKey(review(c1, dueLater, 'easy', now)) };
    expect(nextCard(session, done, now)?.item.id).toBe('LU2');
    expect(nextCard(session, { ...done, ...byKey(review(c2, done[cardKey(c2)], 'easy', now)) }, now)).toBeNull();
  });

  it('sums up the progress of a deck and names the weakest channels (lowest recall, then most lapses)', () => {
    const now = at(20);
    const lapsed = review(lu7, review(lu7, undefined, 'easy', at(10)), 'again', at(19));
    const progress = byKey(review(li4, undefined, 'easy', at(19)), review(st36, undefined, 'good', at(20, 8)), lapsed);
    const deck = [li4, st36, lu7, { item: { system: 'points' as const, id: 'HT7' }, direction: 'name-to-location' as const }];
    expect(progressSummary(deck, progress, now)).toEqual({ cards: 4, dueToday: 2, new: 1, learning: 2, learned: 1 });
    const weakest = weakestChannels(progress, now);
    expect(weakest.map((w) => w.group)).toEqual(['LU', 'LI', 'ST']);
    expect(weakest[0]).toMatchObject({ label: 'Lung (LU)', cards: 1, lapses: 1 });
    expect(weakest[0]!.retention).toBeLessThan(weakest[1]!.retention);
    expect(weakest[1]!.retention).toBeLessThan(weakest[2]!.retention);
  });
});
