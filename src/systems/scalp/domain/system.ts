// Scalp acupuncture: the WHO standard lines (MS1-MS14) and Jiao Shunfa's areas, drawn on the head
// of the body shown.
import { z } from 'zod';
import type { SearchDocument } from '../../../domain/search/searchIndex.ts';
import { defineSystem, itemId, itemSide } from '../../types.ts';
import { linkFlag, linkKey, sideLinkKey } from '../../../domain/link/keys.ts';

export const scalpSystem = defineSystem({
  id: 'scalp',
  label: 'Scalp lines and areas',
  resultsLabel: 'Scalp lines and areas',
  selection: z.strictObject({ system: z.literal('scalp'), id: itemId, side: itemSide }),
  describeItem: (id, { whoLines, jiaoAreas }) => {
    const line = whoLines.get(id);
    return line ? `${line.code} ${line.english}` : (jiaoAreas.get(id)?.english ?? null);
  },
  catalogues: [
    { id: 'who-scalp', label: 'Scalp lines (WHO)' },
    { id: 'jiao-scalp', label: 'Scalp areas (Jiao)' },
  ],
  linkKeys: {
    zone: linkKey(z.string().regex(/^[A-Za-z0-9-]+$/)),
    side: sideLinkKey,
    who: linkFlag.withDefault(false),
    jiao: linkFlag.withDefault(false),
    part: linkKey(z.string().regex(/^[a-z-]+$/)),
  },
  searchDocuments: (records, text) => [
    ...[...records.whoLines.values()].map((l): SearchDocument => ({
      id: `scalp:${l.code}`,
      owner: 'scalp',
      kind: 'scalp-line',
      keys: [l.code],
      code: l.code,
      title: `${l.code} ${l.english}`,
      names: [l.pinyin, text.pinyin(l.pinyin), l.english, 'scalp line'].join(' '),
      hanzi: [l.hanzi.traditional, l.hanzi.simplified].join(' '),
      conditions: text.conditions(l.indications),
      region: text.region('scalp'),
      conditionIds: l.indications,
      regionId: 'scalp',
      channel: l.channel,
      categories: [],
      pregnancyCaution: false,
      system: 'who-scalp',
    })),
    ...[...records.jiaoAreas.values()].map((a): SearchDocument => ({
      id: `scalp:${a.id}`,
      owner: 'scalp',
      kind: 'scalp-area',
      keys: [],
      code: a.id,
      title: `${a.english} (Jiao)`,
      names: [a.pinyin, text.pinyin(a.pinyin), a.english, 'scalp area jiao', ...a.segments.flatMap((s) => s.bodyParts)].join(' '),
      hanzi: [a.hanzi.traditional, a.hanzi.simplified].join(' '),
      conditions: text.conditions(a.indications),
      region: text.region('scalp'),
      conditionIds: a.indications,
      regionId: 'scalp',
      channel: '',
      categories: [],
      pregnancyCaution: false,
      system: 'jiao-scalp',
    })),
  ],
  // the export is Node's business: loaded only when the export asks, so the browser never carries it
  loadExport: () => import('./export.ts').then((m) => m.exportSection),
});
