// Scalp acupuncture: the WHO standard lines (MS1-MS14) and Jiao Shunfa's areas, drawn on the head
// of the body shown.
import { z } from '../../../domain/schema/zodMini.ts';
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
    zone: linkKey(z.string().check(z.regex(/^[A-Za-z0-9-]+$/))),
    side: sideLinkKey,
    who: linkFlag.withDefault(false),
    jiao: linkFlag.withDefault(false),
    part: linkKey(z.string().check(z.regex(/^[a-z-]+$/))),
  },
  // its search documents are the build's business (Node writes the index): loaded only when the build asks
  loadSearchDocuments: () => import('./searchDocuments.ts').then((m) => m.searchDocuments),
  // the export is Node's business: loaded only when the export asks, so the browser never carries it
  loadExport: () => import('./export.ts').then((m) => m.exportSection),
});
