// What the ear views (the SVG chart, the list and the 3D ear) derive from the store: the points of
// the chosen map, and the points of the chosen protocol.
import type { EarAtlas, EarPointView } from '../domain/schema/ear.ts';
import type { EarMapChoice } from './store.ts';

export function visibleEarPoints(ear: EarAtlas, map: EarMapChoice): EarPointView[] {
  return ear.points.filter((p) => map === 'compare' || p.system === map);
}

export function protocolRefs(ear: EarAtlas | null, protocol: string | null): Set<string> {
  const p = protocol ? ear?.protocols.find((x) => x.id === protocol) : undefined;
  return new Set(p?.points.map((x) => x.ref) ?? []);
}
