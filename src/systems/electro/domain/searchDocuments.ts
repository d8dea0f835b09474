// The electro-acupuncture pairs as search documents. Only the build (Node) reads them, to write the search index, so the
// browser never loads this file: the system declares it through loadSearchDocuments.
import type { SearchDocument } from '../../../domain/search/searchIndex.ts';
import type { AtlasRecords } from '../../types.ts';

export const searchDocuments = (records: AtlasRecords): SearchDocument[] =>
  (records.electro?.pairs ?? []).map((p): SearchDocument => {
    const a = records.points.get(p.a.code),
      b = records.points.get(p.b.code);
    const member = (e: { code: string; member?: number | undefined }) => (e.member ? (records.points.get(e.code)?.members?.[e.member - 1]?.label ?? '') : '');
    return {
      id: `electro:${p.id}`,
      owner: 'electro',
      kind: 'electro-pair',
      keys: [],
      code: p.id,
      title: `${p.a.code}${member(p.a) ? ` ${member(p.a)}` : ''} – ${p.b.code}${member(p.b) ? ` ${member(p.b)}` : ''} (electro-acupuncture)`,
      // (codes and English names; not the points' pinyin, which finds the points themselves)
      names: [
        'electro electroacupuncture electro-acupuncture EA electrical stimulation pair',
        p.a.code,
        p.b.code,
        a?.english ?? '',
        b?.english ?? '',
        p.purpose,
      ].join(' '),
      hanzi: '電針 电针',
      conditions: p.conditions.join(' '),
      region: '',
      conditionIds: [],
      regionId: a?.region ?? '',
      channel: '',
      categories: [],
      pregnancyCaution: false,
      system: 'electro-pairs',
    };
  });
