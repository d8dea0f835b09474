// The scalp's app part: store part, card, lines and areas on the head, and its controls.
import { named, type SystemApp } from '../../../app/systemViews.ts';
import { scalpState } from '../state/system.ts';
import { ScalpPanel } from '../ui/ScalpPanel.tsx';

export const views: SystemApp = {
  id: 'scalp',
  ...scalpState,
  Card: named(() => import('../ui/ZoneCard.tsx'), 'ZoneCard'),
  Layer: named(() => import('../scene/ScalpZones.tsx'), 'ScalpZones'),
  Controls: ScalpPanel,
};
