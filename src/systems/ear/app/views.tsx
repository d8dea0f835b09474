// The ear maps' app part: store part, card, and the ear map as a view of its own over the body.
import { named, type SystemApp } from '../../../app/systemViews.ts';
import { earState } from '../state/system.ts';
import { EarOverlay } from './EarOverlay.tsx';

export const views: SystemApp = {
  id: 'ear',
  ...earState,
  Card: named(() => import('../ui/EarCard.tsx'), 'EarCard'),
  Overlay: EarOverlay,
};
