// The points' app part: store part, card and markers on the body (collected by src/app/systems.tsx).
import { named, type SystemApp } from '../../../app/systemViews.ts';
import { pointsState } from '../state/system.ts';

export const views: SystemApp = {
  id: 'points',
  ...pointsState,
  Card: named(() => import('../ui/PointCard.tsx'), 'PointCard'),
  Layer: named(() => import('../scene/PointsLayer.tsx'), 'PointsLayer'),
};
