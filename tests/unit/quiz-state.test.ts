// The quiz in the store: a locate round answered by clicks (scored on the body's surface in the
// region's cun), what the body lights and hides meanwhile (derived), what is said, the name round,
// and the missed deck kept on the device through the versioned persistence layer.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Vec3 } from '../../src/domain/body/frame.ts';
import { locationOnSurface, type PlacedLocation } from '../../src/domain/points/placement.ts';
import { describeChange } from '../../src/state/announcer.ts';
import { selectQuizAsking } from '../../src/state/quizSelectors.ts';
import { selectSkinClick } from '../../src/state/skinClick.ts';
import { selectLitCodes, selectStudyCount } from '../../src/state/studySelectors.ts';
import { keepQuizMissedOnDevice, quizMissedSpec } from '../../src/state/quizStorage.ts';
import { useAtlas } from '../../src/state/store.ts';
import { atlasFixture, data } from '../support/atlas.ts';
import { memoryStorage } from '../support/memoryStorage.ts';
import * as quizActions from '../../src/state/quizActions.ts';

const { atlas, ctx } = atlasFixture('male');
const locations = atlas.locations as unknown as PlacedLocation[];
const initial = useAtlas.getState();
const state = () => useAtlas.getState();
const at = (code: string, side: 'left' | 'right' | 'midline'): Vec3 => {
  const l = locations.find((x) => x.code === code && x.side === side);
  if (!l) throw new Error(code);
  return locationOnSurface(ctx.surface, l).position;
};

beforeEach(() => {
  useAtlas.setState({ ...initial }, true);
  state().setRecords(data.points, new Map());
  state().setAtlas(locations, []);
  state().setQuizSpans('male', [...ctx.spans.values()]);
});

describe('a locate round in the store', () => {
  it('hides every marker and name while asking, scores the click in cun, then lights and selects the true place', () => {
    state().restoreQuizMissed([{ system: 'points', id: 'LU9' }]);
    quizActions.startQuiz({ deck: { kind: 'missed' }, kind: 'locate', count: 5 }, 1);
    expect(state().quiz?.questions.map((q) => q.item.id)).toEqual(['LU9']);
    expect(selectQuizAsking(state())).toBe('locate');
    // a click on the skin is the answer, in the navel's close-up too
    expect(selectSkinClick({ ...state(), navelOpen: true })).toBe('quiz-answer');
    expect(selectLitCodes(state())?.size).toBe(0); // nothing lit: the markers would give it away
    // and the count under the view says so, rather than "All 409 points"
    expect(selectStudyCount(state())).toEqual({ shown: 0, total: 409 });
    // the search does not light the deck either while the question is open
    useAtlas.setState({ query: 'lung' });
    expect(selectLitCodes(state())?.size).toBe(0);

    quizActions.answerQuizClick(at('LU8', 'right'), ctx.surface);
    const a = state().quiz?.answers[0];
    expect(a?.kind === 'locate' && a.truth.side).toBe('right'); // the nearer side counts
    expect(a?.kind === 'locate' && a.distanceCun).toBeGreaterThan(0.85);
    expect(a?.kind === 'locate' && a.distanceCun).toBeLessThan(1.1);
    expect(a?.kind === 'locate' && a.grade).toBe('close');
    expect(state().selection).toEqual({ system: 'points', id: 'LU9', side: 'right', index: 1 });
    expect([...(selectLitCodes(state()) ?? [])]).toEqual(['LU9']);
    expect(selectStudyCount(state())).toEqual({ shown: 1, total: 409 });
    expect(selectQuizAsking(state())).toBeNull();
    // a second click changes nothing
    quizActions.answerQuizClick(at('LU9', 'right'), ctx.surface);
    expect(state().quiz?.answers).toHaveLength(1);
  });

  it('ends with the score; the missed items become the missed deck and are lit on the body', () => {
    state().restoreQuizMissed([
      { system: 'points', id: 'ST36' },
      { system: 'points', id: 'ST35' },
    ]);
    quizActions.startQuiz({ deck: { kind: 'missed' }, kind: 'locate', count: 2 }, 3);
    const asked = () => state().quiz?.questions[state().quiz?.current ?? 0]?.item.id ?? '';
    // the first asked is clicked on its spot, the other 3 cun off (ST36 for ST35, ST35 for ST36)
    quizActions.answerQuizClick(at(asked(), 'left'), ctx.surface);
    quizActions.nextQuizQuestion();
    const second = asked();
    quizActions.answerQuizClick(at(second === 'ST36' ? 'ST35' : 'ST36', 'left'), ctx.surface);
    quizActions.nextQuizQuestion();
    expect(state().quizMissed).toEqual([{ system: 'points', id: second }]);
    expect([...(selectLitCodes(state()) ?? [])]).toEqual([second]);
    expect(state().selection).toBeNull();
  });

  it('says the question, the verdict in cun and the score', () => {
    state().restoreQuizMissed([{ system: 'points', id: 'LU9' }]);
    let prev = state();
    quizActions.startQuiz({ deck: { kind: 'missed' }, kind: 'locate', count: 1 }, 1);
    expect(describeChange(state(), prev)).toContain('Question 1 of 1. Find LU9 Tàiyuān on the body');
    prev = state();
    quizActions.answerQuizClick(at('LU9', 'left'), ctx.surface);
    expect(describeChange(state(), prev)[0]).toBe('LU9 Tàiyuān: 0.0 cun off, on the point');
    prev = state();
    quizActions.nextQuizQuestion();
    expect(describeChange(state(), prev)).toEqual(['Round over: 1 of 1 (100 %)']);
  });
});

describe('a name round in the store', () => {
  it('lights the point to name, hides its name, and takes the name typed as the search would read it', () => {
    quizActions.startQuiz({ deck: { kind: 'category', category: 'lower-he-sea' }, kind: 'type', count: 40 }, 5);
    const round = state().quiz;
    const st36 = round?.questions.findIndex((q) => q.item.id === 'ST36') ?? -1;
    expect(st36).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < st36; i++) {
      quizActions.answerQuizName('no idea');
      quizActions.nextQuizQuestion();
    }
    expect(selectQuizAsking(state())).toBe('type');
    expect([...(selectLitCodes(state()) ?? [])]).toEqual(['ST36']);
    quizActions.answerQuizName('Zu San Li');
    expect(state().quiz?.answers[st36]).toEqual({ kind: 'name', given: 'Zu San Li', right: true });
  });

  it('multiple choice: the chosen item is right when it is the one asked', () => {
    quizActions.startQuiz({ deck: { kind: 'channel', channel: 'LU' }, kind: 'choose', count: 2 }, 8);
    const q = state().quiz?.questions[0];
    const wrong = q?.choices?.find((c) => c.id !== q.item.id);
    if (!q || !wrong) throw new Error('no choices');
    quizActions.answerQuizName(wrong);
    expect(state().quiz?.answers[0]).toMatchObject({ kind: 'name', right: false });
    quizActions.nextQuizQuestion();
    const q2 = state().quiz?.questions[1];
    if (!q2) throw new Error('no second question');
    quizActions.answerQuizName(q2.item);
    expect(state().quiz?.answers[1]).toMatchObject({ kind: 'name', right: true });
  });
});

describe('the missed deck on the device', () => {
  it('is saved under its own versioned key and read back', () => {
    const storage = memoryStorage();
    const stop = keepQuizMissedOnDevice(
      useAtlas,
      () => storage,
      () => {},
    );
    state().restoreQuizMissed([{ system: 'points', id: 'LI4' }]);
    stop();
    expect(JSON.parse(storage.getItem(quizMissedSpec.key) ?? '')).toEqual({ version: 1, state: { missed: [{ system: 'points', id: 'LI4' }] } });
    useAtlas.setState({ quizMissed: [] });
    keepQuizMissedOnDevice(
      useAtlas,
      () => storage,
      () => {},
    )();
    expect(state().quizMissed).toEqual([{ system: 'points', id: 'LI4' }]);
  });

  it('an unreadable value is backed up and reported, and the deck starts empty', () => {
    const storage = memoryStorage({ [quizMissedSpec.key]: '{"version":1,"state":{"missed":[{"system":"moon","id":"x"}]}}' });
    const problems: string[] = [];
    keepQuizMissedOnDevice(
      useAtlas,
      () => storage,
      (p) => problems.push(p.key),
    )();
    expect(problems).toEqual([quizMissedSpec.key]);
    expect(state().quizMissed).toEqual([]);
  });
});
