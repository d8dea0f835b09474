// ONE selection for every system: a point location, a scalp zone or an ear point. Selecting one
// thing replaces whatever was selected; nothing is cleared by hand. The selectors below return the
// selection itself (a stable reference) when it is of their system.
import type { Side } from '../../domain/body/frame.ts';
import { channelOfCode } from '../../domain/points/channels.ts';
import type { PointRecord } from '../../domain/schema/points.ts';
import type { Slice } from './types.ts';

/** One location of a point: its code, side and member number within a group. */
export interface PointSelection {
  system: 'points';
  id: string;
  side: Side;
  index: number;
}
/** A WHO scalp line or a Jiao area, on one side. */
export interface ZoneSelection {
  system: 'scalp';
  id: string;
  side: Side;
}
/** An ear point of either map (a GB/T 13734 code or a European point id). */
export interface EarSelection {
  system: 'ear';
  id: string;
}
export type Selection = PointSelection | ZoneSelection | EarSelection;
export type SelectionSystem = Selection['system'];

export interface SelectionSlice {
  selection: Selection | null;
  select: (selection: Selection | null) => void;
  /** previous (-1) or next (+1) point along the selected point's channel */
  stepAlongChannel: (delta: 1 | -1) => void;
}

/** The point codes of a channel in order (extra points by region and number). */
export function channelSequence(records: Map<string, PointRecord>, channel: ReturnType<typeof channelOfCode>): string[] {
  return [...records.values()].filter((p) => channelOfCode(p.code) === channel).map((p) => p.code);
}

export const selectedPoint = (s: { selection: Selection | null }): PointSelection | null => (s.selection?.system === 'points' ? s.selection : null);
export const selectedZone = (s: { selection: Selection | null }): ZoneSelection | null => (s.selection?.system === 'scalp' ? s.selection : null);
export const selectedEarPoint = (s: { selection: Selection | null }): EarSelection | null => (s.selection?.system === 'ear' ? s.selection : null);

/** A point's first location on the side a list or a search would pick (left unless it is midline). */
export function pointSelection(record: Pick<PointRecord, 'code' | 'laterality'>, side: Side = 'left'): PointSelection {
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
