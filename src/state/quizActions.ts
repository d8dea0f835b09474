// The quiz's actions: a round started from a deck, its answers (a click on the body or on the ear
// chart, a name typed or chosen), skipping and moving on. Loaded with the quiz's panel and bar (and
// by the body on a click while a locate question is open), not with the first view: the store
// holds the round as plain data (slices/quiz.ts), and what the body lights is derived from it.
import type { BodySurface, Vec3 } from '../domain/body/frame.ts';
import { locationOnSurface } from '../domain/points/placement.ts';
import { channelOfCode } from '../domain/points/channels.ts';
import { deckItems, sameItem, type StudyItem } from '../domain/study/decks.ts';
import { distanceToPolyline, nearestLocation, regionCunM } from '../domain/study/quizCun.ts';
import { scoreEarClick, type EarChartView } from '../domain/study/quizEar.ts';
import { nameMatches } from '../domain/study/quizNames.ts';
import { answer, locateAnswer, missedItems, newRound, nextQuestion, quizPhase, type QuizRound, type QuizSettings } from '../domain/study/quizRound.ts';
import { sayQuizChangesWith } from './announcer.ts';
import { namedItem, quizItems } from './quizItems.ts';
import { describeQuizChange } from './quizText.ts';
import { pointSelection } from './slices/selection.ts';
import { useAtlas, type AtlasState } from './store.ts';

// from now on a round can change: the announcer says how in the quiz's words
sayQuizChangesWith(describeQuizChange);

const get = () => useAtlas.getState();
const set = (partial: Partial<AtlasState>) => useAtlas.setState(partial);

/** The true place of a point (its nearest location) or a scalp zone (the nearest spot on its strokes) to a click, and its distance. */
function nearestTruth(
  s: AtlasState,
  item: StudyItem,
  click: Vec3,
  surface: BodySurface,
): { position: Vec3; side: 'left' | 'right' | 'midline'; index: number; distanceM: number; region: string } | null {
  if (item.system === 'points') {
    const placed = s.locations.filter((l) => l.code === item.id).map((l) => ({ ...l, position: locationOnSurface(surface, l).position }));
    const near = nearestLocation(click, placed);
    const region = s.records?.get(item.id)?.region;
    return near && region
      ? { position: near.location.position, side: near.location.side, index: near.location.index, distanceM: near.distanceM, region }
      : null;
  }
  if (item.system === 'scalp') {
    let best: { position: Vec3; side: 'left' | 'right' | 'midline'; index: number; distanceM: number; region: string } | null = null;
    for (const zone of s.scalp?.zones.filter((z) => z.id === item.id) ?? [])
      for (const stroke of zone.strokes) {
        const d = distanceToPolyline(click, stroke);
        if (!best || d.distanceM < best.distanceM) best = { position: d.nearest, side: zone.side, index: 1, distanceM: d.distanceM, region: 'scalp' };
      }
    return best;
  }
  return null;
}

/** The ear chart is open while a question asks an ear point, and closed for one on the body (its click is on the 3D view). */
const earFor = (round: QuizRound, earOpen: boolean): { earOpen: boolean } => {
  const item = round.questions[round.current]?.item;
  return { earOpen: item ? item.system === 'ear' : earOpen };
};

/** Selects an item (its card, its guide) on the side a list would pick: the answer shown. */
function showTruth(s: AtlasState, item: StudyItem): void {
  const record = item.system === 'points' ? s.records?.get(item.id) : undefined;
  if (record) s.select(pointSelection(record));
  else if (item.system === 'ear') s.select({ system: 'ear', id: item.id });
  else if (item.system === 'scalp')
    s.select({ system: 'scalp', id: item.id, side: (s.whoLines.get(item.id) ?? s.jiaoAreas.get(item.id))?.laterality === 'midline' ? 'midline' : 'left' });
}

/** Starts a round of the deck (the seed shuffles it: a random one unless given). */
export function startQuiz(settings: QuizSettings, seed = Math.floor(Math.random() * 2 ** 31)): void {
  const s = get();
  const all = deckItems(settings.deck, {
    points: s.records ?? new Map(),
    scalp: [...s.whoLines.keys(), ...s.jiaoAreas.keys()],
    ear: s.ear?.points.filter((p) => p.system === 'gbt13734-2008').map((p) => p.id) ?? [],
    earProtocols: s.ear?.protocols ?? [],
    sets: [...s.userSets, ...(s.builtInSets ?? [])],
    missed: s.quizMissed,
  });
  const items = quizItems(all, settings.kind, s);
  // the choices beside an item: its channel's points, the scalp's lines and areas, the ear's map
  const pointsOf = (item: StudyItem) =>
    item.system === 'points'
      ? [...(s.records?.values() ?? [])]
          .filter((r) => channelOfCode(r.code) === channelOfCode(item.id))
          .map((r): StudyItem => ({ system: 'points', id: r.code }))
      : item.system === 'ear'
        ? quizItems(
            (s.ear?.points ?? []).map((p): StudyItem => ({ system: 'ear', id: p.id })),
            settings.kind,
            s,
          )
        : quizItems(
            [...s.whoLines.keys(), ...s.jiaoAreas.keys()].map((id): StudyItem => ({ system: 'scalp', id })),
            settings.kind,
            s,
          );
  const round = newRound(settings, items, seed, pointsOf);
  // nothing stays selected: its card would give the first answer away
  set({ quiz: round, selection: null, ...earFor(round, s.earOpen) });
}

/** A click on the skin while a locate question is open: where, on the surface the scene shows. */
export function answerQuizClick(click: Vec3, surface: BodySurface): void {
  const s = get();
  const round = s.quiz;
  const item = round?.questions[round.current]?.item;
  if (!round || !item || round.settings.kind !== 'locate' || quizPhase(round) !== 'asking' || s.quizSpans?.body !== s.body) return;
  const truth = nearestTruth(s, item, click, surface);
  if (!truth) return;
  const cun = truth.distanceM / regionCunM(truth.region, s.quizSpans.spans);
  set({ quiz: answer(round, locateAnswer(click, { position: truth.position, side: truth.side, index: truth.index }, cun)) });
  // the true place shown: selected, so its card and its how-to-find guide open
  s.select(
    item.system === 'points' ? { system: 'points', id: item.id, side: truth.side, index: truth.index } : { system: 'scalp', id: item.id, side: truth.side },
  );
}

/** A click on the ear chart while a locate question asks an ear point: where (the stored right ear's units), on which figure. */
export function answerQuizEarClick(click: readonly [number, number], view: EarChartView): void {
  const s = get();
  const round = s.quiz;
  const item = round?.questions[round.current]?.item;
  const point = item?.system === 'ear' ? s.ear?.points.find((p) => p.id === item.id) : undefined;
  if (!round || !point || !s.ear || round.settings.kind !== 'locate' || quizPhase(round) !== 'asking') return;
  const score = scoreEarClick(click, view, point, s.ear);
  set({ quiz: answer(round, { kind: 'ear', click: [click[0], click[1]], view, ...score }) });
  // the true zone shown with the point's card
  s.select({ system: 'ear', id: point.id });
}

/** A typed name, or a chosen item (multiple choice). */
export function answerQuizName(given: string | StudyItem): void {
  const s = get();
  const round = s.quiz;
  const item = round?.questions[round.current]?.item;
  if (!round || !item || round.settings.kind === 'locate' || quizPhase(round) !== 'asking') return;
  const named = namedItem(item, s);
  const right = typeof given === 'string' ? named !== null && nameMatches(given, named) : sameItem(given, item);
  const text = typeof given === 'string' ? given : (namedItem(given, s)?.label ?? given.id);
  set({ quiz: answer(round, { kind: 'name', given: text.slice(0, 80), right }) });
  showTruth(s, item);
}

/** Gives up on the open question: a miss, the true place shown. */
export function skipQuizQuestion(): void {
  const s = get();
  const round = s.quiz;
  const item = round?.questions[round.current]?.item;
  if (!round || !item || quizPhase(round) !== 'asking') return;
  set({ quiz: answer(round, { kind: 'name', given: '', right: false }) });
  showTruth(s, item);
}

/** On to the next question; after the last, the missed items become the "missed" deck. */
export function nextQuizQuestion(): void {
  const round = get().quiz;
  if (!round) return;
  const next = nextQuestion(round);
  // the finished round's misses become the "missed" deck
  set(
    quizPhase(next) === 'done'
      ? { quiz: next, quizMissed: missedItems(next), selection: null }
      : { quiz: next, selection: null, ...earFor(next, get().earOpen) },
  );
}
