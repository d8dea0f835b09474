// What the ear's DOM views share: colours of the parts, and how a point's ear and map are named.
// (Which points the chosen map and protocol show: state/earSelectors.ts.)
import type { EarPointView } from '../../../domain/schema/ear.ts';
import { earPartColours } from '../../../theme/tokens.ts';

/** The part colours of the chart (design tokens). */
export const partFill: Readonly<Record<string, string>> = earPartColours.chart;

/** Is the point used on this ear (European lateralised points are on one ear only)? */
export const onEar = (p: EarPointView, ear: 'left' | 'right') => p.side === 'both' || p.side === ear;

export const systemLabel = (system: string) => (system === 'nogier' ? 'European (Nogier)' : 'Chinese standard GB/T 13734-2008');
