// The systems of the atlas, in the order search results, link keys and the export list them. The
// pure definitions only (Node reads this list too); src/app/systems.tsx joins each with its app part
// (src/systems/<id>/app/views.tsx: store part, card, scene layer). Adding a system adds one line here.
import { earSystem } from './ear/domain/system.ts';
import { pointsSystem } from './points/domain/system.ts';
import { scalpSystem } from './scalp/domain/system.ts';
import type { AtlasRecords, ExportInput } from './types.ts';
import type { SearchDocument } from '../domain/search/searchIndex.ts';
import { searchText } from '../domain/search/text.ts';
import type { Region } from '../domain/schema/vocabulary.ts';

export const systemDefinitions = [pointsSystem, scalpSystem, earSystem] as const;

export type SystemId = (typeof systemDefinitions)[number]['id'];

/** Every system's search documents (the index adds the conditions). */
export function searchDocuments(records: AtlasRecords, regions: Iterable<Region>): SearchDocument[] {
  const text = searchText(records.conditions.values(), regions);
  return systemDefinitions.flatMap((s) => s.searchDocuments(records, text));
}

/** Every system's part of the export, arrays under the same key appended in the systems' order. */
export async function exportSections(input: ExportInput): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const system of systemDefinitions) {
    const section = await system.loadExport();
    for (const [key, value] of Object.entries(section(input))) {
      const before = out[key];
      if (before !== undefined && !(Array.isArray(before) && Array.isArray(value))) throw new Error(`two systems export "${key}"; only lists can be shared`);
      out[key] = Array.isArray(before) && Array.isArray(value) ? [...(before as unknown[]), ...(value as unknown[])] : value;
    }
  }
  return out;
}

/** The "system" filter's entries, every system's catalogues in order. */
export const catalogues = systemDefinitions.flatMap((s) => s.catalogues);
