// What the ear's DOM views share: colours of the parts, and how a point's ear and map are named.
// (Which points the chosen map and protocol show: state/earSelectors.ts.)
import { earPartColours } from '../../../theme/tokens.ts';

/** The part colours of the chart (design tokens). */
export const partFill: Readonly<Record<string, string>> = earPartColours.chart;

export { onEar } from '../domain/chartLabels.ts';

export const systemLabel = (system: string) => (system === 'nogier' ? 'European (Nogier)' : 'Chinese standard GB/T 13734-2008');
