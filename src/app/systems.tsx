// The registry of systems: each system's pure definition (src/systems/<id>/domain), its store part
// (state/), its card (ui/) and its layer on the body (scene/), put together. The search, the link,
// the cards, the scene and the export iterate this list; adding a system is its own folder, a line
// in src/systems/catalogue.ts and its entry here (the compiler asks for it). README: "Adding a system".
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { BodySurface } from '../domain/body/frame.ts';
import type { SystemStatePart } from '../state/systems.ts';
import { systemDefinitions, type SystemId } from '../systems/catalogue.ts';
import { earState } from '../systems/ear/state/system.ts';
import { pointsState } from '../systems/points/state/system.ts';
import { scalpState } from '../systems/scalp/state/system.ts';
import { ScalpPanel } from '../systems/scalp/ui/ScalpPanel.tsx';
import { EarOverlay } from './EarOverlay.tsx';

/** A layer drawn on the body (inside the 3D scene), given the body's surface. */
export type SceneLayer = ComponentType<{ surface: BodySurface }>;

export interface SystemViews {
  /** the card of a selected item (beside the body) */
  Card: LazyExoticComponent<ComponentType>;
  /** drawn on the body, loaded with the 3D view */
  Layer?: LazyExoticComponent<SceneLayer>;
  /** its controls beside the body */
  Controls?: ComponentType;
  /** a view of its own over the body (the ear map) */
  Overlay?: ComponentType;
}

/** A component exported by name, loaded when first drawn. */
const named = <K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));

const views: { [K in SystemId]: SystemStatePart & SystemViews } = {
  points: {
    ...pointsState,
    Card: named(() => import('../systems/points/ui/PointCard.tsx'), 'PointCard'),
    Layer: named(() => import('../systems/points/scene/PointsLayer.tsx'), 'PointsLayer'),
  },
  scalp: {
    ...scalpState,
    Card: named(() => import('../systems/scalp/ui/ZoneCard.tsx'), 'ZoneCard'),
    Layer: named(() => import('../systems/scalp/scene/ScalpZones.tsx'), 'ScalpZones'),
    Controls: ScalpPanel,
  },
  ear: {
    ...earState,
    Card: named(() => import('../systems/ear/ui/EarCard.tsx'), 'EarCard'),
    Overlay: EarOverlay,
  },
};

/** Every system, in the catalogue's order, with its store part and views. */
export const systems = systemDefinitions.map((definition) => ({ ...definition, ...views[definition.id] }));
export type AtlasSystemEntry = (typeof systems)[number];
export const systemFor = (id: SystemId): AtlasSystemEntry => systems.find((s) => s.id === id) ?? systems[0]!;
