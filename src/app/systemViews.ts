// What a system shows, beside its store part: its card, its layer on the body, its controls and a
// view of its own. Each system declares these in src/systems/<id>/app/views.tsx (the app layer:
// it may put its scene and its DOM parts together); src/app/systems.tsx collects them.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { BodySurface } from '../domain/body/frame.ts';
import type { SystemStatePart } from '../state/systems.ts';

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

/** A system's app part: its id (matching its definition in src/systems/catalogue.ts), store part and views. */
export type SystemApp = SystemStatePart & SystemViews & { id: string };

/** A component exported by name, loaded when first drawn. */
export const named = <K extends string, P extends object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
