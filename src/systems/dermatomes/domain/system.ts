// The dermatome map: the skin areas of the spinal segments (C2 to S4-5) and of the trigeminal
// divisions, drawn over the body as a switchable overlay, with the ISNCSCI key sensory points.
import { z } from '../../../domain/schema/zodMini.ts';
import { skinAreaId } from '../../../domain/neuro/segments.ts';
import { linkFlag, linkKey } from '../../../domain/link/keys.ts';
import { defineSystem } from '../../types.ts';

export const dermatomesSystem = defineSystem({
  id: 'dermatomes',
  label: 'Dermatomes',
  resultsLabel: 'Dermatomes',
  selection: z.strictObject({ system: z.literal('dermatomes'), id: skinAreaId }),
  describeItem: (id) => (skinAreaId.safeParse(id).success ? `${id} dermatome` : null),
  catalogues: [{ id: 'dermatomes-lee2008', label: 'Dermatomes (Lee 2008, ISNCSCI)' }],
  linkKeys: {
    derm: linkFlag.withDefault(false),
    dermatome: linkKey(skinAreaId),
  },
  // its search documents are the build's business (Node writes the index): loaded only when the build asks
  loadSearchDocuments: () => import('./searchDocuments.ts').then((m) => m.searchDocuments),
  // the export is Node's business: loaded only when the export asks, so the browser never carries it
  loadExport: () => import('./export.ts').then((m) => m.exportSection),
});
