// Electro-acupuncture: point pairs where named sources give them, and the cautions that come with
// the current. Choosing a pair (from a point's card or the search) lights both needles, draws the
// current's path between them on the body and shows the cautions beside it.
import { z } from '../../../domain/schema/zodMini.ts';
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
  // its search documents are the build's business (Node writes the index): loaded only when the build asks
  loadSearchDocuments: () => import('./searchDocuments.ts').then((m) => m.searchDocuments),
  loadExport: () => import('./export.ts').then((m) => m.exportSection),
});
