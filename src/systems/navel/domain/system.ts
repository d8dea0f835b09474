// Navel acupuncture (Qi Yong's holographic navel needle): the eight trigram directions of the
// navel wall, drawn around the umbilicus of the body shown in a close-up view of their own.
import { z } from '../../../domain/schema/zodMini.ts';
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
  // its search documents are the build's business (Node writes the index): loaded only when the build asks
  loadSearchDocuments: () => import('./searchDocuments.ts').then((m) => m.searchDocuments),
  loadExport: () => import('./export.ts').then((m) => m.exportSection),
});
