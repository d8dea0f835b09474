// Electro-acupuncture's app part: store part, the pair's card and the pair drawn on the body.
import { named, type SystemApp } from '../../../app/systemViews.ts';
import { electroState } from '../state/system.ts';

export const views: SystemApp = {
  id: 'electro',
  ...electroState,
  Card: named(() => import('../ui/ElectroCard.tsx'), 'ElectroCard'),
  Layer: named(() => import('../scene/ElectroPairLayer.tsx'), 'ElectroPairLayer'),
};
