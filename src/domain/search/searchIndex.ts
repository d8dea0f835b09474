// One search index over points, extra points, scalp lines and areas, and conditions. Codes are
// found with their aliases and spacing variants (UB23, bl 23, BL-23, TH5, SJ5, LV3, KID3, Ren12,
// Du20) and channel names with a number (Stomach 36, Gall Bladder 20), pinyin with or without
// tones, run together or split into syllables (zusanli, zu san li), hanzi, English names,
// indications through the condition vocabulary with its synonyms and Chinese names, and regions. Several conditions at once rank points by how many
// of them they serve. Any input is safe: it is only ever used as plain text.
// The documents come from the systems (src/systems/*/domain/search.ts); the index adds the conditions.
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { joinPinyinRuns, normalizeTerm } from './pinyin.ts';
// normalizeTerm lives with the pinyin syllables, so light modules (the sets' matching) use it without MiniSearch
export { normalizeTerm } from './pinyin.ts';
import type { SearchDoc, SearchDocument } from './searchFile.ts';
export type { SearchDoc, SearchDocument } from './searchFile.ts';
export { channelAliases, searchText } from './text.ts';
import { canonicalCodes, earCodes, onlyCodesIn } from './codes.ts';
// the code readers live apart, so light modules (the quiz's name matching) use them without MiniSearch
export { canonicalCodes, earCodes } from './codes.ts';
import type { Condition, Region } from '../schema/vocabulary.ts';
import { nerveMatch, nervesInQuery } from '../neuro/nerves.ts';

/** What an item is: 'point', 'scalp-line', 'ear-point', 'protocol'... (each system names its own); 'condition' is the search's. */
export type SearchKind = string;

/** The map or standard an item belongs to, for the "system" filter ('who-2008', 'nogier'...): a system's catalogue id. */
export type AtlasSystem = string;

export interface SearchHit {
  id: string;
  /** the registry's system that opens it; '' for a condition */
  owner: string;
  kind: SearchKind;
  code: string;
  title: string;
  score: number;
  /** how many of the query's conditions this item serves */
  conditionsServed: number;
  /** how central those conditions are to the item: indications are listed main ones first */
  centrality: number;
}

export interface SearchFilters {
  channel?: string | null;
  category?: string | null;
  region?: string | null;
  kind?: SearchKind | null;
  system?: AtlasSystem | null;
  hidePregnancyCaution?: boolean;
}

const maxQueryLength = 300;

/** The ids of the skin areas (src/domain/neuro/segments.ts) as whole words of a query. */
const segmentPattern = /(?<![\p{L}\p{N}-])(S4-5|C[2-8]|T1[0-2]|T[1-9]|L[1-5]|S[1-3]|V[1-3])(?![\p{L}\p{N}-])/giu;
const segmentIdsIn = (query: string): string[] => [...new Set([...query.matchAll(segmentPattern)].map((m) => (m[1] ?? '').toUpperCase()))];

const indexOptions: Options<SearchDoc> = {
  fields: ['code', 'names', 'hanzi', 'conditions', 'region', 'segment'],
  storeFields: ['id'],
  processTerm: (term) => normalizeTerm(term),
  // fuzzy and prefix matching only where they help: short terms would match half the index
  searchOptions: {
    boost: { code: 6, names: 3, hanzi: 3, conditions: 1.5, region: 1, segment: 2 },
    prefix: (term) => term.length > 2,
    fuzzy: (term) => (term.length > 3 ? 0.2 : false),
  },
};

/** MiniSearch's own serialised form (toJSON / loadJS). */
export type SerialisedIndex = AsPlainObject;

/** What the build writes for the browser: the systems' documents and the index over them (and the conditions). */
export interface SerialisedSearch {
  documents: SearchDocument[];
  index: SerialisedIndex;
}
/** words that carry no meaning of their own in a question like "what is used for migraine and insomnia" */
const fillerWords = /\b(and|or|for|with|the|a|an|of|on|in|what|which|is|are|used|points?|help|helps|treat|treatment|acupuncture)\b/g;

export class AtlasSearch {
  private readonly index: MiniSearch<SearchDoc>;
  private readonly docs = new Map<string, SearchDoc>();
  private readonly conditionTerms: { id: string; phrases: string[] }[];
  /** the conditions' Chinese names, longest first: Chinese is written without spaces, so these match inside the query */
  private readonly chineseNames: { id: string; name: string }[];
  private readonly regionPhrases: { id: string; p: string }[];
  /** condition|ref -> role, from the condition vocabulary's links */
  private readonly links = new Map<string, 'main' | 'supporting'>();
  private readonly linkedRefs = new Map<string, string[]>();
  private readonly docsByCondition = new Map<string, string[]>();
  /** WHO codes and other standard codes (GV29 for EX-HN3) to the document */
  private readonly codeToDoc = new Map<string, string>();

  /** the systems' documents as given (serialised with the index) */
  private readonly documents: SearchDocument[];

  constructor(input: { documents: Iterable<SearchDocument>; conditions: Iterable<Condition>; regions: Iterable<Region>; index?: SerialisedIndex }) {
    const conditions = new Map([...input.conditions].map((c) => [c.id, c]));
    const regions = new Map([...input.regions].map((r) => [r.id, r]));
    const docs: SearchDoc[] = [];
    for (const { keys, ...doc } of input.documents) {
      for (const key of keys) this.codeToDoc.set(key, doc.id);
      docs.push(doc);
    }
    for (const c of conditions.values()) {
      docs.push({
        id: `condition:${c.id}`,
        owner: '',
        kind: 'condition',
        code: '',
        title: c.name,
        names: [c.name, ...c.synonyms].join(' '),
        hanzi: [c.hanzi.simplified, c.hanzi.traditional ?? ''].join(' '),
        conditions: '',
        region: '',
        conditionIds: [c.id],
        regionId: '',
        channel: '',
        categories: [],
        pregnancyCaution: false,
        system: '',
      });
    }
    this.documents = [...input.documents];
    // the build serialises the index (generated/search.json): the browser loads it instead of indexing
    if (input.index) this.index = MiniSearch.loadJS<SearchDoc>(input.index, indexOptions);
    else {
      this.index = new MiniSearch<SearchDoc>(indexOptions);
      this.index.addAll(docs);
    }
    for (const d of docs) {
      this.docs.set(d.id, d);
      if (d.kind !== 'condition') for (const c of d.conditionIds) this.docsByCondition.set(c, [...(this.docsByCondition.get(c) ?? []), d.id]);
    }
    // phrases normalised once, padded with spaces so that a query matches whole words only
    this.conditionTerms = [...conditions.values()].map((c) => ({
      id: c.sameAs ?? c.id,
      phrases: [c.name, ...c.synonyms, c.id.replace(/-/g, ' ')]
        .map(normalizeTerm)
        .filter((p) => p.length > 2)
        .map((p) => ` ${p.replace(/[^\p{L}\p{N}']+/gu, ' ')} `),
    }));
    this.chineseNames = [...conditions.values()]
      .flatMap((c) => [c.hanzi.simplified, c.hanzi.traditional ?? ''].filter(Boolean).map((name) => ({ id: c.sameAs ?? c.id, name })))
      .sort((a, b) => b.name.length - a.name.length);
    for (const c of conditions.values()) {
      for (const l of c.links) this.links.set(`${c.id}|${l.ref}`, l.role);
      this.linkedRefs.set(
        c.id,
        c.links.map((l) => l.ref),
      );
    }
    // longest phrase first, so "upper arm" wins over "arm"
    this.regionPhrases = [...regions.values()]
      .flatMap((r) => [r.name, ...r.synonyms].map((p) => ({ id: r.id, p: normalizeTerm(p).replace(/[^\p{L}\p{N}]+/gu, ' ') })))
      .sort((a, b) => b.p.length - a.p.length);
  }

  /** The index and the documents it was built from, for generated/search.json. */
  toJSON(): SerialisedSearch {
    // the indexed words are in the index already: the documents keep only what results and filters read
    return { documents: this.documents.map((d) => ({ ...d, names: '', hanzi: '', conditions: '', region: '' })), index: this.index.toJSON() };
  }

  get size(): number {
    return this.docs.size;
  }

  doc(id: string): SearchDoc | undefined {
    return this.docs.get(id);
  }

  /** The conditions a query names (whole phrases, e.g. "low back pain", "can't sleep"). */
  conditionsIn(query: string): string[] {
    return this.conditionsAndRest(query).ids;
  }

  /** The conditions a query names, and what is left of the query once their phrases are taken out. */
  private conditionsAndRest(query: string): { ids: string[]; rest: string } {
    const q = ` ${normalizeTerm(query).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
    let rest = q;
    const found = new Set<string>();
    for (const c of this.conditionTerms) {
      for (const phrase of c.phrases) {
        if (q.includes(phrase)) {
          found.add(c.id);
          rest = rest.replace(phrase, ' ');
        }
      }
    }
    // Chinese names inside the text, the longest first (偏头痛 is migraine, not also 头痛); then what
    // is being typed: two or more characters that begin a name (中风 for 中风偏瘫)
    for (const { id, name } of this.chineseNames) {
      if (!rest.includes(name)) continue;
      found.add(id);
      rest = rest.replace(name, ' ');
    }
    for (const typed of rest.match(/\p{Script=Han}{2,}/gu) ?? []) {
      const begun = this.chineseNames.filter((c) => c.name.startsWith(typed));
      for (const { id } of begun) found.add(id);
      if (begun.length) rest = rest.replace(typed, ' ');
    }
    return { ids: [...found], rest: rest.replace(fillerWords, ' ').trim() };
  }

  /** A region named in the query ("points on the forearm"). */
  regionIn(query: string): string | null {
    const q = ` ${normalizeTerm(query).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    return this.regionPhrases.find((c) => q.includes(` ${c.p} `))?.id ?? null;
  }

  /**
   * The text search. Pinyin typed in syllables is first read as the name it spells ("zu san li"
   * as "zusanli": Zusanli, not every name with a zu, a san or a li); only if no name is spelt so
   * are the syllables searched one by one. A query naming conditions needs all its other words.
   */
  private textHits(query: string, allWords: boolean): SearchResult[] {
    const combineWith = allWords ? 'AND' : 'OR';
    const joined = joinPinyinRuns(query);
    const asNames = joined ? this.index.search(joined, { combineWith }) : [];
    return asNames.length > 0 ? asNames : this.index.search(query, { combineWith });
  }

  search(rawQuery: string, filters: SearchFilters = {}, limit = 50): SearchHit[] {
    const query = String(rawQuery ?? '')
      .slice(0, maxQueryLength)
      .trim();
    if (!query) return [];
    // a spinal segment or trigeminal area ("L5", "S1", "C6 dermatome") names the dermatome and the
    // points in it, never a point code ("L5" is not read as LU5, nor "S1" as ST1)
    const segments = segmentIdsIn(query);
    const codeQuery = segments.length > 0 ? query.replace(segmentPattern, ' ').trim() : query;
    const codes = codeQuery ? [...canonicalCodes(codeQuery), ...earCodes(codeQuery).map((c) => c.toUpperCase())] : [];
    // a query that is only codes ("UB23", "bl 23, sj5", "Stomach 36") needs no text search, and its
    // words name no condition or region ("stomach" is one, but "Stomach 36" is ST36)
    const onlyCodes = codes.length > 0 && segments.length === 0 && onlyCodesIn(query);
    // the words beside the segments are searched as text ("L5" alone is not: LU5's code variants hold "L5")
    const textQuery = segments.length > 0 ? codeQuery.toLowerCase().replace(fillerWords, ' ').trim() : query;
    const { ids: wanted, rest } = onlyCodes || !textQuery ? { ids: [], rest: '' } : this.conditionsAndRest(textQuery);
    const regionFromQuery = onlyCodes || !textQuery ? null : this.regionIn(textQuery);
    const region = filters.region ?? null;
    const scores = new Map<string, number>();
    // A query that names conditions is answered from the vocabulary (every item indicated for or
    // linked to them) plus a strict text match; otherwise any word may match.
    const regionPhrase = regionFromQuery ? this.regionPhrases.find((c) => c.id === regionFromQuery && ` ${rest} `.includes(` ${c.p} `))?.p : undefined;
    const regionLeft = regionPhrase ? ` ${rest} `.replace(` ${regionPhrase} `, ' ').trim() : rest;
    // a nerve named ("radial nerve", "common peroneal") lists the points whose nerve supply names it or a branch of it
    const nerves = onlyCodes || !textQuery ? [] : nervesInQuery(textQuery).ids;
    const leftover = nerves.length > 0 ? nervesInQuery(regionLeft).rest : regionLeft;
    const textSearch = !onlyCodes && textQuery !== '' && (leftover !== '' || (wanted.length === 0 && !regionFromQuery && nerves.length === 0));
    if (textSearch) for (const r of this.textHits(textQuery, wanted.length > 0)) scores.set(String(r.id), r.score);
    for (const c of wanted) for (const id of this.docsByCondition.get(c) ?? []) if (!scores.has(id)) scores.set(id, 0.5);
    for (const c of wanted) if (!scores.has(`condition:${c}`)) scores.set(`condition:${c}`, 0.5);
    for (const code of codes) {
      const id = this.codeToDoc.get(code);
      if (id) scores.set(id, (scores.get(id) ?? 0) + 1000);
    }
    for (const segment of segments) {
      const id = this.codeToDoc.get(segment);
      if (id) scores.set(id, (scores.get(id) ?? 0) + 1000);
      for (const d of this.docs.values())
        if (d.kind !== 'dermatome' && d.segment?.split(' ').includes(segment)) scores.set(d.id, (scores.get(d.id) ?? 0) + 500);
    }
    // the points and zones the texts link to a named condition are results even if their own indication list omits it
    for (const condition of wanted) {
      for (const ref of this.linkedRefs.get(condition) ?? []) {
        for (const id of [`point:${ref}`, `scalp:${ref}`, `ear:${ref}`]) if (this.docs.has(id) && !scores.has(id)) scores.set(id, 1);
      }
    }
    const nerveScore = (d: SearchDoc): number => Math.max(0, ...nerves.map((n) => nerveMatch(d.nerveIds ?? [], n)));
    if (nerves.length > 0) for (const d of this.docs.values()) if (!scores.has(d.id) && nerveScore(d) > 0) scores.set(d.id, nerveScore(d));
    // a query that only names a region lists that region's points
    if (regionFromQuery && !textSearch) for (const d of this.docs.values()) if (d.regionId === regionFromQuery && d.kind === 'point') scores.set(d.id, 1);
    const hits: SearchHit[] = [];
    for (const [id, score] of scores) {
      const d = this.docs.get(id);
      if (!d) continue;
      if (filters.kind && d.kind !== filters.kind) continue;
      if (filters.system && d.system !== filters.system) continue;
      if (filters.channel && d.channel !== filters.channel) continue;
      if (filters.category && !d.categories.includes(filters.category)) continue;
      if (region && d.regionId !== region) continue;
      if (regionFromQuery && d.kind === 'point' && d.regionId !== regionFromQuery && !codes.length) continue;
      if (nerves.length > 0 && d.kind === 'point' && !codes.length && nerveScore(d) === 0) continue;
      if (filters.hidePregnancyCaution && d.pregnancyCaution) continue;
      const ref = d.code.split(' ')[0] ?? '';
      let served = 0;
      let centrality = 0;
      for (const c of wanted) {
        const role = this.links.get(`${c}|${ref}`);
        const position = d.conditionIds.indexOf(c);
        if (!role && position < 0) continue;
        served++;
        // a main choice of the texts first, then supporting ones, then indications listed first
        centrality += role === 'main' ? 3 : role === 'supporting' ? 2 : 1 / (1 + position);
      }
      hits.push({ id, owner: d.owner, kind: d.kind, code: ref, title: d.title, score, conditionsServed: served, centrality });
    }
    hits.sort((a, b) => b.conditionsServed - a.conditionsServed || b.centrality - a.centrality || b.score - a.score || a.id.localeCompare(b.id));
    return hits.slice(0, limit);
  }
}
