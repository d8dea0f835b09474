// What the sets need to know of the systems' items: an item's name in words, the item a search
// hit or a selection stands for, and which ids the atlas has (to check an imported file or a link).
import type { SetItem, SetSide } from '../domain/schema/sets.ts';
import type { Caution } from '../domain/schema/cautions.ts';
import type { KnownItems } from '../domain/sets/exchange.ts';
import type { AtlasPointRecord } from '../domain/schema/points.ts';
import type { SearchHit } from '../domain/search/searchIndex.ts';
import { systemDefinitions } from '../systems/catalogue.ts';
import { fetchEar, loadPointRecords, loadScalpRecords } from './atlasData.ts';
import type { Selection } from './slices/selection.ts';
import type { AtlasState } from './store.ts';

/** "LI4 Hégǔ, Joining Valley": the item as its system names it (its id while its records load). */
export function itemLabel(item: { system: string; id: string }, s: Pick<AtlasState, 'records' | 'whoLines' | 'jiaoAreas' | 'ear'>): string {
  const system = systemDefinitions.find((d) => d.id === item.system);
  const lookup = { points: s.records, whoLines: s.whoLines, jiaoAreas: s.jiaoAreas, earPoints: s.ear?.points ?? [] };
  return system?.describeItem(item.id, lookup) ?? (item.system === 'ear' ? `Ear point ${item.id}` : item.id);
}

/** The side a new item is used on: both sides for a point or zone that has two, none on the midline or the ear. */
function defaultSide(system: SetItem['system'], midline: boolean): SetSide | undefined {
  return system === 'ear' || midline ? undefined : 'both';
}

/** The set item of a selected point, zone or ear point (a system whose items a set can hold). */
export function itemOfSelection(selection: Extract<Selection, { system: SetItem['system'] }>): SetItem {
  const side = defaultSide(selection.system, 'side' in selection && selection.side === 'midline');
  return { system: selection.system, id: selection.id, ...(side ? { side } : {}) };
}

/** The set item of a point record (as a list shows it). */
export function pointItem(record: Pick<AtlasPointRecord, 'code' | 'laterality'>): SetItem {
  const side = defaultSide('points', record.laterality === 'midline');
  return { system: 'points', id: record.code, ...(side ? { side } : {}) };
}

/** The set item a search hit stands for; null for what is not an item (a protocol, a condition, a set). */
export function itemOfHit(hit: SearchHit, s: Pick<AtlasState, 'records' | 'whoLines'>): SetItem | null {
  const system = hit.kind === 'point' ? 'points' : hit.kind === 'scalp-line' || hit.kind === 'scalp-area' ? 'scalp' : hit.kind === 'ear-point' ? 'ear' : null;
  if (!system) return null;
  const midline = system === 'points' ? s.records?.get(hit.code)?.laterality === 'midline' : s.whoLines.get(hit.code)?.laterality === 'midline';
  const side = defaultSide(system, midline);
  return { system, id: hit.code, ...(side ? { side } : {}) };
}

/** Every id the atlas has in each system (what is not loaded yet is loaded: the ear map, the scalp records). */
export async function knownItems(s: AtlasState): Promise<KnownItems> {
  const [points, scalp, ear] = await Promise.all([
    s.records ?? loadPointRecords().then((r) => r.points),
    s.whoLines.size > 0 ? { who: s.whoLines, jiao: s.jiaoAreas } : loadScalpRecords(),
    s.ear ?? fetchEar(),
  ]);
  return { points: new Set(points.keys()), scalp: new Set([...scalp.who.keys(), ...scalp.jiao.keys()]), ear: new Set(ear.points.map((p) => p.id)) };
}

/** The cautions of an item's record, as far as its system's records are loaded (none before). */
export function itemRecordCautions(
  item: Pick<SetItem, 'system' | 'id'>,
  s: Pick<AtlasState, 'records' | 'whoLines' | 'jiaoAreas' | 'ear'>,
): readonly Caution[] {
  if (item.system === 'points') return s.records?.get(item.id)?.cautions ?? [];
  if (item.system === 'scalp') return s.whoLines.get(item.id)?.cautions ?? s.jiaoAreas.get(item.id)?.cautions ?? [];
  return s.ear?.points.find((p) => p.id === item.id)?.cautions ?? [];
}
