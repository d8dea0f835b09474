// ONE selection for every system: a point location, a scalp zone or an ear point. Selecting one
// thing replaces whatever was selected; nothing is cleared by hand. The selectors below return the
// selection itself (a stable reference) when it is of their system.
import { z } from '../../domain/schema/zodMini.ts';
import type { Side } from '../../domain/body/frame.ts';
import { channelOfCode } from '../../domain/points/channels.ts';
import type { AtlasPointRecord } from '../../domain/schema/points.ts';
import type { Slice } from './types.ts';
import { systemDefinitions } from '../../systems/catalogue.ts';
import type { SystemDefinition } from '../../systems/types.ts';

/** Each system's selection schema, in the registry's order (a tuple, so the union keeps each kind's type). */
function selectionsOf<Systems extends readonly Pick<SystemDefinition, 'selection'>[]>(
  systems: Systems,
): { -readonly [K in keyof Systems]: Systems[K]['selection'] } {
  return systems.map((s) => s.selection) as { -readonly [K in keyof Systems]: Systems[K]['selection'] };
}

/**
 * The selection's schema, the one source of its type; the device storage validates saved
 * selections with it. Each system declares what selecting one of its items holds (a point location:
 * its code, side and member number within a group; a WHO scalp line or a Jiao area on one side; an
 * ear point of either map), and the selection is their union, so a new system adds its own kind.
 */
export const selectionSchema = z.discriminatedUnion('system', selectionsOf(systemDefinitions));
export type Selection = z.infer<typeof selectionSchema>;
export type PointSelection = Extract<Selection, { system: 'points' }>;
export type ZoneSelection = Extract<Selection, { system: 'scalp' }>;
export type EarSelection = Extract<Selection, { system: 'ear' }>;
export type NavelSelection = Extract<Selection, { system: 'navel' }>;
export type PairSelection = Extract<Selection, { system: 'electro' }>;
export type SelectionSystem = Selection['system'];

export interface SelectionSlice {
  selection: Selection | null;
  select: (selection: Selection | null) => void;
  /** previous (-1) or next (+1) point along the selected point's channel */
  stepAlongChannel: (delta: 1 | -1) => void;
}

/** The point codes of a channel in order (extra points by region and number). */
export function channelSequence(records: Map<string, AtlasPointRecord>, channel: ReturnType<typeof channelOfCode>): string[] {
  return [...records.values()].filter((p) => channelOfCode(p.code) === channel).map((p) => p.code);
}

export const selectedPoint = (s: { selection: Selection | null }): PointSelection | null => (s.selection?.system === 'points' ? s.selection : null);
export const selectedZone = (s: { selection: Selection | null }): ZoneSelection | null => (s.selection?.system === 'scalp' ? s.selection : null);
export const selectedEarPoint = (s: { selection: Selection | null }): EarSelection | null => (s.selection?.system === 'ear' ? s.selection : null);
export const selectedNavel = (s: { selection: Selection | null }): NavelSelection | null => (s.selection?.system === 'navel' ? s.selection : null);
export const selectedPair = (s: { selection: Selection | null }): PairSelection | null => (s.selection?.system === 'electro' ? s.selection : null);

/** A point's first location on the side a list or a search would pick (left unless it is midline). */
export function pointSelection(record: Pick<AtlasPointRecord, 'code' | 'laterality'>, side: Side = 'left'): PointSelection {
  return { system: 'points', id: record.code, side: record.laterality === 'midline' ? 'midline' : side === 'midline' ? 'left' : side, index: 1 };
}

export const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selection: null,
  select: (selection) => set(selection?.system === 'ear' ? { selection, earOpen: true } : { selection }),
  stepAlongChannel: (delta) => {
    const { records } = get();
    const point = selectedPoint(get());
    if (!point || !records) return;
    const codes = channelSequence(records, channelOfCode(point.id));
    const next = records.get(codes[codes.indexOf(point.id) + delta] ?? '');
    if (next) get().select(pointSelection(next, point.side));
  },
});
