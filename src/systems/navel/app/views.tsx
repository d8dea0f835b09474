// Navel acupuncture's app part: store part, card, the sectors around the umbilicus and its controls.
import { named, type SystemApp } from '../../../app/systemViews.ts';
import { navelState } from '../state/system.ts';
import { NavelPanel } from '../ui/NavelPanel.tsx';

export const views: SystemApp = {
  id: 'navel',
  ...navelState,
  Card: named(() => import('../ui/NavelCard.tsx'), 'NavelCard'),
  Layer: named(() => import('../scene/NavelSectors.tsx'), 'NavelSectors'),
  Controls: NavelPanel,
};
