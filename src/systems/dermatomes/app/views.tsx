// The dermatomes' app part: store part, card, the map over the body and its switch and legend.
import { named, type SystemApp } from '../../../app/systemViews.ts';
import { dermatomesState } from '../state/system.ts';
import { DermatomePanel } from '../ui/DermatomePanel.tsx';

export const views: SystemApp = {
  id: 'dermatomes',
  ...dermatomesState,
  Card: named(() => import('../ui/DermatomeCard.tsx'), 'DermatomeCard'),
  Layer: named(() => import('../scene/DermatomeLayer.tsx'), 'DermatomeLayer'),
  Controls: DermatomePanel,
};
