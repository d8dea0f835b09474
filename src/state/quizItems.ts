// Which items of a deck a quiz can ask, and the names an item answers to, from what is loaded.
import type { StudyItem } from '../domain/study/decks.ts';
import type { NamedItem } from '../domain/study/quizNames.ts';
import type { QuizKind } from '../domain/study/quizRound.ts';
import type { AtlasState } from './store.ts';

type Sources = Pick<AtlasState, 'records' | 'locations' | 'scalp' | 'whoLines' | 'jiaoAreas'>;

/**
 * The deck's items this kind of question can ask: a locate question needs the item placed on the
 * body shown (a point's locations, a scalp zone's strokes), a name question its names. The ear's
 * points are found on the ear chart, not on the body, and are left out for now.
 */
export function quizItems(items: readonly StudyItem[], kind: QuizKind, s: Sources): StudyItem[] {
  const placed = new Set([...s.locations.map((l) => l.code), ...(s.scalp?.zones.map((z) => z.id) ?? [])]);
  return items.filter((item) => item.system !== 'ear' && (kind === 'locate' ? placed.has(item.id) : namedItem(item, s) !== null));
}

/** An item with every name it answers to, and how the quiz shows it ("LU9 Tàiyuān", "MS5 Middle line of vertex"). */
export function namedItem(item: StudyItem, s: Pick<Sources, 'records' | 'whoLines' | 'jiaoAreas'>): (NamedItem & { label: string }) | null {
  const record =
    item.system === 'points' ? s.records?.get(item.id) : item.system === 'scalp' ? (s.whoLines.get(item.id) ?? s.jiaoAreas.get(item.id)) : undefined;
  if (!record) return null;
  const aliases = 'aliases' in record ? record.aliases : [];
  const code = 'code' in record ? record.code : item.id;
  const names = [record.pinyin, record.pinyinPlain, record.english, record.hanzi.simplified, record.hanzi.traditional, ...aliases];
  const label = item.system === 'points' ? `${code} ${record.pinyin}` : 'code' in record ? `${code} ${record.english}` : `${record.english} (${record.pinyin})`;
  return { item, code, names, label };
}
