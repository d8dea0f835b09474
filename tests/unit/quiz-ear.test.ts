// The ear in the quizzes: a locate answer on the chart scored by zone in % of the ear's height,
// the ear's decks (the standard's map, a protocol's points), and the name round on the ear.
import { beforeEach, describe, expect, it } from 'vitest';
import { deckItems, deckLabel } from '../../src/domain/study/decks.ts';
import { earGradeOf, ownZones, scoreEarClick, unmirrored } from '../../src/domain/study/quizEar.ts';
import { credit, isMiss } from '../../src/domain/study/quizRound.ts';
import { earAtlasFrom } from '../../src/pipeline/atlasData.ts';
import { selectEarQuizAsking } from '../../src/state/quizSelectors.ts';
import { quizPrompt, quizVerdict } from '../../src/state/quizText.ts';
import { useAtlas } from '../../src/state/store.ts';
import { selectLitCodes, selectNamesHidden } from '../../src/state/studySelectors.ts';
import { data } from '../support/atlas.ts';
import * as quizActions from '../../src/state/quizActions.ts';

const ear = earAtlasFrom(data);
const point = (id: string) => {
  const p = ear.points.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};
const gb = ear.points.filter((p) => p.system === 'gbt13734-2008');
const sources = { points: new Map(), scalp: [], ear: gb.map((p) => p.id), earProtocols: ear.protocols, sets: [], missed: [] };

describe('scoring a click on the ear chart', () => {
  it('a click at the point itself is on it, for every point of the standard', () => {
    for (const p of gb) {
      const view = p.face === 'posterior' || p.face === 'root' ? 'back' : 'right';
      expect(scoreEarClick(p.uv, view, p, ear), p.id).toMatchObject({ distancePct: 0, grade: 'on-it', wrongFace: false });
    }
  });

  it('anywhere in the point own zone is on it: Shenmen (TF4) has its zone', () => {
    expect(ownZones(point('TF4'), ear.points)).toEqual(['TF4']);
    const ring = ear.zones.find((z) => z.id === 'TF4')!.rings[0]!;
    // a spot inside the zone, a little off the marker: between the point and one of the zone's corners
    const corner = ring[0]!;
    const inside: [number, number] = [point('TF4').uv[0] * 0.8 + corner[0] * 0.2, point('TF4').uv[1] * 0.8 + corner[1] * 0.2];
    expect(scoreEarClick(inside, 'right', point('TF4'), ear).grade).toBe('on-it');
  });

  it('a click in the neighbouring zone of the triangular fossa is near, not missed; across the chart it is missed', () => {
    const nextDoor = scoreEarClick(point('TF3').uv, 'right', point('TF4'), ear);
    expect(nextDoor.grade).toBe('near');
    expect(nextDoor.distancePct).toBeGreaterThan(2);
    expect(nextDoor.distancePct).toBeLessThanOrEqual(8);
    const lobe = scoreEarClick(point('LO5').uv, 'right', point('TF4'), ear);
    expect(lobe.grade).toBe('missed');
    expect(lobe.distancePct).toBeGreaterThan(40);
    expect(isMiss({ kind: 'ear', click: [0, 0], view: 'right', ...nextDoor })).toBe(true);
    expect(credit({ kind: 'ear', click: [0, 0], view: 'right', ...nextDoor })).toBe(0.25);
  });

  it('a point that shares its zone (AH6a in AH6) or sits on a border is scored by its place', () => {
    expect(ownZones(point('AH6a'), ear.points)).toEqual([]);
    expect(ownZones(point('CO9,10i'), ear.points)).toEqual([]);
    const p = point('AH6a');
    expect(scoreEarClick([p.uv[0] + 0.02, p.uv[1]], 'right', p, ear).grade).toBe('on-it');
    expect(scoreEarClick([p.uv[0] + 0.06, p.uv[1]], 'right', p, ear).grade).not.toBe('on-it');
  });

  it('the other face of the ear is missed, and the left ear and the back view are mirrored', () => {
    expect(scoreEarClick(point('P1').uv, 'right', point('P1'), ear)).toMatchObject({ grade: 'missed', wrongFace: true });
    expect(unmirrored([1000 - 475, 256], 'left', 1000)).toEqual([0.475, 0.256]);
    expect(unmirrored([475, 256], 'right', 1000)).toEqual([0.475, 0.256]);
    expect(earGradeOf(2.04).id).toBe('close');
  });
});

describe('the ear decks', () => {
  it('the standard map, and the NADA protocol as a smaller deck', () => {
    expect(deckItems({ kind: 'ear' }, sources)).toHaveLength(93);
    expect(deckItems({ kind: 'ear', protocol: 'nada' }, sources).map((i) => i.id)).toEqual(['AH6a', 'TF4', 'CO10', 'CO12', 'CO14']);
    expect(deckLabel({ kind: 'ear', protocol: 'nada' }, [], ear.protocols)).toMatch(/^Ear: .*NADA.* points$/);
  });
});

const initial = useAtlas.getState();
const state = () => useAtlas.getState();
beforeEach(() => {
  useAtlas.setState({ ...initial }, true);
  state().setEar(ear);
});

describe('an ear round in the store', () => {
  it('opens the chart, hides every name while asking, scores the click by zone and shows the true zone', () => {
    quizActions.startQuiz({ deck: { kind: 'ear', protocol: 'nada' }, kind: 'locate', count: 5 }, 2);
    expect(state().quiz?.questions).toHaveLength(5);
    expect(state().earOpen).toBe(true);
    expect(selectEarQuizAsking(state())).toBe(true);
    expect(selectNamesHidden(state())).toBe(true);
    expect(selectLitCodes(state())?.size).toBe(0);
    const asked = point(state().quiz!.questions[0]!.item.id);
    expect(quizPrompt(state().quiz!, state())).toBe(`Find ${asked.code} ${asked.english} on the ear chart`);
    // clicked on the left ear, at the point's place (drawn mirrored)
    quizActions.answerQuizEarClick(asked.uv, 'left');
    const a = state().quiz!.answers[0]!;
    expect(a).toMatchObject({ kind: 'ear', grade: 'on-it', distancePct: 0 });
    expect(quizVerdict(state().quiz!, a, state())).toBe(`${asked.code} ${asked.english}: in the zone`);
    expect(state().selection).toEqual({ system: 'ear', id: asked.id });
    expect([...(selectLitCodes(state()) ?? [])]).toEqual([asked.id]);
    expect(selectEarQuizAsking(state())).toBe(false);
  });

  it('names an ear point typed as the search reads it: pinyin run together or apart, hanzi, code', () => {
    for (const typed of ['shenmen', 'Shen Men', 'Shénmén', '神门', 'TF4', 'tf 4']) {
      quizActions.startQuiz({ deck: { kind: 'ear', protocol: 'nada' }, kind: 'type', count: 5 }, 4);
      const round = state().quiz!;
      const at = round.questions.findIndex((q) => q.item.id === 'TF4');
      for (let i = 0; i < at; i++) {
        quizActions.skipQuizQuestion();
        quizActions.nextQuizQuestion();
      }
      expect(selectLitCodes(state())).toEqual(new Set(['TF4']));
      expect(selectNamesHidden(state())).toBe(true);
      quizActions.answerQuizName(typed);
      expect(state().quiz!.answers[at], typed).toMatchObject({ kind: 'name', right: true });
    }
  });

  it('multiple choice offers four ear points', () => {
    quizActions.startQuiz({ deck: { kind: 'ear' }, kind: 'choose', count: 3 }, 9);
    const q = state().quiz!.questions[0]!;
    expect(q.choices).toHaveLength(4);
    expect(q.choices!.every((c) => c.system === 'ear')).toBe(true);
  });
});
