// Meridian points (WHO 2008, 361) and extra points: one system, two catalogues. They share their
// records, card, markers and link keys; the search's "system" filter tells them apart.
import { z } from 'zod';
import type { SearchDocument } from '../../../domain/search/searchIndex.ts';
import { channelAliases } from '../../../domain/search/text.ts';
import { defineSystem, itemId, itemSide } from '../../types.ts';
import { linkFlag, linkKey, sideLinkKey } from '../../../domain/link/keys.ts';
import { channelOrder, type ChannelOrExtra } from '../../../domain/points/channels.ts';
import { categoryFilters } from '../../../domain/points/categoryFilters.ts';
import { nervesNamed } from '../../../domain/neuro/nerves.ts';

export const pointsSystem = defineSystem({
  id: 'points',
  label: 'Points',
  resultsLabel: 'Body points',
  selection: z.strictObject({ system: z.literal('points'), id: itemId, side: itemSide, index: z.number().int().min(1).max(20) }),
  describeItem: (id, { points }) => {
    const record = points?.get(id);
    return record ? `${id} ${record.pinyin}, ${record.english}` : null;
  },
  catalogues: [
    { id: 'who-2008', label: 'Meridian points (WHO)' },
    { id: 'extra', label: 'Extra points' },
  ],
  linkKeys: {
    point: linkKey(z.string().regex(/^([A-Z]{2}\d{1,2}|EX-(HN|CA|B|UE|LE)\d{1,2})$/)),
    side: sideLinkKey,
    paths: linkFlag.withDefault(false),
    extra: linkFlag.withDefault(true),
    labels: linkFlag.withDefault(false),
    channel: linkKey(z.enum(channelOrder as [ChannelOrExtra, ...ChannelOrExtra[]])),
    category: linkKey(z.enum(categoryFilters)),
    region: linkKey(z.string().regex(/^[a-z-]+$/)),
  },
  searchDocuments: (records, text) =>
    [...records.points.values()].map((p): SearchDocument => {
      const [, ch, num] = /^([A-Z]{2})(\d+)$/.exec(p.code) ?? [];
      // the same code as other books write it: UB23, TH5, LV3, Ren12
      const variants = ch
        ? Object.entries(channelAliases)
            .filter(([, v]) => v === ch)
            .map(([k]) => `${k}${num}`)
        : [p.code.replace(/-/g, '')];
      return {
        id: `point:${p.code}`,
        owner: 'points',
        kind: 'point',
        keys: [p.code, ...p.aliases],
        code: [p.code, ...p.aliases, ...variants].join(' '),
        title: `${p.code} ${p.pinyin} (${p.english})`,
        names: [p.pinyin, text.pinyin(p.pinyin), p.english].join(' '),
        hanzi: [p.hanzi.traditional, p.hanzi.simplified].join(' '),
        conditions: text.conditions(p.indications),
        region: text.region(p.region),
        conditionIds: p.indications,
        regionId: p.region,
        channel: p.channel ?? 'EX',
        categories: p.categories.map((c) => c.kind),
        pregnancyCaution: p.cautions.some((c) => c.kind === 'pregnancy'),
        system: p.channel ? 'who-2008' : 'extra',
        nerveIds: nervesNamed(p.anatomy.nerves),
        // the dermatomes it lies in ("L5" lists the points in L5), when the build measured them
        ...(records.pointAreas.has(p.code) ? { segment: (records.pointAreas.get(p.code) ?? []).join(' ') } : {}),
      };
    }),
  // the export is Node's business: loaded only when the export asks, so the browser never carries it
  loadExport: () => import('./export.ts').then((m) => m.exportSection),
});
