// What a student studies: a deck names a group of items (a channel, a region, a category, the extra
// points, the scalp, the ear, a point set, or the items the student missed) and resolves to the
// items themselves. One definition for the quizzes, the flashcards and the tours, so that "the Lung
// channel" means the same list everywhere. Pure: the records come in as arguments.
import { z } from '../schema/zodMini.ts';
import { categoryFilters } from '../points/categoryFilters.ts';
import { channelOfCode, channelOrder, channelInfo, type ChannelOrExtra } from '../points/channels.ts';
import type { AtlasPointRecord } from '../schema/points.ts';
import type { PointSet } from '../schema/sets.ts';

/** One thing to study: an item of a system, as a set item names it (points by code, scalp by line or area id, ear by code). */
export const studyItemSchema = z.strictObject({
  system: z.enum(['points', 'scalp', 'ear']),
  id: z.string().check(z.minLength(1), z.maxLength(60)),
});
export type StudyItem = z.infer<typeof studyItemSchema>;

export const deckSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('channel'), channel: z.enum(channelOrder as [ChannelOrExtra, ...ChannelOrExtra[]]) }),
  z.strictObject({ kind: z.literal('region'), region: z.string().check(z.minLength(1), z.maxLength(60)) }),
  z.strictObject({ kind: z.literal('category'), category: z.enum(categoryFilters) }),
  z.strictObject({ kind: z.literal('extra') }),
  z.strictObject({ kind: z.literal('scalp') }),
  // the ear's standard map, or the points of one of its protocols (NADA: a smaller deck to start with)
  z.strictObject({ kind: z.literal('ear'), protocol: z.optional(z.string().check(z.minLength(1), z.maxLength(60))) }),
  z.strictObject({ kind: z.literal('set'), setId: z.string().check(z.minLength(1), z.maxLength(80)) }),
  z.strictObject({ kind: z.literal('missed') }),
]);
export type Deck = z.infer<typeof deckSchema>;

/** What decks are made from. */
export interface DeckSources {
  /** every point record, by code, in channel order */
  points: ReadonlyMap<string, AtlasPointRecord>;
  /** the scalp's items: WHO lines (MS1...) and Jiao's areas, by id */
  scalp: readonly string[];
  /** the ear's points (GB/T 13734-2008 codes) */
  ear: readonly string[];
  /** the ear's protocols: their points, by id (a protocol deck asks those of the standard's map) */
  earProtocols?: readonly { id: string; name: string; points: readonly { ref: string }[] }[];
  /** the sets a deck can be made of (the user's and the atlas's) */
  sets: readonly PointSet[];
  /** the items the student missed last (kept by the activity that missed them) */
  missed: readonly StudyItem[];
}

const points = (codes: Iterable<string>): StudyItem[] => [...codes].map((id) => ({ system: 'points', id }));

/** The items of a deck, in the order a student meets them (along the channel, as the set lists them). */
export function deckItems(deck: Deck, sources: DeckSources): StudyItem[] {
  const records = [...sources.points.values()];
  switch (deck.kind) {
    case 'channel':
      return points(records.filter((r) => channelOfCode(r.code) === deck.channel).map((r) => r.code));
    case 'extra':
      return points(records.filter((r) => channelOfCode(r.code) === 'EX').map((r) => r.code));
    case 'region':
      return points(records.filter((r) => r.region === deck.region).map((r) => r.code));
    case 'category':
      return points(records.filter((r) => r.categories.some((c) => c.kind === deck.category)).map((r) => r.code));
    case 'scalp':
      return sources.scalp.map((id) => ({ system: 'scalp', id }));
    case 'ear': {
      const protocol = deck.protocol ? sources.earProtocols?.find((p) => p.id === deck.protocol) : undefined;
      const ids = deck.protocol ? (protocol?.points.map((p) => p.ref).filter((ref) => sources.ear.includes(ref)) ?? []) : sources.ear;
      return ids.map((id) => ({ system: 'ear', id }));
    }
    case 'set': {
      const set = sources.sets.find((s) => s.id === deck.setId);
      return set ? set.items.map(({ system, id }) => ({ system, id })) : [];
    }
    case 'missed':
      return [...sources.missed];
  }
}

/** A deck in words ("Lung channel", "Back-shu points", "Set: Insomnia"). */
export function deckLabel(deck: Deck, sets: readonly PointSet[] = [], earProtocols: readonly { id: string; name: string }[] = []): string {
  switch (deck.kind) {
    case 'channel':
      return deck.channel === 'EX' ? 'Extra points' : `${channelInfo[deck.channel].name} channel`;
    case 'extra':
      return 'Extra points';
    case 'region':
      return `Region: ${deck.region.replace(/-/g, ' ')}`;
    case 'category':
      return `${deck.category.replace(/-/g, ' ')} points`;
    case 'scalp':
      return 'Scalp lines and areas';
    case 'ear':
      return deck.protocol ? `Ear: ${earProtocols.find((p) => p.id === deck.protocol)?.name ?? deck.protocol} points` : 'Ear points';
    case 'set':
      return `Set: ${sets.find((s) => s.id === deck.setId)?.name ?? 'a set no longer here'}`;
    case 'missed':
      return 'Missed last time';
  }
}

/** The same item (two decks, or a deck and a missed list, name it alike). */
export const sameItem = (a: StudyItem, b: StudyItem): boolean => a.system === b.system && a.id === b.id;
