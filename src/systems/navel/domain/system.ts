// Navel acupuncture (Qi Yong's holographic navel needle): the eight trigram directions of the
// navel wall, drawn around the umbilicus of the body shown in a close-up view of their own.
import { z } from 'zod';
import type { SearchDocument } from '../../../domain/search/searchIndex.ts';
import { defineSystem } from '../../types.ts';
import { linkFlag, linkKey } from '../../../domain/link/keys.ts';
import { trigramIdSchema } from './ids.ts';

/** The trigram of each direction, for words when the data is not loaded ("Li ☲"). */
const trigramWords: Record<z.infer<typeof trigramIdSchema>, string> = {
  li: 'Li ☲',
  kun: 'Kun ☷',
  dui: 'Dui ☱',
  qian: 'Qian ☰',
  kan: 'Kan ☵',
  gen: 'Gen ☶',
  zhen: 'Zhen ☳',
  xun: 'Xun ☴',
};

export const navelSystem = defineSystem({
  id: 'navel',
  label: 'Navel acupuncture',
  resultsLabel: 'Navel acupuncture',
  selection: z.strictObject({ system: z.literal('navel'), id: trigramIdSchema }),
  describeItem: (id) => {
    const parsed = trigramIdSchema.safeParse(id);
    return parsed.success ? `Navel direction ${trigramWords[parsed.data]}` : null;
  },
  catalogues: [{ id: 'qi-navel', label: 'Navel acupuncture (Qi)' }],
  linkKeys: {
    navel: linkFlag.withDefault(false),
    // the selected direction; its own key, so a navel link never touches the points' keys
    trigram: linkKey(trigramIdSchema),
  },
  searchDocuments: (records) =>
    (records.navel?.directions ?? []).map((d): SearchDocument => ({
      id: `navel:${d.id}`,
      owner: 'navel',
      kind: 'navel-direction',
      keys: [],
      // (prefixed: a bare "li" would outrank the points whose pinyin has the syllable li)
      code: `navel-${d.id}`,
      title: `${d.trigram.symbol} ${d.trigram.name} (${d.trigram.image}) · navel, ${d.organ}`,
      names: [
        d.trigram.name,
        d.trigram.pinyin,
        d.trigram.image,
        d.direction,
        d.element,
        `${d.trigram.name} trigram`,
        'navel umbilicus belly button navel acupuncture qizhen qi zhen bagua trigram',
        d.organ,
        d.bodyPart,
        d.family,
      ].join(' '),
      hanzi: [d.trigram.hanzi.traditional, d.trigram.hanzi.simplified, '臍針 脐针 臍 脐', d.trigram.symbol].join(' '),
      conditions: d.conditions.join(' '),
      region: 'abdomen navel',
      conditionIds: [],
      regionId: 'abdomen',
      channel: '',
      categories: [],
      pregnancyCaution: false,
      system: 'qi-navel',
    })),
  loadExport: () => import('./export.ts').then((m) => m.exportSection),
});
