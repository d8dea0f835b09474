// The channels, their names and marker colours. The palette keeps neighbouring channels apart for
// the common colour-vision deficiencies (hues spread around the wheel at mixed lightness, drawn
// from the Okabe-Ito and Tol palettes); the legend also names every colour.
import { channelCodes, type ChannelCode } from '../schema/channelCodes.ts';

export type ChannelOrExtra = ChannelCode | 'EX';

export const channelInfo: Record<ChannelOrExtra, { name: string; color: string }> = {
  LU: { name: 'Lung', color: '#56B4E9' },
  LI: { name: 'Large Intestine', color: '#0072B2' },
  ST: { name: 'Stomach', color: '#E69F00' },
  SP: { name: 'Spleen', color: '#F0E442' },
  HT: { name: 'Heart', color: '#D55E00' },
  SI: { name: 'Small Intestine', color: '#CC79A7' },
  BL: { name: 'Bladder', color: '#009E73' },
  KI: { name: 'Kidney', color: '#332288' },
  PC: { name: 'Pericardium', color: '#AA4499' },
  TE: { name: 'Triple Energizer', color: '#44AA99' },
  GB: { name: 'Gallbladder', color: '#999933' },
  LR: { name: 'Liver', color: '#117733' },
  CV: { name: 'Conception Vessel', color: '#882255' },
  GV: { name: 'Governor Vessel', color: '#661100' },
  EX: { name: 'Extra points', color: '#6b7280' },
};

export const channelOrder: ChannelOrExtra[] = [...channelCodes, 'EX'];

export function channelOfCode(code: string): ChannelOrExtra {
  if (code.startsWith('EX-')) return 'EX';
  const prefix = code.replace(/\d+$/, '') as ChannelCode;
  return (channelCodes as readonly string[]).includes(prefix) ? prefix : 'EX';
}
