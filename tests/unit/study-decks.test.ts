// Decks resolve to the items a student expects, checked against the point data (every WHO channel's
// point count from the WHO standard: LU 11, ST 45, BL 67, GV 28) and the sets.
import { describe, expect, it } from 'vitest';
import { deckItems, deckLabel, deckSchema, type DeckSources } from '../../src/domain/study/decks.ts';
import { atlasRecords } from '../../src/pipeline/atlasData.ts';
import { data } from '../support/atlas.ts';

describe('study decks', () => {
  const records = atlasRecords(data).points;
  const sources: DeckSources = {
    points: records,
    scalp: ['MS1', 'MS6', 'jiao-motor'],
    ear: ['TF4', 'CO10'],
    sets: [
      {
        id: 's1',
        name: 'Insomnia',
        items: [
          { system: 'points', id: 'HT7' },
          { system: 'ear', id: 'TF4', side: 'both' },
        ],
      } as never,
    ],
    missed: [{ system: 'points', id: 'LI4' }],
  };
  it('a channel deck holds the channel in order, with the WHO count', () => {
    const lu = deckItems({ kind: 'channel', channel: 'LU' }, sources);
    expect(lu.map((i) => i.id)).toEqual(['LU1', 'LU2', 'LU3', 'LU4', 'LU5', 'LU6', 'LU7', 'LU8', 'LU9', 'LU10', 'LU11']);
    expect(deckItems({ kind: 'channel', channel: 'ST' }, sources)).toHaveLength(45);
    expect(deckItems({ kind: 'channel', channel: 'BL' }, sources)).toHaveLength(67);
    expect(deckItems({ kind: 'channel', channel: 'GV' }, sources)).toHaveLength(28);
  });
  it('the extra points, a category, a set and the missed list', () => {
    expect(deckItems({ kind: 'extra' }, sources).length).toBe(48);
    const backShu = deckItems({ kind: 'category', category: 'back-shu' }, sources).map((i) => i.id);
    expect(backShu).toContain('BL13');
    expect(backShu).toContain('BL23');
    expect(backShu.every((c) => c.startsWith('BL'))).toBe(true);
    expect(deckItems({ kind: 'set', setId: 's1' }, sources)).toEqual([
      { system: 'points', id: 'HT7' },
      { system: 'ear', id: 'TF4' },
    ]);
    expect(deckItems({ kind: 'set', setId: 'gone' }, sources)).toEqual([]);
    expect(deckItems({ kind: 'missed' }, sources)).toEqual([{ system: 'points', id: 'LI4' }]);
    expect(deckItems({ kind: 'scalp' }, sources).map((i) => i.system)).toEqual(['scalp', 'scalp', 'scalp']);
  });
  it('a region deck holds only that region', () => {
    const region = records.get('ST36')?.region ?? '';
    const items = deckItems({ kind: 'region', region }, sources);
    expect(items.some((i) => i.id === 'ST36')).toBe(true);
    expect(items.every((i) => records.get(i.id)?.region === region)).toBe(true);
  });
  it('labels, and a malformed deck is rejected', () => {
    expect(deckLabel({ kind: 'channel', channel: 'LU' })).toBe('Lung channel');
    expect(deckLabel({ kind: 'set', setId: 's1' }, sources.sets)).toBe('Set: Insomnia');
    expect(deckSchema.safeParse({ kind: 'channel', channel: 'XX' }).success).toBe(false);
    expect(deckSchema.safeParse({ kind: 'extra', extra: 1 }).success).toBe(false);
  });
});
