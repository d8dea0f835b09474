// The flashcards' progress as a JSON file, exported and imported (another device, a backup):
// { "format": "acupoint-atlas-flashcards", "version": 1, "cards": [...] }. Read with zod; every
// problem names the card and the field ('card 3 ("points:LI4", name → location): due must be ...'),
// and an item the atlas does not have is named, never dropped. An import merges card by card: the
// progress reviewed last wins, so a file never overwrites newer progress on this device.
import { z } from '../schema/zodMini.ts';
import type { KnownItems } from '../sets/exchange.ts';
import { cardKey, cardProgressSchema, directionLabels, type CardDirection, type CardProgress, type ProgressByKey } from './flashcards.ts';

export const flashcardsFileFormat = 'acupoint-atlas-flashcards';
export const flashcardsFileVersion = 1;

export const flashcardsFileSchema = z.strictObject({
  format: z.literal(flashcardsFileFormat),
  version: z.literal(flashcardsFileVersion),
  cards: z.array(cardProgressSchema).check(z.maxLength(20_000)),
});
export type FlashcardsFile = z.infer<typeof flashcardsFileSchema>;

export const flashcardsFile = (progress: ProgressByKey): FlashcardsFile => ({
  format: flashcardsFileFormat,
  version: flashcardsFileVersion,
  cards: Object.values(progress),
});

const dateRule = 'must be a date and time (ISO 8601, e.g. "2026-01-10T09:00:00.000Z")';
/** What a field must be, in words, where zod's message would be cryptic. */
const fieldRules: Record<string, string> = {
  system: 'must be one of points, scalp, ear',
  id: 'must be the id of an item (1 to 60 characters)',
  direction: 'must be "name-to-location" or "location-to-name"',
  state: 'must be one of learning, review, relearning',
  due: dateRule,
  lastReview: dateRule,
  introduced: dateRule,
  stability: 'must be a number of days from 0',
  difficulty: 'must be a number from 0 to 10',
  scheduledDays: 'must be a whole number from 0',
  learningSteps: 'must be a whole number from 0',
  reps: 'must be a whole number from 0',
  lapses: 'must be a whole number from 0',
  cards: 'must be a list of cards (up to 20000)',
};

/** 'card 3 ("points:LI4", name → location)': a card of the file as people count and name it. */
function cardPlace(index: number, raw: unknown): string {
  const card = (raw as { cards?: unknown[] } | null)?.cards?.[index] as { item?: { system?: unknown; id?: unknown }; direction?: unknown } | undefined;
  const item = card?.item;
  const name = typeof item?.system === 'string' && typeof item.id === 'string' ? `${item.system}:${item.id}` : null;
  const direction = typeof card?.direction === 'string' ? directionLabels[card.direction as CardDirection] : undefined;
  const words = [name && JSON.stringify(name.slice(0, 70)), direction?.toLowerCase()].filter(Boolean).join(', ');
  return `card ${index + 1}${words ? ` (${words})` : ''}`;
}

function issueText(issue: z.core.$ZodIssue, raw: unknown): string {
  const [top, index, ...rest] = issue.path;
  if (top === 'format') return `the file is not a flashcards file of the atlas (its "format" must be "${flashcardsFileFormat}")`;
  if (top === 'version') return `the file's version must be ${flashcardsFileVersion} (a file from a newer atlas cannot be read here)`;
  if (top !== 'cards' || typeof index !== 'number') {
    if (issue.code === 'unrecognized_keys') return `the file: ${issue.keys.map((k) => `"${k}"`).join(', ')} is not a field of a flashcards file`;
    return `the file: ${issue.path.map(String).join('.') || 'its content'} ${fieldRules[String(top)] ?? issue.message}`;
  }
  const place = cardPlace(index, raw);
  if (issue.code === 'unrecognized_keys')
    return `${place}: ${issue.keys.map((k) => `"${k}"`).join(', ')} ${issue.keys.length === 1 ? 'is not a field' : 'are not fields'} of a card`;
  const field = rest.map(String).join('.');
  if (!field) return `${place}: ${issue.message}`;
  return `${place}: ${field} ${fieldRules[String(rest.at(-1))] ?? issue.message}`;
}

export type FlashcardsFileRead = { ok: true; cards: CardProgress[] } | { ok: false; errors: string[] };

const systemWords: Record<CardProgress['item']['system'], string> = { points: 'body point', scalp: 'scalp line or area', ear: 'ear point' };

/** Reads a flashcards file's text: its cards, or every problem in words (then nothing is imported). */
export function readFlashcardsFile(text: string, known: KnownItems): FlashcardsFileRead {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['the file is not JSON (was it saved by the atlas\'s "Export progress"?)'] };
  }
  const parsed = flashcardsFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: [...new Set(parsed.error.issues.map((i) => issueText(i, raw)))].slice(0, 20) };
  const unknown = parsed.data.cards.flatMap((card, i) =>
    known[card.item.system].has(card.item.id) ? [] : [`${cardPlace(i, raw)}: there is no ${systemWords[card.item.system]} "${card.item.id}" in the atlas`],
  );
  return unknown.length > 0 ? { ok: false, errors: unknown.slice(0, 20) } : { ok: true, cards: parsed.data.cards };
}

export interface MergeResult {
  progress: Record<string, CardProgress>;
  /** cards this device had no progress for */
  added: number;
  /** cards the file had reviewed later than this device */
  updated: number;
  /** cards this device had reviewed as late or later (its progress kept) */
  kept: number;
}

/**
 * The device's progress with a file's merged in, card by card: a card the device does not have is
 * added; of two, the one reviewed last wins (a tie keeps the device's). Newer progress is never
 * overwritten by an older file.
 */
export function mergeProgress(device: ProgressByKey, incoming: readonly CardProgress[]): MergeResult {
  const progress = { ...device };
  let added = 0,
    updated = 0,
    kept = 0;
  for (const card of incoming) {
    const key = cardKey(card);
    const mine = progress[key];
    if (!mine) {
      progress[key] = card;
      added++;
    } else if (Date.parse(card.lastReview) > Date.parse(mine.lastReview)) {
      progress[key] = card;
      updated++;
    } else kept++;
  }
  return { progress, added, updated, kept };
}
