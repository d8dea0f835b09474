// The print view's link key: `print=point:ST36` for one point's sheet, or a list of items
// (`print=point:ST36,scalp:MS6,ear:CO18`) for a set's. Each item names its system and its id, as a
// selection does; a value with an unknown system or a malformed id is ignored and reported.
import { z } from '../schema/zodMini.ts';
import { linkKey } from './keys.ts';
import type { SetItem } from '../schema/sets.ts';

/** An item of the sheet; printed from a set it keeps how the set uses it (the link carries only the item, so a shared sheet prints without them). */
export type PrintItem = Pick<SetItem, 'system' | 'id'> & Partial<Pick<SetItem, 'side' | 'technique' | 'retentionMin' | 'note'>>;

// in the link, a body point is written `point:` (it reads as it is said); the systems' ids otherwise
const linkPrefixes = { point: 'points', scalp: 'scalp', ear: 'ear' } as const;
const prefixOf: Record<PrintItem['system'], keyof typeof linkPrefixes> = { points: 'point', scalp: 'scalp', ear: 'ear' };
// an ear id may hold a comma (HX6,7i), so the items are split only before a system's prefix
const itemPattern = /^(point|scalp|ear):([A-Za-z0-9-][A-Za-z0-9,-]{0,39})$/;
const itemSeparator = /,(?=(?:point|scalp|ear):)/;
/** A sheet holds at most this many items (a long set prints in pages; the link stays short enough to share). */
export const printItemLimit = 40;

export const printItemsSchema = z.pipe(
  z.pipe(
    z.pipe(
      z.string(),
      z.transform((raw) => raw.split(itemSeparator)),
    ),
    z.array(z.string().check(z.regex(itemPattern))).check(z.minLength(1), z.maxLength(printItemLimit)),
  ),
  z.transform((parts) =>
    parts.map((part): PrintItem => {
      const [, prefix, id] = itemPattern.exec(part) ?? [];
      return { system: linkPrefixes[prefix as keyof typeof linkPrefixes], id: id ?? '' };
    }),
  ),
);

export const printLinkKey = linkKey(printItemsSchema, (items) => items.map((i) => `${prefixOf[i.system]}:${i.id}`).join(','));
