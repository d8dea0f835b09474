// Electro-acupuncture: point pairs where named sources give them, and the cautions that come with
// the current. Choosing a pair (from a point's card or the search) lights both needles, draws the
// current's path between them on the body and shows the cautions beside it.
import { z } from 'zod';
import type { SearchDocument } from '../../../domain/search/searchIndex.ts';
import { defineSystem } from '../../types.ts';
import { linkKey } from '../../../domain/link/keys.ts';
import { pairIdSchema as pairId } from './ids.ts';

/** "st36-st37" in words: "ST36 and ST37". */
export const pairWords = (id: string): string =>
  id
    .split('-')
    .map((part) => part.toUpperCase())
    .join(' and ');

export const electroSystem = defineSystem({
  id: 'electro',
  label: 'Electro-acupuncture pairs',
  resultsLabel: 'Electro-acupuncture pairs',
  selection: z.strictObject({ system: z.literal('electro'), id: pairId, side: z.enum(['left', 'right']) }),
  describeItem: (id) => (pairId.safeParse(id).success ? `Electro-acupuncture pair ${pairWords(id)}` : null),
  catalogues: [{ id: 'electro-pairs', label: 'Electro-acupuncture pairs' }],
  linkKeys: { ea: linkKey(pairId) },
  searchDocuments: (records) =>
    (records.electro?.pairs ?? []).map((p): SearchDocument => {
      const a = records.points.get(p.a.code),
        b = records.points.get(p.b.code);
      const member = (e: { code: string; member?: number | undefined }) => (e.member ? (records.points.get(e.code)?.members?.[e.member - 1]?.label ?? '') : '');
      return {
        id: `electro:${p.id}`,
        owner: 'electro',
        kind: 'electro-pair',
        keys: [],
        code: p.id,
        title: `${p.a.code}${member(p.a) ? ` ${member(p.a)}` : ''} – ${p.b.code}${member(p.b) ? ` ${member(p.b)}` : ''} (electro-acupuncture)`,
        // (codes and English names; not the points' pinyin, which finds the points themselves)
        names: [
          'electro electroacupuncture electro-acupuncture EA electrical stimulation pair',
          p.a.code,
          p.b.code,
          a?.english ?? '',
          b?.english ?? '',
          p.purpose,
        ].join(' '),
        hanzi: '電針 电针',
        conditions: p.conditions.join(' '),
        region: '',
        conditionIds: [],
        regionId: a?.region ?? '',
        channel: '',
        categories: [],
        pregnancyCaution: false,
        system: 'electro-pairs',
      };
    }),
  loadExport: () => import('./export.ts').then((m) => m.exportSection),
});
