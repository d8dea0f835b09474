// The dermatomes' app part: store part, card, the map over the body and its switch and legend.
import { named, type SystemApp } from '../../../app/systemViews.ts';
import { dermatomesState } from '../state/system.ts';
import { lazy, Suspense } from 'react';

// the switch and legend load just after the first view (initial JavaScript is over its budget)
const DermatomePanel = lazy(() => import('../ui/DermatomePanel.tsx').then((m) => ({ default: m.DermatomePanel })));
const Controls = () => (
  <Suspense fallback={null}>
    <DermatomePanel />
  </Suspense>
);

export const views: SystemApp = {
  id: 'dermatomes',
  ...dermatomesState,
  Card: named(() => import('../ui/DermatomeCard.tsx'), 'DermatomeCard'),
  Layer: named(() => import('../scene/DermatomeLayer.tsx'), 'DermatomeLayer'),
  Controls,
};
