// The quizzes' pure part: a locate answer scored in cun on the body (the region's B-cun as the
// build measured it), name answers matched as the search matches names, and seeded rounds.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../src/domain/body/frame.ts';
import { scalpFileSchema } from '../../src/domain/scalp/placement.ts';
import type { StudyItem } from '../../src/domain/study/decks.ts';
import { cunText, distanceToPolyline, gradeOf, nearestLocation, regionCunM, regionCunSpan, type MeasuredCunSpan } from '../../src/domain/study/quizCun.ts';
import { nameChoices, nameMatches, type NamedItem } from '../../src/domain/study/quizNames.ts';
import { answer, locateAnswer, missedItems, newRound, nextQuestion, quizPhase, roundScore, seededRandom, shuffled } from '../../src/domain/study/quizRound.ts';
import { atlasFixture, data } from '../support/atlas.ts';
import { repoRoot } from '../support/paths.ts';

const { atlas, ctx } = atlasFixture('male');
const spans: MeasuredCunSpan[] = [...ctx.spans.values()];
const locationsOf = (code: string) => atlas.locations.filter((l) => l.code === code);
const position = (code: string, side: 'left' | 'right' | 'midline') => locationsOf(code).find((l) => l.side === side)?.position as Vec3;

/** What the quiz says of a click when asked `code`: the nearest location's distance in the region's cun. */
function scoreClick(code: string, click: Vec3) {
  const record = data.points.get(code);
  if (!record) throw new Error(code);
  const near = nearestLocation(click, locationsOf(code));
  if (!near) throw new Error(`no location for ${code}`);
  return { side: near.location.side, cun: near.distanceM / regionCunM(record.region, spans) };
}

describe('a locate answer in cun on the body shown', () => {
  it('every region of the records has the span that measures it, and the span is on the body', () => {
    for (const record of data.points.values()) expect(regionCunSpan[record.region], record.region).toBeDefined();
    for (const id of Object.values(regionCunSpan)) expect(ctx.spans.has(id), id).toBe(true);
  });

  it("a click on LU9's true spot scores 0 cun: on the point", () => {
    const r = scoreClick('LU9', position('LU9', 'left'));
    expect(r.cun).toBe(0);
    expect(gradeOf(r.cun).id).toBe('on-it');
  });

  it("a click on LU8's spot when asked LU9 is about 1 cun off (WHO: LU8 is 1 B-cun proximal of LU9): close", () => {
    const r = scoreClick('LU9', position('LU8', 'left'));
    // measured: the step walks 1 forearm B-cun along the skin; the chord between the two is a shade shorter
    expect(r.cun).toBeGreaterThan(0.85);
    expect(r.cun).toBeLessThan(1.1);
    expect(gradeOf(r.cun).id).toBe('close');
    expect(cunText(r.cun)).toMatch(/^(0\.9|1\.0|1\.1) cun$/);
  });

  it('a bilateral point counts on the side nearer the click', () => {
    const right = scoreClick('LU9', position('LU8', 'right'));
    expect(right.side).toBe('right');
    expect(right.cun).toBeCloseTo(scoreClick('LU9', position('LU8', 'left')).cun, 1);
    // ST36 asked, the right ST36 clicked: on it, though the left one is a body's width away
    expect(scoreClick('ST36', position('ST36', 'right'))).toEqual({ side: 'right', cun: 0 });
  });

  it('the same miss is more cun where the cun is small: 2 cm is under 1 cun on the leg, about 1.5 across the forehead', () => {
    expect(0.02 / regionCunM('leg', spans)).toBeLessThan(1);
    expect(0.02 / regionCunM('face', spans)).toBeGreaterThan(1.4);
  });

  it('ST36 clicked when asked ST35 is 3 cun off (WHO: ST36 is 3 B-cun below ST35): missed', () => {
    const r = scoreClick('ST35', position('ST36', 'left'));
    expect(r.cun).toBeGreaterThan(2.5);
    expect(r.cun).toBeLessThan(3.5);
    expect(gradeOf(r.cun).id).toBe('missed');
  });

  it("a scalp line: MS8 lies 1.5 head cun beside MS5 (WHO), measured to MS5's polyline", () => {
    const scalp = scalpFileSchema.parse(JSON.parse(readFileSync(`${repoRoot}/assets/generated/scalp-male.json`, 'utf8')));
    const ms5 = scalp.zones.find((z) => z.id === 'MS5')?.strokes[0] as Vec3[];
    const ms8 = scalp.zones.find((z) => z.id === 'MS8' && z.side === 'left')?.strokes[0] as Vec3[];
    const middle = ms8[Math.floor(ms8.length / 2)] as Vec3;
    expect(distanceToPolyline(ms5[0] as Vec3, ms5)).toEqual({ distanceM: 0, nearest: ms5[0] });
    const cun = distanceToPolyline(middle, ms5).distanceM / regionCunM('scalp', spans);
    expect(cun).toBeGreaterThan(1.2);
    expect(cun).toBeLessThan(1.8);
  });

  it('the grades are data: within 0.5, 1 and 2 cun, then missed', () => {
    expect([0.4, 0.9, 1.9, 2.1].map((c) => gradeOf(c).id)).toEqual(['on-it', 'close', 'near', 'missed']);
  });
});

describe('a name answer, matched as the search matches names', () => {
  const st36 = data.points.get('ST36');
  if (!st36) throw new Error('ST36');
  const named: NamedItem = {
    item: { system: 'points', id: 'ST36' },
    code: 'ST36',
    names: [st36.pinyin, st36.pinyinPlain, st36.english, st36.hanzi.simplified, ...st36.aliases],
  };

  it('takes the pinyin with or without tones and syllable spacing, the hanzi, the English name and the code in any form', () => {
    for (const typed of [
      'zusanli',
      'Zu San Li',
      'zú sān lǐ',
      'Zúsānlǐ',
      'zu-san-li',
      ' ZUSANLI ',
      '足三里',
      'Leg Three Miles',
      'ST-36',
      'st36',
      'ST 36',
      'Stomach 36',
    ])
      expect(nameMatches(typed, named), typed).toBe(true);
  });

  it('refuses other names, other codes and nothing', () => {
    for (const typed of ['zusan', 'shangjuxu', 'ST35', 'ST-37', '', '   ', 'san li']) expect(nameMatches(typed, named), typed).toBe(false);
  });

  it('ü typed as v or u is the same answer (LU9 Tàiyuān is plain; CV12 Zhōngwǎn; LR? lǚ): the search normalisation', () => {
    const kid = { item: { system: 'points', id: 'X' }, code: 'X', names: ['Lǚxì'] } as const;
    expect(nameMatches('lvxi', kid)).toBe(true);
    expect(nameMatches('Lu Xi', kid)).toBe(true);
  });

  it('four choices from the deck, the right one among them, no repeats; topped up from nearby when the deck is small', () => {
    const deck: StudyItem[] = ['LU1', 'LU2', 'LU3', 'LU4', 'LU5', 'LU6'].map((id) => ({ system: 'points', id }));
    const target = deck[2] as StudyItem;
    const choices = nameChoices(target, deck, [], seededRandom(1));
    expect(choices).toHaveLength(4);
    expect(choices).toContainEqual(target);
    expect(new Set(choices.map((c) => c.id)).size).toBe(4);
    for (const c of choices) expect(c.id).toMatch(/^LU/);
    const small = nameChoices(
      target,
      deck.slice(1, 3),
      [
        { system: 'points', id: 'LU9' },
        { system: 'points', id: 'LU10' },
      ],
      seededRandom(2),
    );
    expect(small.map((c) => c.id).sort()).toEqual(['LU10', 'LU2', 'LU3', 'LU9']);
  });
});

describe('a quiz round', () => {
  const lung: StudyItem[] = [...data.points.values()].filter((p) => p.channel === 'LU').map((p) => ({ system: 'points', id: p.code }));
  const settings = { deck: { kind: 'channel', channel: 'LU' }, kind: 'locate', count: 5 } as const;

  it('is shuffled by its seed: the same seed, the same round; another seed, another order', () => {
    const a = newRound(settings, lung, 42),
      b = newRound(settings, lung, 42),
      c = newRound(settings, lung, 7);
    expect(a.questions.map((q) => q.item.id)).toEqual(b.questions.map((q) => q.item.id));
    expect(a.questions.map((q) => q.item.id)).not.toEqual(c.questions.map((q) => q.item.id));
    expect(a.questions).toHaveLength(5);
    expect(new Set(a.questions.map((q) => q.item.id)).size).toBe(5);
    expect(shuffled([1, 2, 3, 4, 5, 6, 7, 8], seededRandom(3)).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('asks, takes one answer per question, goes on, ends with a score and the items missed', () => {
    let round = newRound({ ...settings, count: 3 }, lung, 1);
    expect(quizPhase(round)).toBe('asking');
    const at: Vec3 = [0, 0, 0];
    const truth = { position: at, side: 'left', index: 1 } as const;
    round = answer(round, locateAnswer(at, truth, 0.2));
    expect(quizPhase(round)).toBe('answered');
    expect(answer(round, locateAnswer(at, truth, 5)).answers).toHaveLength(1); // a second click does not count
    round = answer(nextQuestion(round), locateAnswer(at, truth, 1.5));
    round = answer(nextQuestion(round), locateAnswer(at, truth, 0.8));
    round = nextQuestion(round);
    expect(quizPhase(round)).toBe('done');
    // on it (1) + near (0.25) + close (0.75) of 3
    expect(roundScore(round)).toEqual({ earned: 2, answered: 3, total: 3, percent: 67 });
    expect(missedItems(round)).toEqual([round.questions[1]?.item]);
  });

  it('a multiple-choice round has four names per question, the asked one among them', () => {
    const round = newRound({ ...settings, kind: 'choose' }, lung, 9);
    for (const q of round.questions) {
      expect(q.choices).toHaveLength(4);
      expect(q.choices).toContainEqual(q.item);
    }
  });

  it('takes all of a deck smaller than the count asked', () => {
    expect(newRound({ ...settings, count: 50 }, lung, 1).questions).toHaveLength(11);
  });
});
