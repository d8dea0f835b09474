// The items of a flashcards deck, from what the store has loaded and, for what it has not yet, the
// same loaders the systems use (the scalp records, the ear map, the built-in sets). The "missed"
// deck of the flashcards is the items the student lapsed on (forgot after learning them) or is
// relearning.
import { deckItems, type Deck, type DeckSources, type StudyItem } from '../domain/study/decks.ts';
import type { CardProgress } from '../domain/study/flashcards.ts';
import { fetchEar, loadBuiltInSets, loadPointRecords, loadScalpRecords } from './atlasData.ts';
import type { AtlasState } from './store.ts';

/** The items of the cards the student lapsed on or is relearning, once each. */
export function missedItems(progress: Readonly<Record<string, CardProgress>>): StudyItem[] {
  const seen = new Map<string, StudyItem>();
  for (const p of Object.values(progress)) if (p.lapses > 0 || p.state === 'relearning') seen.set(`${p.item.system}:${p.item.id}`, p.item);
  return [...seen.values()];
}

/** What the deck needs loaded, loaded (only that: a channel deck waits for the point records alone). */
export async function loadDeckSources(deck: Deck, s: AtlasState): Promise<DeckSources> {
  const points = s.records ?? (await loadPointRecords()).points;
  const scalp = deck.kind === 'scalp' ? (s.whoLines.size > 0 ? { who: s.whoLines, jiao: s.jiaoAreas } : await loadScalpRecords()) : null;
  const ear = deck.kind === 'ear' ? (s.ear ?? (await fetchEar())) : null;
  const builtIn = deck.kind === 'set' ? (s.builtInSets ?? (await loadBuiltInSets())) : [];
  return {
    points,
    scalp: scalp ? [...scalp.who.keys(), ...scalp.jiao.keys()] : [],
    ear: ear ? ear.points.filter((p) => p.system === 'gbt13734-2008').map((p) => p.id) : [],
    earProtocols: ear?.protocols ?? [],
    sets: [...s.userSets, ...builtIn],
    missed: missedItems(s.flashcardProgress),
  };
}

/** The deck's items (see loadDeckSources). */
export const loadDeckItems = async (deck: Deck, s: AtlasState): Promise<StudyItem[]> => deckItems(deck, await loadDeckSources(deck, s));
