// The words the search matches besides the records' own: the channel codes other books use, and the
// names of vocabulary ids. Kept apart from the index so that the systems' definitions can use them
// without loading the search engine.
import type { Condition, Region } from '../schema/vocabulary.ts';

/** Other codes seen for the channels, per source (WHO code last). */
export const channelAliases: Record<string, string> = {
  UB: 'BL',
  B: 'BL',
  BL: 'BL',
  TH: 'TE',
  SJ: 'TE',
  TW: 'TE',
  SANJIAO: 'TE',
  TE: 'TE',
  LV: 'LR',
  LIV: 'LR',
  LR: 'LR',
  KID: 'KI',
  KD: 'KI',
  K: 'KI',
  KI: 'KI',
  REN: 'CV',
  RN: 'CV',
  CV: 'CV',
  DU: 'GV',
  GV: 'GV',
  P: 'PC',
  PC: 'PC',
  HT: 'HT',
  H: 'HT',
  HE: 'HT',
  LU: 'LU',
  L: 'LU',
  LI: 'LI',
  CO: 'LI',
  ST: 'ST',
  S: 'ST',
  SP: 'SP',
  SI: 'SI',
  GB: 'GB',
  G: 'GB',
};

/**
 * The channels by name, as people write them with a number ("Stomach 36", "Gall Bladder 20",
 * "Triple Burner 5"): lower case, one space between words.
 */
export const channelNames: Record<string, string> = {
  lung: 'LU',
  'large intestine': 'LI',
  stomach: 'ST',
  spleen: 'SP',
  heart: 'HT',
  'small intestine': 'SI',
  bladder: 'BL',
  'urinary bladder': 'BL',
  kidney: 'KI',
  pericardium: 'PC',
  'triple energizer': 'TE',
  'triple energiser': 'TE',
  'triple burner': 'TE',
  'triple warmer': 'TE',
  'san jiao': 'TE',
  sanjiao: 'TE',
  gallbladder: 'GB',
  'gall bladder': 'GB',
  liver: 'LR',
  'conception vessel': 'CV',
  conception: 'CV',
  'ren mai': 'CV',
  'governor vessel': 'GV',
  'governing vessel': 'GV',
  governor: 'GV',
  'du mai': 'GV',
};

/** The searchable words of vocabulary ids, for the systems' documents. */
export function searchText(
  conditions: Iterable<Condition>,
  regions: Iterable<Region>,
): { conditions: (ids: readonly string[]) => string; region: (id: string) => string } {
  const byCondition = new Map([...conditions].map((c) => [c.id, c]));
  const byRegion = new Map([...regions].map((r) => [r.id, r]));
  return {
    conditions: (ids) =>
      ids
        .map((id) => {
          const c = byCondition.get(id);
          return c ? [c.name, ...c.synonyms].join(' ') : id;
        })
        .join(' '),
    region: (id) => {
      const r = byRegion.get(id);
      return r ? [r.name, ...r.synonyms].join(' ') : id;
    },
  };
}
