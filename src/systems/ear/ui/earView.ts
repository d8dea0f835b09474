// What the ear's DOM views share: colours of the parts, and how a point's ear and map are named.
// (Which points the chosen map and protocol show: state/earSelectors.ts.)
import type { EarPointView } from '../../../domain/schema/ear.ts';

export const partFill: Record<string, string> = {
  helix: '#f2d7c4', 'helix-crus': '#eac3a3', scapha: '#d5e5f3', 'superior-crus': '#f3e3b0', 'inferior-crus': '#f3e3b0', antihelix: '#f3e3b0',
  'triangular-fossa': '#d8ecd0', tragus: '#efcfe0', 'tragus-medial': '#e3b8cf', antitragus: '#e2d3f0', 'antitragus-medial': '#cdb8e6',
  concha: '#cfe8ec', lobe: '#f8e4cc', 'posterior-surface': '#e4e4e4', 'ear-root': '#d2d2d2',
};

/** Is the point used on this ear (European lateralised points are on one ear only)? */
export const onEar = (p: EarPointView, ear: 'left' | 'right') => p.side === 'both' || p.side === ear;

export const systemLabel = (system: string) => (system === 'nogier' ? 'European (Nogier)' : 'Chinese standard GB/T 13734-2008');
