// Answering a name question: by typing (matched as the search matches names: tones, case, ü, the
// syllables typed apart or run together, codes written any way the search reads them) or by choosing
// one of four names. Pure.
import { canonicalCodes, earCodes } from '../search/codes.ts';
import { normalizeTerm } from '../search/pinyin.ts';
import { sameItem, type StudyItem } from './decks.ts';

/** An item and every name it answers to: its code, pinyin, hanzi, English name and aliases. */
export interface NamedItem {
  item: StudyItem;
  code: string;
  names: readonly string[];
}

/**
 * A name as it is compared: the search's own normalisation (normalizeTerm: lower case, no tones,
 * ü as u), then without the spaces, hyphens and apostrophes between syllables, so "Zu San Li",
 * "zú sān lǐ" and "Zusanli" are one answer, as the search joins "zu san li" into "zusanli".
 */
const answerKey = (text: string): string => normalizeTerm(text).replace(/[^\p{L}\p{N}]+/gu, '');

/** Is the typed answer one of the item's names, or its code in any form the search reads ("ST-36", "st 36", "Stomach 36")? */
export function nameMatches(answer: string, named: NamedItem): boolean {
  const key = answerKey(answer);
  if (key === '') return false;
  if ([...canonicalCodes(answer), ...earCodes(answer)].includes(named.code)) return true;
  return [named.code, ...named.names].some((n) => answerKey(n) === key);
}

/**
 * Four options for a multiple-choice question, the right one among them at a random place: the
 * others from the same deck, topped up from `nearby` (the item's channel or system) when the deck is
 * smaller than four.
 */
export function nameChoices(target: StudyItem, deck: readonly StudyItem[], nearby: readonly StudyItem[], random: () => number, count = 4): StudyItem[] {
  const others: StudyItem[] = [];
  for (const pool of [deck, nearby]) {
    const candidates = pool.filter((i) => !sameItem(i, target) && !others.some((o) => sameItem(o, i)));
    while (others.length < count - 1 && candidates.length > 0) others.push(...candidates.splice(Math.floor(random() * candidates.length), 1));
  }
  const at = Math.floor(random() * (others.length + 1));
  return [...others.slice(0, at), target, ...others.slice(at)];
}
