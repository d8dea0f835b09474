// The registry of systems: each system's pure definition (src/systems/catalogue.ts, one line per
// system) joined with its app part (src/systems/<id>/app/views.tsx: its store part, card, layer on
// the body, controls, view of its own). The search, the link, the cards, the scene and the export
// iterate this list. Adding a system is its own folder and its line in the catalogue: the app parts
// are found by their path, and a system without one (or an app part no system declares) stops the
// atlas at once with the folder to fix. README: "Adding a system".
import { systemDefinitions, type SystemId } from '../systems/catalogue.ts';
import type { SystemApp } from './systemViews.ts';

export type { SceneLayer, SystemViews } from './systemViews.ts';

const appParts = import.meta.glob<SystemApp>('../systems/*/app/views.tsx', { eager: true, import: 'views' });

/** Each catalogue entry joined with its app part, in the catalogue's order; throws naming what is missing. */
export function joinSystems<D extends { id: string }>(definitions: readonly D[], parts: Readonly<Record<string, SystemApp>>): (D & SystemApp)[] {
  const byId = new Map(Object.entries(parts).map(([path, part]) => [part.id, { path, part }]));
  for (const [path, part] of Object.entries(parts))
    if (!definitions.some((d) => d.id === part.id)) throw new Error(`${path} is the app part of "${part.id}", which src/systems/catalogue.ts does not list`);
  return definitions.map((definition) => {
    const found = byId.get(definition.id);
    if (!found) throw new Error(`system "${definition.id}" has no app part: add src/systems/${definition.id}/app/views.tsx exporting \`views\``);
    return { ...found.part, ...definition };
  });
}

/** Every system, in the catalogue's order, with its store part and views. */
export const systems = joinSystems(systemDefinitions, appParts);
export type AtlasSystemEntry = (typeof systems)[number];
export const systemFor = (id: SystemId): AtlasSystemEntry => systems.find((s) => s.id === id) ?? systems[0]!;
