// The meridian and extra points as search documents. Only the build (Node) reads them, to write the search index, so the
// browser never loads this file: the system declares it through loadSearchDocuments.
import type { SearchDocument } from '../../../domain/search/searchIndex.ts';
import { channelAliases } from '../../../domain/search/text.ts';
import { nervesNamed } from '../../../domain/neuro/nerves.ts';
import type { AtlasRecords, SearchText } from '../../types.ts';

export const searchDocuments = (records: AtlasRecords, text: SearchText): SearchDocument[] =>
  [...records.points.values()].map((p): SearchDocument => {
    const [, ch, num] = /^([A-Z]{2})(\d+)$/.exec(p.code) ?? [];
    // the same code as other books write it: UB23, TH5, LV3, Ren12
    const variants = ch
      ? Object.entries(channelAliases)
          .filter(([, v]) => v === ch)
          .map(([k]) => `${k}${num}`)
      : [p.code.replace(/-/g, '')];
    return {
      id: `point:${p.code}`,
      owner: 'points',
      kind: 'point',
      keys: [p.code, ...p.aliases],
      code: [p.code, ...p.aliases, ...variants].join(' '),
      title: `${p.code} ${p.pinyin} (${p.english})`,
      names: [p.pinyin, text.pinyin(p.pinyin), p.english].join(' '),
      hanzi: [p.hanzi.traditional, p.hanzi.simplified].join(' '),
      conditions: text.conditions(p.indications),
      region: text.region(p.region),
      conditionIds: p.indications,
      regionId: p.region,
      channel: p.channel ?? 'EX',
      categories: p.categories.map((c) => c.kind),
      pregnancyCaution: p.cautions.some((c) => c.kind === 'pregnancy'),
      system: p.channel ? 'who-2008' : 'extra',
      nerveIds: nervesNamed(p.anatomy.nerves),
      // the dermatomes it lies in ("L5" lists the points in L5), when the build measured them
      ...(records.pointAreas.has(p.code) ? { segment: (records.pointAreas.get(p.code) ?? []).join(' ') } : {}),
    };
  });
