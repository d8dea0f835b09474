// Which items of a deck a quiz can ask, and the names an item answers to, from what is loaded.
import type { StudyItem } from '../domain/study/decks.ts';
import type { NamedItem } from '../domain/study/quizNames.ts';
import type { QuizKind } from '../domain/study/quizRound.ts';
import type { AtlasState } from './store.ts';

type Sources = Pick<AtlasState, 'records' | 'locations' | 'scalp' | 'whoLines' | 'jiaoAreas' | 'ear'>;

/**
 * The deck's items this kind of question can ask: a locate question needs the item placed on the
 * body shown (a point's locations, a scalp zone's strokes) or on the ear chart (the standard's
 * points: the European ones have no zone to be scored by), a name question its names.
 */
export function quizItems(items: readonly StudyItem[], kind: QuizKind, s: Sources): StudyItem[] {
  const placed = new Set([...s.locations.map((l) => l.code), ...(s.scalp?.zones.map((z) => z.id) ?? [])]);
  const onChart = new Set(s.ear?.points.filter((p) => p.system === 'gbt13734-2008').map((p) => p.id));
  return items.filter((item) => (item.system === 'ear' ? onChart.has(item.id) : kind === 'locate' ? placed.has(item.id) : namedItem(item, s) !== null));
}

/** An item with every name it answers to, and how the quiz shows it ("LU9 Tàiyuān", "MS5 Middle line of vertex"). */
export function namedItem(
  item: StudyItem,
  s: Pick<Sources, 'records' | 'whoLines' | 'jiaoAreas'> & Partial<Pick<Sources, 'ear'>>,
): (NamedItem & { label: string }) | null {
  if (item.system === 'ear') {
    const p = s.ear?.points.find((x) => x.id === item.id);
    if (!p) return null;
    const names = [p.english, ...(p.pinyin ? [p.pinyin] : []), ...(p.hanzi ? [p.hanzi.simplified, p.hanzi.traditional] : []), ...p.aliases];
    return { item, code: p.code, names, label: p.system === 'nogier' ? p.english : `${p.code} ${p.english}` };
  }
  const record =
    item.system === 'points' ? s.records?.get(item.id) : item.system === 'scalp' ? (s.whoLines.get(item.id) ?? s.jiaoAreas.get(item.id)) : undefined;
  if (!record) return null;
  const aliases = 'aliases' in record ? record.aliases : [];
  const code = 'code' in record ? record.code : item.id;
  const names = [record.pinyin, record.pinyinPlain, record.english, record.hanzi.simplified, record.hanzi.traditional, ...aliases];
  const label = item.system === 'points' ? `${code} ${record.pinyin}` : 'code' in record ? `${code} ${record.english}` : `${record.english} (${record.pinyin})`;
  return { item, code, names, label };
}
