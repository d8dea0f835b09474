// The flashcards in the store: a card's front "which point is this?" lights its point alone with the
// names hidden, without selecting it (its card would name it); showing it or another direction
// lights nothing of its own (what the search lights shows again); a rating records the progress and shows the next card's front.
import { beforeEach, describe, expect, it } from 'vitest';
import type { CardRef } from '../../src/domain/study/flashcards.ts';
import { review } from '../../src/domain/study/flashcardsSchedule.ts';
import { missedItems } from '../../src/state/flashcardDecks.ts';
import { useAtlas } from '../../src/state/store.ts';
import { selectLitCodes, selectNamesHidden, selectStudyLit } from '../../src/state/studySelectors.ts';

const lu1Name: CardRef = { item: { system: 'points', id: 'LU1' }, direction: 'location-to-name' };
const lu1Place: CardRef = { item: { system: 'points', id: 'LU1' }, direction: 'name-to-location' };
const start = (current: CardRef) =>
  useAtlas.getState().startFlashcards({ deck: { kind: 'channel', channel: 'LU' }, directions: ['location-to-name'], cards: [current], current });

describe('the flashcards in the store', () => {
  beforeEach(() => useAtlas.setState({ flashcardSession: null, selection: null, query: '', flashcardProgress: {} }));

  it('a location → name front lights its point alone, names hidden, nothing selected', () => {
    useAtlas.getState().select({ system: 'points', id: 'ST36', side: 'left', index: 1 });
    start(lu1Name);
    const s = useAtlas.getState();
    expect(s.selection).toBeNull();
    expect([...(selectLitCodes(s) ?? [])]).toEqual(['LU1']);
    expect(selectNamesHidden(s)).toBe(true);
    // the same set while nothing changes (the markers do not rebuild)
    expect(selectStudyLit(useAtlas.getState())).toBe(selectStudyLit(s));
  });

  it('a session left open lights nothing while the points list (or another study tab) is shown', () => {
    start(lu1Name);
    useAtlas.getState().showLeftPanel('browse');
    expect(selectStudyLit(useAtlas.getState())).toBeNull();
    expect(selectNamesHidden(useAtlas.getState())).toBe(false);
    useAtlas.getState().showStudyTab('quiz');
    expect(selectStudyLit(useAtlas.getState())).toBeNull();
    useAtlas.getState().showStudyTab('flashcards');
    expect([...(selectLitCodes(useAtlas.getState()) ?? [])]).toEqual(['LU1']);
  });

  it('once shown, or for a name → location card, the front lights nothing and hides no names', () => {
    start(lu1Name);
    expect([...(selectLitCodes(useAtlas.getState()) ?? [])]).toEqual(['LU1']);
    useAtlas.getState().revealFlashcard();
    expect(selectStudyLit(useAtlas.getState())).toBeNull();
    expect(selectNamesHidden(useAtlas.getState())).toBe(false);
    start(lu1Place);
    expect(selectStudyLit(useAtlas.getState())).toBeNull();
  });

  it('a rating records the progress, clears the shown selection and shows the next card unrevealed', () => {
    start(lu1Place);
    useAtlas.getState().revealFlashcard();
    useAtlas.getState().select({ system: 'points', id: 'LU1', side: 'left', index: 1 });
    const progress = review(lu1Place, undefined, 'good', new Date(2026, 0, 10, 9));
    useAtlas.getState().rateFlashcard(progress, lu1Name);
    const s = useAtlas.getState();
    expect(s.flashcardProgress['points:LU1:name-to-location']).toEqual(progress);
    expect(s.selection).toBeNull();
    expect(s.flashcardSession).toMatchObject({ current: lu1Name, revealed: false, rated: 1 });
    expect([...(selectLitCodes(s) ?? [])]).toEqual(['LU1']);
  });

  it('the "missed" deck of the flashcards: the items lapsed on or relearning, once each', () => {
    const day = (d: number) => new Date(2026, 0, d, 9);
    const learned = review(lu1Place, undefined, 'easy', day(1));
    const lapsed = review(lu1Place, learned, 'again', day(12));
    const other = review(lu1Name, undefined, 'good', day(1));
    expect(missedItems({ a: lapsed, b: { ...lapsed, direction: 'location-to-name' }, c: other })).toEqual([{ system: 'points', id: 'LU1' }]);
  });
});

describe('location → name for the scalp and the ear', () => {
  beforeEach(() => useAtlas.setState({ flashcardSession: null, selection: null, query: '', flashcardProgress: {}, earOpen: false }));
  const tf4Name: CardRef = { item: { system: 'ear', id: 'TF4' }, direction: 'location-to-name' };
  const ms5Name: CardRef = { item: { system: 'scalp', id: 'MS5' }, direction: 'location-to-name' };

  it('an ear point front opens the chart and lights it there alone, names hidden', () => {
    useAtlas.getState().startFlashcards({ deck: { kind: 'ear' }, directions: ['location-to-name'], cards: [tf4Name, lu1Name], current: tf4Name });
    const s = useAtlas.getState();
    expect(s.earOpen).toBe(true);
    expect(s.selection).toBeNull();
    expect([...(selectLitCodes(s) ?? [])]).toEqual(['TF4']);
    expect(selectNamesHidden(s)).toBe(true);
    // the next card on the body closes the chart the ear card opened
    s.revealFlashcard();
    useAtlas.getState().rateFlashcard(review(tf4Name, undefined, 'good', new Date()), lu1Name);
    expect(useAtlas.getState().earOpen).toBe(false);
    expect([...(selectLitCodes(useAtlas.getState()) ?? [])]).toEqual(['LU1']);
  });

  it('a scalp line front lights the line, names hidden, and leaves the chart as it was', () => {
    useAtlas.getState().startFlashcards({ deck: { kind: 'scalp' }, directions: ['location-to-name'], cards: [ms5Name], current: ms5Name });
    expect([...(selectLitCodes(useAtlas.getState()) ?? [])]).toEqual(['MS5']);
    expect(selectNamesHidden(useAtlas.getState())).toBe(true);
    expect(useAtlas.getState().earOpen).toBe(false);
  });
});
