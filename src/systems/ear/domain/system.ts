// The ear maps: the Chinese standard (GB/T 13734-2008, 93 points in its zones) and the European map
// (Nogier), with the protocols that combine their points, on a chart of the right ear.
import { z } from 'zod';
import type { SearchDocument } from '../../../domain/search/searchIndex.ts';
import { defineSystem, itemId } from '../../types.ts';
import { linkFlag, linkKey } from '../../../domain/link/keys.ts';

/** an alias that is itself a code ("HX1"), not a name */
const isCode = (alias: string) => /^[A-Z]{1,2}\d/.test(alias);

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
    earpoint: linkKey(
      z
        .string()
        .regex(/^[A-Za-z0-9,-]+$/)
        .max(40),
    ),
    protocol: linkKey(
      z
        .string()
        .regex(/^[a-z0-9-]+$/)
        .max(60),
    ),
  },
  searchDocuments: (records, text) => {
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
  },
  // the export is Node's business: loaded only when the export asks, so the browser never carries it
  loadExport: () => import('./export.ts').then((m) => m.exportSection),
});
