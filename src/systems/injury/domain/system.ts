// The injury level (spinal cord injury): a neurological level and an ASIA Impairment Scale grade,
// kept in the link (?sci=T6&ais=A). Its panel lists the segments at and below the level, the points
// there, the Jiaji beside it and the scalp and ear zones used; its items are the zones of the scalp
// and ear systems, selected there, so it has no items or search documents of its own.
import { z } from '../../../domain/schema/zodMini.ts';
import { linkKey } from '../../../domain/link/keys.ts';
import { segmentId } from '../../../domain/neuro/segments.ts';
import { defineSystem } from '../../types.ts';
import { aisGrade } from './injury.ts';

export const injurySystem = defineSystem({
  id: 'injury',
  label: 'Injury level',
  resultsLabel: 'Injury level',
  // never selected: a selection of this system names a segment, kept only so the registry's union has a member
  selection: z.strictObject({ system: z.literal('injury'), id: segmentId }),
  describeItem: (id) => (segmentId.safeParse(id).success ? `Injury level ${id}` : null),
  catalogues: [],
  linkKeys: {
    sci: linkKey(segmentId),
    ais: linkKey(aisGrade),
  },
  loadSearchDocuments: () => Promise.resolve(() => []),
  loadExport: () => Promise.resolve(() => ({})),
});
