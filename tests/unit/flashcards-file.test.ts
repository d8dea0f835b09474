// The flashcards' progress as a file (export, import, precise errors, merging) and on the device
// (versioned; a value that cannot be read is backed up, never wiped). Dates are passed in.
import { describe, expect, it } from 'vitest';
import { cardKey, type CardProgress, type CardRef } from '../../src/domain/study/flashcards.ts';
import { review } from '../../src/domain/study/flashcardsSchedule.ts';
import { flashcardsFile, mergeProgress, readFlashcardsFile } from '../../src/domain/study/flashcardsFile.ts';
import type { KnownItems } from '../../src/domain/sets/exchange.ts';
import { flashcardsSpec, keepFlashcardsOnDevice } from '../../src/state/flashcardsStorage.ts';
import { readVersioned, type PersistProblem } from '../../src/state/persist/versioned.ts';
import { useAtlas } from '../../src/state/store.ts';
import { memoryStorage } from '../support/memoryStorage.ts';

const at = (day: number, hour = 9, minute = 0) => new Date(2026, 0, day, hour, minute);
const li4: CardRef = { item: { system: 'points', id: 'LI4' }, direction: 'name-to-location' };
const st36: CardRef = { item: { system: 'points', id: 'ST36' }, direction: 'location-to-name' };
const lu7: CardRef = { item: { system: 'points', id: 'LU7' }, direction: 'name-to-location' };
const byKey = (...cards: CardProgress[]) => Object.fromEntries(cards.map((c) => [cardKey(c), c]));

describe('the flashcards file', () => {
  const known: KnownItems = { points: new Set(['LI4', 'ST36', 'LU7']), scalp: new Set(['MS1']), ear: new Set(['TF4']) };
  const progress = byKey(review(li4, undefined, 'good', at(10)), review(st36, undefined, 'easy', at(10)));

  it('round-trips the progress of every card', () => {
    const text = JSON.stringify(flashcardsFile(progress));
    const read = readFlashcardsFile(text, known);
    expect(read).toEqual({ ok: true, cards: Object.values(progress) });
  });

  it('names the card and the field of each problem', () => {
    const file = flashcardsFile(progress);
    const cards = file.cards.map((c) => ({ ...c })) as Record<string, unknown>[];
    cards[1]!.due = 'next tuesday';
    cards[0]!.lapses = -1;
    cards[0]!.colour = 'red';
    const read = readFlashcardsFile(JSON.stringify({ ...file, cards }), known);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.errors).toContain('card 2 ("points:ST36", location → name): due must be a date and time (ISO 8601, e.g. "2026-01-10T09:00:00.000Z")');
    expect(read.errors).toContain('card 1 ("points:LI4", name → location): lapses must be a whole number from 0');
    expect(read.errors).toContain('card 1 ("points:LI4", name → location): "colour" is not a field of a card');
  });

  it('says what is wrong with a file that is not a flashcards file, and names items the atlas does not have', () => {
    expect(readFlashcardsFile('{', known)).toEqual({ ok: false, errors: ['the file is not JSON (was it saved by the atlas\'s "Export progress"?)'] });
    const sets = readFlashcardsFile(JSON.stringify({ format: 'acupoint-atlas-sets', version: 1, cards: [] }), known);
    expect(sets).toEqual({ ok: false, errors: ['the file is not a flashcards file of the atlas (its "format" must be "acupoint-atlas-flashcards")'] });
    const strange = flashcardsFile(byKey({ ...review(li4, undefined, 'good', at(10)), item: { system: 'points', id: 'XX99' } }));
    expect(readFlashcardsFile(JSON.stringify(strange), known)).toEqual({
      ok: false,
      errors: ['card 1 ("points:XX99", name → location): there is no body point "XX99" in the atlas'],
    });
  });

  it('merges card by card: the progress reviewed last wins, a tie keeps the device own, new cards are added', () => {
    const mineLI4 = review(li4, undefined, 'easy', at(12));
    const mineST36 = review(st36, undefined, 'good', at(8));
    const fileLI4 = review(li4, undefined, 'again', at(11));
    const fileST36 = review(st36, undefined, 'again', at(9));
    const fileLU7 = review(lu7, undefined, 'good', at(9));
    const merged = mergeProgress(byKey(mineLI4, mineST36), [fileLI4, fileST36, fileLU7, mineLI4]);
    expect(merged.progress[cardKey(li4)]).toEqual(mineLI4);
    expect(merged.progress[cardKey(st36)]).toEqual(fileST36);
    expect(merged.progress[cardKey(lu7)]).toEqual(fileLU7);
    expect([merged.added, merged.updated, merged.kept]).toEqual([1, 1, 2]);
  });
});

describe('the flashcards on the device', () => {
  it('reads the saved progress into the store and writes each review back in its versioned envelope', () => {
    const saved = review(li4, undefined, 'easy', at(10));
    const storage = memoryStorage({ [flashcardsSpec.key]: JSON.stringify({ version: 1, state: { cards: [saved], newPerDay: 20 } }) });
    const stop = keepFlashcardsOnDevice(
      useAtlas,
      () => storage,
      () => undefined,
    );
    expect(useAtlas.getState().flashcardProgress).toEqual({ [cardKey(li4)]: saved });
    expect(useAtlas.getState().newCardsPerDay).toBe(20);
    const next = review(st36, undefined, 'good', at(11));
    useAtlas.getState().rateFlashcard(next, null);
    const read = readVersioned(storage.getItem(flashcardsSpec.key)!, flashcardsSpec);
    expect(read.ok && read.state.cards).toEqual([saved, next]);
    stop();
  });

  it('backs up a value it cannot read, reports it, and starts with no progress instead of wiping it', () => {
    const bad = JSON.stringify({ version: 1, state: { cards: [{ item: { system: 'points', id: 'LI4' } }], newPerDay: 10 } });
    const storage = memoryStorage({ [flashcardsSpec.key]: bad });
    const problems: PersistProblem[] = [];
    const stop = keepFlashcardsOnDevice(
      useAtlas,
      () => storage,
      (p) => problems.push(p),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.reason).toMatch(/^cards\.0\.direction/);
    expect(storage.getItem(problems[0]!.backupKey)).toBe(bad);
    expect(useAtlas.getState().flashcardProgress).toEqual({});
    stop();
  });

  it('reads a value of a newer atlas as unreadable (kept as a backup), never as empty progress', () => {
    const read = readVersioned(JSON.stringify({ version: 2, state: {} }), flashcardsSpec);
    expect(read).toEqual({ ok: false, reason: 'it was saved by a newer version of the atlas (data version 2; this one reads up to 1)' });
  });
});
