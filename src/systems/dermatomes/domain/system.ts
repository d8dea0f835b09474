// The dermatome map: the skin areas of the spinal segments (C2 to S4-5) and of the trigeminal
// divisions, drawn over the body as a switchable overlay, with the ISNCSCI key sensory points.
import { z } from 'zod';
import { skinAreaId } from '../../../domain/neuro/segments.ts';
import { linkFlag, linkKey } from '../../../domain/link/keys.ts';
import type { SearchDocument } from '../../../domain/search/searchIndex.ts';
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
  searchDocuments: (records) =>
    [...records.dermatomes.values()].map((d): SearchDocument => ({
      id: `dermatome:${d.id}`,
      owner: 'dermatomes',
      kind: 'dermatome',
      keys: [d.id],
      code: d.id,
      title: `${d.id} dermatome (${d.name.toLowerCase()})`,
      names: [d.name, 'dermatome segment skin area sensory', d.keyPoint ? 'key sensory point' : 'trigeminal nerve'].join(' '),
      hanzi: '',
      conditions: '',
      region: '',
      conditionIds: [],
      regionId: '',
      channel: '',
      categories: [],
      pregnancyCaution: false,
      system: 'dermatomes-lee2008',
      segment: d.id,
    })),
  // the export is Node's business: loaded only when the export asks, so the browser never carries it
  loadExport: () => import('./export.ts').then((m) => m.exportSection),
});
