// The scalp lines and areas as search documents. Only the build (Node) reads them, to write the search index, so the
// browser never loads this file: the system declares it through loadSearchDocuments.
import type { SearchDocument } from '../../../domain/search/searchIndex.ts';
import type { AtlasRecords, SearchText } from '../../types.ts';

export const searchDocuments = (records: AtlasRecords, text: SearchText): SearchDocument[] => [
  ...[...records.whoLines.values()].map((l): SearchDocument => ({
    id: `scalp:${l.code}`,
    owner: 'scalp',
    kind: 'scalp-line',
    keys: [l.code],
    code: l.code,
    title: `${l.code} ${l.english}`,
    names: [l.pinyin, text.pinyin(l.pinyin), l.english, 'scalp line'].join(' '),
    hanzi: [l.hanzi.traditional, l.hanzi.simplified].join(' '),
    conditions: text.conditions(l.indications),
    region: text.region('scalp'),
    conditionIds: l.indications,
    regionId: 'scalp',
    channel: l.channel,
    categories: [],
    pregnancyCaution: false,
    system: 'who-scalp',
  })),
  ...[...records.jiaoAreas.values()].map((a): SearchDocument => ({
    id: `scalp:${a.id}`,
    owner: 'scalp',
    kind: 'scalp-area',
    keys: [],
    code: a.id,
    title: `${a.english} (Jiao)`,
    names: [a.pinyin, text.pinyin(a.pinyin), a.english, 'scalp area jiao', ...a.segments.flatMap((s) => s.bodyParts)].join(' '),
    hanzi: [a.hanzi.traditional, a.hanzi.simplified].join(' '),
    conditions: text.conditions(a.indications),
    region: text.region('scalp'),
    conditionIds: a.indications,
    regionId: 'scalp',
    channel: '',
    categories: [],
    pregnancyCaution: false,
    system: 'jiao-scalp',
  })),
];
