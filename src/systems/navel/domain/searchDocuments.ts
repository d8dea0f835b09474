// The navel directions as search documents. Only the build (Node) reads them, to write the search index, so the
// browser never loads this file: the system declares it through loadSearchDocuments.
import type { SearchDocument } from '../../../domain/search/searchIndex.ts';
import type { AtlasRecords } from '../../types.ts';

export const searchDocuments = (records: AtlasRecords): SearchDocument[] =>
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
  }));
