// The ear points and protocols as search documents. Only the build (Node) reads them, to write the search index, so the
// browser never loads this file: the system declares it through loadSearchDocuments.
import type { SearchDocument } from '../../../domain/search/searchIndex.ts';
import type { AtlasRecords, SearchText } from '../../types.ts';

// an alias that is a code ("TF4", "HX1"), searched as a code
const isCode = (alias: string) => /^[A-Z]{1,2}\d/.test(alias);

export const searchDocuments = (records: AtlasRecords, text: SearchText): SearchDocument[] => {
  // what every document of the ear shares: its conditions, the ear as its region, no channel
  const onTheEar = (conditionIds: readonly string[]) => ({
    conditions: text.conditions(conditionIds),
    region: text.region('ear'),
    conditionIds: [...conditionIds],
    regionId: 'ear',
    channel: '',
    categories: [],
    pregnancyCaution: false,
  });
  return [
    ...records.ear.gb.map((p): SearchDocument => ({
      id: `ear:${p.code}`,
      owner: 'ear',
      kind: 'ear-point',
      keys: [p.code, ...p.aliases.filter(isCode)].map((c) => c.toUpperCase()),
      code: [p.code, ...p.aliases.filter(isCode)].join(' '),
      title: `${p.code} ${p.english} (ear)`,
      names: [p.pinyin, text.pinyin(p.pinyin), p.english, ...p.aliases, 'ear auricular', p.part.replace(/-/g, ' ')].join(' '),
      hanzi: [p.hanzi.traditional, p.hanzi.simplified].join(' '),
      ...onTheEar(p.indications),
      system: 'gbt13734-2008',
    })),
    ...records.ear.nogier.map((p): SearchDocument => ({
      id: `ear:${p.id}`,
      owner: 'ear',
      kind: 'ear-point',
      keys: [],
      code: p.id,
      title: `${p.english} (ear)`,
      // the European map names some points in pinyin written apart ("Shen Men"): found as one word too
      names: [
        p.english,
        ...p.aliases,
        ...[p.english, ...p.aliases].map((n) => text.pinyinRuns(n)),
        p.concept.replace(/-/g, ' '),
        'ear auricular european nogier',
      ].join(' '),
      hanzi: '',
      ...onTheEar(p.indications),
      system: 'nogier',
    })),
    ...records.ear.protocols.map((p): SearchDocument => ({
      id: `protocol:${p.id}`,
      owner: 'ear',
      kind: 'protocol',
      keys: [],
      code: p.id,
      title: `${p.name} (ear protocol)`,
      names: [p.name, p.id.replace(/-/g, ' '), 'ear protocol', ...p.points.map((x) => x.label)].join(' '),
      hanzi: '',
      ...onTheEar(p.conditions),
      system: p.system,
    })),
  ];
};
