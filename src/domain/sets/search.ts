// The user's own sets in the search: they live on the device, not in the index the build wrote, so
// they are matched here, by the words of their name and note and by the conditions the query
// names (a set called "Insomnia, Mrs K" is found by "can't sleep").
import type { Condition } from '../schema/vocabulary.ts';
import type { PointSet } from '../schema/sets.ts';
import { normalizeTerm } from '../search/pinyin.ts';
import type { SearchHit } from '../search/searchIndex.ts';

const words = (text: string) =>
  normalizeTerm(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The hits of the user's sets for a query; `named`: the conditions the query names. */
export function userSetHits(sets: readonly PointSet[], query: string, named: readonly Pick<Condition, 'name' | 'synonyms'>[]): SearchHit[] {
  const asked = words(query);
  if (asked.length === 0) return [];
  const phrases = named.flatMap((c) => [c.name, ...c.synonyms]).map((p) => ` ${words(p).join(' ')} `);
  return sets.flatMap((set): SearchHit[] => {
    const own = words(`${set.name} ${set.note ?? ''}`);
    const text = ` ${own.join(' ')} `;
    const byWords = asked.every((w) => own.some((o) => o.startsWith(w)));
    const byCondition = phrases.some((p) => p.trim() !== '' && text.includes(p));
    if (!byWords && !byCondition) return [];
    return [
      {
        id: `my-set:${set.id}`,
        owner: 'sets',
        kind: 'set',
        code: set.id,
        title: `${set.name} (yours)`,
        score: byWords ? 2 : 1,
        conditionsServed: byCondition ? 1 : 0,
        centrality: 0,
      },
    ];
  });
}
