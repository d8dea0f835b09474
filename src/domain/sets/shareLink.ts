// A set in a link (?set=...), compact and readable: the name, then each item as its system's
// letter, id, side, technique, retention and note, e.g.
//   Neck pain~p*GB20*b*needle*20~s*MS14~e*TF4***press-seeds
// Items are joined by "~" and fields by "*"; a field's own "~", "*" and "%" are percent-escaped,
// and empty fields at an item's end are left out. The value is checked by the set's zod schema: a
// link that does not decode to a valid set is malformed (ignored and reported like any other key).
import { z } from '../schema/zodMini.ts';
import { linkKey } from '../link/keys.ts';
import { pointSetSchema, type PointSet, type SetItem } from '../schema/sets.ts';

const systemLetters = { points: 'p', scalp: 's', ear: 'e' } as const;
const letterSystems: Record<string, SetItem['system']> = { p: 'points', s: 'scalp', e: 'ear' };
const sideLetters = { left: 'l', right: 'r', both: 'b' } as const;
const letterSides: Record<string, string> = { l: 'left', r: 'right', b: 'both' };

const escape = (text: string) => text.replace(/[%~*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const unescape = (text: string) => text.replace(/%(25|7E|2A)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** The text of a set in a link (its id is not carried: the one who opens it keeps it under a new id). */
export function encodeSet(set: PointSet): string {
  const items = set.items.map((item) => {
    const fields = [
      systemLetters[item.system],
      escape(item.id),
      item.side ? sideLetters[item.side] : '',
      item.technique ?? '',
      item.retentionMin === undefined ? '' : String(item.retentionMin),
      escape(item.note ?? ''),
    ];
    while (fields.at(-1) === '') fields.pop();
    return fields.join('*');
  });
  return [escape(set.name), ...items].join('~');
}

/** The set a link's text describes, before validation (a shape the schema then checks). */
function decodeSet(text: string): unknown {
  const [name = '', ...items] = text.split('~');
  return {
    id: 'shared',
    name: unescape(name),
    items: items.map((item) => {
      const [letter = '', id = '', side = '', technique = '', retention = '', note = ''] = item.split('*');
      return {
        system: letterSystems[letter] ?? letter,
        id: unescape(id),
        ...(side ? { side: letterSides[side] ?? side } : {}),
        ...(technique ? { technique } : {}),
        ...(retention ? { retentionMin: /^\d+$/.test(retention) ? Number(retention) : retention } : {}),
        ...(note ? { note: unescape(note) } : {}),
      };
    }),
  };
}

/** The link key `set`: its text must decode to a valid set (only a user's fields: no built-in ones). */
export const setLinkKey = linkKey(
  z.pipe(
    z.pipe(z.string().check(z.maxLength(6000)), z.transform(decodeSet)),
    z.omit(pointSetSchema, { conditions: true, source: true, evidence: true, evidenceNote: true }),
  ),
  encodeSet,
);
