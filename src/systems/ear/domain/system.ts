// The ear maps: the Chinese standard (GB/T 13734-2008, 93 points in its zones) and the European map
// (Nogier), with the protocols that combine their points, on a chart of the right ear.
import { z } from '../../../domain/schema/zodMini.ts';
import { defineSystem, itemId } from '../../types.ts';
import { linkFlag, linkKey } from '../../../domain/link/keys.ts';

/** an alias that is itself a code ("HX1"), not a name */

export const earSystem = defineSystem({
  id: 'ear',
  label: 'Ear points',
  resultsLabel: 'Ear points',
  selection: z.strictObject({ system: z.literal('ear'), id: itemId }),
  describeItem: (id, { earPoints }) => {
    const point = earPoints.find((p) => p.id === id);
    return point ? `Ear point ${point.system === 'nogier' ? '' : `${point.code} `}${point.english}` : null;
  },
  catalogues: [
    { id: 'gbt13734-2008', label: 'Ear, Chinese standard' },
    { id: 'nogier', label: 'Ear, European (Nogier)' },
  ],
  linkKeys: {
    ear: linkFlag.withDefault(false),
    earmap: linkKey(z.enum(['gbt13734-2008', 'nogier', 'compare'])).withDefault('gbt13734-2008'),
    ear3d: linkFlag.withDefault(false),
    earpoint: linkKey(z.string().check(z.regex(/^[A-Za-z0-9,-]+$/), z.maxLength(40))),
    protocol: linkKey(z.string().check(z.regex(/^[a-z0-9-]+$/), z.maxLength(60))),
  },
  // its search documents are the build's business (Node writes the index): loaded only when the build asks
  loadSearchDocuments: () => import('./searchDocuments.ts').then((m) => m.searchDocuments),
  // the export is Node's business: loaded only when the export asks, so the browser never carries it
  loadExport: () => import('./export.ts').then((m) => m.exportSection),
});
