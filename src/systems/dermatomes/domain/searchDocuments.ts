// The dermatomes as search documents. Only the build (Node) reads them, to write the search index, so the
// browser never loads this file: the system declares it through loadSearchDocuments.
import type { SearchDocument } from '../../../domain/search/searchIndex.ts';
import type { AtlasRecords } from '../../types.ts';

export const searchDocuments = (records: AtlasRecords): SearchDocument[] =>
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
  }));
