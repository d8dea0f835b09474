// The systems of the atlas, in the order search results, link keys and the export list them. The
// pure definitions only (Node reads this list too); src/app/systems.tsx joins each with its app part
// (src/systems/<id>/app/views.tsx: store part, card, scene layer). Adding a system adds one line here.
import { earSystem } from './ear/domain/system.ts';
import { injurySystem } from './injury/domain/system.ts';
import { pointsSystem } from './points/domain/system.ts';
import { scalpSystem } from './scalp/domain/system.ts';
import { dermatomesSystem } from './dermatomes/domain/system.ts';
import { navelSystem } from './navel/domain/system.ts';
import { electroSystem } from './electro/domain/system.ts';
import type { ExportInput } from './types.ts';

export const systemDefinitions = [pointsSystem, scalpSystem, earSystem, dermatomesSystem, navelSystem, electroSystem, injurySystem] as const;

export type SystemId = (typeof systemDefinitions)[number]['id'];

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

/** A heading of the search results and the hits under it, in the search's order. */
export interface ResultGroup<H> {
  id: string;
  label: string;
  hits: H[];
}

/**
 * The headings search results come under, in this order: each system's items (body points first),
 * then protocols (combinations of points, whichever system they belong to), then point sets (the
 * atlas's and the user's), then conditions.
 */
export const resultGroups: readonly { id: string; label: string }[] = [
  ...systemDefinitions.map((s) => ({ id: s.id, label: s.resultsLabel })),
  { id: 'protocols', label: 'Protocols' },
  { id: 'sets', label: 'Sets' },
  { id: 'conditions', label: 'Conditions' },
  // never expected: a hit of no known system still counts and is shown
  { id: 'other', label: 'Other results' },
];
const groupIds = new Set(resultGroups.map((g) => g.id));

function groupOf(hit: { owner: string; kind: string }): string {
  const id = hit.kind === 'protocol' ? 'protocols' : hit.kind === 'set' ? 'sets' : hit.kind === 'condition' ? 'conditions' : hit.owner;
  return groupIds.has(id) ? id : 'other';
}

/** Search hits under their headings (in the order above, empty ones left out), each keeping the search's order: every hit once. */
export function groupResults<H extends { owner: string; kind: string }>(hits: readonly H[]): ResultGroup<H>[] {
  const groups = resultGroups.map((g) => ({ ...g, hits: [] as H[] }));
  const byId = new Map(groups.map((g) => [g.id, g.hits]));
  for (const hit of hits) byId.get(groupOf(hit))?.push(hit);
  return groups.filter((g) => g.hits.length > 0);
}

/** The "system" filter's entries, every system's catalogues in order. */
export const catalogues = systemDefinitions.flatMap((s) => s.catalogues);
