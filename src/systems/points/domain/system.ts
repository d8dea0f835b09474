// Meridian points (WHO 2008, 361) and extra points: one system, two catalogues. They share their
// records, card, markers and link keys; the search's "system" filter tells them apart.
import { z } from '../../../domain/schema/zodMini.ts';
import { defineSystem, itemId, itemSide } from '../../types.ts';
import { linkFlag, linkKey, sideLinkKey } from '../../../domain/link/keys.ts';
import { channelOrder, type ChannelOrExtra } from '../../../domain/points/channels.ts';
import { categoryFilters } from '../../../domain/points/categoryFilters.ts';

export const pointsSystem = defineSystem({
  id: 'points',
  label: 'Points',
  resultsLabel: 'Body points',
  selection: z.strictObject({ system: z.literal('points'), id: itemId, side: itemSide, index: z.number().check(z.int(), z.minimum(1), z.maximum(20)) }),
  describeItem: (id, { points }) => {
    const record = points?.get(id);
    return record ? `${id} ${record.pinyin}, ${record.english}` : null;
  },
  catalogues: [
    { id: 'who-2008', label: 'Meridian points (WHO)' },
    { id: 'extra', label: 'Extra points' },
  ],
  linkKeys: {
    point: linkKey(z.string().check(z.regex(/^([A-Z]{2}\d{1,2}|EX-(HN|CA|B|UE|LE)\d{1,2})$/))),
    side: sideLinkKey,
    paths: linkFlag.withDefault(false),
    extra: linkFlag.withDefault(true),
    labels: linkFlag.withDefault(false),
    channel: linkKey(z.enum(channelOrder as [ChannelOrExtra, ...ChannelOrExtra[]])),
    category: linkKey(z.enum(categoryFilters)),
    region: linkKey(z.string().check(z.regex(/^[a-z-]+$/))),
  },
  // its search documents are the build's business (Node writes the index): loaded only when the build asks
  loadSearchDocuments: () => import('./searchDocuments.ts').then((m) => m.searchDocuments),
  // the export is Node's business: loaded only when the export asks, so the browser never carries it
  loadExport: () => import('./export.ts').then((m) => m.exportSection),
});
